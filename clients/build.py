"""`make clients`: generate TypeScript, Go and Java clients from the spec, build them, and run a small program
per client against a sandbox that sends an enumeration value the spec does not list.

    python clients/build.py [--only NAME ...] [--skip-run]

Everything is written under build/clients/ (git-ignored). Generator versions are pinned here and in
pyproject.toml / package.json; the README's "generator notes" explain every option below.
"""

from __future__ import annotations

import argparse
import copy
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "bankconnect.yaml"
OUT = ROOT / "build" / "clients"
PROGRAMS = ROOT / "clients" / "programs"
BIN = Path(sys.executable).parent
NODE_BIN = ROOT / "node_modules" / ".bin"
OAPI_CODEGEN = "github.com/oapi-codegen/oapi-codegen/v2/cmd/oapi-codegen@v2.8.2"
UNKNOWN_CHANNEL = "upi_lite"  # not in TransactionChannel: every client must still parse the response
OPENAPI_GENERATOR_OPTIONS = {
    # enumUnknownDefaultCase: without it the Go and Java clients reject a response with a new enum value.
    "typescript-fetch": ["-g", "typescript-fetch", "--additional-properties=supportsES6=true,stringEnums=true"],
    # enumClassPrefix: TransactionChannel and RecurringTransactionChannel constants would collide otherwise.
    "go-openapi-generator": [
        "-g",
        "go",
        "--git-host",
        "example.com",
        "--git-user-id",
        "bankconnect",
        "--git-repo-id",
        "client",
        "--additional-properties=packageName=bankconnect,"
        "withGoMod=true,enumClassPrefix=true,enumUnknownDefaultCase=true",
    ],
    "java": [
        "-g",
        "java",
        "--library",
        "native",
        "--additional-properties=groupId=in.bankconnect,"
        "artifactId=bankconnect-client,invokerPackage=in.bankconnect.client,apiPackage=in.bankconnect.client.api,"
        "modelPackage=in.bankconnect.client.model,enumUnknownDefaultCase=true,openApiNullable=false",
    ],
}
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
    out = fresh(name)
    run(
        [
            str(BIN / "openapi-generator-cli"),
            "generate",
            "-i",
            str(SPEC),
            "-o",
            str(out),
            *OPENAPI_GENERATOR_OPTIONS[name],
        ],
        ROOT,
    )
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
    shutil.copy(PROGRAMS / "typescript-fetch" / "main.ts", out / "main.ts")
    (out / "tsconfig.program.json").write_text(TSCONFIG)
    run([str(NODE_BIN / "tsc"), "-p", "tsconfig.program.json"], out)
    return ["node", str(out / "dist" / "main.js")]


def build_openapi_typescript() -> list[str]:
    out = fresh("openapi-typescript")
    run([str(NODE_BIN / "openapi-typescript"), str(SPEC), "-o", str(out / "schema.d.ts")], ROOT)
    shutil.copy(PROGRAMS / "openapi-typescript" / "main.ts", out / "main.ts")
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
    (out / "oapi-codegen.yaml").write_text(
        "package: bankconnect\ngenerate:\n  models: true\n  client: true\noutput: bankconnect/client.gen.go\n"
    )
    run([oapi_codegen_binary(), "-config", "oapi-codegen.yaml", str(SPEC)], out)
    (out / "go.mod").write_text("module example.com/bankconnect-oapi\n\ngo 1.22\n")
    (out / "cmd").mkdir()
    shutil.copy(PROGRAMS / "go-oapi-codegen" / "main.go", out / "cmd" / "main.go")
    _go(out)
    run(["go", "build", "-o", "program", "./cmd"], out)
    return [str(out / "program")]


def build_go_openapi_generator() -> list[str]:
    out = openapi_generator("go-openapi-generator")
    (out / "cmd").mkdir()
    shutil.copy(PROGRAMS / "go-openapi-generator" / "main.go", out / "cmd" / "main.go")
    _go(out)
    run(["go", "build", "-o", "program", "./cmd"], out)
    return [str(out / "program")]


def build_java() -> list[str]:
    out = openapi_generator("java")
    run(["mvn", "-q", "-B", "package", "-DskipTests"], out)
    run(["mvn", "-q", "-B", "dependency:build-classpath", "-Dmdep.outputFile=classpath.txt"], out)
    classpath = f"{out / 'target' / 'classes'}:{(out / 'classpath.txt').read_text().strip()}"
    program = out / "program"
    program.mkdir()
    run(["javac", "-d", str(program), "-cp", classpath, str(PROGRAMS / "java" / "Main.java")], out)
    return ["java", "-cp", f"{program}:{classpath}", "Main"]


@dataclass(frozen=True)
class Client:
    name: str
    build: Callable[[], list[str]]
    keeps_unknown_enum: bool  # False: the generator maps unknown values to its UNKNOWN_DEFAULT_OPEN_API case


CLIENTS = [
    Client("typescript-fetch", build_typescript_fetch, True),
    Client("openapi-typescript", build_openapi_typescript, True),
    Client("go-oapi-codegen", build_go_oapi_codegen, True),
    Client("go-openapi-generator", build_go_openapi_generator, False),
    Client("java", build_java, False),
]


def with_unknown_channel(operation_id: str, status: int, body):
    """The sandbox answers get_transactions with a channel the spec does not list (as the vendor will)."""
    if operation_id == "get_transactions" and status == 200 and body.get("transactions"):
        body = copy.deepcopy(body)
        body["transactions"][0]["transaction_channel"] = UNKNOWN_CHANNEL
    return body


def check_output(client: Client, output: str) -> str:
    lines = dict(line.split(": ", 1) for line in output.strip().splitlines() if ": " in line)
    if int(lines.get("entities", "0")) < 1 or int(lines.get("transactions", "0")) < 1:
        raise StepFailed(f"unexpected output:\n{output}")
    channel = lines.get("first channel", "")
    if channel == UNKNOWN_CHANNEL:
        return f"{lines['entities']} entities, {lines['transactions']} transactions, kept '{channel}'"
    if not client.keeps_unknown_enum and "unknown_default" in channel.lower():
        return f"{lines['entities']} entities, {lines['transactions']} transactions, '{UNKNOWN_CHANNEL}' -> {channel}"
    raise StepFailed(f"the unknown channel came out as {channel!r}:\n{output}")


def through_the_proxy(program: list[str]) -> tuple[str, str, float, str]:
    """A team's flow: the generated TypeScript client's program, pointed at `bankconnect proxy` in front of a
    clean sandbox; every answer checked on the way, and none may drift."""
    from bankconnect_contract.proxy import ProxyConfig
    from bankconnect_contract.proxy import running as proxy_running
    from bankconnect_sandbox import SandboxConfig
    from bankconnect_sandbox.server import running
    from bankconnect_sandbox.synth import build_entity

    started = time.monotonic()
    config = SandboxConfig(processing_seconds=0)
    with running(config) as (upstream, _app):
        proxy_config = ProxyConfig(upstream=upstream, report_dir=OUT / "proxy-reports", log=lambda line: None)
        with proxy_running(proxy_config) as (url, proxy):
            env = {
                "BASE_URL": url,
                "API_KEY": config.api_key,
                "SERVER_HASH": config.server_hash,
                "ENTITY_ID": build_entity("1", 0).entity_id,
            }
            try:
                run(program, ROOT, env, timeout=120)
            except (StepFailed, subprocess.TimeoutExpired) as exc:
                return ("ts via proxy", "FAILED", time.monotonic() - started, f"program: {exc}")
    verdict = proxy.finish()
    findings = proxy.analyzer.report()
    summary = f"{proxy.stats.forwarded} requests through bankconnect proxy, {len(findings)} drift finding(s)"
    status = "ran" if verdict == 0 and proxy.stats.forwarded >= 2 else "FAILED"
    return ("ts via proxy", status, time.monotonic() - started, summary + "".join(f"\n{f.line()}" for f in findings))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", choices=[c.name for c in CLIENTS])
    parser.add_argument("--skip-run", action="store_true", help="generate and build only")
    args = parser.parse_args()
    chosen = [c for c in CLIENTS if not args.only or c.name in args.only]
    OUT.mkdir(parents=True, exist_ok=True)
    results: list[tuple[str, str, float, str]] = []
    programs: dict[str, list[str]] = {}
    for client in chosen:
        started = time.monotonic()
        print(f"▶ {client.name}: generate and build …", file=sys.stderr, flush=True)
        try:
            programs[client.name] = client.build()
            results.append((client.name, "built", time.monotonic() - started, ""))
        except (StepFailed, subprocess.TimeoutExpired) as exc:
            results.append((client.name, "FAILED", time.monotonic() - started, str(exc)))
    if programs and not args.skip_run:
        from bankconnect_sandbox import SandboxConfig
        from bankconnect_sandbox.server import running
        from bankconnect_sandbox.synth import build_entity

        entity = build_entity("1", 0).entity_id
        config = SandboxConfig(processing_seconds=0, response_hook=with_unknown_channel)
        with running(config) as (url, _app):
            env = {"BASE_URL": url, "API_KEY": config.api_key, "SERVER_HASH": config.server_hash, "ENTITY_ID": entity}
            for index, (name, row) in enumerate((r[0], r) for r in results):
                if name not in programs:
                    continue
                client = next(c for c in CLIENTS if c.name == name)
                started = time.monotonic()
                try:
                    summary = check_output(client, run(programs[name], ROOT, env, timeout=120))
                    results[index] = (name, "ran", row[2] + time.monotonic() - started, summary)
                except (StepFailed, subprocess.TimeoutExpired) as exc:
                    results[index] = (name, "FAILED", row[2], f"program: {exc}")
    if "typescript-fetch" in programs and not args.skip_run:
        results.append(through_the_proxy(programs["typescript-fetch"]))
    print(f"\n{'client':<22} {'result':<7} {'seconds':>8}  against the sandbox")
    print("-" * 100)
    for name, status, seconds, summary in results:
        print(f"{name:<22} {status:<7} {seconds:>8.1f}  {summary.splitlines()[0] if summary else ''}")
    failed = [r for r in results if r[1] == "FAILED"]
    for name, _, _, detail in failed:
        print(f"\n{name}:\n{detail}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
