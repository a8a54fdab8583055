"""The repository's shape: packages meet through public names only, and nothing reads outside the clone."""

from __future__ import annotations

import ast
import re
import subprocess

import pytest

from .conftest import ROOT

PACKAGES = ("bankconnect", "bankconnect_client", "bankconnect_spec", "bankconnect_sandbox", "bankconnect_contract")


def tracked_python_files() -> list[str]:
    listed = subprocess.run(["git", "ls-files", "*.py"], cwd=ROOT, capture_output=True, text=True, check=True)
    return [p for p in listed.stdout.splitlines() if not p.startswith("generated/") and (ROOT / p).is_file()]


def _package_of(path: str) -> str | None:
    parts = path.split("/")
    return next((part for part in parts if part in PACKAGES), None)


def private_imports(path: str) -> list[str]:
    """``import pkg._module`` / ``from pkg._module import …`` of another package's private module."""
    tree = ast.parse((ROOT / path).read_text(), filename=path)
    own = _package_of(path)
    found = []
    for node in ast.walk(tree):
        names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
        for name in names:
            parts = name.split(".")
            if parts[0] in PACKAGES and parts[0] != own and any(p.startswith("_") for p in parts[1:]):
                found.append(f"{path}:{node.lineno}: {name}")
    return found


def test_no_module_imports_another_packages_private_module():
    found = [hit for path in tracked_python_files() for hit in private_imports(path)]
    assert found == []


GENERATED_PRIVATE = re.compile(r"\.(_get_kwargs|_parse_response|_build_response)\b")


def test_nothing_outside_generated_calls_a_generated_private_function():
    """The generated modules' public seam is build_request/parse_response (codegen/templates/endpoint_module)."""
    found = [
        f"{path}: {match.group(1)}"
        for path in tracked_python_files()
        for match in GENERATED_PRIVATE.finditer((ROOT / path).read_text())
    ]
    assert found == []


def test_the_check_finds_a_private_import(tmp_path, monkeypatch):
    planted = ROOT / "sandbox" / "bankconnect_sandbox" / "_planted_for_test.py"
    planted.write_text("from bankconnect._responses import error_for\n")
    try:
        assert private_imports("sandbox/bankconnect_sandbox/_planted_for_test.py") == [
            "sandbox/bankconnect_sandbox/_planted_for_test.py:1: bankconnect._responses",
            "sandbox/bankconnect_sandbox/_planted_for_test.py:1: bankconnect._responses.error_for",
        ]
    finally:
        planted.unlink()


def test_nothing_reads_outside_the_clone():
    pattern = re.compile(r"\.\./shared|[\"']shared[\"']|shared/(seeds|reference)")
    listed = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    offenders = []
    for path in listed.splitlines():
        if (
            path.startswith("generated/")
            or path.endswith((".md", ".pdf", ".json", ".yaml"))
            or not (ROOT / path).is_file()
        ):
            continue
        text = (ROOT / path).read_text(errors="replace")
        offenders += [f"{path}: {m.group(0)}" for m in pattern.finditer(text)]
    assert offenders == []


@pytest.mark.parametrize("package", PACKAGES)
def test_every_package_declares_its_public_names(package):
    module = __import__(package)
    assert isinstance(getattr(module, "__all__", None), list | tuple), package


UPPER_PACKAGES = ("bankconnect_sandbox", "bankconnect_contract")


def upward_string_imports(path: str) -> list[str]:
    """String literals naming the sandbox's or contract's modules in a client module: what importlib.import_module,
    __import__ or a "module:attribute" table would load, an edge import-linter cannot see."""
    tree = ast.parse((ROOT / path).read_text(), filename=path)
    return sorted(
        f"{path}:{node.lineno}: {node.value!r}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and re.match(rf"({'|'.join(UPPER_PACKAGES)})([.:]|$)", node.value)
    )


def test_the_client_loads_no_upper_package_by_name():
    """The client's CLI finds the sandbox's and contract's commands through the bankconnect.commands entry points."""
    found = [
        hit for path in tracked_python_files() if path.startswith("overrides/") for hit in upward_string_imports(path)
    ]
    assert found == []


def test_the_check_finds_a_string_import():
    planted = ROOT / "overrides" / "bankconnect" / "_planted_for_test.py"
    planted.write_text(
        'import importlib\nimportlib.import_module("bankconnect_contract.cli")\nX = "bankconnect_sandbox"\n'
    )
    try:
        assert upward_string_imports("overrides/bankconnect/_planted_for_test.py") == [
            "overrides/bankconnect/_planted_for_test.py:2: 'bankconnect_contract.cli'",
            "overrides/bankconnect/_planted_for_test.py:3: 'bankconnect_sandbox'",
        ]
    finally:
        planted.unlink()


def test_the_client_exports_its_user_api_and_keeps_tooling_helpers_in_a_submodule():
    import bankconnect
    import bankconnect.tooling

    tooling = {"redact", "is_signed_parameter", "read_response"}
    assert tooling.isdisjoint(bankconnect.__all__)
    assert {"BankConnect", "AsyncBankConnect", "RetryPolicy", "Backoff", "ApiError"} <= set(bankconnect.__all__)
    assert set(bankconnect.tooling.__all__) == tooling
    assert bankconnect.tooling.redact("key=abc123", ["abc123"]) == "key=***"
