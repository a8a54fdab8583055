"""Generate the Python client from spec/bankconnect.yaml, or check that the committed one matches.

    python codegen/generate.py            # rewrite generated/bankconnect_client
    python codegen/generate.py --check    # regenerate elsewhere, print a diff and exit 1 on any difference

The generator always writes into a fresh temporary folder first, so `generate` and `--check` run the exact
same command and a check cannot pass because of leftovers.

openapi-python-client ignores path and operation servers. The templates read which operations have a server of
their own, and its path, from `own_servers.jinja`, written here next to a copy of codegen/templates from what
bankconnect_spec says of the spec (`path_prefix`, `base_path`): the facts are emitted as literals, so the
generated client does not need bankconnect_spec at run time.
"""

from __future__ import annotations

import argparse
import difflib
import filecmp
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "bankconnect.yaml"
CONFIG = ROOT / "codegen" / "config.yaml"
TEMPLATES = ROOT / "codegen" / "templates"
TARGET = ROOT / "generated" / "bankconnect_client"
MAX_DIFF_LINES = 200

sys.path.insert(0, str(ROOT / "spec"))  # this checkout's bankconnect_spec, whatever the venv has installed
import bankconnect_spec  # noqa: E402


def own_servers_template(spec: dict[str, Any] | None) -> str:
    """A Jinja template defining ``document_server_path`` (``/bank-connect/v1``) and ``own_server_paths``:
    operationId → the path its own server serves it under (``/bank-connect`` for the v2 session create), for
    the operations that have one. None: a schema with no operation on a server of its own (a test's)."""
    document = bankconnect_spec.base_path(spec) if spec else ""
    own = {
        operation_id: prefix
        for operation_id in (bankconnect_spec.operations(spec) if spec else {})
        if (prefix := bankconnect_spec.path_prefix(operation_id, spec)) != document
    }
    return (
        "{#- Written by codegen/generate.py from bankconnect_spec; not a source file. -#}\n"
        f"{{% set document_server_path = {json.dumps(document)} %}}\n"
        f"{{% set own_server_paths = {json.dumps(own, sort_keys=True)} %}}\n"
    )


def templates_into(out: Path, spec: dict[str, Any] | None) -> Path:
    """codegen/templates copied into ``out``, with own_servers.jinja for ``spec`` beside them."""
    shutil.copytree(TEMPLATES, out)
    (out / "own_servers.jinja").write_text(own_servers_template(spec), encoding="utf-8")
    return out


def generate_into(out: Path) -> None:
    """Run openapi-python-client into ``out`` (which must not exist)."""
    templates = templates_into(out.parent / "templates", yaml.safe_load(SPEC.read_text(encoding="utf-8")))
    bin_dir = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    cmd = [
        str(bin_dir / "openapi-python-client"),
        "generate",
        "--path",
        str(SPEC),
        "--config",
        str(CONFIG),
        "--custom-template-path",
        str(templates),
        "--meta",
        "none",
        "--output-path",
        str(out),
    ]
    result = subprocess.run(cmd, env=env, capture_output=True, text=True)
    problems = "warning" in result.stdout.lower() or "error" in result.stdout.lower()
    if result.returncode != 0 or problems or not (out / "__init__.py").exists():
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit("openapi-python-client failed or warned; the client was not written")


def tree_diff(expected: Path, actual: Path) -> list[str]:
    """Unified diff lines between two trees, plus lines naming files present on one side only."""
    lines: list[str] = []
    cmp = filecmp.dircmp(expected, actual, ignore=["__pycache__"])
    stack = [("", cmp)]
    while stack:
        prefix, node = stack.pop()
        for name in sorted(node.left_only):
            lines.append(f"only in committed client: {prefix}{name}\n")
        for name in sorted(node.right_only):
            lines.append(f"missing from committed client: {prefix}{name}\n")
        for name in sorted(node.diff_files + node.funny_files):
            a = (Path(node.left) / name).read_text().splitlines(keepends=True)
            b = (Path(node.right) / name).read_text().splitlines(keepends=True)
            lines += difflib.unified_diff(a, b, f"committed/{prefix}{name}", f"from-spec/{prefix}{name}")
        for name, sub in sorted(node.subdirs.items()):
            stack.append((f"{prefix}{name}/", sub))
    return lines


def _shown(path: Path) -> Path:
    return path.relative_to(ROOT) if path.is_relative_to(ROOT) else path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    parser.add_argument("--target", type=Path, default=TARGET, help="client folder to write or check")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="bankconnect-gen-") as tmp:
        fresh = Path(tmp) / "bankconnect_client"
        generate_into(fresh)
        if args.check:
            if not args.target.is_dir():
                print(f"check-generated: {args.target} does not exist; run `make generate`", file=sys.stderr)
                return 1
            diff = tree_diff(args.target, fresh)
            if diff:
                sys.stdout.writelines(diff[:MAX_DIFF_LINES])
                if len(diff) > MAX_DIFF_LINES:
                    print(f"... {len(diff) - MAX_DIFF_LINES} more diff lines")
                print(
                    f"check-generated: {_shown(args.target)} differs from what spec/ and codegen/ produce;"
                    " run `make generate` and commit the result.",
                    file=sys.stderr,
                )
                return 1
            print("check-generated: committed client matches the spec")
            return 0
        if args.target.exists():
            shutil.rmtree(args.target)
        args.target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(fresh, args.target, ignore=shutil.ignore_patterns("__pycache__"))
        print(f"generated {_shown(args.target)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
