"""How a sandbox behaves: ``SandboxConfig``. Each setting is declared once, here, with its help text and
bounds; ``bankconnect sandbox`` turns every field that has ``help`` into a flag of the same name."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


def setting(default: Any, help: str, *, low: float | None = None, high: float | None = None, env: str | None = None):
    """A configuration field with what its command-line flag needs (help, bounds, an environment variable)."""
    return field(default=default, metadata={"help": help, "low": low, "high": high, "env": env})


@dataclass
class SandboxConfig:
    """How the sandbox behaves. Every field but the two hooks is also a flag of ``bankconnect sandbox``."""

    db: str = setting(":memory:", "SQLite file (kept across restarts) or :memory:.")
    seed: int = setting(1, "Seed of the generated population.")
    entities: int = setting(36, "How many entities to generate into a new database.", low=0, high=10_000)
    api_key: str = setting("sandbox-api-key", "The x-api-key the sandbox accepts.", env="BANKCONNECT_SANDBOX_API_KEY")
    server_hash: str = setting(
        "sandbox-server-hash", "The server-hash the sandbox accepts.", env="BANKCONNECT_SANDBOX_SERVER_HASH"
    )
    expired_api_key: str = setting("sandbox-trial-expired-key", "A key whose uploads get 402 (trial expired).")
    processing_seconds: float = setting(3.0, "How long an uploaded statement takes to process (identity first).", low=0)
    fail_share: float = setting(0.0, "Share of uploaded statements that fail.", low=0, high=1)
    latency_ms: float = setting(0.0, "Fault: latency added to every request.", low=0)
    error_share: float = setting(0.0, "Fault: share of requests answered 502 (HTML) or 503.", low=0, high=1)
    rate_limit_share: float = setting(0.0, "Fault: share answered 429 with Retry-After: 1.", low=0, high=1)
    unavailable_share: float = setting(0.0, "Fault: share answered 503 (JSON) with Retry-After: 1.", low=0, high=1)
    malformed_share: float = setting(0.0, "Fault: share answered 200 with a truncated JSON body.", low=0, high=1)
    fault_seed: int = setting(0, "Seed of the fault injection (the same seed, the same faults).")
    webhook_attempts: int = setting(8, "Delivery attempts per webhook payload (the last error is kept).", low=1)
    webhook_retry_seconds: float = setting(1.0, "Wait after a failed delivery; doubles up to 60 s.", low=0)
    webhook_timeout: float = setting(
        5.0, "Seconds one delivery attempt may take in all (connect, send, answer); 4 KiB of the answer is read.", low=0
    )
    webhook_connections: int = setting(8, "Webhook deliveries in flight at once (their own connections).", low=1)
    public_url: str = setting(
        "", "Base URL of the links handed out (next, pdf_url, xlsx); default: the address the sandbox listens on."
    )
    analysis_cache_mb: float = setting(
        64.0, "Memory for cached analysis answers, in MiB of their JSON (0: no cache).", low=0
    )
    max_header_bytes: int = setting(
        32 * 1024, "Largest request head (request line and headers), in bytes; over it: 431.", low=1024
    )
    max_headers: int = setting(100, "Most header fields in a request; over it: 431.", low=8)
    header_seconds: float = setting(
        10.0, "Seconds a request's head may take to arrive; slower connections are closed.", low=0.1
    )
    fetch_seconds: float = setting(10.0, "Longest download of a loopback file_url, in all.", low=0)
    pdf_seconds: float = setting(
        10.0, "Longest reading of one uploaded PDF (off the event loop); over it, status 6.", low=0.1
    )
    pdf_workers: int = setting(2, "PDFs read at once, each in its own worker process.", low=1, high=64)
    session_webhook_secret: str = setting("", "Sent as x-secret-key with every session webhook (none when empty).")
    clock: Callable[[], float] = field(default=time.time, repr=False)
    # Rewrites a response before it is sent: (operation_id, status, body) -> body. For rehearsing drift:
    # a contract run against a sandbox with a hook that drops a field must fail.
    response_hook: Callable[[str, int, Any], Any] | None = field(default=None, repr=False)
