"""Client setup: credentials from arguments or the environment, and the configured generated client."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import metadata

import httpx

from bankconnect_client import AuthenticatedClient

from ._errors import ConfigurationError

DEFAULT_BASE_URL = "https://apis.bankconnect.finbox.in/bank-connect/v1"
ENV_API_KEY = "BANKCONNECT_API_KEY"
ENV_SERVER_HASH = "BANKCONNECT_SERVER_HASH"
ENV_BASE_URL = "BANKCONNECT_BASE_URL"
# Analysis calls on large entities take seconds; connecting should not.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)


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

    @classmethod
    def resolve(
        cls,
        api_key: str | None = None,
        server_hash: str | None = None,
        base_url: str | None = None,
        *,
        timeout: float | httpx.Timeout | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> Settings:
        """Arguments win over the environment; a missing credential fails here, before any request."""
        env = os.environ if environ is None else environ
        api_key = api_key or env.get(ENV_API_KEY, "")
        server_hash = server_hash or env.get(ENV_SERVER_HASH, "")
        missing = [name for name, value in ((ENV_API_KEY, api_key), (ENV_SERVER_HASH, server_hash)) if not value]
        if missing:
            raise ConfigurationError(
                "missing BankConnect credentials: set " + " and ".join(missing) + " or pass them as arguments"
            )
        base_url = (base_url or env.get(ENV_BASE_URL) or DEFAULT_BASE_URL).rstrip("/")
        if not base_url.startswith(("http://", "https://")):
            raise ConfigurationError(f"base URL must start with http:// or https://, got {base_url!r}")
        if timeout is None:
            timeout = DEFAULT_TIMEOUT
        elif not isinstance(timeout, httpx.Timeout):
            timeout = httpx.Timeout(timeout)
        return cls(api_key, server_hash, base_url, timeout)

    @property
    def secrets(self) -> tuple[str, ...]:
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
