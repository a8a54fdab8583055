"""The conformance matrix: one scenario set, run by every generated client's program against sandboxes set up
for it, and judged here, the same way for every client.

Each program (clients/programs/<client>/) reads its setup from the environment and prints what it observed as
`<scenario>.<fact>: <value>` lines; nothing about pass or fail is decided in the programs. `judge` turns the
facts into a verdict per scenario: `pass`, `pass with loss` (the client works but drops or hides something the
service sent, or hands the work back to you) or `fail`, each with a few words of why.

Environment every program gets:
    BASE_URL, API_KEY, SERVER_HASH   a sandbox with 36 seeded entities
    QUIRKY_ENTITY_ID                 its get_transactions answer carries an unlisted channel, an extra field, nulls
    DRIFT_ENTITY_ID                  its get_transactions answer as a newer BankConnect may send it: a new account
                                     field, unlisted values in two enumerations, null in a nullable field
    THROTTLED_URL                    a fresh sandbox whose seeded faults answer the first request 429, Retry-After 1
    UPLOAD_ENTITY_ID                 an empty entity to upload into
    SAMPLE_PDF, BANK_NAME            the sample statement and its bank
"""

from __future__ import annotations

import copy
import json
import random
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_PDF = ROOT / "publish" / "postman" / "sample_statement.pdf"  # the sample the Postman collection ships
SAMPLE_BANK = "hdfc"
SAMPLE_HOLDER = "Rahul Sharma"  # printed on the sample statement; the identity must carry it back

UNKNOWN_CHANNEL = "upi_lite"  # not in TransactionChannel
EXTRA_FIELD, EXTRA_VALUE = "upi_reference", "UPI-4242"  # in no schema
# The drift entity's answer: a field no schema lists, values no enumeration lists (an open one and a closed
# one), and null where the spec allows it. A client as shipped keeps every one and hands it back.
DRIFT_FIELD, DRIFT_FIELD_VALUE = "branch_name", "Koramangala"  # on the first account
DRIFT_MERCHANT = "crypto"  # MerchantCategory (open), on the first transaction
DRIFT_CATEGORY = "huf"  # AccountCategory (closed), on the first account
SEEDED_ENTITIES = 36
THROTTLE_SHARE = 0.5

SCENARIOS = {
    "pages": "list every entity through all pages: the sum matches `count`",
    "unknowns": "an unlisted transaction_channel, an unknown extra field and nulls: kept, mapped or lost",
    "errors": "a 401 (wrong key) and a 404 (unknown entity) surface as the client's error type with the status",
    "throttle": "a 429 with Retry-After, then a 200: what the client does on its own",
    "upload": "upload the sample with entity_id (multipart), poll until completed, read the identity",
    "drift": "a new field, unlisted values in two enumerations and a null: all kept and printed back",
}
NUMBERS = {str(i): name for i, name in enumerate(SCENARIOS, start=1)}
PASS, LOSS, FAIL = "pass", "pass with loss", "fail"


@dataclass(frozen=True)
class Verdict:
    verdict: str
    why: str


def throttle_seed() -> int:
    """The first fault seed whose first draw throttles and whose second does not: 429, then 200, by design."""
    for seed in range(10_000):
        draws = random.Random(seed)
        if draws.random() < THROTTLE_SHARE <= draws.random():
            return seed
    raise AssertionError("no seed found")  # pragma: no cover - the search space is far larger than needed


def with_quirks(entity_id: str, drift_entity_id: str = ""):
    """A response hook: the quirky and the drift entity's transactions as a newer BankConnect may send them."""

    def hook(operation_id: str, status: int, body: Any) -> Any:
        if operation_id != "get_transactions" or status != 200:
            return body
        if drift_entity_id and body.get("entity_id") == drift_entity_id:
            return drifted(body)
        if body.get("entity_id") != entity_id:
            return body
        body = copy.deepcopy(body)
        body["transactions"][0]["transaction_channel"] = UNKNOWN_CHANNEL
        body["transactions"][0][EXTRA_FIELD] = EXTRA_VALUE
        for account in body["accounts"]:
            account["ifsc"] = None
            account["micr"] = None
        return body

    return hook


def drifted(body: Any) -> Any:
    """The drift scenario's answer: a copy with a new field, two unlisted enumeration values and a null."""
    body = copy.deepcopy(body)
    account, transaction = body["accounts"][0], body["transactions"][0]
    account[DRIFT_FIELD] = DRIFT_FIELD_VALUE
    account["account_category"] = DRIFT_CATEGORY
    account["micr"] = None
    transaction["merchant_category"] = DRIFT_MERCHANT
    return body


@contextmanager
def sandboxes() -> Iterator[dict[str, str]]:
    """The shared sandbox with the quirky entity; yields the environment common to every program."""
    from bankconnect_sandbox import SandboxConfig
    from bankconnect_sandbox.server import running
    from bankconnect_sandbox.synth import build_entity

    quirky, drift = build_entity("1", 0).entity_id, build_entity("1", 1).entity_id
    config = SandboxConfig(processing_seconds=1, entities=SEEDED_ENTITIES, response_hook=with_quirks(quirky, drift))
    with running(config) as (url, _app):
        yield {
            "BASE_URL": url,
            "API_KEY": config.api_key,
            "SERVER_HASH": config.server_hash,
            "QUIRKY_ENTITY_ID": quirky,
            "DRIFT_ENTITY_ID": drift,
            "SAMPLE_PDF": str(SAMPLE_PDF),
            "BANK_NAME": SAMPLE_BANK,
        }


@contextmanager
def per_client(shared: dict[str, str]) -> Iterator[dict[str, str]]:
    """What one client's run needs of its own: a fresh throttled sandbox and an empty entity to upload into."""
    import httpx

    from bankconnect_sandbox import SandboxConfig
    from bankconnect_sandbox.server import running

    created = httpx.post(
        f"{shared['BASE_URL']}/entity/",
        data={"link_id": "matrix"},
        headers={"x-api-key": shared["API_KEY"], "server-hash": shared["SERVER_HASH"]},
    )
    created.raise_for_status()
    throttled = SandboxConfig(
        processing_seconds=0, entities=3, rate_limit_share=THROTTLE_SHARE, fault_seed=throttle_seed()
    )
    with running(throttled) as (url, _app):
        yield {**shared, "THROTTLED_URL": url, "UPLOAD_ENTITY_ID": created.json()["entity_id"]}


def observations(output: str) -> dict[str, dict[str, str]]:
    """`2.channel: upi_lite` lines → {"unknowns": {"channel": "upi_lite"}}; anything else is ignored."""
    found: dict[str, dict[str, str]] = {name: {} for name in SCENARIOS}
    for line in output.splitlines():
        match = re.match(r"^([1-6])\.([a-z_]+): ?(.*)$", line.strip())
        if match:
            found[NUMBERS[match[1]]][match[2]] = match[3].strip()
    crash = next((line for line in output.splitlines() if line.startswith("crashed: ")), None)
    for facts in found.values():
        if crash and not facts:  # the scenarios the program never reached say why
            facts["error"] = crash
    return found


def _is_null(value: str) -> bool:
    return value.lower() in {"null", "nil", "none", "undefined", "<nil>"}


def judge(scenario: str, seen: dict[str, str]) -> Verdict:
    """The verdict on one scenario from what a program printed for it."""
    if "error" in seen:
        return Verdict(FAIL, _short(seen["error"]))
    if not seen:
        return Verdict(FAIL, "no output (the program stopped before this scenario)")
    return _JUDGES[scenario](seen)


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _pages(seen: dict[str, str]) -> Verdict:
    count, listed, pages = (int(seen.get(k, "-1")) for k in ("count", "listed", "pages"))
    if count < 0 or listed != count or pages < 2:
        return Verdict(FAIL, f"listed {listed} of {count} over {pages} page(s)")
    return Verdict(PASS, f"{listed} entities over {pages} pages")


def _unknowns(seen: dict[str, str]) -> Verdict:
    channel, extra, ifsc = seen.get("channel", ""), seen.get("extra", ""), seen.get("ifsc", "")
    losses = []
    if channel == UNKNOWN_CHANNEL:
        pass
    elif "unknown" in channel.lower():
        losses.append(f"enum → {channel}")
    else:
        losses.append(f"enum lost ({channel or 'empty'})")
    if extra != EXTRA_VALUE:
        losses.append("extra field dropped")
    if not _is_null(ifsc):
        return Verdict(FAIL, f"null came out as {ifsc!r}")
    return Verdict(LOSS, ", ".join(losses)) if losses else Verdict(PASS, "value, extra field and nulls kept")


def _errors(seen: dict[str, str]) -> Verdict:
    unauthorized, not_found = seen.get("unauthorized", ""), seen.get("not_found", "")
    if unauthorized.startswith("401 ") and not_found.startswith("404 "):
        return Verdict(PASS, f"{unauthorized.split(' ', 1)[1]} with the status")
    return Verdict(FAIL, _short(f"401 → {unauthorized or '?'}; 404 → {not_found or '?'}"))


def _throttle(seen: dict[str, str]) -> Verdict:
    result = seen.get("result", "")
    if result == "200":
        waited = seen.get("waited_ms", "")
        if not waited.isdigit():
            return Verdict(PASS, "retried on its own")
        if int(waited) < 900:  # the throttled sandbox says Retry-After: 1
            return Verdict(FAIL, f"retried after {waited} ms, before Retry-After")
        return Verdict(PASS, f"retried after Retry-After ({int(waited) / 1000:.1f} s)")
    if result.startswith("error 429"):
        retry_after = result.partition("retry-after=")[2] or "absent"
        if retry_after == "absent":
            return Verdict(LOSS, "no retry; Retry-After not exposed")
        return Verdict(LOSS, f"no retry; 429 raised with Retry-After {retry_after}")
    return Verdict(FAIL, _short(f"got {result or 'nothing'}"))


def _upload(seen: dict[str, str]) -> Verdict:
    status, name = seen.get("status", ""), seen.get("name", "")
    if "generated" in seen:  # the generated call was refused; the program's documented wrapper went on
        done = "the wrapper completes" if status == "completed" and name == SAMPLE_HOLDER else "the wrapper fails too"
        return Verdict(FAIL, f"refused ({seen['generated'].split(' ', 1)[0]}); {done}")
    if status == "completed" and name == SAMPLE_HOLDER:
        return Verdict(PASS, f"completed after {seen.get('polls', '?')} polls")
    return Verdict(FAIL, _short(f"status {status or '?'}, name {name or '?'}"))


def _drift(seen: dict[str, str]) -> Verdict:
    if not _is_null(seen.get("micr", "")):
        return Verdict(FAIL, f"null came out as {seen.get('micr', '')!r}")
    losses = [
        f"{what} → {seen.get(fact) or 'nothing'}"
        for fact, what, sent in (
            ("field", DRIFT_FIELD, DRIFT_FIELD_VALUE),
            ("merchant", DRIFT_MERCHANT, DRIFT_MERCHANT),
            ("category", DRIFT_CATEGORY, DRIFT_CATEGORY),
        )
        if seen.get(fact) != sent
    ]
    if losses:
        return Verdict(LOSS, _short("lost: " + ", ".join(losses)))
    return Verdict(PASS, "new field, 2 unlisted values and null kept")


_JUDGES = {
    "pages": _pages,
    "unknowns": _unknowns,
    "errors": _errors,
    "throttle": _throttle,
    "upload": _upload,
    "drift": _drift,
}


# ------------------------------------------------------------------------------------------- reporting
def table(matrix: dict[str, dict[str, Verdict]]) -> str:
    """The matrix as a Markdown table: one row per client, one column per scenario."""
    head = "| client | " + " | ".join(SCENARIOS) + " |"
    rule = "| --- |" + " --- |" * len(SCENARIOS)
    rows = [
        f"| {client} | " + " | ".join(f"**{v.verdict}**: {v.why}" for v in (row[s] for s in SCENARIOS)) + " |"
        for client, row in matrix.items()
    ]
    return "\n".join([head, rule, *rows])


def to_json(matrix: dict[str, dict[str, Verdict]], facts: dict[str, dict[str, dict[str, str]]]) -> str:
    return json.dumps(
        {
            "scenarios": SCENARIOS,
            "clients": {
                client: {s: {**asdict(v), "observed": facts.get(client, {}).get(s, {})} for s, v in row.items()}
                for client, row in matrix.items()
            },
        },
        indent=2,
    )


README_START, README_END = "<!-- matrix:start -->", "<!-- matrix:end -->"


def readme_verdicts(readme: str) -> dict[str, dict[str, str]]:
    """The verdicts in the README's matrix table (what the last recorded run produced)."""
    inside = readme.split(README_START, 1)[1].split(README_END, 1)[0] if README_START in readme else ""
    verdicts: dict[str, dict[str, str]] = {}
    for line in inside.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == len(SCENARIOS) + 1 and cells[0] not in {"client", "---"}:
            words = [re.sub(r"^\*\*(.+?)\*\*.*$", r"\1", cell) for cell in cells[1:]]
            verdicts[cells[0]] = dict(zip(SCENARIOS, words, strict=True))
    return verdicts


def with_table(readme: str, markdown: str) -> str:
    before, rest = readme.split(README_START, 1)
    _, after = rest.split(README_END, 1)
    return f"{before}{README_START}\n{markdown}\n{README_END}{after}"
