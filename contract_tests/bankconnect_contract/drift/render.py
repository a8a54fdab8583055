"""Findings for people (text) and for tools (JSON)."""

from __future__ import annotations

import json
from dataclasses import asdict

from .findings import Finding
from .problems import BREAKING, SEMANTIC


def render_text(findings: list[Finding], exchanges: int, files: int) -> str:
    breaking = sum(1 for f in findings if f.kind == BREAKING)
    semantic = sum(1 for f in findings if f.kind == SEMANTIC)
    head = (
        f"drift: {len(findings)} finding(s), {breaking} breaking, {len(findings) - breaking - semantic} additive and"
        f" {semantic} semantic, in {exchanges} recorded response(s) from {files} file(s)"
    )
    if not findings:
        return f"drift: no drift in {exchanges} recorded response(s) from {files} file(s)"
    return "\n".join([head, *(f.line() for f in findings)])


def render_json(findings: list[Finding], exchanges: int, files: int) -> str:
    breaking = sum(1 for f in findings if f.kind == BREAKING)
    semantic = sum(1 for f in findings if f.kind == SEMANTIC)
    return json.dumps(
        {
            "summary": {
                "findings": len(findings),
                "breaking": breaking,
                "additive": len(findings) - breaking - semantic,
                "semantic": semantic,
                "responses": exchanges,
                "files": files,
            },
            "findings": [asdict(f) for f in findings],
        },
        indent=2,
        default=str,
    )
