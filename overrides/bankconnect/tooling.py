"""Helpers the project's own tools share with the client (the contract suite's cassettes, reports and
personal-data checks): not part of the API users call, so they live here rather than in ``bankconnect``.

``redact`` removes credentials and signed-URL query strings from text; ``is_signed_parameter`` tells a query
parameter of a signed URL; ``read_response`` parses a recorded answer exactly as the client would.
"""

from ._redact import is_signed_parameter, redact
from ._responses import read_response

__all__ = ["is_signed_parameter", "read_response", "redact"]
