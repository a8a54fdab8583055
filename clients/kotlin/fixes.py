"""Edits to the client openapi-generator's kotlin generator writes (7.26.0, serializationLibrary=jackson),
applied after generation:

    python clients/kotlin/fixes.py path/to/generated/client

Generic (they look for the generator's patterns, not for our schemas):
- null multipart and form parts are left out (the generator sends them as empty strings, which the service
  refuses: `file_url: '' is not a 'uri'`);
- unlisted fields: every data class keeps them (`additionalProperties`, a Jackson any-setter);
- the shim (`BankConnectShim.kt`) joins the client's `infrastructure` package.
And two generator bugs that stop the client compiling (each must still apply: when one stops, drop it).
"""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

SHIM = Path(__file__).resolve().parent.parent / "shims" / "kotlin" / "BankConnectShim.kt"
PACKAGE = Path("src/main/kotlin/bankconnect/client")
DATA_CLASS_BODY = re.compile(r"(^data class \w+ \(\n(?:.*\n)*?^\)) \{\n", re.MULTILINE)
KEEP_FIELDS = """ {

    /** Fields the service sent that the spec does not list. */
    @get:com.fasterxml.jackson.annotation.JsonAnyGetter
    val additionalProperties: kotlin.collections.MutableMap<kotlin.String, kotlin.Any?> = linkedMapOf()

    @com.fasterxml.jackson.annotation.JsonAnySetter
    fun putAdditionalProperty(key: kotlin.String, value: kotlin.Any?) {
        additionalProperties[key] = value
    }
"""
BUGS = [
    (
        "models/UploadError.kt",
        "HashMap<String, kotlin.collections.List>()",
        "HashMap<String, kotlin.collections.List<kotlin.String>>()",
        "additionalProperties of arrays: the supertype loses its type argument",
    ),
    (
        "models/MonthlyAnalysis.kt",
        "HashMap<String, kotlin.collections.Map>()",
        "HashMap<String, kotlin.collections.Map<kotlin.String, kotlin.Any>>()",
        "additionalProperties of maps: the supertype loses its type arguments",
    ),
]


class FixFailed(Exception):
    pass


def replace_exactly(path: Path, old: str, new: str, why: str) -> None:
    text = path.read_text()
    if old not in text:
        raise FixFailed(f"the fix for '{why}' no longer applies to {path.name}: drop it")
    path.write_text(text.replace(old, new))


def apply(client: Path) -> None:
    package = client / PACKAGE
    replace_exactly(
        package / "infrastructure" / "ApiClient.kt",
        "(content as Map<String, PartConfig<*>>).forEach { (name, part) ->",
        "(content as Map<String, PartConfig<*>>).filterValues { it.body != null }.forEach { (name, part) ->",
        "null parts left out",
    )
    for path in (package / "models").glob("*.kt"):
        path.write_text(DATA_CLASS_BODY.sub(lambda m: m[1] + KEEP_FIELDS, path.read_text(), count=1))
    for relative, old, new, why in BUGS:
        replace_exactly(package / relative, old, new, why)
    shutil.copy(SHIM, package / "infrastructure" / "BankConnectShim.kt")


if __name__ == "__main__":
    apply(Path(sys.argv[1]))
