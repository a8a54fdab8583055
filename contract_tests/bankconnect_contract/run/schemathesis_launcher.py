"""Schemathesis' command line, with one CPython 3.11 defect worked around.

On 3.11, ``ast.parse`` called from several threads at once can fail with ``SystemError: AST constructor
recursion depth mismatch`` (python/cpython#106905). Hypothesis parses source files to describe the lambdas in
strategy reprs, and Schemathesis' ``--workers`` are threads, so a contract run could fail on the interpreter
instead of on the API. Parsing under one lock removes the race; Hypothesis caches what it parses, so the lock
is taken a handful of times per run.
"""

from __future__ import annotations

import ast
import sys
import threading
from typing import Any

parse_lock = threading.Lock()
_unlocked_parse = ast.parse


def _serialised_parse(*args: Any, **kwargs: Any) -> ast.AST:
    with parse_lock:
        return _unlocked_parse(*args, **kwargs)


def install() -> None:
    """Route every ``ast.parse`` of this process through one lock (idempotent)."""
    ast.parse = _serialised_parse  # type: ignore[assignment]


def main() -> int:
    install()
    from schemathesis.cli import schemathesis

    sys.argv[0] = "st"
    return schemathesis()


if __name__ == "__main__":
    sys.exit(main())
