"""The contract run's reports: a summary table, contract.md, contract-junit.xml, scrubbed of secrets."""

from __future__ import annotations

import html
import json
import shlex
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from bankconnect.tooling import redact

from ..stage import FAILED, NO_EVIDENCE, SKIPPED, StageResult
from .verdict import Verdict, decide


def scrub_reports(directory: Path, secrets: tuple[str, ...]) -> None:
    """Schemathesis sanitises headers; response bodies still carry signed links. Remove them everywhere."""
    for path in directory.rglob("*"):
        if path.is_file() and path.suffix in (".yaml", ".xml", ".txt", ".json", ".md"):
            text = path.read_text(encoding="utf-8", errors="replace")
            cleaned = redact(text, secrets)
            if path.suffix == ".xml":  # the marker must not become a tag: the report is read back as XML
                cleaned = cleaned.replace("<redacted>", "&lt;redacted&gt;")
            if cleaned != text:
                path.write_text(cleaned, encoding="utf-8")


def render_table(results: list[StageResult], total: float, verdict: Verdict | None = None) -> str:
    verdict = verdict or decide(results)
    rows = [f"{'stage':<18} {'result':<11} {'time':>7} {'cases':>7}  summary", "-" * 100]
    for r in results:
        rows.append(f"{r.name:<18} {r.status:<11} {r.seconds:>6.1f}s {r.cases:>7}  {r.summary[:120]}")
    rows += ["-" * 100, verdict.line(total)]
    return "\n".join(rows)


def _stage_json(r: StageResult) -> dict[str, Any]:
    return {
        "stage": r.name,
        "result": r.status,
        "seconds": round(r.seconds, 3),
        "summary": r.summary,
        "checked": r.evidence(),
        "cases": r.cases,
        "answers": r.answers,
        "operations": r.operations,
        "unhealthy": None if r.unhealthy is None else r.unhealthy.message,
        "details": r.details,
    }


def write_reports(
    results: list[StageResult], out: Path, target: str, total: float, verdict: Verdict | None = None
) -> None:
    """contract-junit.xml, contract.md and contract.json, each with the verdict and what each stage checked."""
    verdict = verdict or decide(results)
    document = {
        "verdict": verdict.to_json(),
        "line": verdict.line(total),
        "target": target,
        "seconds": round(total, 3),
        "stages": [_stage_json(r) for r in results],
    }
    (out / "contract.json").write_text(json.dumps(document, indent=2), encoding="utf-8")
    suite = ET.Element(
        "testsuite",
        name="bankconnect-contract",
        tests=str(len(results)),
        failures=str(sum(r.status == FAILED for r in results) + (not verdict.passed and not _any_failed(results))),
        skipped=str(sum(r.status in (SKIPPED, NO_EVIDENCE) for r in results)),
        time=f"{total:.3f}",
    )
    properties = ET.SubElement(suite, "properties")
    ET.SubElement(properties, "property", name="verdict", value=verdict.result)
    ET.SubElement(properties, "property", name="exit_code", value=str(verdict.exit_code))
    for r in results:
        case = ET.SubElement(suite, "testcase", classname="contract", name=r.name, time=f"{r.seconds:.3f}")
        if r.status == FAILED:
            ET.SubElement(case, "failure", message=r.summary[:500]).text = "\n".join(r.details)
        elif r.status in (SKIPPED, NO_EVIDENCE):
            ET.SubElement(case, "skipped", message=f"{r.status}: {r.summary}")
    if not verdict.passed and not _any_failed(results):
        # No stage failed, yet the run did not pass (no evidence, an unhealthy target): CI must see a failure.
        case = ET.SubElement(suite, "testcase", classname="contract", name="verdict", time="0")
        ET.SubElement(case, "failure", message=verdict.line(total)[:500])
    ET.ElementTree(suite).write(out / "contract-junit.xml", encoding="utf-8", xml_declaration=True)
    lines = [
        "# BankConnect contract report",
        "",
        f"Target: {target}",
        "",
        f"**{verdict.line(total)}**",
        "",
        "| stage | result | time | cases | checked | summary |",
        "| --- | --- | ---: | ---: | --- | --- |",
    ]
    lines += [
        f"| {r.name} | {r.status} | {r.seconds:.1f}s | {r.cases} | {r.evidence() or '—'} |"
        f" {r.summary.replace('|', '/')} |"
        for r in results
    ]
    for r in results:
        if r.details:
            lines += ["", f"## {r.name}", "", "```", *r.details, "```"]
    (out / "contract.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _any_failed(results: list[StageResult]) -> bool:
    return any(r.status == FAILED for r in results)


# ---------------------------------------------------------------------------------------------- HTML
_CSS = """
body { font: 14px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 1200px; color: #1d2330; }
h1 { font-size: 1.5rem; } h2 { margin-top: 2rem; font-size: 1.2rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
th, td { border: 1px solid #d6dae3; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #f1f3f8; }
.passed { color: #176b2c; font-weight: 600; } .failed { color: #b3261e; font-weight: 600; }
.skipped, .no-evidence { color: #6b7280; } .verdict { font-weight: 600; }
.breaking { background: #fde8e7; } .semantic { background: #fff4d6; } .additive { background: #e8f1fd; }
code, pre { font: 12px/1.4 ui-monospace, monospace; } pre { white-space: pre-wrap; margin: 0; }
.kind { font-weight: 700; text-transform: uppercase; font-size: 11px; }
"""


def _esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def curl_command(request: dict[str, str] | None) -> str:
    """A curl command reproducing a recorded request; credentials and the host come from the environment."""
    if not request:
        return ""
    parts = [f'curl -X {request["method"]} "$BANKCONNECT_BASE_URL{request["path"]}"']
    parts += ['-H "x-api-key: $BANKCONNECT_API_KEY"', '-H "server-hash: $BANKCONNECT_SERVER_HASH"']
    if request.get("body"):
        parts.append(f"-H {shlex.quote('content-type: ' + request['content_type'])}")
        parts.append(f"--data-binary {shlex.quote(request['body'])}")
    elif request["method"] != "GET":
        parts.append("# the body (a file upload) is in the recording")
    return " \\\n  ".join(parts)


def _heat(percent: float) -> str:
    hue = int(120 * max(0.0, min(percent, 100.0)) / 100)  # red at 0 %, green at 100 %
    return f"background: hsl({hue} 70% 88%)"


def _finding_row(f: dict[str, Any]) -> str:
    def shown(value: object) -> str:
        return _esc(json.dumps(value, default=str))[:300]

    cells = [
        f"<td class=kind>{_esc(f['kind'])}<br><code>{_esc(f['code'])}</code></td>",
        f"<td>{_esc(f['operation'])}</td><td>{_esc(f['status'])}</td>",
        f"<td><code>{_esc(f['path'] or '(body)')}</code></td><td>{_esc(f['problem'])}</td>",
        f"<td><code>{shown(f['observed'])}</code></td><td><code>{shown(f['expected'])}</code></td>",
        f"<td>{_esc(f['count'])}× ({_esc(', '.join(f['sources'][:3]))})</td>",
        f"<td><pre>{_esc(curl_command(f.get('request')))}</pre></td>",
    ]
    return f"<tr class='{_esc(f['kind'])}'>{''.join(cells)}</tr>"


def write_html(
    results: list[StageResult], out: Path, target: str, total: float, verdict: Verdict | None = None
) -> Path:
    """reports/contract.html: one self-contained page (no CDN, no script) with the stages, the coverage per
    operation and every drift finding with a curl command that reproduces it."""
    drift_report = json.loads((out / "drift.json").read_text()) if (out / "drift.json").exists() else {}
    coverage = json.loads((out / "coverage.json").read_text()) if (out / "coverage.json").exists() else {}
    findings = drift_report.get("findings", [])
    verdict = verdict or decide(results)
    shown = "passed" if verdict.passed else "failed"
    rows = "".join(
        f"<tr><td>{_esc(r.name)}</td><td class='{_esc(r.status.replace(' ', '-'))}'>{_esc(r.status)}</td>"
        f"<td>{r.seconds:.1f}s</td><td>{r.cases}</td><td>{_esc(r.evidence() or '—')}</td>"
        f"<td>{_esc(r.summary)}</td></tr>"
        for r in results
    )
    body = [
        "<h1>BankConnect contract report</h1>",
        f"<p>Target: {_esc(target)} · {total:.1f} s · <span class={shown}>{_esc(verdict.result)}</span>"
        f" (exit {verdict.exit_code})</p>",
        f"<p class=verdict>{_esc(verdict.line(total))}</p>",
        "<h2>Stages</h2><table><tr><th>stage</th><th>result</th><th>time</th><th>cases</th><th>checked</th>"
        "<th>summary</th></tr>",
        rows,
        "</table>",
    ]
    failed_details = [r for r in results if r.status == "failed" and r.details and r.name != "drift (this run)"]
    for r in failed_details:
        body.append(f"<h2>{_esc(r.name)}: what failed</h2><pre>{_esc(chr(10).join(r.details[:80]))}</pre>")
    body.append(f"<h2>Drift findings ({len(findings)})</h2>")
    if findings:
        body.append(
            "<table><tr><th>class</th><th>operation</th><th>status</th><th>where in the body</th><th>problem</th>"
            "<th>observed</th><th>expected</th><th>seen</th><th>reproduce</th></tr>"
        )
        body += [_finding_row(f) for f in findings]
        body.append("</table>")
    else:
        body.append("<p>No drift: every recorded answer matches the spec.</p>")
    if coverage:
        percent = coverage.get("percent", {})
        gates = coverage.get("gates", {})
        body.append(f"<h2>Coverage</h2><p>{_esc(coverage.get('gates_source', ''))}</p>")
        body.append("<table><tr><th>measure</th><th>reached</th><th>gate</th></tr>")
        for name, value in percent.items():
            gate = gates.get(name)
            body.append(
                f"<tr><td>{_esc(name)}</td><td style='{_heat(value)}'>{value:g} %</td>"
                f"<td>{'none' if gate is None else f'{gate:g} %'}</td></tr>"
            )
        body.append(
            "</table><h3>Per operation</h3><table><tr><th>operation</th><th>statuses seen</th>"
            "<th>statuses documented</th><th>properties seen</th></tr>"
        )
        for op, info in coverage.get("operations", {}).items():
            seen, documented = info["statuses_seen"], info["statuses_documented"]
            props = 100.0 * info["properties_seen"] / info["properties"] if info["properties"] else 100.0
            status_pct = 100.0 * len(seen) / len(documented) if documented else 100.0
            body.append(
                f"<tr><td>{_esc(op)}</td><td style='{_heat(status_pct)}'>{_esc(', '.join(map(str, seen)))}</td>"
                f"<td>{_esc(', '.join(map(str, documented)))}</td>"
                f"<td style='{_heat(props)}'>{info['properties_seen']} / {info['properties']}</td></tr>"
            )
        body.append("</table>")
        never = coverage.get("statuses_never_reached", [])
        if never:
            body.append(f"<h3>Documented statuses never reached ({len(never)})</h3><ul>")
            body += [f"<li>{_esc(line)}</li>" for line in never]
            body.append("</ul>")
    page = (
        "<!doctype html><html lang=en><head><meta charset=utf-8><title>BankConnect contract report</title>"
        f"<style>{_CSS}</style></head><body>{''.join(body)}</body></html>\n"
    )
    path = out / "contract.html"
    path.write_text(page, encoding="utf-8")
    return path
