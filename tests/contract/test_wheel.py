"""The built wheel, installed in a clean virtualenv in a temporary folder, as a team that does not fork the
repository would use it: the client alone, one line naming a missing extra, then `[contract]` running the
contract from an empty folder against a sandbox it starts itself."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
import venv
from collections.abc import Iterator
from pathlib import Path

import pytest

import bankconnect_spec

from ..conftest import ROOT, checkout_build

pytestmark = [
    pytest.mark.skipif(os.environ.get("BANKCONNECT_SKIP_WHEEL") == "1", reason="BANKCONNECT_SKIP_WHEEL=1"),
    pytest.mark.slow,
]


def run(
    *cmd: str | Path, cwd: Path, timeout: int = 600, check: bool = True, extra_env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BANKCONNECT_", "VIRTUAL_ENV", "PYTHONPATH"))}
    env |= extra_env or {}
    done = subprocess.run([str(c) for c in cmd], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    if check and done.returncode != 0:
        raise AssertionError(f"{cmd} failed ({done.returncode}):\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    return done


@pytest.fixture(scope="session")
def installed(tmp_path_factory) -> Iterator[tuple[Path, Path, Path]]:
    """(the wheel, the clean virtualenv's bin folder, an empty working folder): built and installed once."""
    base = tmp_path_factory.mktemp("wheel")
    with checkout_build():  # as `make dist` builds it: the sdist, then the wheel from the sdist
        run(sys.executable, "-m", "build", "--outdir", base / "dist", ROOT, cwd=base)
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
    assert probe.stdout.split() == ["36", "get_transactions"]
    for command, extra in (("sandbox", "sandbox"), ("contract", "contract"), ("drift", "contract")):
        done = run(bin_dir / "bankconnect", command, "--port", "0", cwd=work, check=False)
        lines = done.stderr.strip().splitlines()
        assert done.returncode == 1 and len(lines) == 1, done.stderr
        assert f"pip install 'bankconnect[{extra}]'" in lines[0] and "is not installed" in lines[0], lines[0]


@pytest.fixture(scope="session")
def with_contract(installed) -> tuple[Path, Path, Path]:
    """The wheel with its `[contract]` extra (after the test that checks the client works without it)."""
    wheel, bin_dir, work = installed
    run(bin_dir / "python", "-m", "pip", "install", "-q", "--disable-pip-version-check", f"{wheel}[contract]", cwd=work)
    return installed


@pytest.fixture(scope="session")
def sandbox_url(with_contract) -> Iterator[str]:
    """A sandbox the user started with the installed command (as the quick start does)."""
    _wheel, bin_dir, work = with_contract
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
        # Keep reading its log, so a full pipe never stalls it during the longer runs.
        threading.Thread(target=sandbox.stderr.read, daemon=True).start()
        yield url
    finally:
        sandbox.terminate()
        sandbox.wait(10)


def fresh_folder(work: Path, name: str) -> Path:
    folder = work.parent / name
    folder.mkdir()
    return folder


def test_with_the_contract_extra_the_contract_runs_from_any_folder(with_contract, sandbox_url):
    _wheel, bin_dir, work = with_contract
    url = sandbox_url
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
    # A live run is not gated unless the team says so, and every report says that.
    assert "no gates: a live target is read-only" in live_report
    assert json.loads((work / "live" / "coverage.json").read_text())["gates"] == {}


def test_a_healthy_sandbox_the_user_started_passes_with_the_shipped_gates(with_contract, sandbox_url):
    """`--target sandbox --base-url URL`: reads and writes, no live prerequisites, nothing started by the run,
    gated by the package (429 and 503 left out: a sandbox started without fault flags never answers them)."""
    _wheel, bin_dir, work = with_contract
    folder = fresh_folder(work, "user-sandbox")
    done = run(
        bin_dir / "bankconnect", "contract", "--target", "sandbox", "--base-url", sandbox_url, "--max-examples", "10",
        cwd=folder, timeout=900, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-4000:]
    assert "started the sandbox" not in done.stderr and "entity ids" not in done.stderr
    report = json.loads((folder / "reports" / "contract.json").read_text())
    assert (
        report["verdict"]["result"] == "passed" and report["target"] == f"sandbox at {sandbox_url} (reads and writes)"
    )
    results = {stage["stage"]: stage for stage in report["stages"]}
    assert results["schemathesis"]["result"] == "passed" and results["schemathesis"]["answers"]["2xx"] > 0
    every = len(bankconnect_spec.operations())
    assert results["scenarios"]["result"] == "passed" and results["scenarios"]["operations"] == every
    assert results["coverage"]["result"] == "passed"
    assert results["lint"]["result"] == "skipped" and "needs a checkout" in results["lint"]["summary"]
    assert any(s["stage"] == "lint" for s in report["verdict"]["skipped"])
    coverage = json.loads((folder / "reports" / "coverage.json").read_text())
    assert coverage["gates"]["statuses"] == 100 and coverage["gates"]["operations"] == 100
    assert coverage["gates_source"] == "gates from the package's defaults for a sandbox-url target"
    assert coverage["percent"]["statuses"] == 100 and coverage["statuses_left_out"] == [429, 503]
    assert all("not reachable on this target" in line for line in coverage["statuses_never_reached"])


def test_an_installed_run_that_checks_nothing_does_not_pass(with_contract):
    _wheel, bin_dir, work = with_contract
    folder = fresh_folder(work, "all-skipped")
    done = run(bin_dir / "bankconnect", "contract", "--stage", "cassettes", cwd=folder, check=False)
    assert done.returncode == 3, done.stderr
    assert "contract NO EVIDENCE" in done.stderr and "skipped: cassettes (needs a checkout" in done.stderr


def test_an_installed_run_with_a_wrong_key_stops_on_authentication(with_contract, sandbox_url):
    _wheel, bin_dir, work = with_contract
    folder = fresh_folder(work, "wrong-key")
    env = {
        "BANKCONNECT_BASE_URL": sandbox_url,
        "BANKCONNECT_API_KEY": "wrong",
        "BANKCONNECT_SERVER_HASH": "sandbox-server-hash",
        "BANKCONNECT_CONTRACT_ENTITY_IDS": "e-1",
    }
    done = run(
        bin_dir / "bankconnect", "contract", "--target", "live", "--phases", "examples", "--stage", "schemathesis",
        "--stage", "drift", cwd=folder, check=False, extra_env=env,
    )  # fmt: skip
    assert done.returncode == 5, done.stderr
    assert (
        f"error: authentication failed for {sandbox_url}: check BANKCONNECT_API_KEY / BANKCONNECT_SERVER_HASH"
        in done.stderr
    )
    assert "contract passed" not in done.stderr and "test cases" not in done.stderr


@pytest.mark.parametrize("case", ["unreachable", "wrong-suffix"])
def test_an_installed_run_names_a_url_that_is_not_the_api(with_contract, sandbox_url, case):
    import socket

    _wheel, bin_dir, work = with_contract
    if case == "unreachable":
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        url = f"http://127.0.0.1:{port}/bank-connect/v1"
        expected = f"error: cannot reach {url}: "
    else:
        url = sandbox_url.removesuffix("/bank-connect/v1")
        expected = f"error: no BankConnect API at {url} (is the /bank-connect/v1 suffix missing?)"
    folder = fresh_folder(work, case)
    done = run(bin_dir / "bankconnect", "contract", "--target", "sandbox", "--base-url", url, cwd=folder, check=False)
    assert done.returncode == 4, done.stderr
    assert expected in done.stderr


def test_record_from_an_empty_folder_writes_there_not_into_the_installation(with_contract):
    _wheel, bin_dir, work = with_contract
    folder = fresh_folder(work, "record")
    done = run(bin_dir / "bankconnect", "record", cwd=folder, timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    written = sorted((folder / "contract_tests" / "cassettes").glob("*.yaml"))
    committed = list((ROOT / "contract_tests" / "cassettes").glob("*.yaml"))
    assert len(written) == len(committed), done.stderr[-2000:]  # every scenario, as `make record` writes them
    where = "import bankconnect_contract, pathlib; print(pathlib.Path(bankconnect_contract.__file__).parent.parent)"
    site = run(bin_dir / "python", "-c", where, cwd=folder).stdout.strip()
    assert not (Path(site) / "cassettes").exists()
