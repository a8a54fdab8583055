"""reports/contract.html: one offline page that shows a failing run's stages, coverage and every finding."""

from __future__ import annotations

import pytest

from bankconnect_contract.run.runner import run_contract
from bankconnect_contract.run.secrets_scan import scan_paths
from bankconnect_contract.stage import Options
from bankconnect_sandbox import SandboxConfig

from ..conftest import ROOT, rendered_dom
from .test_contract_run import analysis_hook


def numeric_source(body):
    for entry in body["progress"]:
        entry["source"] = 5


@pytest.mark.slow
def test_the_html_report_shows_a_broken_sandbox_in_a_real_browser(tmp_path):
    options = Options(
        repo=ROOT,
        stages=("schemathesis", "drift", "cassettes", "coverage"),
        max_examples=10,
        phases="examples,stateful",
        report_dir=tmp_path,
        sandbox=SandboxConfig(processing_seconds=0, entities=4, response_hook=analysis_hook(numeric_source)),
    )
    assert run_contract(options, echo=lambda line: None) == 1
    page = tmp_path / "contract.html"
    text = page.read_text()
    assert "<script" not in text and "http://" not in text.split("</style>")[0]  # offline: nothing loaded
    dom = rendered_dom(page, tmp_path / "profile", budget_ms=2000)
    assert "BankConnect contract report" in dom and "FAILED" in dom
    assert "progress[].source" in dom and "type no longer matches" in dom  # the finding, where, and why
    assert 'curl -X GET "$BANKCONNECT_BASE_URL/entity/' in dom and "$BANKCONNECT_API_KEY" in dom
    assert "Coverage" in dom and "statuses" in dom and "get_transactions" in dom
    assert not scan_paths([tmp_path]), "the report carries a credential"


def test_a_reproduce_command_with_a_literal_key_is_still_caught():
    from bankconnect_contract.run.secrets_scan import scan_text

    assert scan_text('curl -H "x-api-key: $BANKCONNECT_API_KEY"', "x") == []
    assert [leak.kind for leak in scan_text('curl -H "x-api-key: live0123456789abcdef"', "x")] == ["credential header"]
