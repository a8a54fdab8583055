"""Whether the target can be judged: one authenticated read before the run, and the share of calls with valid
credentials answered 401/403 (or not at all) during it.

A target that refuses the keys, cannot be reached, or has no BankConnect API at its URL is not drifting and has
not passed: the run stops (or fails) as unhealthy with the URL, the cause and the fix.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from bankconnect.tooling import redact
from bankconnect_spec import load_spec, local_path, router

from ..stage import Unhealthy

__all__ = [
    "UNHEALTHY_SHARE",
    "VcrAnswer",
    "auth_failed",
    "check_target",
    "judge_answers",
    "transport_failure",
    "vcr_answers",
]

# Above this share of 401/403 or unanswered calls among those sent with valid credentials, the run is unhealthy.
# A healthy sandbox run answers 2 of about 1,000 such calls 401 (Schemathesis mangles a header now and then).
UNHEALTHY_SHARE = 0.10
HEALTH_PATH = "/entity/"  # list_entities: documented, read-only, answers any valid key


def auth_failed(base_url: str) -> Unhealthy:
    return Unhealthy(
        "auth", f"authentication failed for {base_url}: check BANKCONNECT_API_KEY / BANKCONNECT_SERVER_HASH"
    )


def transport_failure(url: str, exc: httpx.HTTPError) -> Unhealthy:
    reason = redact(str(exc)) or type(exc).__name__
    return Unhealthy("unreachable", f"cannot reach {url}: {reason}")


def check_target(client: httpx.Client, base_url: str) -> Unhealthy | None:
    """One authenticated read (the first page of entities); None when the target answered it."""
    url = base_url.rstrip("/") + HEALTH_PATH
    try:
        response = client.get(HEALTH_PATH)
    except httpx.HTTPError as exc:
        return transport_failure(base_url, exc)
    if response.status_code in (401, 403):
        return auth_failed(base_url)
    if response.status_code == 404:
        return Unhealthy("no_api", f"no BankConnect API at {base_url} (is the /bank-connect/v1 suffix missing?)")
    if not response.is_success:
        return Unhealthy("unhealthy", f"{base_url} is not healthy: GET {url} answered HTTP {response.status_code}")
    try:
        response.json()["results"]
    except (ValueError, KeyError, TypeError):
        return Unhealthy("no_api", f"no BankConnect API at {base_url}: GET {url} did not answer a page of entities")
    return None


@dataclass(frozen=True)
class VcrAnswer:
    status: int | None  # None: no answer (a transport error)
    valid_credentials: bool  # the test case sent the configured keys (not a mangled header)
    method: str = ""
    uri: str = ""


def vcr_answers(path: Path) -> Iterator[VcrAnswer]:
    """Each interaction of a Schemathesis VCR report: its status and whether its headers were generated valid.
    Read line by line (the report can be megabytes; a YAML parse of it takes seconds)."""
    status: int | None = None
    negative_headers = False
    section = subsection = method = uri = ""
    started = False
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("- id: "):
                if started:
                    yield VcrAnswer(status, not negative_headers, method, uri)
                started, status, negative_headers, section, subsection = True, None, False, "", ""
                method = uri = ""
                continue
            if not started:
                continue
            if re.match(r"^  [a-z_]+:", line):
                section, subsection = line.strip().split(":", 1)[0], ""
            elif re.match(r"^    [a-z_]+:", line):
                subsection, _, value = line.strip().partition(":")
                if section == "request" and subsection in ("uri", "method"):
                    value = value.strip().strip("'\"")
                    uri, method = (value, method) if subsection == "uri" else (uri, value)
            elif section == "components" and subsection == "header" and line.strip() == "mode: 'negative'":
                negative_headers = True
            elif section == "response" and subsection == "status":
                found = re.match(r"^      code: '?(\d{3})'?", line)
                if found:
                    status = int(found.group(1))
    if started:
        yield VcrAnswer(status, not negative_headers, method, uri)


def judge_answers(answers: Iterable[VcrAnswer], base_url: str) -> Unhealthy | None:
    """Unhealthy when more than UNHEALTHY_SHARE of the calls sent with valid credentials got 401/403 (the keys)
    or no answer (the network)."""
    valid = [a for a in answers if a.valid_credentials and _keys_in_headers(a)]
    if not valid:
        return None
    refused = sum(a.status in (401, 403) for a in valid)
    unanswered = sum(a.status is None for a in valid)
    limit = f"above the {UNHEALTHY_SHARE:.0%} a healthy target stays under"
    if refused / len(valid) > UNHEALTHY_SHARE:
        base = auth_failed(base_url)
        return Unhealthy(
            "auth", f"{base.message} ({refused} of {len(valid)} calls with the configured keys got 401/403, {limit})"
        )
    if unanswered / len(valid) > UNHEALTHY_SHARE:
        return Unhealthy(
            "unreachable", f"cannot reach {base_url}: {unanswered} of {len(valid)} calls got no answer ({limit})"
        )
    return None


def _keys_in_headers(answer: VcrAnswer) -> bool:
    """Whether the call was one the configured header keys authorise: an operation whose credentials travel
    elsewhere (the session flow's create takes `api_key` in its JSON body, `security: []`) is refused 401 for a
    generated key, and says nothing about the target's health. An unknown call counts (it is the target's)."""
    if not answer.uri:
        return True
    spec = load_spec()
    path = urlsplit(answer.uri).path
    op, _params, _allowed = router().match(answer.method or "GET", local_path(spec, path) or path)
    return op is None or bool(op.security_headers)
