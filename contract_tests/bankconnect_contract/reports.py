"""The contract run's reports: a summary table, contract.md, contract-junit.xml, scrubbed of secrets."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from bankconnect import redact

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
