"""Serving the sandbox with uvicorn: in the foreground (``bankconnect sandbox``) or in a background thread
(tests, ``make contract``), always on a socket bound before the URL is announced."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
from collections.abc import Callable, Iterator

import uvicorn

from .app import SandboxApp, create_app
from .config import SandboxConfig
from .httpguard import guarded_protocol


def bind(host: str = "127.0.0.1", port: int = 0) -> socket.socket:
    """A listening socket; port 0 picks a free one."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # Accepted connections inherit this on Linux; without it, Nagle's algorithm and delayed ACKs add
    # ~40 ms to each keep-alive request whose response is written in two parts.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind((host, port))
    sock.listen(2048)
    return sock


def base_url(sock: socket.socket, app: SandboxApp) -> str:
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}{app.contract.base_path}"


def _server(app: SandboxApp) -> uvicorn.Server:
    config = app.config
    protocol = guarded_protocol(config.max_header_bytes, config.max_headers, config.header_seconds)
    return uvicorn.Server(
        uvicorn.Config(
            app, http=protocol, log_level="warning", access_log=False, lifespan="on", timeout_graceful_shutdown=2
        )
    )


def _more_file_descriptors() -> None:
    """Raise the soft limit on open files to the hard one: each client, slow or not, is a descriptor."""
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        if soft != resource.RLIM_INFINITY and (hard == resource.RLIM_INFINITY or soft < hard):
            resource.setrlimit(resource.RLIMIT_NOFILE, (hard if hard != resource.RLIM_INFINITY else 65536, hard))


def serve(config: SandboxConfig, host: str, port: int, announce: Callable[[str, SandboxApp], None]) -> None:
    """Serve until interrupted (Ctrl-C stops it cleanly)."""
    app = create_app(config)
    _more_file_descriptors()
    sock = bind(host, port)
    announce(base_url(sock, app), app)
    _server(app).run(sockets=[sock])


@contextlib.contextmanager
def running(config: SandboxConfig | None = None, host: str = "127.0.0.1") -> Iterator[tuple[str, SandboxApp]]:
    """Run a sandbox in a background thread on a free loopback port; yields (base URL, app) and stops it."""
    app = create_app(config)
    sock = bind(host, 0)
    server = _server(app)
    server.install_signal_handlers = lambda: None  # type: ignore[method-assign]  # not the main thread
    thread = threading.Thread(target=lambda: asyncio.run(server.serve(sockets=[sock])), daemon=True)
    thread.start()
    try:
        while not server.started:
            if not thread.is_alive():
                raise RuntimeError("the sandbox did not start")
            threading.Event().wait(0.01)
        yield base_url(sock, app), app
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()
