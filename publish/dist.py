"""`make dist`: the published artifacts, each checked, in dist/.

- dist/spec/: the spec as OpenAPI 3.0.3 YAML and JSON, a bundled and dereferenced JSON (for tools that cannot
  follow `$ref`), and an OpenAPI 3.1 variant (the webhook also as a top-level `webhooks` entry, `type: [..,
  "null"]` instead of `nullable`); each validated by openapi-spec-validator and `redocly lint`.
- dist/: the Python sdist and the wheel built from it, checked by `twine check`.
- dist/: the clients as shipped (generated with clients/<client>/'s configuration, templates and fixes, with
  the shim of their language, clients/shims/): the TypeScript client (typescript-fetch) as an npm tarball,
  installed into a scratch project and type-checked; the two Go clients imported and built by a scratch module;
  the Java and the Kotlin client installed as jars that scratch Maven projects depend on and compile against; the Rust
  client as a .crate (`cargo package`) that a scratch crate depends on and builds. Each scratch project uses
  the shim. (They come from `make clients`' build/clients/, built first when missing.)

    python publish/dist.py [--out dist]
"""

from __future__ import annotations

import argparse
import copy
import functools
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
# `make clients`: it builds the clients packaged here (run as a script) and names the cargo cache (_cargo_target).
CLIENTS_BUILD = ROOT / "clients" / "build.py"
SPEC = ROOT / "spec" / "bankconnect.yaml"
NODE_BIN = ROOT / "node_modules" / ".bin"


def run(cmd: list[str], cwd: Path = ROOT, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
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
    # The sdist first, then the wheel from the sdist unpacked in a folder of its own (build's default). A wheel built
    # from the checkout goes through setuptools' build/lib, which keeps the modules of earlier builds (a module
    # moved since was shipped again), and would share that folder with any other build of the checkout.
    run([sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)])
    built = sorted(p for p in out.glob("bankconnect-*") if p.suffix in (".whl", ".gz"))
    run([sys.executable, "-m", "twine", "check", "--strict", *map(str, built)])
    return built


CLIENTS = ROOT / "build" / "clients"
SCRATCH_TS = """import {
  Configuration, EnrichedDataApi, TransactionChannel, retryingFetch, throwOnRefusal, wait,
} from "@bankconnect/client";

const api = new EnrichedDataApi(new Configuration({
  basePath: "http://127.0.0.1/bank-connect/v1", fetchApi: retryingFetch(), middleware: [throwOnRefusal],
}));
const channel: TransactionChannel = TransactionChannel.Upi;
export const ready: [EnrichedDataApi, string] = [api, channel];
export const identity = () => wait(() => api.getIdentity({ entityId: "e" }));
"""
SCRATCH_GO = """package main

import (
\t"net/http"

\tcodegen "example.com/bankconnect-oapi/bankconnect"
\tgenerated "example.com/bankconnect/client"
)

func main() {
\t_, _ = codegen.NewClientWithResponses("http://127.0.0.1/bank-connect/v1",
\t\tcodegen.WithHTTPClient(&http.Client{Transport: codegen.NewTransport()}))
\tconfig := generated.NewConfiguration()
\tconfig.HTTPClient = &http.Client{Transport: generated.NewTransport()}
\t_ = generated.NewAPIClient(config)
}
"""
SCRATCH_POM = """<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>example</groupId><artifactId>scratch</artifactId><version>1</version>
  <properties><maven.compiler.source>17</maven.compiler.source><maven.compiler.target>17</maven.compiler.target></properties>
  <dependencies>
    <dependency><groupId>in.bankconnect</groupId><artifactId>bankconnect-client</artifactId><version>{version}</version></dependency>
  </dependencies>
</project>
"""
SCRATCH_JAVA = """import in.bankconnect.client.BankConnectShim;
import in.bankconnect.client.api.EnrichedDataApi;

public class Scratch {
    public static void main(String[] args) {
        BankConnectShim.RetryPolicy policy = BankConnectShim.RetryPolicy.DEFAULT;
        EnrichedDataApi api = new EnrichedDataApi(new BankConnectShim.RetryingApiClient(policy));
        System.out.println(api != null);
    }
}
"""
SCRATCH_POM_KOTLIN = SCRATCH_POM.replace("bankconnect-client</artifactId>", "bankconnect-client-kotlin</artifactId>")
SCRATCH_JAVA_KOTLIN = """import bankconnect.client.apis.EnrichedDataApi;
import bankconnect.client.infrastructure.BankConnectShimKt;
import bankconnect.client.infrastructure.RetryPolicy;

public class Scratch {
    public static void main(String[] args) {
        RetryPolicy policy = new RetryPolicy(3, 0.5, 8.0, 60.0, 300.0);
        EnrichedDataApi api = new EnrichedDataApi("http://127.0.0.1", BankConnectShimKt.bankConnectHttpClient(policy));
        System.out.println(api != null);
    }
}
"""
SCRATCH_CRATE = """[package]
name = "scratch"
version = "0.1.0"
edition = "2021"

[dependencies]
bankconnect = {{ path = "{crate}", default-features = false }}
"""
SCRATCH_RS = """use bankconnect::apis::configuration::Configuration;
use bankconnect::apis::management_api;
use bankconnect::shim::{self, RetryPolicy};

fn main() {
    let config = Configuration::default();
    let _ = shim::read(&RetryPolicy::default(), || management_api::list_entities(&config, Some(1), None));
}
"""


def _built_clients() -> None:
    wanted = ("typescript-fetch", "go-oapi-codegen", "go-openapi-generator", "java", "rust", "kotlin")
    if not all((CLIENTS / name).exists() for name in wanted):
        run([sys.executable, str(CLIENTS_BUILD), "--only", *wanted, "--skip-run"])


def build_npm(out: Path, version: str, scratch: Path) -> Path:
    """typescript-fetch as a package: compiled with declarations, packed, installed elsewhere, type-checked."""
    package = ROOT / "build" / "npm" / "bankconnect-client"
    shutil.rmtree(package, ignore_errors=True)
    (package / "src").mkdir(parents=True)
    for part in ("apis", "models", "runtime.ts", "index.ts", "bankconnect-shim.ts"):
        source = CLIENTS / "typescript-fetch" / part
        (shutil.copytree if source.is_dir() else shutil.copy)(source, package / "src" / part)
    with (package / "src" / "index.ts").open("a") as index:  # the shim is part of the package's API
        index.write("export * from './bankconnect-shim';\n")
    meta = {
        "name": "@bankconnect/client",
        "version": version,
        "description": "BankConnect REST API client (typescript-fetch), generated from the contract's spec.",
        "license": "MIT",
        "main": "dist/index.js",
        "types": "dist/index.d.ts",
        "files": ["dist"],
    }
    (package / "package.json").write_text(json.dumps(meta, indent=2) + "\n")
    tsc = str(NODE_BIN / "tsc")
    run([tsc, "--declaration", "--strict", "--target", "ES2020", "--module", "commonjs", "--lib", "ES2020,DOM",
         "--outDir", "dist", "src/index.ts"], package)  # fmt: skip
    tarball = package / run(["npm", "pack", "--silent"], package).strip().splitlines()[-1]
    shutil.copy(tarball, out / tarball.name)
    project = scratch / "npm"
    project.mkdir(parents=True)
    (project / "package.json").write_text('{"name": "scratch", "version": "1.0.0", "private": true}\n')
    run(["npm", "install", "--no-audit", "--no-fund", "--loglevel=error", str(out / tarball.name)], project)
    (project / "index.ts").write_text(SCRATCH_TS)
    run([tsc, "--noEmit", "--strict", "--target", "ES2020", "--module", "commonjs", "--moduleResolution", "node",
         "--lib", "ES2020,DOM", "index.ts"], project)  # fmt: skip
    return out / tarball.name


def check_go_modules(scratch: Path) -> None:
    """A scratch Go module that imports both generated Go clients (by module path) and builds."""
    project = scratch / "go"
    project.mkdir(parents=True)
    (project / "go.mod").write_text(
        "module example.com/scratch\n\ngo 1.23\n\n"
        "require (\n\texample.com/bankconnect-oapi v0.0.0\n\texample.com/bankconnect/client v0.0.0\n)\n\n"
        f"replace example.com/bankconnect-oapi => {CLIENTS / 'go-oapi-codegen'}\n"
        f"replace example.com/bankconnect/client => {CLIENTS / 'go-openapi-generator'}\n"
    )
    (project / "main.go").write_text(SCRATCH_GO)
    run(["go", "mod", "tidy"], project)
    run(["go", "build", "./..."], project)


def build_jar(out: Path, version: str, scratch: Path) -> Path:
    """The Java client installed as a jar (local Maven repository); a scratch project depends on it and compiles."""
    client = CLIENTS / "java"
    _maven(["install", "-DskipTests"], client)
    jar = next((client / "target").glob(f"bankconnect-client-{version}.jar"))
    shutil.copy(jar, out / jar.name)
    project = scratch / "maven"
    (project / "src" / "main" / "java").mkdir(parents=True)
    (project / "pom.xml").write_text(SCRATCH_POM.format(version=version))
    (project / "src" / "main" / "java" / "Scratch.java").write_text(SCRATCH_JAVA)
    _maven(["package"], project)
    return out / jar.name


def build_kotlin_jar(out: Path, scratch: Path) -> Path:
    """The Kotlin client (with its shim) as a jar: the classes `make clients` compiled, less the matrix program,
    installed with its pom (local Maven repository); a scratch Maven project depends on it and compiles."""
    import zipfile

    client = CLIENTS / "kotlin"
    pom = ROOT / "clients" / "programs" / "kotlin" / "pom.xml"  # the build's pom: its artifact and dependencies
    version = re.search(r"<artifactId>bankconnect-client-kotlin</artifactId>\s*<version>([^<]+)<", pom.read_text())[1]
    jar = out / f"bankconnect-client-kotlin-{version}.jar"
    classes = client / "target" / "classes"
    with zipfile.ZipFile(jar, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(p for p in classes.rglob("*") if p.is_file()):
            if not path.name.startswith("MainKt"):  # the matrix program is not part of the client
                archive.write(path, path.relative_to(classes).as_posix())
    _maven(["install:install-file", f"-Dfile={jar}", f"-DpomFile={pom}"], client)
    project = scratch / "maven-kotlin"
    (project / "src" / "main" / "java").mkdir(parents=True)
    (project / "pom.xml").write_text(SCRATCH_POM_KOTLIN.format(version=version))
    (project / "src" / "main" / "java" / "Scratch.java").write_text(SCRATCH_JAVA_KOTLIN)
    _maven(["package"], project)
    return jar


@functools.cache
def _clients_build() -> ModuleType:
    """clients/build.py, loaded by path, not imported as `build` (PyPA's build package, which build_python runs,
    has that name)."""
    spec = importlib.util.spec_from_file_location("bankconnect_clients_build", CLIENTS_BUILD)
    assert spec is not None and spec.loader is not None, CLIENTS_BUILD
    clients_build: ModuleType = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = clients_build  # its dataclasses look their module up while it loads
    spec.loader.exec_module(clients_build)
    return clients_build


def _cargo_target() -> Path:
    """The compiled dependencies every clone on this machine shares: the folder clients/build.py builds the rust
    client in, so the scratch crate reuses them."""
    target: Path = _clients_build().cargo_target()
    return target


def _maven(args: list[str], cwd: Path) -> None:
    """Maven as `make clients` runs it (clients/build.py): the quick JVM options, no javadoc or sources jars."""
    clients_build = _clients_build()
    command = ["mvn", "-q", "-B", *args, *clients_build.WITHOUT_PUBLISHING_JARS]
    run(command, cwd, env={**os.environ, **clients_build.MAVEN_ENV})


def build_crate(out: Path, scratch: Path) -> Path:
    """The Rust client (with its shim module) packaged as a .crate; a scratch crate depends on it and builds."""
    crate = CLIENTS / "rust"
    run(["cargo", "package", "--no-verify", "--allow-dirty", "--quiet"], crate)
    packaged = next((crate / "target" / "package").glob("bankconnect-*.crate"))
    shutil.copy(packaged, out / packaged.name)
    project = scratch / "cargo"
    (project / "src").mkdir(parents=True)
    unpacked = scratch / "crate"
    unpacked.mkdir()
    run(["tar", "-xzf", str(out / packaged.name), "-C", str(unpacked)])
    (project / "Cargo.toml").write_text(SCRATCH_CRATE.format(crate=next(unpacked.iterdir())))
    (project / "src" / "main.rs").write_text(SCRATCH_RS)
    shutil.copy(ROOT / "clients" / "programs" / "rust" / "Cargo.lock", project / "Cargo.lock")  # the pinned crates
    env = {**os.environ, "CARGO_TARGET_DIR": str(_cargo_target())}
    done = subprocess.run(["cargo", "build", "--quiet"], cwd=project, env=env, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"cargo build of the scratch crate failed:\n{done.stderr[-3000:]}")
    return out / packaged.name


def build_clients(out: Path, version: str) -> list[Path]:
    import tempfile

    _built_clients()
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        written = [build_npm(out, version, scratch)]
        check_go_modules(scratch)
        written.append(build_jar(out, version, scratch))
        written.append(build_kotlin_jar(out, scratch))
        written.append(build_crate(out, scratch))
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    args = parser.parse_args()
    version = str(yaml.safe_load(SPEC.read_text())["info"]["version"])
    written = build_spec(args.out / "spec") + build_python(args.out) + build_clients(args.out, version)
    for path in written:
        print(f"checked {path.relative_to(args.out.parent) if path.is_relative_to(args.out.parent) else path}")
    print("checked both Go clients: imported by module path and built by a scratch module")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
