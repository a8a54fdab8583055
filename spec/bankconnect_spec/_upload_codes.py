"""The numeric ``status`` of a refused upload, by the names the spec gives them (``x-enum-varnames``)."""

from __future__ import annotations

import functools

from ._document import load_spec


@functools.cache
def upload_reason_names() -> dict[int, str]:
    """Refusal codes mapped to their names: ``{0: "MISSING_FIELD", 2: "TRIAL_EXPIRED", …}``."""
    code = load_spec()["components"]["schemas"]["UploadStatusCode"]
    return dict(zip(code["enum"], code["x-enum-varnames"], strict=True))


def upload_code(name: str) -> int:
    """The code of a refusal reason: ``upload_code("BANK_NOT_DETECTABLE") == 5``; KeyError for unknown names."""
    codes = {reason: code for code, reason in upload_reason_names().items()}
    if name not in codes:
        raise KeyError(f"no upload refusal named {name!r}; the spec names {', '.join(codes)}")
    return codes[name]
