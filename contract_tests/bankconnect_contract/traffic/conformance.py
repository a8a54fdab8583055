"""Validate real httpx exchanges against the spec with openapi-core (an implementation independent of the
sandbox's own spec compiler and of the drift analyser)."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

import httpx
from openapi_core import Config, OpenAPI
from openapi_core.datatypes import RequestParameters
from werkzeug.datastructures import Headers, ImmutableMultiDict

from bankconnect_spec import base_path, load_spec, operations, path_prefix


@functools.cache
def openapi_for(origin: str) -> OpenAPI:
    """The spec, served from ``origin`` (the sandbox's scheme and host) under the spec's base path."""
    spec = load_spec()
    base = base_path(spec)
    prefixes = {op.path: path_prefix(op.operation_id, spec) for op in operations(spec).values()}
    # A path with a server of its own (the v2 session create) is served from the same origin too, at its own
    # server's path only (/bank-connect/v2/session/; the sandbox has nothing at /bank-connect/v1/v2/session/).
    paths = {
        template: {**item, "servers": [{"url": origin + prefixes[template]}]} if prefixes[template] != base else item
        for template, item in spec["paths"].items()
    }
    # The spec itself is validated once (below); only its servers differ between origins, and re-validating the
    # whole document for each origin a recording came from cost 0.85 s apiece (13 origins in the cassettes).
    _checked_spec()
    unchecked = Config(spec_validator_cls=None)
    return OpenAPI.from_dict({**spec, "paths": paths, "servers": [{"url": origin + base}]}, config=unchecked)


@functools.cache
def _checked_spec() -> None:
    OpenAPI.from_dict(load_spec())  # openapi-core validates the document as it builds it: a SpecError if invalid


@dataclass
class _Request:
    request: httpx.Request

    def __post_init__(self) -> None:
        url = self.request.url
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(list(url.params.multi_items())),
            header=Headers(list(self.request.headers.items())),
        )

    @property
    def host_url(self) -> str:
        return f"{self.request.url.scheme}://{self.request.url.netloc.decode()}"

    @property
    def path(self) -> str:
        return self.request.url.path

    @property
    def method(self) -> str:
        return self.request.method.lower()

    @property
    def body(self) -> bytes | None:
        try:
            return self.request.content or None
        except httpx.RequestNotRead:  # a multipart body is a stream; it can be read again
            return self.request.read() or None

    @property
    def content_type(self) -> str:
        return self.request.headers.get("content-type", "").lower()


@dataclass
class _Response:
    response: httpx.Response

    @property
    def status_code(self) -> int:
        return self.response.status_code

    @property
    def content_type(self) -> str:
        return self.response.headers.get("content-type", "").lower()

    @property
    def headers(self) -> Any:
        return Headers(list(self.response.headers.items()))

    @property
    def data(self) -> bytes | None:
        return self.response.content


def response_errors(response: httpx.Response) -> list[str]:
    """Why ``response`` does not conform to the spec for its request (empty when it does)."""
    request = _Request(response.request)
    api = openapi_for(request.host_url)
    result = api.unmarshal_response(request, _Response(response))
    problems = []
    for error in result.errors:
        details = (
            [str(getattr(e, "message", e)) for e in getattr(error, "__cause__", None).schema_errors]
            if getattr(getattr(error, "__cause__", None), "schema_errors", None)
            else []
        )
        problems.append(f"{type(error).__name__}: {error}" + (f" ({'; '.join(details[:5])})" if details else ""))
    return problems
