"""Fixtures shared by every test package: the spec as data, the facts it is checked against, its examples."""

from __future__ import annotations

import contextlib
import fcntl
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from bankconnect import AsyncBankConnect, BankConnect
from bankconnect.testing import TEST_API_KEY, TEST_BASE_URL, TEST_SERVER_HASH, FakeClock, ScriptedBank
from bankconnect_spec import Operation, resolve
from bankconnect_spec import operations as operations_of

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "spec" / "bankconnect.yaml"
# Facts from the vendor's documentation that the tests compare the spec against, owned by this repository.
REFERENCE = ROOT / "spec" / "reference"
FIXTURES = Path(__file__).resolve().parent / "fixtures"  # tests/fixtures


def load_spec() -> dict[str, Any]:
    return yaml.safe_load(SPEC_PATH.read_text())


@dataclass(frozen=True)
class Example:
    """One example embedded in the spec: where it is, the schema it illustrates and the value."""

    where: str
    operation_id: str
    status: str | None
    schema: dict[str, Any]
    value: Any


def iter_operations(spec: dict[str, Any]) -> Iterator[Operation]:
    """The spec's operations (``bankconnect_spec.Operation``: path, upper-case method, the operation object)."""
    yield from operations_of(spec).values()


def _media_examples(media: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    if "example" in media:
        yield "example", media["example"]
    for name, ex in media.get("examples", {}).items():
        yield f"examples/{name}", ex["value"]


def iter_examples(spec: dict[str, Any]) -> Iterator[Example]:
    """Every request and response example of every operation (responses resolved through components)."""
    for op in iter_operations(spec):
        base = f"{op.method.upper()} {op.path}"
        body = op.spec.get("requestBody", {})
        for ctype, media in resolve(spec, body).get("content", {}).items() if body else ():
            for name, value in _media_examples(media):
                yield Example(f"{base} request {ctype} {name}", op.operation_id, None, media["schema"], value)
        for status, response in op.spec["responses"].items():
            for ctype, media in resolve(spec, response).get("content", {}).items():
                for name, value in _media_examples(media):
                    yield Example(f"{base} {status} {ctype} {name}", op.operation_id, status, media["schema"], value)


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    return load_spec()


@pytest.fixture(scope="session")
def operations(spec: dict[str, Any]) -> list[Operation]:
    return list(iter_operations(spec))


@pytest.fixture(scope="session")
def enumerations() -> dict[str, Any]:
    return yaml.safe_load((REFERENCE / "enumerations.yaml").read_text())


@pytest.fixture(scope="session")
def field_tables() -> dict[str, Any]:
    return yaml.safe_load((REFERENCE / "field-tables.yaml").read_text())


def load_fixture(name: str) -> Any:
    return json.loads((FIXTURES / name).read_text())


# ------------------------------------------------------------------ the client against a scripted bank
def client_for(stub: ScriptedBank, clock: FakeClock | None = None, cls: type = BankConnect, **kw: Any) -> Any:
    return cls(
        TEST_API_KEY,
        TEST_SERVER_HASH,
        TEST_BASE_URL,
        transport=stub.transport,
        clock=clock or FakeClock(),
        rng=random.Random(7),
        **kw,
    )


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def stub(clock: FakeClock) -> ScriptedBank:
    return ScriptedBank(clock)


@pytest.fixture(params=["sync", "async"])
def twin(request: pytest.FixtureRequest) -> type:
    """Run a test against both clients; async calls are awaited by the ``run`` helper."""
    return BankConnect if request.param == "sync" else AsyncBankConnect


async def _await(value: Any) -> Any:
    return await value


def run(value: Any) -> Any:
    """Return a sync result as is, or run a coroutine to completion."""
    import asyncio
    import inspect

    return asyncio.run(_await(value)) if inspect.isawaitable(value) else value


# ------------------------------------------------------------------------------------ a real browser
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def browser() -> str:
    import shutil

    found = shutil.which("chromium")
    if found is None:
        pytest.fail("chromium is not installed: `make test` installs it (apt-get install chromium)")
    return found


def rendered_dom(page: Path, profile: Path, budget_ms: int = 20000) -> str:
    """The DOM headless Chromium renders for a local page (scripts run for up to ``budget_ms``)."""
    import subprocess

    return subprocess.run(
        [
            browser(),
            *CHROMIUM_FLAGS,
            f"--user-data-dir={profile}",
            f"--virtual-time-budget={budget_ms}",
            "--dump-dom",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    ).stdout


# ------------------------------------------------------------------ the order of a run
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Files with tests marked ``slow`` (a whole contract run, an installed wheel, a browser) run first, those
    with the most such tests before the others; every other test keeps its place (the sort is stable).

    `make test` spreads the suite over workers a file at a time (pytest-xdist, ``--dist loadfile``: a file's
    tests share its fixtures, the installed wheel's virtualenv among them), in this order: a long file started
    last would leave the run waiting on one worker while the others idle.
    """
    slow_in_file: dict[str, int] = {}
    for item in items:
        if item.get_closest_marker("slow"):
            slow_in_file[item.path.name] = slow_in_file.get(item.path.name, 0) + 1
    items.sort(key=lambda item: -slow_in_file.get(item.path.name, 0))


@contextlib.contextmanager
def checkout_build() -> Iterator[None]:
    """Hold while pip builds the checkout: setuptools builds in place (``build/bdist.*``), so two builds at once
    in parallel workers (the installed wheel, the quick start's install) fail with "File exists"."""
    lock_dir = ROOT / "build"
    lock_dir.mkdir(exist_ok=True)
    with open(lock_dir / ".checkout-build.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield
