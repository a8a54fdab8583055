"""The client's typed face (issue 22): every operation of the spec is a named, typed method on BankConnect and
AsyncBankConnect, generated from the spec (bankconnect_client.api.Calls), thin over the one `call`."""

from __future__ import annotations

import asyncio
import importlib
import inspect
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import bankconnect_spec
from bankconnect import AsyncBankConnect, BankConnect
from bankconnect_client.models import EntityPage, TransactionsResponse
from bankconnect_sandbox import SandboxConfig, sample_statement
from bankconnect_sandbox.server import running

KEY, HASH = "sandbox-api-key", "sandbox-server-hash"


def _generated_parameters(op_id: str) -> list[str]:
    op = bankconnect_spec.operations()[op_id]
    module = importlib.import_module(f"bankconnect_client.api.{op.tag}.{op_id}")
    return list(inspect.signature(module.sync_detailed).parameters)


@pytest.mark.parametrize("cls", [BankConnect, AsyncBankConnect])
def test_every_operation_is_a_method_with_the_generated_parameters(cls):
    for op_id in bankconnect_spec.operations():
        method = getattr(cls, op_id, None)
        assert method is not None, f"{cls.__name__} has no method {op_id}"
        assert inspect.iscoroutinefunction(method) == (cls is AsyncBankConnect), op_id
        params = [p for p in inspect.signature(method).parameters if p != "self"]
        assert params == [p for p in _generated_parameters(op_id) if p != "client"], op_id
        assert inspect.signature(method).return_annotation not in ("Any", inspect.Signature.empty), op_id


def test_typed_methods_call_the_sandbox_sync_and_async():
    with running(SandboxConfig(processing_seconds=0, entities=3)) as (url, _app):
        with BankConnect(KEY, HASH, url) as bc:
            page = bc.list_entities()
            upload = bc.upload(sample_statement("axis"), bank_name="axis", link_id="typed")
            bc.wait(upload.entity_id, "transactions", timeout=30)
            txns = bc.get_transactions(upload.entity_id)
            same = bc.call("get_transactions", entity_id=upload.entity_id)

        async def read() -> tuple[EntityPage, TransactionsResponse]:
            async with AsyncBankConnect(KEY, HASH, url) as abc:
                return await abc.list_entities(page=1), await abc.get_transactions(upload.entity_id)

        async_page, async_txns = asyncio.run(read())
    assert isinstance(page, EntityPage) and page.count == 3
    assert isinstance(txns, TransactionsResponse) and txns.transactions
    assert txns.to_dict() == same.to_dict() == async_txns.to_dict()
    assert async_page.count == 4  # the upload made the fourth


@pytest.fixture(scope="module")
def mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache for this file's type checks: the client's modules are analysed once, not once per test."""
    return tmp_path_factory.mktemp("mypy-cache")


@pytest.mark.slow
def test_a_type_checker_sees_the_arguments_and_the_answer(tmp_path: Path, mypy_cache: Path):
    """What users get from the typed face: a misspelt argument and a wrong attribute are found before running."""
    user = tmp_path / "user_code.py"
    user.write_text(
        textwrap.dedent(
            """
            from bankconnect import BankConnect

            bc = BankConnect("k", "h", "http://127.0.0.1:1/bank-connect/v1")
            txns = bc.get_transactions(entity_id="e")
            reveal_type(txns)
            bc.get_transactions(entityid="e")
            txns.no_such_field
            """
        )
    )
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(mypy_cache), "--follow-imports=silent", str(user)],
        capture_output=True,
        text=True,
    )
    out = done.stdout
    assert 'Revealed type is "bankconnect_client.models.transactions_response.TransactionsResponse"' in out, out
    assert 'Unexpected keyword argument "entityid"' in out, out
    assert '"TransactionsResponse" has no attribute "no_such_field"' in out, out


def test_upload_and_wait_have_precise_types_and_typed_options(tmp_path: Path, mypy_cache: Path):
    """upload answers an UploadResult, wait the analysis' own response type, and wait's options are checked."""
    user = tmp_path / "user_waits.py"
    user.write_text(
        textwrap.dedent(
            """
            from bankconnect import AsyncBankConnect, BankConnect

            async def run(abc: AsyncBankConnect) -> None:
                reveal_type(await abc.upload(b"%PDF", link_id="l"))
                reveal_type(await abc.wait("e", "identity", timeout=5))

            bc = BankConnect("k", "h", "http://127.0.0.1:1/bank-connect/v1")
            reveal_type(bc.upload(b"%PDF", link_id="l"))
            reveal_type(bc.wait("e"))
            reveal_type(bc.wait("e", "salary", account_id="a", timeout=5.0, accept_partial=True))
            reveal_type(bc.wait("e", "get_lender_transactions"))
            bc.wait("e", timout=5)
            bc.wait("e", accept_partial="yes")
            """
        )
    )
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(mypy_cache), "--follow-imports=silent", str(user)],
        capture_output=True,
        text=True,
    )
    revealed = [
        line.split('Revealed type is "')[1].rstrip('"') for line in done.stdout.splitlines() if "Revealed" in line
    ]
    models = "bankconnect_client.models."
    assert revealed == [
        f"{models}upload_result.UploadResult",
        f"{models}identity_response.IdentityResponse",
        f"{models}upload_result.UploadResult",
        f"{models}transactions_response.TransactionsResponse",
        f"{models}salary_response.SalaryResponse",
        f"{models}transactions_response.TransactionsResponse",
    ], done.stdout
    assert done.stdout.count('No overload variant of "wait"') == 2, done.stdout


def test_wait_for_session_and_iter_entities_have_precise_types_and_typed_options(tmp_path: Path, mypy_cache: Path):
    """wait_for_session answers the session's progress report and takes only its own options (checked, like
    wait's); iter_entities yields the generated Entity."""
    user = tmp_path / "user_sessions.py"
    user.write_text(
        textwrap.dedent(
            """
            from bankconnect import AsyncBankConnect, BankConnect

            async def run(abc: AsyncBankConnect) -> None:
                reveal_type(await abc.wait_for_session("s", timeout=5))
                reveal_type(abc.iter_entities())
                await abc.wait_for_session("s", timout=5)

            bc = BankConnect("k", "h", "http://127.0.0.1:1/bank-connect/v1")
            reveal_type(bc.wait_for_session("s", timeout=5.0, accept_partial=True, on_progress=print))
            reveal_type(bc.iter_entities(link_id="l"))
            bc.wait_for_session("s", account_id="a")
            bc.wait_for_session("s", accept_partial="yes")
            """
        )
    )
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(mypy_cache), "--follow-imports=silent", str(user)],
        capture_output=True,
        text=True,
    )
    revealed = [
        line.split('Revealed type is "')[1].rstrip('"') for line in done.stdout.splitlines() if "Revealed" in line
    ]
    report, entity = (
        "bankconnect_client.models.session_progress_report.SessionProgressReport",
        "bankconnect_client.models.entity.Entity",
    )
    assert revealed == [
        report,
        f"typing.AsyncIterator[{entity}]",
        report,
        f"typing.Iterator[{entity}]",
    ], done.stdout
    assert 'Unexpected keyword argument "timout"' in done.stdout, done.stdout
    assert 'Unexpected keyword argument "account_id"' in done.stdout, done.stdout
    assert 'Argument "accept_partial" to "wait_for_session"' in done.stdout, done.stdout


@pytest.mark.parametrize("cls", [BankConnect, AsyncBankConnect])
def test_wait_overloads_cover_every_analysis_with_its_response_type(cls):
    """The wait overloads are written by hand: this keeps them equal to the spec's analyses and their types."""
    import typing

    typed: dict[str, object] = {}
    for overload in typing.get_overloads(cls.wait):
        hints = typing.get_type_hints(overload)
        for name in typing.get_args(hints["analysis"]):
            if isinstance(name, str):
                typed[name] = hints["return"]
    expected = {}
    for op_id, op in bankconnect_spec.operations().items():
        if op.is_analysis:
            answer = typing.get_type_hints(getattr(cls, op_id))["return"]
            expected[op_id] = expected[op.analysis_name] = answer
    assert typed == expected
