"""The fast parse templates on schema constructs that spec/bankconnect.yaml does not use today: a client is
generated from tests/fixtures/fast_parse_schema.yaml with our templates, and every body parses to the same
models on the fast and the checked path; constructs the fast path leaves out give their model no fast path."""

from __future__ import annotations

import importlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from .test_fast_parse import assert_same

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "codegen"))
import generate  # noqa: E402  (codegen/generate.py: the templates as it hands them to the generator)

SCHEMA = ROOT / "tests" / "fixtures" / "fast_parse_schema.yaml"
PACKAGE = "fast_parse_probe_client"


@pytest.fixture(scope="module")
def probe(tmp_path_factory) -> Any:
    out = tmp_path_factory.mktemp("gen")
    bin_dir = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    subprocess.run(
        [
            str(bin_dir / "openapi-python-client"),
            "generate",
            "--path",
            str(SCHEMA),
            "--config",
            str(ROOT / "codegen" / "config.yaml"),
            "--custom-template-path",
            str(generate.templates_into(out / "templates", None)),  # no operation with a server of its own
            "--meta",
            "none",
            "--output-path",
            str(out / "client"),
        ],
        env=env,
        check=True,
        capture_output=True,
    )
    shutil.move(out / "client", out / PACKAGE)  # not bankconnect_client, which is imported already
    sys.path.insert(0, str(out))
    try:
        yield importlib.import_module(f"{PACKAGE}.models")
    finally:
        sys.path.remove(str(out))
        for name in [m for m in sys.modules if m.startswith(PACKAGE)]:
            del sys.modules[name]


def leaf(i: int) -> dict[str, Any]:
    return {"accountId": f"a{i}", "from": i if i % 2 else i + 0.5, **({"level": 1 + i % 3} if i % 3 else {})}


FULL = {
    "id": 7,
    "leaves": [leaf(i) for i in range(5)],
    "color": "green",
    "maybeLeaf": leaf(9),
    "strOrInt": 42,
    "grid": [[1, 2], [], [3]],
    "anything": {"deep": [1, "x", None, {"y": 2.5}]},
    "byMonth": {"2026-01": [leaf(1), leaf(2)], "2026-02": []},
    "totals": {"2026-01": 5, "2026-02": 7.25},
    "flag": None,
    "tags": ["a", "b"],
    "maybeMap": {"k": 1},
}
THINGS = {
    "full": FULL,
    "minimal": {"id": 1, "leaves": [], "color": "red"},
    "nulls": {**FULL, "maybeLeaf": None, "maybeMap": None, "strOrInt": "s", "flag": True},
    "unknown field deep": {**FULL, "byMonth": {"2026-01": [{**leaf(1), "new": 1}]}},
    "unlisted enum values": {**FULL, "color": "blue", "leaves": [{**leaf(3), "level": 9}]},
    "wrong type in a map": {**FULL, "totals": {"2026-01": "5"}},
}
FAST = {"full", "minimal", "nulls"}


@pytest.mark.parametrize("case", list(THINGS))
def test_every_construct_parses_the_same_on_both_paths(probe, case):
    raw = json.dumps(THINGS[case]).encode()
    types = importlib.import_module(f"{PACKAGE}.types")
    msgspec = pytest.importorskip("msgspec")
    try:
        msgspec.json.decode(raw, type=types.wire_type_of(probe.Thing))
        fast = True
    except msgspec.ValidationError:
        fast = False
    assert fast is (case in FAST)
    try:
        checked: Any = probe.Thing.from_dict(json.loads(raw))
    except types.WrongType as wrong:
        checked = wrong
    if isinstance(checked, Exception):
        with pytest.raises(types.WrongType) as refused:
            probe.Thing.from_json(raw)
        assert refused.value.where == checked.where == "totals.2026-01"
        return
    parsed = probe.Thing.from_json(raw)
    assert_same(parsed, checked)
    if case == "full":
        assert type(parsed.by_month["2026-01"][0]) is probe.Leaf and parsed.maybe_map.additional_properties == {"k": 1}


@pytest.mark.parametrize(
    ("model", "why"),
    [
        ("Recursive", "when (datetime_property.py.jinja, datetime.datetime) has no wire type"),
        ("Typed", "typed additional properties beside declared ones"),
    ],
)
def test_constructs_left_to_the_checked_path_say_why(probe, model, why):
    with pytest.raises(NotImplementedError, match=why.replace("(", r"\(").replace(")", r"\)")):
        getattr(probe, model)._wire_type()


def test_models_without_a_fast_path_still_parse(probe):
    types = importlib.import_module(f"{PACKAGE}.types")
    with pytest.raises(types.NoFastPath):
        types.wire_type_of(probe.Tree)  # contains itself
    tree = {"name": "root", "children": [{"name": "a", "children": [{"name": "b"}]}]}
    body = {"tree": tree, "when": "2026-01-02T03:04:05Z"}
    raw = json.dumps(body).encode()
    assert_same(probe.Recursive.from_json(raw), probe.Recursive.from_dict(json.loads(raw)))
    typed = json.dumps({"typed": {"a": "x", "n": 3}}).encode()
    assert probe.WithTyped.from_json(typed).typed.additional_properties == {"n": 3}
