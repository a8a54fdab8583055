"""`make dist`: the published artifacts, each checked, in dist/.

- dist/spec/: the spec as OpenAPI 3.0.3 YAML and JSON, a bundled and dereferenced JSON (for tools that cannot
  follow `$ref`), and an OpenAPI 3.1 variant (the webhook also as a top-level `webhooks` entry, `type: [..,
  "null"]` instead of `nullable`); each validated by openapi-spec-validator and `redocly lint`.
- dist/: the Python wheel and sdist, checked by `twine check`.

    python clients/dist.py [--out dist]
"""

from __future__ import annotations

import argparse
import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "bankconnect.yaml"
NODE_BIN = ROOT / "node_modules" / ".bin"


def run(cmd: list[str], cwd: Path = ROOT) -> str:
    done = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=600)
    if done.returncode:
        raise SystemExit(f"{' '.join(cmd[:3])} … failed:\n{done.stdout[-3000:]}{done.stderr[-3000:]}")
    return done.stdout


def to_openapi_31(spec: dict[str, Any]) -> dict[str, Any]:
    """The 3.0.3 document as 3.1.0: `nullable` becomes a "null" member of `type`, and the callback of
    update_webhook becomes a top-level webhook (3.1's own way to describe it)."""
    out = copy.deepcopy(spec)
    out["openapi"] = "3.1.0"

    def convert(node: Any) -> Any:
        if isinstance(node, dict):
            node = {k: convert(v) for k, v in node.items()}
            if node.pop("nullable", False):
                kind = node.get("type")
                node["type"] = [kind, "null"] if isinstance(kind, str) else kind
            if "example" in node and isinstance(node.get("type"), str | list) and "examples" not in node:
                node["examples"] = [node.pop("example")]  # a schema's `example` is deprecated in 3.1
            return node
        if isinstance(node, list):
            return [convert(item) for item in node]
        return node

    out["components"]["schemas"] = convert(out["components"]["schemas"])
    for item in out["paths"].values():
        for op in item.values():
            if isinstance(op, dict):
                for name, callback in op.pop("callbacks", {}).items():
                    for path_item in callback.values():
                        out.setdefault("webhooks", {})[name] = path_item
    return out


def build_spec(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    spec = yaml.safe_load(SPEC.read_text())
    files = {
        "bankconnect-3.0.yaml": SPEC.read_text(),
        "bankconnect-3.0.json": json.dumps(spec, indent=2, ensure_ascii=False),
        "bankconnect-3.1.yaml": yaml.safe_dump(to_openapi_31(spec), sort_keys=False, allow_unicode=True),
        "bankconnect-3.1.json": json.dumps(to_openapi_31(spec), indent=2, ensure_ascii=False),
    }
    for name, text in files.items():
        (out / name).write_text(text + ("" if text.endswith("\n") else "\n"))
    dereferenced = out / "bankconnect-3.0.dereferenced.json"
    run([str(NODE_BIN / "redocly"), "bundle", str(SPEC), "--dereferenced", "--ext", "json", "-o", str(dereferenced)])
    written = [out / name for name in files] + [dereferenced]
    for path in written:
        run([sys.executable, "-m", "openapi_spec_validator", str(path)])
        run([str(NODE_BIN / "redocly"), "lint", str(path), "--config", str(ROOT / "redocly.yaml")])
    return written


def build_python(out: Path) -> list[Path]:
    for old in out.glob("bankconnect-*"):
        if old.suffix in (".whl", ".gz"):
            old.unlink()
    run([sys.executable, "-m", "build", "--wheel", "--sdist", "--outdir", str(out), str(ROOT)])
    built = sorted(p for p in out.glob("bankconnect-*") if p.suffix in (".whl", ".gz"))
    run([sys.executable, "-m", "twine", "check", "--strict", *map(str, built)])
    return built


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    args = parser.parse_args()
    written = build_spec(args.out / "spec") + build_python(args.out)
    for path in written:
        print(f"checked {path.relative_to(args.out.parent) if path.is_relative_to(args.out.parent) else path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
