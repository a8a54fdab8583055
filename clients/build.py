"""`make clients`: generate seven clients from the spec (TypeScript ×2, Go ×2, Java, Rust, Kotlin) as we ship
them (clients/<client>/: configuration, templates, fixes; clients/shims/: the shim of each language), build them,
and run the conformance matrix (clients/matrix.py): every client's program through the same six scenarios.

    python clients/build.py [--only NAME ...] [--skip-run] [--update-readme]

`--only rust` (or several names) builds and runs just those, for working on one client.

A full run compares the verdicts with the table in README.md and fails when one changed (a generator, an
option or the spec moved): `--update-readme` writes the new table for review.

Everything is written under build/clients/ (git-ignored). Generator versions are pinned here and in
pyproject.toml / package.json; docs/clients.md's "What we ship and why" explains every option and fix.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import matrix  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "bankconnect.yaml"
OUT = ROOT / "build" / "clients"
PROGRAMS = ROOT / "clients" / "programs"
BIN = Path(sys.executable).parent
NODE_BIN = ROOT / "node_modules" / ".bin"
OAPI_CODEGEN = "github.com/oapi-codegen/oapi-codegen/v2/cmd/oapi-codegen@v2.8.2"
SHIMS = ROOT / "clients" / "shims"
# What each openapi-generator client is generated with: the generator, its command-line flags, and (in
# clients/<client>/) config.yaml, the additional properties (-c), and templates/, the custom templates (-t).
OPENAPI_GENERATORS: dict[str, list[str]] = {
    "typescript-fetch": ["-g", "typescript-fetch"],
    "go-openapi-generator": [
        "-g", "go", "--git-host", "example.com", "--git-user-id", "bankconnect", "--git-repo-id", "client",
    ],
    "java": ["-g", "java", "--library", "native"],
    "rust": ["-g", "rust"],
    "kotlin": ["-g", "kotlin"],
}  # fmt: skip
# Package, and write the runtime classpath for the program, in one Maven process (one start-up, one model).
MAVEN_PACKAGE = [
    "mvn", "-q", "-B", "package", "dependency:build-classpath", "-Dmdep.outputFile=classpath.txt", "-DskipTests",
]  # fmt: skip
# The JVMs here live seconds to a minute: the quick compiler alone (C1) and the serial collector spend half the CPU
# (Kotlin's compile 103 -> 47 CPU seconds, the generator 9 -> 6, on this two-core machine). A user's own options
# come first, ours last.
QUICK_JVM = "-XX:TieredStopAtLevel=1"
MAVEN_ENV = {"MAVEN_OPTS": f"{os.environ.get('MAVEN_OPTS', '')} {QUICK_JVM} -XX:+UseSerialGC".strip()}
GENERATOR_ENV = {"JAVA_OPTS": os.environ.get("JAVA_OPTS") or QUICK_JVM}  # the wrapper passes it as one argument
# A generated pom's javadoc and sources jars are for publishing to a Maven repository, which nothing here does (they
# took half the Java build); publish/dist.py's Maven runs skip them too.
WITHOUT_PUBLISHING_JARS = ["-Dmaven.javadoc.skip=true", "-Dmaven.source.skip=true"]


TSCONFIG = """{
  "compilerOptions": {
    "strict": true, "target": "ES2020", "module": "commonjs", "lib": ["ES2020", "DOM"],
    "outDir": "dist", "skipLibCheck": false, "esModuleInterop": true
  },
  "files": ["main.ts"]
}
"""


class StepFailed(Exception):
    pass


def run(cmd: list[str], cwd: Path, env: dict[str, str] | None = None, timeout: int = 900) -> str:
    done = subprocess.run(
        cmd, cwd=cwd, env={**os.environ, **(env or {})}, capture_output=True, text=True, timeout=timeout
    )
    if done.returncode:
        tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-25:])
        raise StepFailed(f"{' '.join(cmd[:4])} ... exited {done.returncode}:\n{tail}")
    return done.stdout


def fresh(name: str) -> Path:
    path = OUT / name
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)
    return path


def openapi_generator(name: str) -> Path:
    """Generate as a team would: the pinned generator, clients/<name>/config.yaml and its templates/."""
    out = fresh(name)
    folder = ROOT / "clients" / name
    templates = ["-t", str(folder / "templates")] if (folder / "templates").is_dir() else []
    cli = [str(BIN / "openapi-generator-cli"), "generate", "-i", str(SPEC), "-o", str(out)]
    run([*cli, *OPENAPI_GENERATORS[name], "-c", str(folder / "config.yaml"), *templates], ROOT, GENERATOR_ENV)
    return out


def oapi_codegen_binary() -> str:
    found = shutil.which("oapi-codegen") or (str(BIN / "oapi-codegen") if (BIN / "oapi-codegen").exists() else None)
    if found:
        return found
    run(["go", "install", OAPI_CODEGEN], ROOT, {"GOBIN": str(BIN)})
    return str(BIN / "oapi-codegen")


# ------------------------------------------------------------------------------------------- the clients
def build_typescript_fetch() -> list[str]:
    out = openapi_generator("typescript-fetch")
    shutil.copy(SHIMS / "typescript" / "bankconnect-shim.ts", out / "bankconnect-shim.ts")
    shutil.copy(PROGRAMS / "typescript-fetch" / "main.ts", out / "main.ts")
    shutil.copy(PROGRAMS / "harness.ts", out / "harness.ts")
    (out / "tsconfig.program.json").write_text(TSCONFIG)
    run([str(NODE_BIN / "tsc"), "-p", "tsconfig.program.json"], out)
    return ["node", str(out / "dist" / "main.js")]


def build_openapi_typescript() -> list[str]:
    out = fresh("openapi-typescript")
    run([str(NODE_BIN / "openapi-typescript"), str(SPEC), "-o", str(out / "schema.d.ts")], ROOT)
    shutil.copy(SHIMS / "typescript" / "bankconnect-shim.ts", out / "bankconnect-shim.ts")
    shutil.copy(PROGRAMS / "openapi-typescript" / "main.ts", out / "main.ts")
    shutil.copy(PROGRAMS / "harness.ts", out / "harness.ts")
    (out / "tsconfig.program.json").write_text(TSCONFIG)
    run([str(NODE_BIN / "tsc"), "-p", "tsconfig.program.json"], out)
    return ["node", str(out / "dist" / "main.js")]


def _go(out: Path) -> None:
    run(["go", "mod", "tidy"], out)
    run(["go", "build", "./..."], out)
    run(["go", "vet", "./..."], out)


def build_go_oapi_codegen() -> list[str]:
    out = fresh("go-oapi-codegen")
    (out / "bankconnect").mkdir()
    folder = ROOT / "clients" / "go-oapi-codegen"
    run([sys.executable, str(folder / "open_models.py"), str(SPEC), str(out / "open-spec.yaml")], out)
    run([oapi_codegen_binary(), "-config", str(folder / "oapi-codegen.yaml"), "open-spec.yaml"], out)
    shutil.copy(SHIMS / "go" / "shim.go", out / "bankconnect" / "shim.go")
    (out / "go.mod").write_text("module example.com/bankconnect-oapi\n\ngo 1.22\n")
    (out / "cmd").mkdir()
    shutil.copy(PROGRAMS / "go-oapi-codegen" / "main.go", out / "cmd" / "main.go")
    shutil.copy(PROGRAMS / "harness.go", out / "cmd" / "harness.go")
    _go(out)
    run(["go", "build", "-o", "program", "./cmd"], out)
    return [str(out / "program")]


def build_go_openapi_generator() -> list[str]:
    out = openapi_generator("go-openapi-generator")
    shutil.copy(SHIMS / "go" / "shim.go", out / "shim.go")
    (out / "cmd").mkdir()
    shutil.copy(PROGRAMS / "go-openapi-generator" / "main.go", out / "cmd" / "main.go")
    shutil.copy(PROGRAMS / "harness.go", out / "cmd" / "harness.go")
    _go(out)
    run(["go", "build", "-o", "program", "./cmd"], out)
    return [str(out / "program")]


def build_java() -> list[str]:
    out = openapi_generator("java")
    package = out / "src" / "main" / "java" / "in" / "bankconnect" / "client"
    shutil.copy(SHIMS / "java" / "BankConnectShim.java", package)
    run([*MAVEN_PACKAGE, *WITHOUT_PUBLISHING_JARS], out, MAVEN_ENV)
    classpath = f"{out / 'target' / 'classes'}:{(out / 'classpath.txt').read_text().strip()}"
    program = out / "program"
    program.mkdir()
    run(["javac", "-d", str(program), "-cp", classpath, str(PROGRAMS / "java" / "Main.java")], out)
    return ["java", "-cp", f"{program}:{classpath}", "Main"]


def build_rust() -> list[str]:
    out = openapi_generator("rust")
    run([sys.executable, str(ROOT / "clients" / "rust" / "fixes.py"), str(out)], ROOT)  # open enums, fields; the shim
    program = fresh("rust-program")
    for name in ("Cargo.toml", "Cargo.lock", "main.rs"):  # the lock pins every crate (cargo updates the generated one)
        shutil.copy(PROGRAMS / "rust" / name, program / name)
    target = cargo_target()
    run(["cargo", "build", "--quiet"], program, {"CARGO_TARGET_DIR": str(target)})
    return [str(target / "debug" / "program")]


def cargo_target() -> Path:
    """One target folder for every build and every clone on this machine: compiled dependencies are kept, so a
    fresh clone rebuilds only the generated crate and the program."""
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "bankconnect-contract" / "cargo-target"


def build_kotlin() -> list[str]:
    out = openapi_generator("kotlin")
    run([sys.executable, str(ROOT / "clients" / "kotlin" / "fixes.py"), str(out)], ROOT)  # null parts, fields; the shim
    shutil.copy(PROGRAMS / "kotlin" / "pom.xml", out / "pom.xml")
    shutil.copy(PROGRAMS / "kotlin" / "Main.kt", out / "src" / "main" / "kotlin" / "Main.kt")
    run(MAVEN_PACKAGE, out, MAVEN_ENV)
    classpath = f"{out / 'target' / 'classes'}:{(out / 'classpath.txt').read_text().strip()}"
    return ["java", "-cp", classpath, "MainKt"]


@dataclass(frozen=True)
class Client:
    name: str
    build: Callable[[], list[str]]


CLIENTS = [
    Client("typescript-fetch", build_typescript_fetch),
    Client("openapi-typescript", build_openapi_typescript),
    Client("go-oapi-codegen", build_go_oapi_codegen),
    Client("go-openapi-generator", build_go_openapi_generator),
    Client("java", build_java),
    Client("rust", build_rust),
    Client("kotlin", build_kotlin),
]


def run_program(program: list[str], env: dict[str, str]) -> str:
    """A client's program: its facts on stdout; a crash keeps what it printed before (the judge sees the gap)."""
    done = subprocess.run(program, cwd=ROOT, env={**os.environ, **env}, capture_output=True, text=True, timeout=300)
    if done.returncode:
        tail = (done.stderr.strip().splitlines() or ["no message"])[-1]
        return done.stdout + f"\ncrashed: exit {done.returncode}: {tail}\n"
    return done.stdout


def through_the_proxy(program: list[str]) -> tuple[str, str, float, str]:
    """A team's flow: the generated TypeScript client's program (every scenario), pointed at `bankconnect proxy`
    in front of a clean sandbox; every exchange checked on the way, and none may drift; its recording replays
    clean and holds no secret."""
    from bankconnect_contract import drift
    from bankconnect_contract.run.secrets_scan import scan_paths
    from bankconnect_contract.traffic.proxy import ProxyConfig
    from bankconnect_contract.traffic.proxy import running as proxy_running
    from bankconnect_sandbox import SandboxConfig
    from bankconnect_sandbox.server import running
    from bankconnect_sandbox.synth import build_entity

    started = time.monotonic()
    config = SandboxConfig(processing_seconds=1, entities=matrix.SEEDED_ENTITIES)
    with running(config) as (upstream, _app):
        recorded = OUT / "proxy-cassettes"
        shutil.rmtree(recorded, ignore_errors=True)
        proxy_config = ProxyConfig(
            upstream=upstream, report_dir=OUT / "proxy-reports", record=recorded, log=lambda line: None
        )
        with proxy_running(proxy_config) as (url, proxy):
            shared = {
                "BASE_URL": url,
                "API_KEY": config.api_key,
                "SERVER_HASH": config.server_hash,
                "QUIRKY_ENTITY_ID": build_entity("1", 0).entity_id,
                "DRIFT_ENTITY_ID": build_entity("1", 1).entity_id,
                "SAMPLE_PDF": str(matrix.SAMPLE_PDF),
                "BANK_NAME": matrix.SAMPLE_BANK,
            }
            with matrix.per_client(shared) as env:
                output = run_program(program, env)
    verdict = proxy.finish()
    findings = proxy.analyzer.report()
    seen = matrix.observations(output)
    cassettes = drift.cassette_files([str(recorded)])
    replayed, _files = drift.analyze([e for c in cassettes for e in drift.read_cassette(c)])
    leaks = scan_paths([recorded, OUT / "proxy-reports"])
    summary = (
        f"{proxy.stats.forwarded} requests through bankconnect proxy, {len(findings)} drift finding(s);"
        f" {len(cassettes)} cassettes recorded, replayed with {len(replayed)} finding(s), {len(leaks)} secret(s)"
    )
    ok = (
        verdict == 0
        and proxy.stats.forwarded >= 10
        and seen["upload"].get("status") == "completed"
        and len(cassettes) == proxy.stats.forwarded
        and not replayed
        and not leaks
    )
    detail = summary + "".join(f"\n{f.line()}" for f in findings) + ("" if ok else f"\n{output}")
    return ("ts via proxy", "ran" if ok else "FAILED", time.monotonic() - started, detail)


def run_matrix(programs: dict[str, list[str]]) -> tuple[dict, dict]:
    """Every program against the same setup; (verdicts, observed facts) by client and scenario."""
    verdicts: dict[str, dict[str, matrix.Verdict]] = {}
    facts: dict[str, dict[str, dict[str, str]]] = {}
    with matrix.sandboxes() as shared:
        for name, program in programs.items():
            print(f"▶ {name}: the scenarios …", file=sys.stderr, flush=True)
            with matrix.per_client(shared) as env:
                facts[name] = matrix.observations(run_program(program, env))
            verdicts[name] = {s: matrix.judge(s, facts[name][s]) for s in matrix.SCENARIOS}
    return verdicts, facts


def changed_verdicts(verdicts: dict[str, dict[str, matrix.Verdict]], readme: str) -> list[str]:
    """Where this run's verdicts differ from the table in the README (a generator or the spec changed)."""
    recorded = matrix.readme_verdicts(readme)
    return [
        f"{client} / {scenario}: README says {recorded.get(client, {}).get(scenario, 'nothing')}, "
        f"this run says {verdict.verdict} ({verdict.why})"
        for client, row in verdicts.items()
        for scenario, verdict in row.items()
        if recorded.get(client, {}).get(scenario) != verdict.verdict
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", choices=[c.name for c in CLIENTS])
    parser.add_argument("--skip-run", action="store_true", help="generate and build only")
    parser.add_argument(
        "--update-readme", action="store_true", help="write this run's matrix into README.md (else: compare)"
    )
    args = parser.parse_args()
    chosen = [c for c in CLIENTS if not args.only or c.name in args.only]
    OUT.mkdir(parents=True, exist_ok=True)
    builds: list[tuple[str, str, float, str]] = []
    programs: dict[str, list[str]] = {}
    for client in chosen:
        started = time.monotonic()
        print(f"▶ {client.name}: generate and build …", file=sys.stderr, flush=True)
        try:
            programs[client.name] = client.build()
            builds.append((client.name, "built", time.monotonic() - started, ""))
        except (StepFailed, subprocess.TimeoutExpired) as exc:
            builds.append((client.name, "FAILED", time.monotonic() - started, str(exc)))
    print(f"\n{'client':<22} {'build':<7} {'seconds':>8}")
    for name, status, seconds, _ in builds:
        print(f"{name:<22} {status:<7} {seconds:>8.1f}")
    problems = [f"{name}: build failed:\n{detail}" for name, status, _, detail in builds if status == "FAILED"]
    if programs and not args.skip_run:
        verdicts, facts = run_matrix(programs)
        markdown = matrix.table(verdicts)
        (OUT / "matrix.json").write_text(matrix.to_json(verdicts, facts) + "\n")
        (OUT / "matrix.md").write_text(markdown + "\n")
        print(f"\n{markdown}\n\n(also {OUT / 'matrix.json'})")
        readme_path = ROOT / "README.md"
        if args.update_readme:
            readme_path.write_text(matrix.with_table(readme_path.read_text(), markdown))
        elif not args.only:
            problems += [f"matrix changed: {line}" for line in changed_verdicts(verdicts, readme_path.read_text())]
            if problems and any(p.startswith("matrix changed") for p in problems):
                problems.append("if the change is expected: python clients/build.py --update-readme, then review")
        if "typescript-fetch" in programs:
            name, status, seconds, detail = through_the_proxy(programs["typescript-fetch"])
            print(f"\n{name}: {status} in {seconds:.1f} s: {detail.splitlines()[0]}")
            if status == "FAILED":
                problems.append(f"{name}:\n{detail}")
    for problem in problems:
        print(f"\n{problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
