"""The built wheel, installed in a clean virtualenv in a temporary folder, as a team that does not fork the
repository would use it: the client alone, one line naming a missing extra, then `[contract]` running the
contract from an empty folder against a sandbox it starts itself."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import venv
from collections.abc import Iterator
from pathlib import Path

import pytest

from ..conftest import ROOT

pytestmark = pytest.mark.skipif(os.environ.get("BANKCONNECT_SKIP_WHEEL") == "1", reason="BANKCONNECT_SKIP_WHEEL=1")


def run(
    *cmd: str | Path, cwd: Path, timeout: int = 600, check: bool = True, extra_env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BANKCONNECT_", "VIRTUAL_ENV", "PYTHONPATH"))}
    env |= extra_env or {}
    done = subprocess.run([str(c) for c in cmd], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    if check and done.returncode != 0:
        raise AssertionError(f"{cmd} failed ({done.returncode}):\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    return done


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Iterator[tuple[Path, Path, Path]]:
    """(the wheel, the clean virtualenv's bin folder, an empty working folder)."""
    base = tmp_path_factory.mktemp("wheel")
    run(sys.executable, "-m", "pip", "wheel", ROOT, "--no-deps", "-q", "-w", base / "dist", cwd=base)
    wheel = next((base / "dist").glob("bankconnect-*.whl"))
    venv.create(base / "venv", with_pip=True)
    bin_dir = base / "venv" / "bin"
    run(bin_dir / "python", "-m", "pip", "install", "-q", "--disable-pip-version-check", wheel, cwd=base)
    work = base / "empty"
    work.mkdir()
    yield wheel, bin_dir, work


def test_the_client_alone_works_and_missing_extras_are_named(installed):
    _wheel, bin_dir, work = installed
    probe = run(
        bin_dir / "python",
        "-c",
        "import bankconnect, bankconnect_spec; from bankconnect.testing import ScriptedBank;"
        " print(len(bankconnect_spec.operations()), bankconnect.analyses()['transactions'].operation_id)",
        cwd=work,
    )
    assert probe.stdout.split() == ["35", "get_transactions"]
    for command, extra in (("sandbox", "sandbox"), ("contract", "contract"), ("drift", "contract")):
        done = run(bin_dir / "bankconnect", command, "--port", "0", cwd=work, check=False)
        lines = done.stderr.strip().splitlines()
        assert done.returncode == 1 and len(lines) == 1, done.stderr
        assert f"pip install 'bankconnect[{extra}]'" in lines[0] and "is not installed" in lines[0], lines[0]


def test_with_the_contract_extra_the_contract_runs_from_any_folder(installed):
    wheel, bin_dir, work = installed
    run(bin_dir / "python", "-m", "pip", "install", "-q", "--disable-pip-version-check", f"{wheel}[contract]", cwd=work)
    sandbox = subprocess.Popen(
        [str(bin_dir / "bankconnect"), "sandbox", "--port", "0", "--entities", "3"],
        cwd=work,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert sandbox.stderr is not None
        url = ""
        for _ in range(50):
            found = re.search(r"BankConnect sandbox: (\S+)", sandbox.stderr.readline())
            if found:
                url = found.group(1)
                break
        assert url, "the installed sandbox did not start"
        listed = run(
            bin_dir / "python",
            "-c",
            "import sys; from bankconnect import BankConnect;"
            " bc = BankConnect('sandbox-api-key', 'sandbox-server-hash', sys.argv[1]);"
            " print(','.join(e.entity_id for e in bc.iter_entities()))",
            url,
            cwd=work,
        )
        entity_ids = listed.stdout.strip()
        assert len(entity_ids.split(",")) == 3, listed.stdout
        # What the scheduled live workflow runs, with the sandbox standing in for the live service.
        live_env = {
            "BANKCONNECT_BASE_URL": url,
            "BANKCONNECT_API_KEY": "sandbox-api-key",
            "BANKCONNECT_SERVER_HASH": "sandbox-server-hash",
            "BANKCONNECT_CONTRACT_ENTITY_IDS": entity_ids,
        }
        live = run(
            bin_dir / "bankconnect", "contract", "--target", "live", "--max-examples", "3", "--report-dir", "live",
            "--live-rate-limit", "100/s", "--phases", "examples,coverage",
            cwd=work, timeout=900, check=False, extra_env=live_env,
        )  # fmt: skip
        assert live.returncode == 0, live.stdout[-3000:] + live.stderr[-3000:]
        live_report = (work / "live" / "contract.md").read_text()
        assert "live at " + url in live_report and "read-only" in live_report, live_report
        assert "| schemathesis | passed |" in live_report and "| invariants | passed |" in live_report
    finally:
        sandbox.terminate()
        sandbox.wait(10)
    done = run(bin_dir / "bankconnect", "contract", "--max-examples", "3", cwd=work, timeout=900, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    report = (work / "reports" / "contract.md").read_text()
    assert "| schemathesis | passed |" in report and "| invariants | passed |" in report
    assert "| lint | skipped |" in report and "needs a checkout" in report
