"""Extract the vendor's published JSON answer examples, from every version of its guides, into data files.

A maintenance tool, not run by tests: `python spec/reference/record/extract.py MIRROR` where MIRROR is a local
clone (a bare mirror is enough) of github.com/finbox-in/documentation. It walks the git history of the entity-flow
guides (`docs/bank-connect/*.md`) and of the session-flow data guide (`docs/session-flow/fetch-data.md`, whose
predictors and transactions are the entity-flow shapes), finds every fenced JSON block and every inline JSON
sample in a table row, works out which operation (or component) and status it illustrates from the endpoint line
and heading above it, repairs only what is not JSON, and writes one file per distinct example into `examples/`
beside this script. Every file says where it came from (path, commit, date of each version that carries it) and
what was changed to make it JSON. Examples that cannot be placed or repaired are listed in `unplaced.json`.

Rewrites `examples/` and `unplaced.json` completely; `exceptions.yaml` (hand-kept) is not touched.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
GUIDES = ("docs/bank-connect/", "docs/session-flow/fetch-data.md")
# SDK and client-library pages show objects of their own libraries (Python dicts, Java/JS callbacks), not answers.
NOT_ANSWER_PAGES = re.compile(r"(android|javascript|react|flutter|ionic|cordova|ios|python|see-in-action)[^/]*\.md$")

# Path tail after /entity/{entity_id}/ (or the whole path) -> operationId in spec/bankconnect.yaml. Paths the
# spec does not describe map to a name in brackets: the example is kept and listed, not validated.
ENTITY_TAILS = {
    "": "get_entity",
    "get_pdfs": "get_pdfs",
    "accounts": "get_accounts",
    "identity": "get_identity",
    "transactions": "get_transactions",
    "salary": "get_salary",
    "recurring_transactions": "get_recurring_transactions",
    "lender_transactions": "get_lender_transactions",
    "get_expense_categories": "get_expense_categories",
    "top_credits_debits": "get_top_credits_debits",
    "monthly_analysis_updated": "get_monthly_analysis",
    "monthly_analysis": "get_monthly_analysis_flat",
    "xlsx_report": "get_xlsx_report",
    "predictors": "get_predictors",
    "score": "get_score",
    "rolling_monthly_analysis": "[rolling_monthly_analysis]",
    "raw_excel_report": "[raw_excel_report]",
}
OTHER_PATHS = {
    ("GET", "/entity/"): "list_entities",
    ("POST", "/entity/"): "create_entity",
    ("GET", "/entity/link_overview/"): "[link_overview]",
    ("GET", "/net_banking_health/"): "get_net_banking_health",
    ("GET", "/entity/webhook_payloads/"): "list_webhook_payloads",
    ("POST", "/entity/update_webhook/"): "update_webhook",
    ("POST", "/statement/upload/"): "upload_statement",
    ("POST", "/statement/bankless_upload/"): "upload_statement_bankless",
    ("POST", "/statement/upload_base64/"): "upload_statement_base64",
    ("POST", "/statement/bankless_upload_base64/"): "upload_statement_bankless_base64",
}
ENDPOINT = re.compile(r"\b(GET|POST)\b[^\n]*?((?:/entity|/statement|/net_banking_health|/session_data)[^\s*?]*)")
TABLE_SAMPLE = re.compile(r"\|\s*(\d{3})\s*\|[^|]*\|\s*`(\{.*?\})`\s*\|")


def git(mirror: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(mirror), *args], capture_output=True, text=True, check=True).stdout


def _endpoint(line: str) -> tuple[str, str] | None:
    m = ENDPOINT.search(line.replace("`", ""))
    if not m:
        return None
    path = re.sub(r"<[^>]+>|\{\{[^}]*\}\}", "{id}", m.group(2))
    return m.group(1), path if path.endswith("/") else path + "/"


def _operation(endpoint: tuple[str, str] | None) -> str | None:
    if endpoint is None:
        return None
    method, path = endpoint
    if (method, path) in OTHER_PATHS:
        return OTHER_PATHS[(method, path)]
    m = re.fullmatch(r"/entity/\{id\}/(?:([a-z_]+)/)?", path)
    if m and method == "GET":
        return ENTITY_TAILS.get(m.group(1) or "")
    if path.startswith("/session_data/"):
        return "[session_data]"
    return None


def normalise(text: str) -> tuple[Any, list[str]]:
    """Parse a block as JSON, repairing only what is not JSON; say each repair made."""
    changes: list[str] = []
    try:
        return json.loads(text), changes
    except json.JSONDecodeError:
        pass
    lines = []
    for line in text.split("\n"):
        bare = line.strip().rstrip(",").strip()
        if re.fullmatch(r"\.{2,}|…", bare):
            changes.append("removed a line holding only '...' (elided entries)")
            continue
        if re.search(r'"\s*:\s*\.{2,}\s*,?\s*$', line):
            line = re.sub(r"\.{2,}", '"..."', line)
            changes.append("quoted a bare '...' value as the string \"...\"")
        code, sep, _comment = _split_comment(line)
        if sep:
            changes.append("removed a // comment")
            line = code
        lines.append(line)
    repaired = "\n".join(lines)
    unquoted = re.sub(r"(:\s*)(<[^>\n\"]+>)", r'\1"\2"', repaired)
    if unquoted != repaired:
        changes.append("quoted a bare <placeholder> as a string")
        repaired = unquoted
    trailing = re.sub(r",(\s*[}\]])", r"\1", repaired)
    if trailing != repaired:
        changes.append("removed trailing commas")
        repaired = trailing
    try:
        return json.loads(repaired), sorted(set(changes))
    except json.JSONDecodeError as exc:
        if not exc.msg.startswith("Extra data"):
            raise
    # The guide left its fence open: the block runs on into the prose and the next example.
    value, _end = json.JSONDecoder().raw_decode(repaired.lstrip())
    changes.append("kept the first JSON value only (the guide's fence is not closed before the next text)")
    return value, sorted(set(changes))


def fragments(text: str, key: str, opener: str) -> list[str]:
    """The text of every `"key": {...}` (or `[...]`) in a block whose whole does not parse, by bracket matching."""
    closer = {"{": "}", "[": "]"}[opener]
    out = []
    for m in re.finditer(rf'"{key}"\s*:\s*\{opener}', text):
        depth, start = 0, m.end() - 1
        in_string = escaped = False
        for i in range(start, len(text)):
            ch = text[i]
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = not in_string
            elif not in_string and ch == opener:
                depth += 1
            elif not in_string and ch == closer:
                depth -= 1
                if depth == 0:
                    out.append(text[start : i + 1])
                    break
    return out


def _split_comment(line: str) -> tuple[str, str, str]:
    in_string = False
    escaped = False
    for i, ch in enumerate(line):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == '"':
            in_string = not in_string
        elif not in_string and line.startswith("//", i):
            return line[:i], "//", line[i + 2 :]
    return line, "", ""


SIGNED_QUERY = re.compile(r"(https://[^\"?\s]*amazonaws\.com/[^\"?\s]*)\?[^\"\s]*")


def redact(value: Any, changes: list[str]) -> Any:
    """Signed S3 links carry a signature and a session token: keep the link, replace its query."""
    if isinstance(value, dict):
        return {k: redact(v, changes) for k, v in value.items()}
    if isinstance(value, list):
        return [redact(v, changes) for v in value]
    if isinstance(value, str) and SIGNED_QUERY.search(value) and "Signature" in value:
        changes.append("replaced a signed S3 link's query (signature, credential, token) with X-Amz-Signature=REDACTED")
        return SIGNED_QUERY.sub(r"\1?X-Amz-Expires=3600&X-Amz-Signature=REDACTED", value)
    return value


def _target(page: str, heading: str, operation: str | None, body: Any) -> tuple[str | None, str | None]:
    """(operation or component, status) an answer block illustrates; (None, None) for request examples."""
    if isinstance(body, dict) and {k.lower() for k in body} & {"x-api-key", "server-hash"}:
        return None, None  # the headers of the Authentication sections
    if "progress field" in heading.lower() or heading.lower().startswith("## progress"):
        return "#ProgressList", None
    if "fraud field" in heading.lower():
        return "#Fraud", None
    if (
        isinstance(body, dict)
        and {"progress", "reason", "statement_id"} <= set(body)
        and isinstance(body["progress"], str)
    ):
        return "#WebhookPayload", None  # what BankConnect posts to the webhook, shown beside the webhook calls
    if page.endswith("upload-rest-api.md") and "response format" in heading.lower():
        operation = "upload_statement"
    if operation is None:
        return None, None
    if operation == "update_webhook" and isinstance(body, dict) and "webhook_url" in body and "webhook_mode" in body:
        if "web hook" in heading.lower() or "updating" in heading.lower():
            return None, None  # the request body
    if operation == "create_entity" and isinstance(body, dict) and set(body) <= {"link_id"}:
        return None, None  # the request form shown as JSON
    if operation.startswith("upload_") and isinstance(body, dict):
        if "file" in body or "file_url" in body:
            return None, None
        code = body.get("status")
        if code not in (None, 1):
            return operation, "402" if code == 2 else "400"
        if set(body) & {"entity_id", "statement_id"} and "status" in body and code != 1:
            return operation, "400"
    if isinstance(body, dict) and set(body) == {"detail"}:
        return operation, "401"
    return operation, "201" if operation == "create_entity" else "200"


def _session_parts(body: Any) -> list[tuple[str, Any]]:
    """The entity-flow shapes inside a session-flow data answer: predictors and transactions."""
    found: list[tuple[str, Any]] = []

    def walk(node: Any, key: str = "") -> None:
        if isinstance(node, dict):
            if key == "predictors" and "customer_name" in node:
                found.append(("#PredictorValues", node))
                return
            for k, v in node.items():
                walk(v, k)
        elif isinstance(node, list):
            if key == "transactions" and node and all(isinstance(t, dict) and "hash" in t for t in node):
                found.append(("#TransactionList", node))
                return
            for item in node:
                walk(item, key)

    walk(body)
    # One session answer repeats its transactions in many groupings: one list per shape (set of keys), each
    # transaction once, keeps the file count small without losing a shape.
    by_shape: dict[tuple[str, ...], dict[str, Any]] = {}
    parts: list[tuple[str, Any]] = []
    for target, node in found:
        if target != "#TransactionList":
            parts.append((target, node))
            continue
        for txn in node:
            by_shape.setdefault(tuple(sorted(txn)), {}).setdefault(json.dumps(txn, sort_keys=True), txn)
    parts.extend(("#TransactionList", list(txns.values())) for txns in by_shape.values())
    return parts


def _session_fragments(source: str) -> tuple[Any, list[str]]:
    """A session answer whose whole is broken (brackets lost around an elision): its predictors and transactions."""
    changes = [
        "the whole answer is not JSON (brackets lost around an elided part): its predictors and transactions"
        " objects were cut out by bracket matching"
    ]
    found: dict[str, list[Any]] = {"predictors": [], "transactions": []}
    for key, opener in (("predictors", "{"), ("transactions", "[")):
        for text in fragments(source, key, opener):
            try:
                value, more = normalise(text)
            except json.JSONDecodeError:
                continue
            changes.extend(more)
            found[key].append(value)
    return found, changes


def blocks(text: str) -> list[tuple[str, int, str, str, Any]]:
    """(heading, line, kind, source text, endpoint) of every JSON fence and inline table sample of a page."""
    out = []
    heading, endpoint, fence_start, lang = "", None, None, ""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.lstrip().startswith("```"):
            if fence_start is None:
                fence_start, lang = i, line.strip()[3:].strip().lower()
            else:
                body = "\n".join(lines[fence_start + 1 : i])
                if lang in ("json", "", "js", "javascript") and body.lstrip()[:1] in ("{", "["):
                    out.append((heading, fence_start + 1, "fence", body, endpoint))
                fence_start = None
            continue
        if fence_start is not None:
            continue
        if line.startswith("## "):
            heading, endpoint = line.strip(), None
        found = _endpoint(line)
        if found:
            endpoint = found
        for m in TABLE_SAMPLE.finditer(line):
            out.append((heading, i + 1, f"table row, HTTP {m.group(1)}", m.group(2), endpoint))
    return out


def main(mirror: Path) -> int:
    pages = sorted(
        {
            p
            for p in git(mirror, "log", "--all", "--name-only", "--format=", "--", *GUIDES).split("\n")
            if p.endswith(".md") and not NOT_ANSWER_PAGES.search(p)
        }
    )
    examples: dict[str, dict[str, Any]] = {}
    unplaced: list[dict[str, Any]] = []
    versions = 0
    for page in pages:
        seen_blobs: set[str] = set()
        history = git(mirror, "log", "--all", "--reverse", "--format=%H %cs", "--", page).split("\n")
        for entry in filter(None, history):
            commit, date = entry.split()
            try:
                blob = git(mirror, "rev-parse", f"{commit}:{page}").strip()
            except subprocess.CalledProcessError:
                continue  # the commit deleted the page
            if blob in seen_blobs:
                continue
            seen_blobs.add(blob)
            versions += 1
            text = git(mirror, "cat-file", "-p", blob)
            for heading, line, kind, source, endpoint in blocks(text):
                where = {"path": page, "commit": commit, "date": date, "line": line}
                operation = _operation(endpoint)
                try:
                    body, changes = normalise(source)
                except json.JSONDecodeError as exc:
                    if operation == "[session_data]":
                        body, changes = _session_fragments(source)
                    else:
                        unplaced.append({**where, "heading": heading, "reason": f"not JSON after repair: {exc}"})
                        continue
                if operation == "[session_data]":
                    parts = _session_parts(body)
                else:
                    if kind.startswith("table row") and operation is None and "bad request" in heading.lower():
                        operation = "upload_statement"  # the upload refusals table, common to the four uploads
                    target, status = _target(page, heading, operation, body)
                    if kind.startswith("table row") and target is not None:
                        status = kind.rsplit(" ", 1)[1]
                    if target is None:
                        continue  # a request example, not an answer
                    parts = [(target if status is None else f"{target} {status}", body)]
                for target, part in parts:
                    part_changes = list(changes)
                    part = redact(part, part_changes)
                    canonical = json.dumps(part, sort_keys=True, separators=(",", ":"))
                    key = hashlib.sha256(f"{target}\n{canonical}".encode()).hexdigest()[:12]
                    record = examples.setdefault(
                        key,
                        {
                            "id": key,
                            "answers": target,
                            "normalised": sorted(set(part_changes)),
                            "sources": [],
                            "body": part,
                        },
                    )
                    record["sources"].append({**where, "heading": heading, "kind": kind})
    out = HERE / "examples"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.json"):
        old.unlink()
    for key, record in examples.items():
        name = re.sub(r"[^a-z0-9_]+", "-", record["answers"].lower()).strip("-")
        first = record["sources"][0]
        record["first_seen"], record["last_seen"] = first["date"], record["sources"][-1]["date"]
        ordered = {k: record[k] for k in ("id", "answers", "first_seen", "last_seen", "normalised", "sources", "body")}
        (out / f"{name}-{first['date']}-{key}.json").write_text(
            json.dumps(ordered, indent=2, ensure_ascii=False) + "\n"
        )
    (HERE / "unplaced.json").write_text(json.dumps(unplaced, indent=2) + "\n")
    print(f"{versions} page versions, {len(examples)} distinct examples, {len(unplaced)} blocks not JSON")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2 or not Path(sys.argv[1]).is_dir():
        sys.exit("usage: extract.py MIRROR  (a local clone or bare mirror of github.com/finbox-in/documentation)")
    sys.exit(main(Path(sys.argv[1])))
