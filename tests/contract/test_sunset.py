"""The deprecation lifecycle: warnings when the target keeps what is past its sunset, or drops it early."""

from __future__ import annotations

import copy
from datetime import date
from pathlib import Path

import pytest

from bankconnect_contract.run import sunset
from bankconnect_contract.run.stages import stage_sunset
from bankconnect_contract.run.target import open_target
from bankconnect_contract.stage import Options, Target
from bankconnect_spec import load_spec

SCORE = "/entity/{entity_id}/score/"
FLAT = "/entity/{entity_id}/monthly_analysis/"  # the 2019-2020 shape, deprecated in the spec (docs/spec.md)


def _undeprecated() -> dict:
    """The spec with nothing deprecated, so each test deprecates what it looks at."""
    spec = copy.deepcopy(load_spec())
    for item in spec["paths"].values():
        for op in item.values():
            if isinstance(op, dict):
                op.pop("deprecated", None)
                op.pop("x-sunset", None)
    return spec


@pytest.fixture
def spec():
    spec = _undeprecated()
    spec["paths"][SCORE]["get"].update({"deprecated": True, "x-sunset": "2027-01-31"})
    return spec


def test_the_spec_deprecates_only_the_flat_monthly_analysis_today():
    found = list(sunset.deprecated_operations(load_spec()))
    assert found == [("get_monthly_analysis_flat", "GET", FLAT, date(2027, 12, 31))]


def test_deprecated_operations_carry_their_sunset(spec):
    assert list(sunset.deprecated_operations(spec)) == [("get_score", "GET", SCORE, date(2027, 1, 31))]


@pytest.mark.parametrize(
    ("today", "status", "expected"),
    [
        (date(2027, 2, 1), 200, "still served (HTTP 200) after its sunset 2027-01-31"),
        (date(2027, 1, 1), 404, "no longer served (HTTP 404) before its sunset 2027-01-31"),
        (date(2027, 1, 1), 410, "no longer served (HTTP 410) before its sunset 2027-01-31"),
        (date(2027, 2, 1), 410, None),  # gone after its sunset: as announced
        (date(2027, 1, 31), 200, None),  # served up to and including the sunset day
    ],
)
def test_operation_warnings(spec, today, status, expected):
    found = sunset.warnings(spec, lambda method, path: status, (), {}, today)
    assert found == ([] if expected is None else [f"get_score: {expected}"])


def test_unprobed_operations_give_no_warning(spec):
    assert sunset.warnings(spec, lambda method, path: None, (), {}, date(2030, 1, 1)) == []


def test_a_deprecated_field_still_sent_after_its_sunset_is_named():
    key = ("get_score", 200, "score")
    found = sunset.warnings(load_spec(), lambda m, p: None, {key}, {key: "2027-01-31"}, date(2027, 3, 1))
    assert found == ["get_score 200 score: still sent after its sunset 2027-01-31"]
    assert sunset.warnings(load_spec(), lambda m, p: None, {key}, {key: "2027-01-31"}, date(2027, 1, 1)) == []
    assert sunset.warnings(load_spec(), lambda m, p: None, set(), {key: "2027-01-31"}, date(2027, 3, 1)) == []


def test_the_stage_probes_the_target_and_passes_with_warnings(spec, monkeypatch, tmp_path: Path):
    """Against the sandbox on a real socket: it still serves the (here deprecated) score after its sunset."""
    with open_target(Options(repo=tmp_path, target="sandbox"), echo=lambda line: None) as target:
        assert target.entity_ids
        monkeypatch.setattr("bankconnect_spec.load_spec", lambda: spec)
        result = stage_sunset(target, tmp_path, today=date(2027, 6, 1))
        before = stage_sunset(target, tmp_path, today=date(2026, 12, 1))
    assert result.status == before.status == "passed"
    assert result.summary.endswith("1 warning(s)"), result.summary
    assert result.details == ["get_score: still served (HTTP 200) after its sunset 2027-01-31"]
    assert before.details == []


def test_the_stage_says_when_nothing_is_deprecated(tmp_path: Path, monkeypatch):
    monkeypatch.setattr("bankconnect_spec.load_spec", _undeprecated)
    target = Target("live", "http://127.0.0.1:9", "k", "h", ["e"], read_only=True)  # never called
    result = stage_sunset(target, tmp_path)
    assert (result.status, result.summary) == ("passed", "nothing deprecated in the spec")
