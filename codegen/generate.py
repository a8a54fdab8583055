"""Generate the Python client from spec/bankconnect.yaml, or check that the committed one matches.

    python codegen/generate.py            # rewrite generated/bankconnect_client
    python codegen/generate.py --check    # regenerate elsewhere, print a diff and exit 1 on any difference

The generator always writes into a fresh temporary folder first, so `generate` and `--check` run the exact
same command and a check cannot pass because of leftovers.
"""

from __future__ import annotations

import argparse
import difflib
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "bankconnect.yaml"
CONFIG = ROOT / "codegen" / "config.yaml"
TEMPLATES = ROOT / "codegen" / "templates"
TARGET = ROOT / "generated" / "bankconnect_client"
MAX_DIFF_LINES = 200


def generate_into(out: Path) -> None:
    """Run openapi-python-client into ``out`` (which must not exist)."""
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
        str(TEMPLATES),
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
