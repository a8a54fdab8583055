"""JSON read from traffic (answers, requests, HAR files): nesting deeper than Python's parser can follow is a
``ValueError`` like any other unreadable body, so every caller that handles bad JSON handles it too."""

from __future__ import annotations

import json
from typing import Any


class TooDeep(ValueError):
    """Valid JSON nested deeper than the parser follows (a RecursionError inside ``json.loads``)."""

    def __init__(self) -> None:
        super().__init__("JSON nested too deep to read")


def loads(data: bytes | str) -> Any:
    try:
        return json.loads(data)
    except RecursionError:
        raise TooDeep() from None
