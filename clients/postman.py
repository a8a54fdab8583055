"""`make postman`: a Postman v2.1 collection from the spec (openapi-to-postmanv2), post-processed.

- `base_url`, `x_api_key` and `server_hash` are collection variables; every request sends `x-api-key`, and
  `server-hash` only where the spec's security asks for it (not on net_banking_health and uploads).
- Every upload variant the vendor's 2019 collection offered is there: file, URL and base64, with and
  without a bank (the converter emits one body per operation, so the URL variants are added here).
- `entity_id` and `link_id` are variables too, so one entity can be explored call after call.

    python clients/postman.py [--out build/postman/bankconnect.postman_collection.json]
"""

from __future__ import annotations

import argparse
import copy
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "bankconnect.yaml"
CONVERTER = ROOT / "node_modules" / ".bin" / "openapi2postmanv2"
DEFAULT_OUT = ROOT / "build" / "postman" / "bankconnect.postman_collection.json"
URL_VARIANTS = {"upload": "bank_name", "bankless_upload": None}  # path segment -> extra field


def load_spec() -> dict:
    sys.path.insert(0, str(ROOT / "overrides"))
    from bankconnect._spec import load_spec as load

    return load()


def security_headers(spec: dict) -> dict[tuple[str, str], list[str]]:
    """(METHOD, path template) -> the credential headers the operation needs."""
    schemes = spec["components"]["securitySchemes"]
    out = {}
    for template, item in spec["paths"].items():
        for method, op in item.items():
            if method in ("get", "post"):
                requirement = (op.get("security") or spec["security"])[0]
                out[(method.upper(), template)] = [schemes[name]["name"] for name in requirement]
    return out


def template_of(path: list[str]) -> str:
    return "/" + "/".join("{" + p[1:] + "}" if p.startswith(":") else p for p in path)


def requests(items: list[dict]):
    for item in items:
        if "item" in item:
            yield from requests(item["item"])
        else:
            yield item


def url_variant(item: dict, bank_field: str | None) -> dict:
    variant = copy.deepcopy(item)
    variant["name"] = item["name"].replace("Upload a statement", "Upload a statement by URL")
    variant.pop("id", None)
    variant.pop("response", None)
    fields = [
        {
            "key": "file_url",
            "value": "https://files.example.in/statement.pdf",
            "description": "Public HTTPS URL of the PDF statement.",
        }
    ]
    if bank_field:
        fields.append({"key": bank_field, "value": "axis", "description": "The bank of the statement."})
    fields += [
        {"key": "link_id", "value": "{{link_id}}", "description": "Your identifier for the borrower."},
        {"key": "pdf_password", "value": "", "disabled": True, "description": "Password of the PDF."},
    ]
    variant["request"]["body"] = {"mode": "urlencoded", "urlencoded": fields}
    variant["request"]["header"] = [h for h in variant["request"]["header"] if h["key"].lower() != "content-type"]
    variant["request"]["header"].append({"key": "Content-Type", "value": "application/x-www-form-urlencoded"})
    return variant


def build(out: Path) -> dict:
    spec = load_spec()
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "raw.json"
        done = subprocess.run(
            [
                str(CONVERTER),
                "-s",
                str(SPEC),
                "-o",
                str(raw),
                "-p",
                "-O",
                "folderStrategy=Tags,requestParametersResolution=Example",
            ],
            capture_output=True,
            text=True,
        )
        if done.returncode or not raw.exists():
            raise SystemExit(f"openapi2postmanv2 failed:\n{done.stdout}{done.stderr}")
        collection = json.loads(raw.read_text())
    needs = security_headers(spec)
    collection.pop("auth", None)
    collection["info"]["name"] = "BankConnect (contract)"
    collection["info"]["description"] = (
        "Generated from spec/bankconnect.yaml. Set base_url (the enriched-data host by default, or a local "
        "sandbox), x_api_key and server_hash; entity_id and link_id are used by the entity calls."
    )
    collection["variable"] = [
        {"key": "base_url", "value": spec["servers"][0]["url"], "description": "API base URL."},
        {"key": "x_api_key", "value": "", "description": "Your x-api-key (never commit it)."},
        {"key": "server_hash", "value": "", "description": "Your server-hash (never commit it)."},
        {"key": "entity_id", "value": "", "description": "The entity to read."},
        {"key": "link_id", "value": "user-8842", "description": "Your identifier for a borrower."},
    ]
    for folder in collection["item"]:
        additions = []
        for item in folder.get("item", []):
            request = item["request"]
            request.pop("auth", None)
            request["url"]["host"] = ["{{base_url}}"]
            for variable in request["url"].get("variable", []):
                if variable["key"] in ("entity_id", "link_id"):
                    variable["value"] = "{{" + variable["key"] + "}}"
            for query in request["url"].get("query", []):
                if query["key"] == "link_id":
                    query["value"] = "{{link_id}}"
            template = template_of(request["url"]["path"])
            headers = needs[(request["method"], template)]
            request["header"] = [
                h for h in request.get("header", []) if h["key"].lower() not in ("x-api-key", "server-hash")
            ]
            request["header"] += [{"key": name, "value": "{{" + name.replace("-", "_") + "}}"} for name in headers]
            segment = request["url"]["path"][1] if request["url"]["path"][0] == "statement" else None
            if segment in URL_VARIANTS:
                additions.append(url_variant(item, URL_VARIANTS[segment]))
        folder["item"] += additions
    text = json.dumps(collection, indent=2)
    text = re.sub(r"\{\{baseUrl\}\}", "{{base_url}}", text)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text + "\n")
    return json.loads(text)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    collection = build(args.out)
    count = sum(1 for _ in requests(collection["item"]))
    print(f"wrote {args.out} ({count} requests in {len(collection['item'])} folders)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
