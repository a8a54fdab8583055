"""Client setup: credentials from arguments or the environment, and the configured generated client."""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import metadata
from typing import overload

import httpx

from bankconnect_client import AuthenticatedClient

from ._errors import ConfigurationError

DEFAULT_BASE_URL = "https://apis.bankconnect.finbox.in/bank-connect/v1"
ENV_API_KEY = "BANKCONNECT_API_KEY"
ENV_SERVER_HASH = "BANKCONNECT_SERVER_HASH"
ENV_BASE_URL = "BANKCONNECT_BASE_URL"
ENV_ALLOW_INSECURE_HTTP = "BANKCONNECT_ALLOW_INSECURE_HTTP"
# Analysis calls on large entities take seconds; connecting should not.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
# The largest answer read: 50,000 transactions (two years of a busy business account) are 17 MB of JSON, so
# 64 MiB leaves room for the largest documented answers and stops a hostile or broken one long before memory.
DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024


class Secret(str):
    """A credential: the value itself everywhere it is used, ``'***'`` in ``repr`` (so in a traceback's locals,
    a dataclass's repr or a logged tuple)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "'***'"


@overload
def secret(value: str) -> Secret: ...
@overload
def secret(value: None) -> None: ...
@overload
def secret(value: str | None) -> Secret | None: ...
def secret(value: str | None) -> Secret | None:
    return None if value is None else value if isinstance(value, Secret) else Secret(value)


def _is_loopback(url: str) -> bool:
    host = httpx.URL(url).host
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def user_agent() -> str:
    try:
        version = metadata.version("bankconnect")
    except metadata.PackageNotFoundError:  # running from a source tree that is not installed
        version = "0+unknown"
    return f"bankconnect-python/{version} httpx/{httpx.__version__}"


@dataclass(frozen=True)
class Settings:
    """Where and as whom to call BankConnect. The credentials never appear in ``repr``."""

    api_key: str = field(repr=False)
    server_hash: str = field(repr=False)
    base_url: str = DEFAULT_BASE_URL
    timeout: httpx.Timeout = field(default_factory=lambda: DEFAULT_TIMEOUT)
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES

    @classmethod
    def resolve(
        cls,
        api_key: str | None = None,
        server_hash: str | None = None,
        base_url: str | None = None,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_response_bytes: int | None = None,
        allow_insecure_http: bool | None = None,
        offline: bool = False,
        environ: Mapping[str, str] | None = None,
    ) -> Settings:
        """Arguments win over the environment; a missing credential or an unsafe base URL fails here, before any
        request. ``offline`` (an ``httpx.MockTransport``) sends nothing over a network, so any URL is safe."""
        env = os.environ if environ is None else environ
        api_key = secret(api_key or env.get(ENV_API_KEY, ""))
        server_hash = secret(server_hash or env.get(ENV_SERVER_HASH, ""))
        missing = [name for name, value in ((ENV_API_KEY, api_key), (ENV_SERVER_HASH, server_hash)) if not value]
        if missing:
            raise ConfigurationError(
                "missing BankConnect credentials: set " + " and ".join(missing) + " or pass them as arguments"
            )
        base_url = (base_url or env.get(ENV_BASE_URL) or DEFAULT_BASE_URL).rstrip("/")
        if not base_url.startswith(("http://", "https://")):
            raise ConfigurationError(f"base URL must start with http:// or https://, got {base_url!r}")
        if allow_insecure_http is None:
            allow_insecure_http = env.get(ENV_ALLOW_INSECURE_HTTP, "").strip().lower() in ("1", "true", "yes")
        if base_url.startswith("http://") and not (offline or allow_insecure_http or _is_loopback(base_url)):
            raise ConfigurationError(
                f"refusing to send the API key and server hash in clear text to {base_url}: use https://, or opt in "
                f"with BankConnect(..., allow_insecure_http=True) or {ENV_ALLOW_INSECURE_HTTP}=1 "
                "(plain http:// is allowed without it only to loopback: localhost, 127.0.0.1, ::1)"
            )
        if timeout is None:
            timeout = DEFAULT_TIMEOUT
        elif not isinstance(timeout, httpx.Timeout):
            timeout = httpx.Timeout(timeout)
        if max_response_bytes is None:
            max_response_bytes = DEFAULT_MAX_RESPONSE_BYTES
        elif max_response_bytes < 1:
            raise ConfigurationError(f"max_response_bytes must be at least 1, got {max_response_bytes}")
        return cls(api_key, server_hash, base_url, timeout, max_response_bytes)

    @property
    def secrets(self) -> tuple[str, ...]:  # Secret values: their repr is '***'
        return (self.api_key, self.server_hash)

    def build_client(
        self, *, transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None
    ) -> AuthenticatedClient:
        """The generated client, sending both headers (its token carries x-api-key, headers the hash).

        ``transport`` replaces the network, for tests and in-process servers; it must suit the twin
        (sync or async) that uses the client. ``httpx.MockTransport`` suits both.
        """
        return AuthenticatedClient(
            base_url=self.base_url,
            token=self.api_key,
            prefix="",
            auth_header_name="x-api-key",
            headers={"server-hash": self.server_hash, "user-agent": user_agent()},
            timeout=self.timeout,
            httpx_args={} if transport is None else {"transport": transport},
        )
