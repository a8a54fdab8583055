"""Cassettes: one per operation and scenario, recorded through the generated client (vcrpy format).

Recording scrubs both credential headers and signed-URL query strings always, and for live recordings also
personal data (names, addresses, account numbers, narrations) with a stable mask: the same value masks the
same way in every file, so cross-endpoint relations survive. Replaying (``record_mode="none"``) re-issues
each recorded request through vcrpy and checks the answer against the spec, the generated client and the
shims.
"""

from __future__ import annotations

import base64
import functools
import io
import json
import ssl
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import vcr
import yaml

import bankconnect_spec
from bankconnect import ApiError, UnexpectedResponse, operation
from bankconnect.tooling import read_response, redact
from bankconnect_client import AuthenticatedClient
from bankconnect_client.models import (
    BanklessBase64UploadForm,
    BanklessMultipartUploadForm,
    CreateEntityForm,
    StatementBase64UploadForm,
    StatementMultipartUploadForm,
    StatementUrlUploadForm,
    WebhookSettings,
)
from bankconnect_client.types import File, WrongType

from .. import json_body
from ..personal import REDACTED, mask_personal

# The checkout's committed cassettes (what the tests and the contract run's cassettes stage replay). Recording
# never defaults here: `bankconnect record` writes under the current folder or --out, never into an installation.
CASSETTES = Path(__file__).resolve().parents[2] / "cassettes"


def _scrubber(live: bool) -> Callable[[dict], dict]:
    def scrub(response: dict) -> dict:
        body = response["body"]["string"]
        text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
        if live and text.strip():
            try:
                text = json.dumps(mask_personal(json_body.loads(text)))
            except (
                json_body.TooDeep,
                RecursionError,
            ):  # too deep to read, or to mask: what cannot be masked is not kept
                text = json.dumps({"not_recorded": str(json_body.TooDeep())})
            except ValueError:
                # Not JSON (a body cut in half, an HTML error page, a file): it cannot be masked field by field, so
                # it is not kept. Its size says what came.
                text = json.dumps({"not_recorded": f"a body that is not JSON ({len(body)} bytes) cannot be masked"})
        response["body"]["string"] = redact(text).encode()
        return response

    return scrub


def _scrub_request(live: bool) -> Callable[[Any], Any]:
    def scrub(request: Any) -> Any:
        if live and request.body:  # uploaded statements are personal data
            request.body = REDACTED.encode()
        elif request.body and b'"api_key"' in request.body:  # session creation sends the key in its JSON body
            try:
                fields = json.loads(request.body)
            except ValueError:
                request.body = REDACTED.encode()
            else:
                if isinstance(fields, dict):
                    fields["api_key"] = REDACTED
                request.body = json.dumps(fields).encode()
        return request

    return scrub


def recorder(directory: Path, live: bool, mode: str = "all") -> vcr.VCR:
    return vcr.VCR(
        cassette_library_dir=str(directory),
        record_mode=mode,
        decode_compressed_response=True,
        filter_headers=[
            ("x-api-key", REDACTED),
            ("server-hash", REDACTED),
            ("authorization", REDACTED),
            ("cookie", REDACTED),
        ],
        before_record_response=_scrubber(live),
        before_record_request=_scrub_request(live),
        match_on=("method", "path", "query"),
    )


# ------------------------------------------------------------------------------------------ scenarios
@dataclass(frozen=True)
class Scenario:
    operation_id: str
    name: str
    call: Callable[[AuthenticatedClient, dict[str, Any]], Any]
    expected_status: int
    writes: bool = False

    @property
    def file_name(self) -> str:
        return f"{self.operation_id}__{self.name}.yaml"


def _sample_pdf(**kw: Any) -> bytes:
    from bankconnect_sandbox.pdf import sample_statement, statement_pdf

    if kw.pop("no_columns", False):
        return statement_pdf(["Axis Bank - Statement of Account", "Bank: axis", "nothing tabular"])
    if kw.pop("no_bank", False):
        return statement_pdf(["Statement of Account", "Date Narration Amount Balance"])
    return sample_statement(**kw)


def _file(data: bytes) -> File:
    return File(payload=io.BytesIO(data), file_name="statement.pdf", mime_type="application/pdf")


def _sync(op_id: str, **fixed: Any) -> Callable[[AuthenticatedClient, dict[str, Any]], Any]:
    module = operation(op_id).module

    def call(api: AuthenticatedClient, ctx: dict[str, Any]) -> Any:
        kwargs = {k: (v(ctx) if callable(v) else v) for k, v in fixed.items()}
        return module.sync_detailed(client=api, **kwargs)

    return call


def _raw(method: str, path: str, **kw: Any) -> Callable[[AuthenticatedClient, dict[str, Any]], Any]:
    """A request the generated client cannot express (an unsupported media type), through its httpx client."""
    return lambda api, ctx: api.get_httpx_client().request(method, path, **kw)


def scenarios() -> list[Scenario]:
    out: list[Scenario] = []
    entity = {"entity_id": lambda ctx: ctx["entity_id"]}
    for op in bankconnect_spec.operations().values():
        if op.is_analysis or op.operation_id in ("get_entity", "get_pdfs"):
            out.append(Scenario(op.operation_id, "ok", _sync(op.operation_id, **entity), 200))
            out.append(Scenario(op.operation_id, "not_found", _sync(op.operation_id, entity_id="no-such-entity"), 404))
            out.append(Scenario(op.operation_id, "unauthorized", _sync(op.operation_id, **entity), 401))
    out += [
        Scenario("get_net_banking_health", "ok", _sync("get_net_banking_health"), 200),
        Scenario("get_net_banking_health", "unauthorized", _sync("get_net_banking_health"), 401),
        Scenario("list_entities", "ok", _sync("list_entities", page=1), 200),
        Scenario("list_entities", "invalid_page", _sync("list_entities", page=9999), 404),
        Scenario("list_entities", "unauthorized", _sync("list_entities"), 401),
        Scenario(
            "create_entity",
            "ok",
            _sync("create_entity", body=CreateEntityForm(link_id="contract-recording")),
            201,
            writes=True,
        ),
        Scenario(
            "create_entity",
            "invalid",
            _raw("POST", "/entity/", content=b"link_id=x", headers={"content-type": "text/plain"}),
            400,
            writes=True,
        ),
        Scenario("create_entity", "unauthorized", _sync("create_entity", body=CreateEntityForm()), 401, writes=True),
        Scenario(
            "update_webhook",
            "ok",
            _sync(
                "update_webhook",
                body=WebhookSettings(webhook_url="https://lender.example.in/hooks/bankconnect", webhook_mode=1),
            ),
            200,
            writes=True,
        ),
        Scenario(
            "update_webhook",
            "invalid",
            _sync("update_webhook", body=WebhookSettings(webhook_url="not a url")),
            400,
            writes=True,
        ),
        Scenario(
            "update_webhook",
            "unauthorized",
            _sync("update_webhook", body=WebhookSettings(webhook_url="https://lender.example.in/hooks/bankconnect")),
            401,
            writes=True,
        ),
        Scenario("list_webhook_payloads", "ok", _sync("list_webhook_payloads", link_id="contract-recording"), 200),
        Scenario("list_webhook_payloads", "invalid", _sync("list_webhook_payloads", link_id=""), 400),
        Scenario("list_webhook_payloads", "unauthorized", _sync("list_webhook_payloads", link_id="x"), 401),
    ]
    link = "contract-recording"
    b64 = base64.b64encode(_sample_pdf()).decode()
    uploads = {
        "upload_statement": [
            (
                "ok",
                lambda: StatementMultipartUploadForm(file=_file(_sample_pdf()), bank_name="axis", link_id=link),
                200,
                {},
            ),
            (
                "ok_identity",
                lambda: StatementMultipartUploadForm(
                    file=_file(_sample_pdf(account_number="50100111222333")), bank_name="axis", link_id=link
                ),
                200,
                {"identity": True},
            ),
            (
                "ok_url",
                lambda: StatementUrlUploadForm(
                    file_url="https://files.example.invalid/march.pdf", bank_name="hdfc", link_id=link
                ),
                200,
                {},
            ),
            (
                "missing_field",
                lambda: StatementMultipartUploadForm(file=_file(_sample_pdf()), bank_name="axis", link_id=""),
                400,
                {},
            ),
            (
                "wrong_password",
                lambda: StatementMultipartUploadForm(
                    file=_file(_sample_pdf(password="pw")), bank_name="axis", link_id=link, pdf_password="x"
                ),
                400,
                {},
            ),
            (
                "bank_mismatch",
                lambda: StatementMultipartUploadForm(file=_file(_sample_pdf()), bank_name="sbi", link_id=link),
                400,
                {},
            ),
            (
                "not_parsable",
                lambda: StatementMultipartUploadForm(file=_file(b"GIF89a"), bank_name="axis", link_id=link),
                400,
                {},
            ),
            (
                "unsupported_format",
                lambda: StatementMultipartUploadForm(
                    file=_file(_sample_pdf(no_columns=True)), bank_name="axis", link_id=link
                ),
                400,
                {},
            ),
        ],
        "upload_statement_bankless": [
            ("ok", lambda: BanklessMultipartUploadForm(file=_file(_sample_pdf(bank="kotak")), link_id=link), 200, {}),
            (
                "bank_not_detectable",
                lambda: BanklessMultipartUploadForm(file=_file(_sample_pdf(no_bank=True)), link_id=link),
                400,
                {},
            ),
        ],
        "upload_statement_base64": [
            (
                "ok",
                lambda: StatementBase64UploadForm(file=b64, bank_name="axis", link_id=link),
                200,
                {"identity": True},
            ),
            ("missing_field", lambda: StatementBase64UploadForm(file="%%%", bank_name="axis", link_id=link), 400, {}),
        ],
        "upload_statement_bankless_base64": [
            ("ok", lambda: BanklessBase64UploadForm(file=b64, link_id=link), 200, {}),
            (
                "bank_not_detectable",
                lambda: BanklessBase64UploadForm(
                    file=base64.b64encode(_sample_pdf(no_bank=True)).decode(), link_id=link
                ),
                400,
                {},
            ),
        ],
    }
    for op_id, cases in uploads.items():
        first = cases[0][1]
        for name, body, status, extra in cases:
            out.append(Scenario(op_id, name, _sync(op_id, body=lambda ctx, b=body: b(), **extra), status, writes=True))
        out.append(Scenario(op_id, "trial_expired", _sync(op_id, body=lambda ctx, b=first: b()), 402, writes=True))
        out.append(Scenario(op_id, "unauthorized", _sync(op_id, body=lambda ctx, b=first: b()), 401, writes=True))
    return out + _session_scenarios()


# ------------------------------------------------------------------------------------ the session flow
UNKNOWN_SESSION = "4a1f0c9e-0000-4000-8000-000000000000"
SESSION_RANGE = {"from_date": "01/05/2026", "to_date": "31/07/2026"}  # the sample statement's months
SESSION_READS = {  # operation -> (method, path suffix)
    "get_session_upload_status": ("GET", "session_upload_status"),
    "initiate_session_processing": ("POST", "initiate_processing"),
    "get_session_progress": ("GET", "progress"),
    "get_session_status": ("GET", "session_status"),
    "get_session_insights": ("GET", "insights"),
    "get_session_pdfs": ("GET", "get_pdfs"),
    "delete_session": ("DELETE", "delete"),
}


def _new_session(http: httpx.Client, api_key: str, *, upload: bool, initiate: bool, wait: bool) -> str:
    """A session in the state a scenario needs (its setup requests are recorded in the same cassette)."""
    body = {"link_id": "contract-recording", "api_key": api_key, **SESSION_RANGE}
    session_id = http.post("/session/", json=body).json()["session_id"]
    if upload:
        files = {"file": ("statement.pdf", _sample_pdf(), "application/pdf")}
        http.post("/statement/upload_session/", data={"session_id": session_id, "upload_type": "PDF"}, files=files)
    if initiate:
        http.post(f"/session_data/{session_id}/initiate_processing/")
    for _ in range(120 if wait else 0):
        if http.get(f"/session_data/{session_id}/progress/").json().get("session_progress") == "completed":
            break
        time.sleep(0.25)
    return session_id


def _session_read(op_id: str, state: str) -> Callable[[AuthenticatedClient, dict[str, Any]], Any]:
    """``op_id`` on a session in ``state``: new, uploaded, processing, processed, deleted or unknown."""
    method, suffix = SESSION_READS[op_id]

    def call(api: AuthenticatedClient, ctx: dict[str, Any]) -> Any:
        http = api.get_httpx_client()
        key = str(http.headers.get("x-api-key", ""))
        if state == "unknown":
            session_id = UNKNOWN_SESSION
        else:
            session_id = _new_session(
                http,
                ctx.get("api_key", key),
                upload=state != "new",
                initiate=state in ("processing", "processed"),
                wait=state == "processed",
            )
            if state == "deleted":
                http.delete(f"/session_data/{session_id}/delete/")
        if state == "processing" and op_id == "initiate_session_processing":
            http.post(f"/session_data/{session_id}/initiate_processing/")  # the first request; the next is the repeat
        return http.request(method, f"/session_data/{session_id}/{suffix}/")

    return call


def _session_raw(
    method: str, path: str, operation_id: str | None = None, **kw: Any
) -> Callable[[AuthenticatedClient, dict[str, Any]], Any]:
    """A session call with a body built when it runs (the key in a create body is the run's key). An
    ``operation_id`` with a server of its own (the v2 create) is sent there, as the spec says, not under the
    client's base URL."""

    def call(api: AuthenticatedClient, ctx: dict[str, Any]) -> Any:
        http = api.get_httpx_client()
        fields = {k: (v(ctx) if callable(v) else v) for k, v in kw.items()}
        url = _addressed(str(http.base_url), operation_id, path) if operation_id else path
        return http.request(method, url, **fields)

    return call


def _addressed(base_url: str, operation_id: str, path: str) -> str:
    """The URL the service serves ``operation_id`` at, for a recording against ``base_url`` (…/bank-connect/v1)."""
    return bankconnect_spec.server_for(operation_id, base_url).rstrip("/") + path


def _repeated_key(method: str, path: str, **kw: Any) -> Callable[[AuthenticatedClient, dict[str, Any]], Any]:
    """The credential header twice: refused with 401 whatever else the call is."""

    def call(api: AuthenticatedClient, ctx: dict[str, Any]) -> Any:
        http = api.get_httpx_client()
        key = str(http.headers.get("x-api-key", ""))
        return http.request(method, path, headers=[("x-api-key", key), ("x-api-key", key)], **kw)

    return call


def _session_scenarios() -> list[Scenario]:
    out: list[Scenario] = []
    good_body = lambda ctx: {"link_id": "contract-recording", "api_key": ctx["api_key"], **SESSION_RANGE}  # noqa: E731
    for op_id, path in (("create_session", "/session/"), ("create_session_v2", "/v2/session/")):
        out += [
            Scenario(op_id, "ok", _session_raw("POST", path, op_id, json=good_body), 200, writes=True),
            Scenario(
                op_id,
                "invalid_date",
                _session_raw("POST", path, op_id, json=lambda ctx: {**good_body(ctx), "from_date": "2026-05-01"}),
                400,
                writes=True,
            ),
            Scenario(op_id, "no_key", _session_raw("POST", path, op_id, json={"link_id": "x"}), 401, writes=True),
            Scenario(
                op_id,
                "payment_required",
                _session_raw(
                    "POST", path, op_id, json=lambda ctx: {**good_body(ctx), "api_key": ctx["expired_api_key"]}
                ),
                402,
                writes=True,
            ),
            Scenario(
                op_id,
                "mode_not_enabled",
                _session_raw(
                    "POST", path, op_id, json=lambda ctx: {**good_body(ctx), "mode": "online", "bank_name": "axis"}
                ),
                403,
                writes=True,
            ),
            Scenario(
                op_id,
                "unsupported_media_type",
                _session_raw("POST", path, op_id, content=b"link_id=x", headers={"content-type": "text/plain"}),
                415,
                writes=True,
            ),
        ]
    upload = {"data": {"session_id": UNKNOWN_SESSION, "upload_type": "PDF"}}
    upload_files = lambda ctx: {"file": ("statement.pdf", _sample_pdf(), "application/pdf")}  # noqa: E731

    def upload_ok(api: AuthenticatedClient, ctx: dict[str, Any]) -> Any:
        http = api.get_httpx_client()
        session_id = _new_session(http, ctx["api_key"], upload=False, initiate=False, wait=False)
        data = {"session_id": session_id, "upload_type": "PDF"}
        return http.post("/statement/upload_session/", data=data, files=upload_files(ctx), params={"identity": "true"})

    op_id = "upload_session_statement"
    path = "/statement/upload_session/"
    out += [
        Scenario(op_id, "ok", upload_ok, 200, writes=True),
        Scenario(op_id, "session_expired", _session_raw("POST", path, files=upload_files, **upload), 400, writes=True),
        Scenario(
            op_id,
            "no_key",
            _session_raw("POST", path, files=upload_files, headers={"x-api-key": ""}, **upload),
            401,
            writes=True,
        ),
        Scenario(op_id, "trial_expired", _session_raw("POST", path, files=upload_files, **upload), 402, writes=True),
        Scenario(op_id, "unauthorized", _session_raw("POST", path, files=upload_files, **upload), 403, writes=True),
    ]
    success = {"initiate_session_processing": 202}
    ready = {  # the state in which a read succeeds, and the state in which it is refused with 400
        "get_session_upload_status": ("uploaded", None),
        "initiate_session_processing": ("uploaded", "new"),
        "get_session_progress": ("processing", "uploaded"),
        "get_session_status": ("processed", "uploaded"),
        "get_session_insights": ("processed", "uploaded"),
        "get_session_pdfs": ("processed", "uploaded"),
        "delete_session": ("new", None),
    }
    for op_id, (ok_state, refused_state) in ready.items():
        method, suffix = SESSION_READS[op_id]
        template = f"/session_data/{UNKNOWN_SESSION}/{suffix}/"
        out += [
            Scenario(op_id, "ok", _session_read(op_id, ok_state), success.get(op_id, 200), writes=True),
            Scenario(op_id, "not_found", _session_read(op_id, "unknown"), 404),
            Scenario(op_id, "deleted", _session_read(op_id, "deleted"), 410, writes=True),
            Scenario(op_id, "unauthorized", _session_raw(method, template), 403),
            Scenario(op_id, "repeated_key", _repeated_key(method, template), 401),
        ]
        if refused_state is not None:
            out.append(Scenario(op_id, "refused", _session_read(op_id, refused_state), 400, writes=True))
    out.append(
        Scenario(
            "initiate_session_processing",
            "repeated",
            _session_read("initiate_session_processing", "processing"),
            409,
            writes=True,
        )
    )
    out.append(
        Scenario(
            "get_session_upload_status",
            "key_required",
            _session_raw("GET", "/session_data/x/session_upload_status/"),
            400,
        )
    )
    hook = "/session_data/update_webhook/"
    out += [
        Scenario(
            "update_session_webhook",
            "ok",
            _session_raw("POST", hook, json={"webhook_url": "https://lender.example.in/hooks/sessions"}),
            200,
            writes=True,
        ),
        Scenario(
            "update_session_webhook", "invalid", _session_raw("POST", hook, json={"webhook_url": "x"}), 400, writes=True
        ),
        Scenario("update_session_webhook", "unauthorized", _session_raw("POST", hook, json={}), 403, writes=True),
        Scenario("update_session_webhook", "repeated_key", _repeated_key("POST", hook, json={}), 401, writes=True),
        Scenario("get_bank_catalogue", "ok", _session_raw("GET", "/banks/catalogue/"), 200),
        Scenario("get_bank_catalogue", "unauthorized", _session_raw("GET", "/banks/catalogue/"), 403),
        Scenario("get_bank_catalogue", "repeated_key", _repeated_key("GET", "/banks/catalogue/"), 401),
    ]
    return out


# ------------------------------------------------------------------------------------------- record
def record(
    base_url: str,
    api_key: str,
    server_hash: str,
    directory: Path,
    *,
    live: bool = False,
    allow_writes: bool = True,
    entity_id: str | None = None,
    expired_api_key: str | None = None,
    report: Callable[[str], None] = lambda line: None,
) -> list[Path]:
    """Record every scenario against ``base_url``; returns the files written."""
    directory.mkdir(parents=True, exist_ok=True)

    def client(key: str, hash_: str) -> AuthenticatedClient:
        return AuthenticatedClient(
            base_url=base_url,
            token=key,
            prefix="",
            auth_header_name="x-api-key",
            headers={"server-hash": hash_},
            timeout=httpx.Timeout(60.0),
        )

    good, wrong = client(api_key, server_hash), client("wrong-key", "wrong-hash")
    expired = client(expired_api_key or "", server_hash)
    statuses: list[int] = []
    for api in (good, wrong, expired):  # the status, even when the generated client cannot parse the body
        api.get_httpx_client().event_hooks["response"].append(lambda r: statuses.append(r.status_code))
    ctx = {"entity_id": entity_id or _smallest_entity(good), "api_key": api_key, "expired_api_key": expired_api_key}
    written = []
    tape = recorder(directory, live)
    for scenario in scenarios():
        if scenario.writes and not allow_writes:
            continue
        api = wrong if scenario.name == "unauthorized" else expired if scenario.name == "trial_expired" else good
        if scenario.name in ("trial_expired", "payment_required") and not expired_api_key:
            continue  # only the sandbox has a key whose trial has expired
        path = directory / scenario.file_name
        path.unlink(missing_ok=True)
        parse_error = ""
        with tape.use_cassette(scenario.file_name):
            try:
                scenario.call(api, ctx)
            except (KeyError, TypeError, ValueError, AttributeError, WrongType) as exc:  # drift: recorded all the same
                parse_error = f"; the generated client cannot parse it ({type(exc).__name__}: {exc})"
        status = statuses[-1]
        mark = "ok" if status == scenario.expected_status else f"expected {scenario.expected_status}"
        report(f"{scenario.file_name}: {status} ({mark}{parse_error})")
        written.append(path)
    return written


# The service's throttling and outages: recorded from sandboxes that answer every request so (fault injection).
FAULT_SCENARIOS = {429: "throttled", 503: "unavailable"}


def record_faults(
    base_urls: dict[int, str],
    api_key: str,
    server_hash: str,
    directory: Path,
    report: Callable[[str], None] = lambda line: None,
) -> list[Path]:
    """One cassette per operation and fault status; ``base_urls`` maps 429 and 503 to a sandbox answering so."""
    written = []
    tape = recorder(directory, live=False)
    headers = {"x-api-key": api_key, "server-hash": server_hash}
    for op in bankconnect_spec.operations().values():
        for status, name in FAULT_SCENARIOS.items():
            file_name = f"{op.operation_id}__{name}.yaml"
            (directory / file_name).unlink(missing_ok=True)
            with tape.use_cassette(file_name), httpx.Client(headers=headers) as http:
                url = (
                    _addressed(base_urls[status], op.operation_id, op.path)
                    .replace("{entity_id}", "5f0c7a1e-3b2d-4e8f-9a6c-1d2e3f4a5b6c")
                    .replace("{session_id}", UNKNOWN_SESSION)
                )
                got = http.request(op.method, url).status_code
            report(f"{file_name}: {got} ({'ok' if got == status else f'expected {status}'})")
            written.append(directory / file_name)
    return written


def _smallest_entity(api: AuthenticatedClient) -> str:
    """The seeded entity with the fewest transactions on the first page (keeps cassettes small). Raw JSON on
    purpose: recording must work even when the API has drifted away from what the client can parse."""
    http = api.get_httpx_client()
    sizes = []
    for entity in http.get("/entity/").json()["results"]:
        body = http.get(f"/entity/{entity['entity_id']}/transactions/").json()
        if body["progress"] and all(p["status"] == "completed" for p in body["progress"]):
            sizes.append((len(body["transactions"]), entity["entity_id"]))
    return min(sizes)[1]


# ------------------------------------------------------------------------------------------- replay
@dataclass(frozen=True)
class Replayed:
    cassette: str
    operation_id: str
    status: int
    problems: tuple[str, ...]


def recorded_requests(path: Path) -> Iterator[dict[str, Any]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for interaction in data["interactions"]:
        yield interaction["request"]


def replay(path: Path) -> list[Replayed]:
    """Re-issue a cassette's requests with vcrpy in ``record_mode="none"`` and check every answer."""
    from .conformance import response_errors

    named = path.name.split("__")[0]
    router, spec = bankconnect_spec.router(), bankconnect_spec.load_spec()
    results = []
    tape = recorder(path.parent, live=False, mode="none")
    with tape.use_cassette(path.name), httpx.Client(verify=_tls_context()) as http:
        for request in recorded_requests(path):
            # A session scenario records its setup calls too: each answer is read as the operation it came from.
            sent_to = urlsplit(request["uri"]).path
            local = bankconnect_spec.local_path(spec, sent_to) or sent_to
            found, _params, _allowed = router.match(request["method"], local)
            op_id = found.operation_id if found is not None else named
            body = request.get("body")
            response = http.request(
                request["method"],
                request["uri"],
                content=body if body else None,
                headers={k: v[0] for k, v in request.get("headers", {}).items()},
            )
            problems = [f"spec: {e}" for e in response_errors(response)]
            problems += _client_problems(op_id, response)
            results.append(Replayed(path.name, op_id, response.status_code, tuple(problems)))
    return results


@functools.cache
def _tls_context() -> ssl.SSLContext:
    """One TLS context for every replay: httpx builds one per client otherwise, reading the system's certificates
    each time (9 s of the cassettes stage's 40, for 219 cassettes)."""
    return httpx.create_ssl_context()


def _client_problems(op_id: str, response: httpx.Response) -> list[str]:
    """What the client could not read of a recorded answer (a documented error status is read as its error)."""
    try:
        read_response(op_id, response)
    except UnexpectedResponse as exc:
        return [f"client: {exc}"]
    except ApiError:
        return []
    return []


CREDENTIAL_HEADERS = ("x-api-key", "server-hash", "authorization", "cookie")


def scrubbed_interaction(
    method: str,
    uri: str,
    request_headers: dict[str, str],
    status: int,
    response_headers: dict[str, str],
    response_body: bytes,
) -> dict[str, Any]:
    """One vcrpy interaction, scrubbed as a live recording is (credential headers, the request body, personal
    data and signed-URL query strings), for traffic recorded elsewhere (``bankconnect proxy --record``)."""
    scrub = _scrubber(live=True)
    response = scrub({"body": {"string": response_body}})
    return {
        "request": {
            "body": REDACTED if method != "GET" else None,
            "headers": {k: [REDACTED if k.lower() in CREDENTIAL_HEADERS else v] for k, v in request_headers.items()},
            "method": method,
            "uri": redact(uri),
        },
        "response": {
            "body": {"string": response["body"]["string"].decode("utf-8", "replace")},
            "headers": {k: [v] for k, v in response_headers.items()},
            "status": {"code": status, "message": ""},
        },
    }
