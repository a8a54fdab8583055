"""Client setup: credentials from arguments or environment, both headers, timeouts, User-Agent, no leaks."""

from __future__ import annotations

from importlib import metadata

import httpx
import pytest

from bankconnect import DEFAULT_BASE_URL, BankConnect, ConfigurationError, Settings
from bankconnect.testing import TEST_API_KEY, TEST_BASE_URL, TEST_SERVER_HASH, ScriptedBank, json_response
from bankconnect_spec import load_spec

from ..conftest import client_for, run

ENV = {"BANKCONNECT_API_KEY": TEST_API_KEY, "BANKCONNECT_SERVER_HASH": TEST_SERVER_HASH}


def test_settings_from_environment_and_default_host():
    settings = Settings.resolve(environ=ENV)
    assert (settings.api_key, settings.server_hash) == (TEST_API_KEY, TEST_SERVER_HASH)
    assert settings.base_url == DEFAULT_BASE_URL == load_spec()["servers"][0]["url"]


def test_arguments_win_over_environment():
    settings = Settings.resolve("arg-key", None, "http://127.0.0.1:9/bank-connect/v1/", environ=ENV)
    assert settings.api_key == "arg-key" and settings.server_hash == TEST_SERVER_HASH
    assert settings.base_url == "http://127.0.0.1:9/bank-connect/v1"


@pytest.mark.parametrize(
    ("environ", "named"),
    [
        ({}, "BANKCONNECT_API_KEY and BANKCONNECT_SERVER_HASH"),
        ({"BANKCONNECT_API_KEY": "k"}, "BANKCONNECT_SERVER_HASH"),
        ({"BANKCONNECT_SERVER_HASH": "h"}, "BANKCONNECT_API_KEY"),
    ],
)
def test_missing_credential_fails_before_any_request(monkeypatch, environ, named):
    for name in ENV:
        monkeypatch.delenv(name, raising=False)
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    stub = ScriptedBank()
    with pytest.raises(ConfigurationError, match=f"set {named} or pass them"):
        BankConnect(transport=stub.transport)
    assert stub.requests == []


def test_bad_base_url_is_named():
    with pytest.raises(ConfigurationError, match="'ftp://x'"):
        Settings.resolve("k", "h", "ftp://x")


def test_both_headers_user_agent_and_timeouts(twin):
    stub = ScriptedBank().on(
        "GET", "/entity/e1/", json_response(200, {"entity_id": "e1", "link_id": None, "meta_data": None})
    )
    client = client_for(stub, cls=twin, timeout=12.5)
    entity = run(client.call("get_entity", entity_id="e1"))
    assert entity.entity_id == "e1"
    sent = stub.requests[0]
    assert sent.headers["x-api-key"] == TEST_API_KEY and sent.headers["server-hash"] == TEST_SERVER_HASH
    assert sent.headers["user-agent"].startswith(f"bankconnect-python/{metadata.version('bankconnect')} httpx/")
    assert client.settings.timeout == httpx.Timeout(12.5)
    assert Settings.resolve("k", "h").timeout == httpx.Timeout(30.0, connect=10.0)


def test_credentials_never_in_repr():
    client = client_for(ScriptedBank())
    for text in (repr(client), repr(client.settings), repr(client.api), str(client.settings)):
        assert TEST_API_KEY not in text and TEST_SERVER_HASH not in text
    assert TEST_BASE_URL in repr(client)


@pytest.mark.parametrize(
    "url",
    [
        "http://bankconnect.example.com/bank-connect/v1",
        "http://10.0.0.5:8080/bank-connect/v1",
        "http://[2001:db8::1]/x",
    ],
)
def test_plain_http_off_loopback_is_refused_naming_the_url_and_the_opt_in(url):
    with pytest.raises(ConfigurationError) as info:
        Settings.resolve(base_url=url, environ=ENV)
    message = str(info.value)
    assert f"refusing to send the API key and server hash in clear text to {url}" in message
    assert "allow_insecure_http=True" in message and "BANKCONNECT_ALLOW_INSECURE_HTTP=1" in message
    assert TEST_API_KEY not in message


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8080/bank-connect/v1",
        "http://127.8.9.10/bank-connect/v1",
        "http://localhost:8080/bank-connect/v1",
        "http://[::1]:8080/bank-connect/v1",
        "https://bankconnect.example.com/bank-connect/v1",
    ],
)
def test_loopback_and_https_need_no_opt_in(url):
    assert Settings.resolve(base_url=url, environ=ENV).base_url == url


def test_the_opt_in_by_argument_or_environment():
    url = "http://bankconnect.internal:8080/bank-connect/v1"
    assert BankConnect(TEST_API_KEY, TEST_SERVER_HASH, url, allow_insecure_http=True).settings.base_url == url
    assert Settings.resolve(base_url=url, environ={**ENV, "BANKCONNECT_ALLOW_INSECURE_HTTP": "1"}).base_url == url
    with pytest.raises(ConfigurationError):  # an explicit False wins over the environment
        Settings.resolve(
            base_url=url, allow_insecure_http=False, environ={**ENV, "BANKCONNECT_ALLOW_INSECURE_HTTP": "1"}
        )
    # A MockTransport sends nothing over a network: any URL is safe there.
    offline = BankConnect(TEST_API_KEY, TEST_SERVER_HASH, url, transport=httpx.MockTransport(lambda r: None))
    assert offline.settings.base_url == url
