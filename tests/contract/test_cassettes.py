"""Committed cassettes: complete, replayable, and free of secrets (and so are reports and fixtures)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest

import bankconnect_spec
from bankconnect_contract import personal
from bankconnect_contract.run.secrets_scan import scan_paths, scan_text
from bankconnect_contract.traffic import cassettes

from ..conftest import ROOT, iter_operations, load_spec

CASSETTES = sorted(cassettes.CASSETTES.glob("*.yaml"))


@pytest.mark.slow
def test_cassettes_cover_every_operation_and_documented_error_status():
    recorded: set[tuple[str, int]] = set()
    for path in CASSETTES:
        for replayed in cassettes.replay(path):
            recorded.add((replayed.operation_id, replayed.status))
    for op in iter_operations(load_spec()):
        documented = {int(code) for code in op.spec["responses"] if code.isdigit()}
        got = {status for op_id, status in recorded if op_id == op.operation_id}
        assert got == documented, f"{op.operation_id}: recorded {sorted(got)}, documented {sorted(documented)}"


@pytest.mark.parametrize("path", CASSETTES, ids=[p.name for p in CASSETTES])
def test_cassette_replays_and_parses(path):
    results = cassettes.replay(path)
    assert results, "empty cassette"
    for result in results:
        assert not result.problems, result.problems


def test_every_cassette_addresses_each_call_where_the_spec_serves_it():
    """The v2 create is /bank-connect/v2/session/ (its own server), never /bank-connect/v1/v2/session/; every
    recorded request's path is its operation's full path (bankconnect_spec.path_prefix + template)."""
    router, spec = bankconnect_spec.router(), load_spec()
    seen = set()
    for path in CASSETTES:
        for request in cassettes.recorded_requests(path):
            sent_to = urlsplit(request["uri"]).path
            op, _params, _allowed = router.match(request["method"], bankconnect_spec.local_path(spec, sent_to) or "")
            if op is None:  # a scenario's deliberately unknown path
                continue
            seen.add(op.operation_id)
            prefix = bankconnect_spec.path_prefix(op.operation_id)
            assert sent_to.startswith(prefix + "/"), (path.name, sent_to)
            assert router.match(request["method"], sent_to[len(prefix) :])[0] == op, (path.name, sent_to)
    assert "create_session_v2" in seen


def test_cassettes_were_recorded_through_scrubbing():
    text = (cassettes.CASSETTES / "get_xlsx_report__ok.yaml").read_text()
    assert "?<redacted>" in text and "signature=" not in text
    assert "x-api-key:\n      - <redacted>" in text and "sandbox-api-key" not in text


def test_no_secret_in_cassettes_reports_or_fixtures():
    shared = [cassettes.CASSETTES, ROOT / "tests" / "fixtures", ROOT / "tests"]
    if (ROOT / "reports").exists():
        shared.append(ROOT / "reports")
    leaks = scan_paths(shared)
    assert not leaks, [leak.describe() for leak in leaks]


@pytest.mark.parametrize(
    "planted",
    [
        "request:\n  headers:\n    x-api-key:\n    - 1f9c2e7a55d04b8f9e0a\n",
        '{"server-hash": "9e0a1f9c2e7a55d04b8f"}',
        "pdf_url: https://bucket.s3.amazonaws.com/s.pdf?X-Amz-Expires=3600&X-Amz-Signature=9f8e7d6c5b4a",
        "link: http://127.0.0.1:8080/sandbox/files/report/x.xlsx?expires=1795268939&signature=8eadcef10ea34a",
        "aws: AKIAIOSFODNN7EXAMPLE",
    ],
    ids=["yaml-header", "json-header", "s3-link", "sandbox-link", "aws-key"],
)
def test_the_scanner_finds_planted_secrets(tmp_path, planted):
    (tmp_path / "leak.yaml").write_text(planted)
    assert scan_paths([tmp_path]), planted
    assert (
        not scan_text(
            planted.replace("1f9c2e7a55d04b8f9e0a", "<redacted>").replace("9e0a1f9c2e7a55d04b8f", "[Filtered]"), "x"
        )
        or "?" in planted
        or "AKIA" in planted
    )


def test_live_recordings_mask_personal_data_stably():
    body = {
        "identity": [{"name": "Priya Nair", "account_number": "00000032145698741", "address": "14 MG Road"}],
        "transactions": [{"transaction_note": "UPI/PRIYA", "amount": 5.0}],
        "predictors": [{"predictors": {"customer_name": "Priya Nair", "accountnumber": 917010045678321}}],
        "top_5_credit_debit": {"top_5_credit": {"Jan-21": {"NEFT-INFOSYS-SALARY": 100.0}}, "top_5_debit": {}},
    }
    masked = personal.mask_personal(body)
    assert masked["identity"][0]["name"] == masked["predictors"][0]["predictors"]["customer_name"]
    assert masked["identity"][0]["name"] != "Priya Nair" and masked["transactions"][0]["amount"] == 5.0
    assert isinstance(masked["predictors"][0]["predictors"]["accountnumber"], int)
    assert list(masked["top_5_credit_debit"]["top_5_credit"]["Jan-21"]) == [personal.mask("NEFT-INFOSYS-SALARY")]
    assert "Priya" not in str(masked) and "917010045678321" not in str(masked)
    assert personal.mask("Priya Nair") == personal.mask("Priya Nair") != personal.mask("Priya  Nair")


def test_record_refuses_live_without_keys(monkeypatch):
    from click.testing import CliRunner

    from bankconnect import cli

    monkeypatch.delenv("BANKCONNECT_API_KEY", raising=False)
    result = CliRunner().invoke(
        cli.main, ["record", "--base-url", "http://127.0.0.1:9/bank-connect/v1", "--out", str(Path("/nonexistent"))]
    )
    assert result.exit_code == 1 and "needs BANKCONNECT_API_KEY" in result.stderr


@pytest.mark.parametrize(
    "text, leaks",
    [
        # Schemathesis sanitises a generated query parameter named like a credential, then URL-encodes it.
        ("uri: 'http://127.0.0.1:1/bank-connect/v1/entity/?Authorization=%5BFiltered%5D&link_id=x'", 0),
        ("uri: 'http://127.0.0.1:1/bank-connect/v1/entity/?x-api-key=%3Credacted%3E'", 0),
        ("uri: 'http://127.0.0.1:1/bank-connect/v1/entity/?Authorization=1f9c2e7a55d04b8f9e0a'", 1),
        ("uri: 'http://127.0.0.1:1/entity/?Authorization=%5BFiltered%5D&x-api-key=1f9c2e7a55d04b8f'", 1),
    ],
    ids=["schemathesis-filtered", "encoded-redacted", "real-value", "real-value-after-a-marker"],
)
def test_a_url_encoded_redaction_marker_is_no_leak(text, leaks):
    assert len(scan_text(text, "vcr.yaml")) == leaks


def test_record_writes_under_the_current_folder_never_into_the_installation(tmp_path, monkeypatch):
    """From an empty folder `bankconnect record` wrote into the package's own folder (site-packages/cassettes)."""
    from click.testing import CliRunner

    from bankconnect import cli

    folders: list[Path] = []

    def fake_record(base_url, key, server_hash, directory, **kw):
        folders.append(directory)
        return []

    monkeypatch.setattr(cassettes, "record", fake_record)
    monkeypatch.setattr(
        cassettes, "record_faults", lambda urls, key, hash_, directory, **kw: folders.append(directory) or []
    )
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli.main, ["record"])
    assert result.exit_code == 0, result.output
    assert folders == [tmp_path / "contract_tests" / "cassettes"] * 2
    assert f"recorded 0 cassettes into {tmp_path / 'contract_tests' / 'cassettes'}" in result.stderr
    result = CliRunner().invoke(cli.main, ["record", "--out", "elsewhere"])
    assert result.exit_code == 0 and folders[-1] == tmp_path / "elsewhere"
    installed = Path(cassettes.__file__).resolve().parent.parent
    assert not any(installed in folder.parents for folder in folders)
