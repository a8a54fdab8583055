"""The OpenAPI 3.1 variant `make dist` publishes: nullable as a "null" type, the webhook at the top level."""

from __future__ import annotations

import sys
import zipfile

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


def test_the_wheel_holds_the_sources_not_what_an_earlier_build_left_in_the_checkout(tmp_path):
    """setuptools builds a wheel in place through ``build/lib``, which keeps modules from earlier builds: a module
    moved or deleted since then was shipped again. dist builds the wheel from its sdist, in a folder of its own."""
    from dist import build_python

    from ..conftest import checkout_build

    with checkout_build():
        planted = ROOT / "build" / "lib" / "bankconnect_contract" / "left_by_an_earlier_build.py"
        planted.parent.mkdir(parents=True, exist_ok=True)
        planted.write_text("STALE = True\n")
        try:
            built = build_python(tmp_path)
        finally:
            planted.unlink()
    wheel = next(path for path in built if path.suffix == ".whl")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
    assert "bankconnect_contract/left_by_an_earlier_build.py" not in names
    assert "bankconnect_contract/run/runner.py" in names and "bankconnect_spec/bankconnect.yaml" in names
