"""The OpenAPI 3.1 variant `make dist` publishes: nullable as a "null" type, the webhook at the top level."""

from __future__ import annotations

import sys

from ..conftest import ROOT, load_spec

sys.path.insert(0, str(ROOT / "publish"))
from dist import _cargo_target, to_openapi_31  # noqa: E402


def test_the_31_variant_uses_31_forms():
    spec = load_spec()
    converted = to_openapi_31(spec)
    assert converted["openapi"] == "3.1.0"
    account = converted["components"]["schemas"]["Account"]["properties"]
    assert account["ifsc"]["type"] == ["string", "null"] and "nullable" not in account["ifsc"]
    assert "statement_finished" in converted["webhooks"]
    assert all(
        "callbacks" not in op for item in converted["paths"].values() for op in item.values() if isinstance(op, dict)
    )
    assert spec["openapi"] == "3.0.3" and "nullable" in spec["components"]["schemas"]["Account"]["properties"]["ifsc"]


def test_the_scratch_crate_builds_in_the_cargo_folder_make_clients_uses(monkeypatch, tmp_path):
    """dist's one dependency on clients/build.py, loaded by path: the rust client's compiled crates are reused."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert _cargo_target() == tmp_path / "bankconnect-contract" / "cargo-target"
