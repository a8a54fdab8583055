"""Find anything that looks like a credential or a signed URL in files meant to be shared.

Cassettes, reports and fixtures are committed or uploaded as CI artefacts; a key, server hash or signed link
in one of them is a leak. Redaction markers (``[Filtered]``, ``<redacted>``) are what we expect instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

REDACTED = ("[Filtered]", "<redacted>", "REDACTED", "***")
PATTERNS = {
    # A credential header with a value that is not a redaction marker (YAML, JSON or HTTP style).
    # The value may follow on the next line, as a YAML list item (vcrpy and Schemathesis cassettes).
    "credential header": re.compile(
        r"""(?i)["']?(x-api-key|server-hash|authorization)["']?[ \t]*[:=][ \t]*(?:\n[ \t]*-[ \t]*|\[[ \t]*|-[ \t]*)?"""
        r"""["']?(?P<value>[^"'\s\],&]{8,})"""  # `&` ends it: each query parameter is judged alone
    ),
    # Signed-URL query parameters (S3 pre-signed links, our sandbox's links).
    "signed URL": re.compile(
        r"(?i)[?&](x-amz-signature|x-amz-credential|signature|sig|token)=(?P<value>[^&\s\"'<]{6,})"
    ),
    "AWS access key id": re.compile(r"\b(?P<value>AKIA[0-9A-Z]{16})\b"),
    "private key": re.compile(r"-----BEGIN (?:RSA |EC |OPENSSH )?PRIVATE KEY-----(?P<value>)"),
}
TEXT_SUFFIXES = {".yaml", ".yml", ".json", ".xml", ".md", ".txt", ".html", ".ndjson", ".har", ".csv"}


@dataclass(frozen=True)
class Leak:
    path: str
    line: int
    kind: str

    def describe(self) -> str:
        return f"{self.path}:{self.line}: looks like a {self.kind}"


def scan_text(text: str, where: str) -> list[Leak]:
    leaks = []
    for kind, pattern in PATTERNS.items():
        for match in pattern.finditer(text):
            value = unquote(match.group("value"))  # in a query string the marker comes URL-encoded (%5BFiltered%5D)
            if kind != "private key" and any(marker in value or value in marker for marker in REDACTED):
                continue
            if kind == "credential header" and value.startswith(("$", "${")):
                continue  # a shell variable ("$BANKCONNECT_API_KEY" in a reproduce command), not a value
            leaks.append(Leak(where, text.count("\n", 0, match.start()) + 1, kind))
    return sorted(leaks, key=lambda leak: leak.line)


def scan_paths(paths: Iterable[Path]) -> list[Leak]:
    leaks: list[Leak] = []
    for root in paths:
        files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
        for path in files:
            if path.suffix.lower() in TEXT_SUFFIXES:
                leaks += scan_text(path.read_text(encoding="utf-8", errors="replace"), str(path))
    return leaks
