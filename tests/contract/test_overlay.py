"""`bankconnect drift --propose`: an OpenAPI Overlay 1.0 that documents the additive drift observed; applied with
oas-patch, the patched spec passes the lint gates and the same traffic shows no additive drift any more."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
import yaml
from click.testing import CliRunner

from bankconnect import cli
from bankconnect_sandbox import SandboxConfig
from bankconnect_sandbox.server import running
from bankconnect_sandbox.synth import build_entity

from ..conftest import SPEC_PATH
from ..spec.test_tooling import linters, run
from .test_har import har_entry

KEYS = {"x-api-key": "sandbox-api-key", "server-hash": "sandbox-server-hash"}


def grown(operation_id: str, status: int, body):
    """The vendor adds a field to transactions, a transaction channel, and renames nothing: additive drift."""
    if operation_id == "get_transactions" and status == 200:
        body = json.loads(json.dumps(body))
        for txn in body["transactions"]:
            txn["channel_code"] = "UPI-7"
        body["transactions"][0]["transaction_channel"] = "upi_lite"
    return body


def drift(*args: str) -> tuple[int, dict]:
    result = CliRunner().invoke(cli.main, ["drift", *args, "--format", "json"])
    return result.exit_code, json.loads(result.stdout)


def applied_and_linted(overlay: Path, tmp_path: Path) -> Path:
    """The spec with the overlay applied by oas-patch, after the three lint gates passed on it."""
    # oas-patch 0.6.0 writes YAML without the quotes of strings such as '00000032145698741' (they come back as
    # numbers), so the overlay is applied to the spec's JSON form, which keeps every type.
    source, patched = tmp_path / "bankconnect.json", tmp_path / "patched.json"
    source.write_text(json.dumps(yaml.safe_load(SPEC_PATH.read_text())))
    applied = subprocess.run(
        [str(Path(sys.executable).parent / "oas-patch"), "overlay", str(source), str(overlay), "-o", str(patched)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert applied.returncode == 0 and patched.exists(), applied.stdout + applied.stderr
    for tool, command in linters(patched).items():
        result = run(command)
        assert result.returncode == 0, f"{tool} refused the patched spec:\n{result.stdout}{result.stderr}"
    return patched


@pytest.mark.slow
def test_a_proposed_overlay_documents_the_additive_drift(tmp_path):
    with running(SandboxConfig(processing_seconds=0, entities=2, response_hook=grown)) as (url, _app):
        entity = build_entity("1", 0).entity_id
        with httpx.Client(headers=KEYS) as http:
            responses = [http.get(f"{url}/entity/{entity}/transactions/"), http.get(f"{url}/entity/")]
    har = tmp_path / "traffic.har"
    har.write_text(json.dumps({"log": {"version": "1.2", "entries": [har_entry(r) for r in responses]}}))
    overlay = tmp_path / "overlay.yaml"
    code, before = drift(str(har), "--propose", str(overlay))
    assert code == 1 and {f["code"] for f in before["findings"]} == {"unknown_field", "enum_value_unlisted"}
    document = yaml.safe_load(overlay.read_text())
    assert document["overlay"] == "1.0.0"
    targets = {a["target"]: a for a in document["actions"]}
    assert targets["$['components']['schemas']['TransactionChannel']['enum']"]["update"] == ["upi_lite"]
    added = targets["$['components']['schemas']['Transaction']['properties']"]["update"]["channel_code"]
    assert added["type"] == "string" and "seen in" in added["description"]

    patched = applied_and_linted(overlay, tmp_path)
    code, after = drift(str(har), "--spec", str(patched))
    assert code == 0 and after["findings"] == [], after["findings"]


def test_breaking_drift_is_never_proposed(tmp_path):
    def broken(operation_id: str, status: int, body):
        if operation_id == "get_entity" and status == 200:
            return {**body, "entity_id": 7}
        return body

    with running(SandboxConfig(processing_seconds=0, entities=1, response_hook=broken)) as (url, _app):
        entity = build_entity("1", 0).entity_id
        response = httpx.get(f"{url}/entity/{entity}/", headers=KEYS)
    har = tmp_path / "traffic.har"
    har.write_text(json.dumps({"log": {"version": "1.2", "entries": [har_entry(response)]}}))
    overlay = tmp_path / "overlay.yaml"
    code, report = drift(str(har), "--propose", str(overlay))
    assert code == 1 and [f["code"] for f in report["findings"]] == ["type_changed"]
    assert yaml.safe_load(overlay.read_text())["actions"] == []


@pytest.mark.slow
def test_a_new_property_seen_with_several_types_and_null_is_proposed_as_all_of_them(tmp_path):
    """A property seen as a string in one answer, null in another and a number in a third: the proposal must
    allow all three (or the patched spec turns the same traffic into breaking drift), and count exchanges, not
    the items of an array."""
    with running(SandboxConfig(processing_seconds=0, entities=1)) as (url, _app):
        response = httpx.get(f"{url}/entity/{build_entity('1', 0).entity_id}/transactions/", headers=KEYS)
    entries = []
    for value in ("UPI-7", None, 7, "UPI-8"):
        body = response.json()
        for txn in body["transactions"]:
            txn["channel_code"] = value
        entry = har_entry(response)
        entry["response"]["content"]["text"] = json.dumps(body)
        entries.append(entry)
    seen_null = har_entry(response)  # and a property only ever seen null
    body = response.json()
    body["transactions"][0]["settled_on"] = None
    seen_null["response"]["content"]["text"] = json.dumps(body)
    entries.append(seen_null)
    har = tmp_path / "traffic.har"
    har.write_text(json.dumps({"log": {"version": "1.2", "entries": entries}}))
    overlay = tmp_path / "overlay.yaml"
    code, _before = drift(str(har), "--propose", str(overlay))
    assert code == 1
    [action] = yaml.safe_load(overlay.read_text())["actions"]
    added = action["update"]
    assert "type" not in added["channel_code"] and "nullable" not in added["channel_code"]  # any value, null too
    assert "null in 1" in added["channel_code"]["description"]
    assert "seen in 4 exchange(s)" in added["channel_code"]["description"]
    assert "integer in 1" in added["channel_code"]["description"]
    assert "string in 2" in added["channel_code"]["description"]
    assert added["settled_on"] == {
        "description": "Not documented yet: seen in 1 exchange(s), only as null: its type is not known yet."
    }
    assert "channel_code (4×)" in action["description"]

    patched = applied_and_linted(overlay, tmp_path)
    code, after = drift(str(har), "--spec", str(patched))
    assert code == 0 and after["findings"] == [], after["findings"]
