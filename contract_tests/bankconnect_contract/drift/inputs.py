"""Reading exchanges: vcrpy cassettes, Schemathesis VCR reports and HAR 1.2 files."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from bankconnect_spec import base_path, load_spec

from .. import json_body
from .exchange import Exchange, InputError
from .request_checks import FIELDS_CONTENT_TYPE, fields_as_multipart


def _header(headers: Any, name: str) -> str:
    for key, value in (headers or {}).items():
        if key.lower() == name:
            return value[0] if isinstance(value, list) else str(value)
    return ""


def _headers(headers: Any) -> dict[str, str]:
    return {
        str(key).lower(): str(value[0] if isinstance(value, list) and value else value)
        for key, value in (headers or {}).items()
    }


def _body(body: Any) -> bytes:
    if isinstance(body, dict):
        if "base64_string" in body:
            import base64

            return base64.b64decode(body["base64_string"])
        body = body.get("string", "")
    if body is None:
        return b""
    return body if isinstance(body, bytes) else str(body).encode()


def load_recording(path: Path) -> Any:
    """A cassette or VCR report as loaded from YAML, read once for as long as the file is unchanged.

    A contract run reads its Schemathesis recording (thousands of exchanges) in three stages (drift, sunset,
    coverage); parsing it took 7 to 10 s each time. The result is shared: callers must not change it.
    """
    stat = path.stat()
    if stat.st_size < _KEPT_FROM:  # a cassette: quick to read, and hundreds of them would crowd the cache out
        return _load_yaml(path)
    return _load_recording(path.resolve(), stat.st_mtime_ns, stat.st_size)


_KEPT_FROM = 1 << 20  # bytes: a Schemathesis recording is tens of megabytes, a cassette a few kilobytes


@functools.lru_cache(maxsize=2)  # this run's recording (and the one before, for a process running several)
def _load_recording(path: Path, _mtime_ns: int, _size: int) -> Any:
    return _load_yaml(path)


def _load_yaml(path: Path) -> Any:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def read_cassette(path: Path) -> list[Exchange]:
    """Exchanges of a vcrpy cassette (``interactions``) or a Schemathesis VCR report (``http_interactions``)."""
    try:
        data = load_recording(path)
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: not YAML ({type(exc).__name__})") from None
    if not isinstance(data, dict) or not ({"interactions", "http_interactions"} & set(data)):
        raise InputError(
            f"{path}: not a cassette (expected 'interactions' from vcrpy or 'http_interactions'"
            " from a Schemathesis VCR report)"
        )
    return exchanges_of(data, path.name)


def exchanges_of(data: dict[str, Any], name: str) -> list[Exchange]:
    """Exchanges of an already loaded cassette or VCR report (``name`` for the findings' sources)."""
    exchanges = []
    for i, item in enumerate(data.get("interactions") or data.get("http_interactions") or []):
        request, response = item.get("request") or {}, item.get("response")
        if response is None:  # Schemathesis records requests that got no response (network errors)
            continue
        status = response.get("status", {})
        exchanges.append(
            Exchange(
                method=str(request.get("method", "GET")).upper(),
                url=str(request.get("uri", "")),
                status=int(status.get("code", 0) if isinstance(status, dict) else status),
                content_type=_header(response.get("headers"), "content-type"),
                body=_body(response.get("body")),
                source=f"{name}#{i}",
                headers=_headers(response.get("headers")),
                request_body=_body(request.get("body")),
                request_content_type=_header(request.get("headers"), "content-type"),
            )
        )
    return exchanges


def read_har(path: Path, spec: dict[str, Any] | None = None) -> tuple[list[Exchange], int]:
    """Exchanges of a HAR 1.2 file (browsers, Charles, mitmproxy, Postman export it), and how many of its entries
    were left out as unrelated: another API's path (not under the spec's base path) on whatever host, or a
    request that never got an answer."""
    try:
        data = json_body.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    except (ValueError, UnicodeDecodeError) as exc:
        why = exc if isinstance(exc, json_body.TooDeep) else type(exc).__name__
        raise InputError(f"{path}: not a HAR file (not JSON: {why})") from None
    entries = data.get("log", {}).get("entries") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise InputError(f"{path}: not a HAR file (expected log.entries)")
    prefix = base_path(spec or load_spec())
    exchanges, ignored = [], 0
    for i, entry in enumerate(entries):
        try:
            exchange = _har_exchange(entry, prefix, f"{path.name}#{i}")
        except _BadEntry as exc:
            raise InputError(f"{path}: entry {i}: {exc}") from None
        if exchange is None:
            ignored += 1
        else:
            exchanges.append(exchange)
    return exchanges, ignored


class _BadEntry(Exception):
    pass


def _har_object(value: Any, what: str) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise _BadEntry(f"{what} is not an object")
    return value


def _har_text(value: Any, what: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise _BadEntry(f"{what} is not a string")
    return value


def _har_exchange(entry: Any, prefix: str, source: str) -> Exchange | None:
    """One HAR entry as an exchange; None for another API's path. Anything malformed is named (_BadEntry)."""
    import base64
    import binascii

    if not isinstance(entry, dict):
        raise _BadEntry("not an object")
    request = _har_object(entry.get("request"), "request")
    response = _har_object(entry.get("response"), "response")
    url = _har_text(request.get("url"), "request.url")
    if not urlsplit(url).path.startswith(prefix + "/"):
        return None
    status = response.get("status")
    if not isinstance(status, int) or isinstance(status, bool) or not 100 <= status <= 599:
        if not status:
            return None  # a request the browser never got an answer to (HAR writes 0)
        raise _BadEntry(f"response.status is not an HTTP status: {str(status)[:40]!r}")
    content = _har_object(response.get("content"), "response.content")
    text = _har_text(content.get("text"), "response.content.text")
    try:
        body = base64.b64decode(text, validate=True) if content.get("encoding") == "base64" else text.encode()
    except binascii.Error:
        raise _BadEntry("response.content.text is not valid base64") from None
    listed = response.get("headers") or []
    if not isinstance(listed, list) or not all(isinstance(h, dict) for h in listed):
        raise _BadEntry("response.headers is not a list of objects")
    headers = {str(h.get("name", "")).lower(): str(h.get("value", "")) for h in listed}
    posted = _har_object(request.get("postData"), "postData")
    sent = _har_text(posted.get("text"), "postData.text").encode()
    params = posted.get("params") or []
    if not isinstance(params, list) or not all(isinstance(p, dict) for p in params):
        raise _BadEntry("postData.params is not a list of objects")
    from_params = not sent and bool(params)
    if from_params:  # multipart as HAR writes it: fields by name, no body
        sent = fields_as_multipart(
            {str(p.get("name", "")): "(file)" if p.get("fileName") else str(p.get("value", "")) for p in params}
        )
    return Exchange(
        method=_har_text(request.get("method"), "request.method").upper() or "GET",
        url=url,
        status=status,
        content_type=headers.get("content-type") or _har_text(content.get("mimeType"), "response.content.mimeType"),
        body=body,
        source=source,
        headers=headers,
        request_body=sent,
        request_content_type=FIELDS_CONTENT_TYPE if from_params else _har_text(posted.get("mimeType"), "mimeType"),
        request_recorded=True,
    )


def read_input(path: Path) -> tuple[list[Exchange], int]:
    """(exchanges, entries left out as unrelated) of a cassette, a Schemathesis VCR report or a HAR file."""
    if path.suffix == ".har":
        return read_har(path)
    return read_cassette(path), 0


def cassette_files(paths: Iterable[str]) -> list[Path]:
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.suffix in (".yaml", ".yml", ".har"))
        elif path.exists():
            files.append(path)
        else:
            raise InputError(f"{path}: no such file or directory")
    if not files:
        raise InputError("no cassette files found in " + ", ".join(paths))
    return files
