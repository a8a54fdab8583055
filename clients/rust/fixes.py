"""Edits to the crate openapi-generator's rust generator writes (7.26.0), applied after generation:

    python clients/rust/fixes.py path/to/generated/crate

Generic (they look for the generator's patterns, not for our schemas):
- open enums: the fallback `UnknownDefaultOpenApi` becomes `#[serde(untagged)] Unknown(String)`, which keeps
  the value as sent (`#[serde(other)]` alone would map every unlisted value to one unit variant and lose it);
  the enum is no longer `Copy` (a String is not);
- unlisted fields: every model struct gets `#[serde(flatten)] additional_properties`;
- `ResponseContent` keeps the answer's headers (the shim reads Retry-After from them);
- the shim (`shim.rs`) becomes the crate's `bankconnect::shim` module.
And one generator bug that stops the crate compiling (it must still apply: when it stops, drop it).
"""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

SHIM = Path(__file__).resolve().parent.parent / "shims" / "rust" / "shim.rs"
UNKNOWN = re.compile(r'    #\[serde\(rename = "unknown_default_open_api"\)\]\n    UnknownDefaultOpenApi,')
STRUCT = re.compile(r"(pub struct (\w+) \{\n(?:.*\n)*?)\}\n")
LITERAL = re.compile(r"(-> (\w+) \{\n        \2 \{\n(?:.*\n)*?)(        \}\n)")


class FixFailed(Exception):
    pass


def open_enum(text: str) -> str:
    if not UNKNOWN.search(text):
        return text
    text = UNKNOWN.sub(
        "    /// A value the spec does not list, as the service sent it.\n    #[serde(untagged)]\n    Unknown(String),",
        text,
    )
    text = text.replace("#[derive(Clone, Copy, Debug,", "#[derive(Clone, Debug,")
    text = re.sub(
        r'Self::UnknownDefaultOpenApi => write!\(f, "unknown_default_open_api"\)',
        'Self::Unknown(value) => write!(f, "{value}")',
        text,
    )
    return text.replace("Self::UnknownDefaultOpenApi", "Self::Unknown(String::new())")  # an enum of one value's default


def open_struct(text: str) -> str:
    if "Serialize, Deserialize)]\npub struct" not in text:
        return text
    field = (
        "    /// Fields the service sent that the spec does not list.\n"
        "    #[serde(flatten)]\n"
        "    pub additional_properties: std::collections::HashMap<String, serde_json::Value>,\n"
    )
    text = STRUCT.sub(lambda m: f"{m[1]}{field}}}\n", text, count=1)
    return LITERAL.sub(lambda m: f"{m[1]}            additional_properties: Default::default(),\n{m[3]}", text, count=1)


def keep_headers(text: str) -> str:
    text = text.replace(
        "    let status = resp.status();\n",
        "    let status = resp.status();\n    let headers = resp.headers().clone();\n",
    )
    return text.replace(
        "ResponseContent { status, content, entity }", "ResponseContent { status, content, entity, headers }"
    )


def replace_exactly(path: Path, old: str, new: str, why: str) -> None:
    text = path.read_text()
    if old not in text:
        raise FixFailed(f"the fix for '{why}' no longer applies to {path.name}: drop it")
    path.write_text(text.replace(old, new))


def apply(crate: Path) -> None:
    for path in (crate / "src" / "models").glob("*.rs"):
        path.write_text(open_struct(open_enum(path.read_text())))
    for path in (crate / "src" / "apis").glob("*_api.rs"):
        path.write_text(keep_headers(path.read_text()))
    replace_exactly(
        crate / "src" / "apis" / "mod.rs",
        "    pub entity: Option<T>,\n}",
        "    pub entity: Option<T>,\n    pub headers: reqwest::header::HeaderMap,\n}",
        "ResponseContent keeps the headers",
    )
    replace_exactly(
        crate / "src" / "apis" / "upload_api.rs",
        "models::models::BankIdentifier",
        "models::BankIdentifier",
        "an enum $ref in a form body is written with its module twice",
    )
    shutil.copy(SHIM, crate / "src" / "shim.rs")
    replace_exactly(
        crate / "src" / "lib.rs", "pub mod models;\n", "pub mod models;\npub mod shim;\n", "the shim module"
    )


if __name__ == "__main__":
    apply(Path(sys.argv[1]))
