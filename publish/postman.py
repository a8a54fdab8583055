"""`make postman`: a Postman v2.1 collection built from the spec that runs from top to bottom.

- The first folder sets the run up: it creates an entity, uploads the sample statement shipped beside the
  collection (`sample_statement.pdf`, made by the sandbox's own writer) into it, and waits until its analysis
  is done. Test scripts store `entity_id`, `statement_id`, `account_id` and `link_id` in collection
  variables; every later request uses them.
- Then one request per operation (uploads in every encoding the service takes), grouped by tag. A path
  or query parameter is filled from the collection variable of its name; an optional one without such a
  variable is sent disabled, so no placeholder is ever sent. Credentials are `{{x_api_key}}` and, only
  where the spec's security asks for it, `{{server_hash}}`.
- Every URL is where the spec serves the call: `{{base_url}}/<path>`, except the v2 session create, which the
  spec serves from a server of its own: `{{bank_connect_url}}/v2/session/`, derived from base_url before every
  request by the collection's pre-request script (base_url's `/bank-connect/v1` end becomes `/bank-connect`), so
  base_url stays the one address to set.
- Every request asserts its documented success status and a key field of its answer.

    python publish/postman.py [--out build/postman/bankconnect.postman_collection.json]

Run it with newman from the folder it was written to (`--working-dir`), as `make postman-test` does.
"""

from __future__ import annotations

import argparse
import base64
import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from bankconnect_spec import base_path, load_spec, operations, path_prefix, resolve, server_for

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "bankconnect.yaml"
SAMPLE = Path(__file__).resolve().parent / "postman" / "sample_statement.pdf"
DEFAULT_OUT = ROOT / "build" / "postman" / "bankconnect.postman_collection.json"
STATEMENT_URL = "https://files.example.in/statements/sample_statement.pdf"
# Values the run fills in; anything else a request needs comes from the spec's examples.
RUN_VARIABLES = ("entity_id", "statement_id", "account_id", "link_id", "session_id")
WAIT_ATTEMPTS = 60


def security_headers(spec: dict) -> dict[tuple[str, str], list[str]]:
    """(METHOD, path template) -> the credential headers the operation needs."""
    schemes = spec["components"]["securitySchemes"]
    out = {}
    for template, item in spec["paths"].items():
        for method, op in item.items():
            if method in ("get", "post", "delete"):
                requirement = (op["security"] or [{}]) if "security" in op else spec["security"]
                out[(method.upper(), template)] = [schemes[name]["name"] for name in requirement[0]]
    return out


def template_of(path: list[str]) -> str:
    return "/" + "/".join("{" + p[1:] + "}" if p.startswith(":") else p for p in path)


def requests(items: list[dict]) -> Iterator[dict]:
    for item in items:
        if "item" in item:
            yield from requests(item["item"])
        else:
            yield item


def _script(lines: list[str]) -> dict[str, Any]:
    return {"type": "text/javascript", "exec": lines}


def _success(op: dict[str, Any]) -> int:
    return min(int(code) for code in op["responses"] if code.startswith("2"))


def _key_field(spec: dict[str, Any], op: dict[str, Any]) -> str | None:
    """The first required property of the success answer (None: the answer is a list)."""
    response = resolve(spec, op["responses"][str(_success(op))])
    schema = resolve(spec, response["content"]["application/json"]["schema"])
    if schema.get("type") == "array":
        return None
    while "allOf" in schema and "required" not in schema:
        schema = resolve(spec, schema["allOf"][0])
    return schema["required"][0]


def _checks(spec: dict[str, Any], op: dict[str, Any], store: dict[str, str] | None = None) -> list[str]:
    status, key = _success(op), _key_field(spec, op)
    lines = [
        f"pm.test('{op['operationId']}: status {status}', function () {{ pm.response.to.have.status({status}); }});",
        "const body = pm.response.json();",
    ]
    if key is None:
        lines.append(f"pm.test('{op['operationId']}: a list', function () {{ pm.expect(body).to.be.an('array'); }});")
    else:
        lines.append(
            f"pm.test('{op['operationId']}: has {key}', function () {{ pm.expect(body).to.have.property('{key}'); }});"
        )
    for variable, expression in (store or {}).items():
        lines.append(f"pm.collectionVariables.set('{variable}', {expression});")
    return lines


def server_variable(spec: dict[str, Any], operation_id: str) -> str:
    """The collection variable a request's URL starts with: ``base_url``, or, for an operation the spec serves
    from a server of its own (the v2 session create, under ``/bank-connect``), one named after that server's
    path (``bank_connect_url``), which the collection's pre-request script derives from ``base_url``."""
    prefix = path_prefix(operation_id, spec)
    if prefix == base_path(spec):
        return "base_url"
    return re.sub(r"\W+", "_", prefix.strip("/")) + "_url"


def _own_servers(spec: dict[str, Any]) -> dict[str, str]:
    """Each variable of an operation's own server, with that server's URL (its default: the service's)."""
    default_base = spec["servers"][0]["url"]
    return {
        server_variable(spec, op_id): server_for(op_id, default_base, spec)
        for op_id in operations(spec)
        if path_prefix(op_id, spec) != base_path(spec)
    }


def _derive_servers(spec: dict[str, Any]) -> dict[str, Any]:
    """The collection's pre-request script: before every request, each own-server variable is base_url with
    the base path at its end replaced by that server's path, as bankconnect_spec.server_for does, so setting
    base_url (a sandbox, a proxy) moves every request; a base_url without that end is a gateway of the user's
    own and is used as it is."""
    documented = base_path(spec)
    lines = [
        f"// A call the spec serves outside {documented} (the v2 session create) is addressed from a variable",
        f"// derived here from base_url: its {documented} end replaced by the call's own server path.",
        "(function () {",
        "  const base = String(pm.variables.get('base_url') || '').replace(/\\/+$/, '');",
        f"  const documented = '{documented}';",
        "  const rebase = function (own) {",
        "    return base.endsWith(documented) ? base.slice(0, base.length - documented.length) + own : base;",
        "  };",
    ]
    for variable, url in _own_servers(spec).items():
        own = urlsplit(url).path.rstrip("/")
        lines.append(f"  pm.variables.set('{variable}', rebase('{own}'));")
    lines.append("})();")
    return {"listen": "prerequest", "script": _script(lines)}


def _url(spec: dict[str, Any], template: str, op: dict[str, Any], item: dict[str, Any]) -> dict[str, Any]:
    segments = [s for s in template.strip("/").split("/")]
    path = [f":{s[1:-1]}" if s.startswith("{") else s for s in segments]
    variables, query = [], []
    for raw in item.get("parameters", []) + op.get("parameters", []):
        p = resolve(spec, raw)
        schema = resolve(spec, p["schema"])
        filled = p["name"] in RUN_VARIABLES
        value = "{{" + p["name"] + "}}" if filled else str(schema.get("default", p.get("example", ""))).lower()
        entry = {"key": p["name"], "value": value, "description": p.get("description", "")}
        if p["in"] == "path":
            variables.append(entry)
        elif p["in"] == "query":
            if p["name"] == "identity":  # uploads: ask for the identity, as the vendor's own package does
                entry["value"] = "true"
            elif not filled and not p.get("required"):
                entry["disabled"] = True
            query.append(entry)
    host = "{{" + server_variable(spec, op["operationId"]) + "}}"
    raw_url = host + "/" + "/".join(path) + "/"
    url: dict[str, Any] = {"raw": raw_url, "host": [host], "path": [*path, ""]}
    if variables:
        url["variable"] = variables
    if query:
        url["query"] = query
        url["raw"] += "?" + "&".join(f"{q['key']}={q['value']}" for q in query if not q.get("disabled"))
    return url


def _request(
    spec: dict[str, Any], template: str, method: str, op: dict[str, Any], item: dict[str, Any], needs: dict
) -> dict[str, Any]:
    headers = [
        {"key": name, "value": "{{" + name.replace("-", "_") + "}}"} for name in needs[(method.upper(), template)]
    ]
    return {"method": method.upper(), "header": headers, "url": _url(spec, template, op, item)}


def _field(key: str, value: str, kind: str = "text") -> dict[str, Any]:
    return {"key": key, "value": value, "type": kind} if kind == "text" else {"key": key, "src": value, "type": kind}


def _upload_variants(op_id: str) -> list[tuple[str, str, list[dict[str, Any]]]]:
    """(name suffix, body mode, fields) for each way the service takes this upload."""
    bank = [_field("bank_name", "{{bank_name}}")] if "bankless" not in op_id else []
    common = [*bank, _field("entity_id", "{{entity_id}}")]
    if "base64" in op_id:
        text = [_field("file", "{{statement_base64}}"), *common]
        return [("form-encoded", "urlencoded", text), ("multipart, as the 2020 collection sent it", "formdata", text)]
    url = [_field("file_url", STATEMENT_URL), *common]
    return [
        ("file", "formdata", [_field("file", SAMPLE.name, "file"), *common]),
        ("by URL, form-encoded", "urlencoded", url),
        ("by URL, multipart, as the 2020 collection sent it", "formdata", url),
    ]


def _body(mode: str, fields: list[dict[str, Any]]) -> dict[str, Any]:
    if mode == "urlencoded":
        return {"mode": mode, "urlencoded": [{"key": f["key"], "value": f["value"]} for f in fields]}
    return {"mode": mode, "formdata": fields}


def _setup_folder(spec: dict[str, Any], ops: dict[str, tuple[str, str, dict, dict]], needs: dict) -> dict[str, Any]:
    template, method, op, item = ops["create_entity"]
    create = _request(spec, template, method, op, item, needs)
    create["body"] = _body("urlencoded", [_field("link_id", "{{link_id}}")])
    template, method, op, item = ops["upload_statement"]
    upload = _request(spec, template, method, op, item, needs)
    upload["body"] = _body("formdata", _upload_variants("upload_statement")[0][2])
    template, method, op, item = ops["get_transactions"]
    wait = _request(spec, template, method, op, item, needs)
    wait_checks = [
        "pm.test('get_transactions: status 200', function () { pm.response.to.have.status(200); });",
        "const progress = pm.response.json().progress;",
        "const waiting = progress.length === 0 || progress.some(p => p.status === 'processing');",
        "const tries = Number(pm.collectionVariables.get('wait_attempts') || 0) + 1;",
        "pm.collectionVariables.set('wait_attempts', tries);",
        f"if (waiting && tries < {WAIT_ATTEMPTS}) {{ postman.setNextRequest(pm.info.requestName); }} else {{",
        "  pm.test('the statement was processed', function () {",
        "    pm.expect(progress.map(p => p.status)).to.include('completed');",
        "  });",
        "}",
    ]
    return {
        "name": "Setup: an entity with a processed statement",
        "description": "Run first: the requests after it read the entity, statement and account made here.",
        "item": [
            {
                "name": "Create an entity",
                "request": create,
                "event": [
                    {
                        "listen": "test",
                        "script": _script(_checks(spec, ops["create_entity"][2], {"entity_id": "body.entity_id"})),
                    }
                ],
            },
            {
                "name": "Upload the sample statement into it",
                "request": upload,
                "event": [
                    {
                        "listen": "test",
                        "script": _script(
                            _checks(
                                spec,
                                ops["upload_statement"][2],
                                {"statement_id": "body.statement_id", "account_id": "body.identity.account_id"},
                            )
                        ),
                    }
                ],
            },
            {
                "name": "Wait until the statement is processed",
                "request": wait,
                "event": [
                    {
                        "listen": "prerequest",
                        "script": _script(
                            [
                                "// Poll once a second while the statement is processing (bounded by wait_attempts).",
                                "if (Number(pm.collectionVariables.get('wait_attempts') || 0) > 0) {",
                                "  setTimeout(function () {}, 1000);",
                                "}",
                            ]
                        ),
                    },
                    {"listen": "test", "script": _script(wait_checks)},
                ],
            },
        ],
    }


def _json_body(value: dict[str, Any]) -> dict[str, Any]:
    return {"mode": "raw", "raw": json.dumps(value), "options": {"raw": {"language": "json"}}}


def _sessions_folder(spec: dict[str, Any], ops: dict[str, tuple[str, str, dict, dict]], needs: dict) -> dict:
    """The session flow in the order it runs: create, upload the sample, start processing, poll progress until
    completed, read status, insights and PDFs; then the settings, the catalogue, delete, and 410 afterwards."""

    def item(
        op_id: str,
        name: str,
        store: dict[str, str] | None = None,
        body: dict[str, Any] | None = None,
        checks: list[str] | None = None,
        prerequest: list[str] | None = None,
    ) -> dict[str, Any]:
        template, method, op, path_item = ops[op_id]
        request = _request(spec, template, method, op, path_item, needs)
        if not any(h["key"] == "x-api-key" for h in request["header"]):  # creation: the key also goes in the body
            request["header"].append({"key": "x-api-key", "value": "{{x_api_key}}"})
        if body is not None:
            request["body"] = body
        script = checks or _checks(spec, op, store)
        events = [{"listen": "test", "script": _script(script)}]
        if prerequest:
            events.insert(0, {"listen": "prerequest", "script": _script(prerequest)})
        return {"name": name, "request": request, "event": events}

    create = {"link_id": "{{link_id}}", "api_key": "{{x_api_key}}", "from_date": "{{session_from}}"}
    create["to_date"] = "{{session_to}}"
    json_header = {"key": "Content-Type", "value": "application/json"}
    upload_fields = [
        _field("session_id", "{{session_id}}"),
        _field("upload_type", "PDF"),
        _field("file", SAMPLE.name, "file"),
    ]
    progress = [
        "pm.test('get_session_progress: status 200', function () { pm.response.to.have.status(200); });",
        "const done = pm.response.json().session_progress === 'completed';",
        "const tries = Number(pm.collectionVariables.get('session_wait_attempts') || 0) + 1;",
        "pm.collectionVariables.set('session_wait_attempts', tries);",
        f"if (!done && tries < {WAIT_ATTEMPTS}) {{ postman.setNextRequest(pm.info.requestName); }} else {{",
        "  pm.test('the session was processed', function () { pm.expect(done).to.be.true; });",
        "}",
    ]
    gone = [
        "pm.test('a deleted session answers 410', function () { pm.response.to.have.status(410); });",
        "pm.test('SESSION_DELETED', function () {",
        "  pm.expect(pm.response.json().error.code).to.equal('SESSION_DELETED');",
        "});",
    ]
    items = [
        item("create_session", "Create a session", {"session_id": "body.session_id"}, body=_json_body(create)),
        item(
            "create_session_v2",
            "Create a session (v2, served at /bank-connect/v2/session/)",
            body=_json_body({"link_id": "{{link_id}}", "api_key": "{{x_api_key}}"}),
        ),
        item(
            "upload_session_statement",
            "Upload the sample statement into the session",
            body=_body("formdata", upload_fields),
        ),
        item("get_session_upload_status", "Upload status of the session"),
        item("initiate_session_processing", "Start processing the session"),
        item(
            "get_session_progress",
            "Wait until the session is processed",
            checks=progress,
            prerequest=[
                "// Poll once a second while the session is processing (bounded by session_wait_attempts).",
                "if (Number(pm.collectionVariables.get('session_wait_attempts') || 0) > 0) {",
                "  setTimeout(function () {}, 1000);",
                "}",
            ],
        ),
        item("get_session_status", "Accounts of the processed session"),
        item("get_session_insights", "Insights of the session"),
        item("get_session_pdfs", "Statement PDFs of the session"),
        item(
            "update_session_webhook",
            "Set the session webhook",
            body=_json_body({"webhook_url": "{{webhook_url}}", "webhook_mode": 1}),
        ),
        item("get_bank_catalogue", "Banks and the ways each can be fetched"),
        item("delete_session", "Delete the session"),
        item("get_session_upload_status", "After delete: the session is gone (410)", checks=gone),
    ]
    for entry in items:
        if entry["request"]["method"] == "POST" and entry["request"].get("body", {}).get("mode") == "raw":
            entry["request"]["header"].append(dict(json_header))
    return {"name": "sessions", "description": spec_tag_description(spec, "sessions"), "item": items}


def spec_tag_description(spec: dict[str, Any], name: str) -> str:
    return next((t.get("description", "") for t in spec.get("tags", []) if t["name"] == name), "")


def build(out: Path) -> dict[str, Any]:
    spec = load_spec()
    needs = security_headers(spec)
    ops: dict[str, tuple[str, str, dict, dict]] = {}
    for template, item in spec["paths"].items():
        for method in ("get", "post", "delete"):
            if method in item:
                ops[item[method]["operationId"]] = (template, method, item[method], item)
    folders: dict[str, list[dict[str, Any]]] = {}
    for op_id, (template, method, op, item) in ops.items():
        tag = op["tags"][0]
        if tag == "sessions":
            continue  # its own folder, in the order the flow runs
        checks = {"listen": "test", "script": _script(_checks(spec, op))}
        if tag == "upload":
            for suffix, mode, fields in _upload_variants(op_id):
                request = _request(spec, template, method, op, item, needs)
                request["body"] = _body(mode, fields)
                folders.setdefault(tag, []).append(
                    {"name": f"{op['summary']} ({suffix})", "request": request, "event": [checks]}
                )
            continue
        request = _request(spec, template, method, op, item, needs)
        if op_id == "create_entity":
            request["body"] = _body("urlencoded", [_field("link_id", "{{link_id}}")])
        elif op_id == "update_webhook":
            request["header"].append({"key": "Content-Type", "value": "application/json"})
            body = {"webhook_url": "{{webhook_url}}", "webhook_mode": 1}
            request["body"] = {"mode": "raw", "raw": json.dumps(body), "options": {"raw": {"language": "json"}}}
        folders.setdefault(tag, []).append({"name": op["summary"], "request": request, "event": [checks]})
    tags = {t["name"]: t.get("description", "") for t in spec.get("tags", [])}
    sample = SAMPLE.read_bytes()
    collection = {
        "info": {
            "name": "BankConnect (contract)",
            "description": (
                "Generated from spec/bankconnect.yaml; runs from top to bottom (newman or the Collection Runner). "
                "Set base_url (the enriched-data host by default, or a local sandbox), x_api_key and server_hash; "
                "bank_connect_url (the v2 session create's server) is derived from base_url. "
                "Keep sample_statement.pdf beside the collection (newman --working-dir)."
            ),
            "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
        },
        "variable": [
            {"key": "base_url", "value": spec["servers"][0]["url"], "description": "API base URL."},
            *(
                {
                    "key": variable,
                    "value": url,
                    "description": "Derived from base_url before every request (the collection's pre-request "
                    "script): the server the spec gives calls outside base_url (the v2 session create).",
                }
                for variable, url in _own_servers(spec).items()
            ),
            {"key": "x_api_key", "value": "", "description": "Your x-api-key (never commit it)."},
            {"key": "server_hash", "value": "", "description": "Your server-hash (never commit it)."},
            {"key": "link_id", "value": "postman-run", "description": "Your identifier for a borrower."},
            {"key": "entity_id", "value": "", "description": "Set by 'Create an entity'."},
            {"key": "statement_id", "value": "", "description": "Set by 'Upload the sample statement into it'."},
            {"key": "account_id", "value": "", "description": "Set by 'Upload the sample statement into it'."},
            {"key": "bank_name", "value": "hdfc", "description": "The bank of the sample statement."},
            {
                "key": "statement_base64",
                "value": base64.b64encode(sample).decode(),
                "description": "The sample, base64.",
            },
            {"key": "webhook_url", "value": "https://hooks.example.in/bankconnect", "description": "Your receiver."},
            {"key": "wait_attempts", "value": "0", "description": "Polls made by the setup's wait (bounded)."},
            {"key": "session_id", "value": "", "description": "Set by 'Create a session'."},
            {"key": "session_from", "value": "01/04/2026", "description": "The session's first day (the sample's)."},
            {"key": "session_to", "value": "30/06/2026", "description": "The session's last day (the sample's)."},
            {"key": "session_wait_attempts", "value": "0", "description": "Polls made by the session's wait."},
        ],
        "event": [_derive_servers(spec)],
        "item": [_setup_folder(spec, ops, needs)]
        + [{"name": tag, "description": tags.get(tag, ""), "item": items} for tag, items in folders.items()]
        + [_sessions_folder(spec, ops, needs)],
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(collection, indent=2) + "\n")
    shutil.copyfile(SAMPLE, out.parent / SAMPLE.name)
    return collection


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    collection = build(args.out)
    count = sum(1 for _ in requests(collection["item"]))
    print(f"wrote {args.out} and {SAMPLE.name} beside it ({count} requests in {len(collection['item'])} folders)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
