"""The README's quick start, typed into an empty folder: its install line (the checkout, in a clean virtualenv),
`bankconnect sandbox sample-statement`, the sandbox's banner with every export the client needs, and the example,
run to the end against that sandbox. Needs the package registry for the dependencies (pip's cache when warm)."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import time
from pathlib import Path

import pytest

from ..conftest import ROOT, checkout_build
from .test_readme_example import readme_example

pytestmark = pytest.mark.skipif(os.environ.get("BANKCONNECT_SKIP_WHEEL") == "1", reason="BANKCONNECT_SKIP_WHEEL=1")


def quickstart_lines() -> list[str]:
    text = (ROOT / "README.md").read_text()
    match = re.search(r"<!-- quickstart: shell -->\s*```sh\n(.*?)```", text, re.S)
    assert match, "README lost its quick start block"
    return [line.split("  #")[0].strip() for line in match.group(1).splitlines() if line.strip()]


def clean_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith(("BANKCONNECT_", "VIRTUAL_ENV", "PYTHONPATH"))}


@pytest.mark.slow
def test_the_quick_start_runs_to_the_end_from_an_empty_folder(tmp_path):
    lines = quickstart_lines()
    assert lines[0].startswith("CHECKOUT=") and lines[-1] == "bankconnect sandbox --port 8080", lines
    # The install and sample-statement lines exactly as written; only where the checkout is differs.
    script = "\n".join(["set -e", f"CHECKOUT={shlex.quote(str(ROOT))}", *lines[1:-1]])
    with checkout_build():  # its install line builds the checkout
        done = subprocess.run(
            ["bash", "-c", script], cwd=tmp_path, env=clean_env(), capture_output=True, text=True, timeout=900
        )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    statement = (tmp_path / "statement.pdf").read_bytes()
    assert statement.startswith(b"%PDF-") and len(statement) > 500
    bin_dir = tmp_path / ".venv" / "bin"
    # The sandbox line, on a free port (8080 may be taken on a shared machine): its banner gives the exports.
    sandbox = subprocess.Popen(
        [str(bin_dir / "bankconnect"), "sandbox", "--port", "0", "--processing-seconds", "1"],
        cwd=tmp_path,
        env=clean_env(),
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        banner = []
        ends = time.monotonic() + 60
        while time.monotonic() < ends:
            line = sandbox.stderr.readline()
            banner.append(line)
            if not line or "Press Ctrl-C" in line:
                break
        exports = dict(re.findall(r"export (BANKCONNECT_\w+)=(\S+)", "".join(banner)))
        assert set(exports) == {"BANKCONNECT_BASE_URL", "BANKCONNECT_API_KEY", "BANKCONNECT_SERVER_HASH"}, banner
        (tmp_path / "quickstart.py").write_text(readme_example())
        ran = subprocess.run(
            [str(bin_dir / "python"), "quickstart.py"],
            cwd=tmp_path,
            env={**clean_env(), **{k: shlex.split(v)[0] for k, v in exports.items()}},
            capture_output=True,
            text=True,
            timeout=300,
        )
    finally:
        sandbox.terminate()
        sandbox.wait(30)
    assert ran.returncode == 0, ran.stderr[-3000:]
    first, *transactions = ran.stdout.splitlines()
    assert re.fullmatch(r"uploaded \S+ into [0-9a-f-]{36}", first), first
    assert transactions and all(re.fullmatch(r"\d{4}-\d\d-\d\d.* (debit|credit) [\d.]+ \S+", t) for t in transactions)


@pytest.mark.parametrize("layout", ["contract", "hdfc", "sbi", "icici"])
def test_sample_statement_writes_a_pdf_the_sandbox_reads(layout):
    from click.testing import CliRunner

    from bankconnect import BankConnect, cli
    from bankconnect_sandbox import SandboxConfig
    from bankconnect_sandbox.server import running

    result = CliRunner().invoke(cli.main, ["sandbox", "sample-statement", "--layout", layout])
    assert result.exit_code == 0, result.output
    pdf = result.stdout_bytes
    assert pdf.startswith(b"%PDF-")
    bank = "axis" if layout == "contract" else layout
    config = SandboxConfig(processing_seconds=0, entities=1)
    with running(config) as (url, _app), BankConnect(config.api_key, config.server_hash, url) as bc:
        upload = bc.upload(pdf, bank_name=bank, link_id=f"quickstart-{layout}")
        result = bc.wait(upload.entity_id, "transactions", timeout=30)
    assert result.progress[0].status == "completed" and len(result.transactions) >= 3


def test_the_sandbox_banner_prints_every_export_the_client_needs():
    import sys

    script = Path(sys.executable).parent / "bankconnect"
    sandbox = subprocess.Popen(
        [str(script), "sandbox", "--port", "0", "--entities", "1", "--api-key", "k 1", "--server-hash", "h2"],
        env=clean_env(),
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        banner = []
        while not banner or (banner[-1] and "Press Ctrl-C" not in banner[-1]):
            banner.append(sandbox.stderr.readline())
    finally:
        sandbox.terminate()
        sandbox.wait(30)
    exports = re.findall(r"^  export (BANKCONNECT_\w+)=(.*)$", "".join(banner), re.M)
    names = [name for name, _ in exports]
    assert names == ["BANKCONNECT_BASE_URL", "BANKCONNECT_API_KEY", "BANKCONNECT_SERVER_HASH"], banner
    values = {name: shlex.split(value)[0] for name, value in exports}
    assert values["BANKCONNECT_API_KEY"] == "k 1" and values["BANKCONNECT_SERVER_HASH"] == "h2"
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+/bank-connect/v1", values["BANKCONNECT_BASE_URL"])
