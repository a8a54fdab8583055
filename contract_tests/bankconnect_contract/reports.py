"""The contract run's reports: a summary table, contract.md, contract-junit.xml, scrubbed of secrets."""

from __future__ import annotations

import html
import json
import shlex
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from bankconnect.tooling import redact

from .stage import StageResult


def scrub_reports(directory: Path, secrets: tuple[str, ...]) -> None:
    """Schemathesis sanitises headers; response bodies still carry signed links. Remove them everywhere."""
    for path in directory.rglob("*"):
        if path.is_file() and path.suffix in (".yaml", ".xml", ".txt", ".json", ".md"):
            text = path.read_text(encoding="utf-8", errors="replace")
            cleaned = redact(text, secrets)
            if cleaned != text:
                path.write_text(cleaned, encoding="utf-8")


def render_table(results: list[StageResult], total: float) -> str:
    rows = [f"{'stage':<18} {'result':<8} {'time':>7} {'cases':>7}  summary", "-" * 100]
    for r in results:
        rows.append(f"{r.name:<18} {r.status:<8} {r.seconds:>6.1f}s {r.cases:>7}  {r.summary[:120]}")
    verdict = "FAILED" if any(r.status == "failed" for r in results) else "passed"
    rows += ["-" * 100, f"contract {verdict} in {total:.1f}s"]
    return "\n".join(rows)


def write_reports(results: list[StageResult], out: Path, target: str, total: float) -> None:
    suite = ET.Element(
        "testsuite",
        name="bankconnect-contract",
        tests=str(len(results)),
        failures=str(sum(r.status == "failed" for r in results)),
        skipped=str(sum(r.status == "skipped" for r in results)),
        time=f"{total:.3f}",
    )
    for r in results:
        case = ET.SubElement(suite, "testcase", classname="contract", name=r.name, time=f"{r.seconds:.3f}")
        if r.status == "failed":
            ET.SubElement(case, "failure", message=r.summary[:500]).text = "\n".join(r.details)
        elif r.status == "skipped":
            ET.SubElement(case, "skipped", message=r.summary)
    ET.ElementTree(suite).write(out / "contract-junit.xml", encoding="utf-8", xml_declaration=True)
    lines = [
        "# BankConnect contract report",
        "",
        f"Target: {target}",
        "",
        "| stage | result | time | cases | summary |",
        "| --- | --- | ---: | ---: | --- |",
    ]
    lines += [
        f"| {r.name} | {r.status} | {r.seconds:.1f}s | {r.cases} | {r.summary.replace('|', '/')} |" for r in results
    ]
    for r in results:
        if r.details:
            lines += ["", f"## {r.name}", "", "```", *r.details, "```"]
    (out / "contract.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------------------------- HTML
_CSS = """
body { font: 14px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 1200px; color: #1d2330; }
h1 { font-size: 1.5rem; } h2 { margin-top: 2rem; font-size: 1.2rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
th, td { border: 1px solid #d6dae3; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #f1f3f8; }
.passed { color: #176b2c; font-weight: 600; } .failed { color: #b3261e; font-weight: 600; }
.skipped { color: #6b7280; }
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


def write_html(results: list[StageResult], out: Path, target: str, total: float) -> Path:
    """reports/contract.html: one self-contained page (no CDN, no script) with the stages, the coverage per
    operation and every drift finding with a curl command that reproduces it."""
    drift_report = json.loads((out / "drift.json").read_text()) if (out / "drift.json").exists() else {}
    coverage = json.loads((out / "coverage.json").read_text()) if (out / "coverage.json").exists() else {}
    findings = drift_report.get("findings", [])
    failed = any(r.status == "failed" for r in results)
    verdict = "<span class=failed>FAILED</span>" if failed else "<span class=passed>passed</span>"
    rows = "".join(
        f"<tr><td>{_esc(r.name)}</td><td class='{r.status}'>{r.status}</td><td>{r.seconds:.1f}s</td>"
        f"<td>{r.cases}</td><td>{_esc(r.summary)}</td></tr>"
        for r in results
    )
    body = [
        "<h1>BankConnect contract report</h1>",
        f"<p>Target: {_esc(target)} · {total:.1f} s · {verdict}</p>",
        "<h2>Stages</h2><table><tr><th>stage</th><th>result</th><th>time</th><th>cases</th><th>summary</th></tr>",
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
        body.append("<h2>Coverage</h2><table><tr><th>measure</th><th>reached</th><th>gate</th></tr>")
        for name, value in percent.items():
            gate = gates.get(name)
            body.append(
                f"<tr><td>{_esc(name)}</td><td style='{_heat(value)}'>{value:g} %</td>"
                f"<td>{'' if gate is None else f'{gate:g} %'}</td></tr>"
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
    page = (
        "<!doctype html><html lang=en><head><meta charset=utf-8><title>BankConnect contract report</title>"
        f"<style>{_CSS}</style></head><body>{''.join(body)}</body></html>\n"
    )
    path = out / "contract.html"
    path.write_text(page, encoding="utf-8")
    return path
