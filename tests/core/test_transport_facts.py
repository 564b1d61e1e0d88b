"""Transport facts of the core issue, item 1 (pool size, TLS, timeouts, JSON codec, constructor
keywords) and item 4 (a hung connect is "not sent").

Everything goes through real sockets on 127.0.0.1: the shared fake server (also over TLS, with a
throw-away self-signed certificate made here), and a listening socket whose accept queue is full.
"""

from __future__ import annotations

import ast
import asyncio
import datetime
import importlib.util
import inspect
import ipaddress
import socket
import ssl
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from _fixtures import (
    ACCESS_KEY_ID,
    ACCESS_KEY_SECRET,
    CREATE_APPLICATION,
    GET_APPLICATION,
    FakeApplicationDto,
)

import genauth_async
import genauth_sync
from genauth_async import _json, _transport
from genauth_async._base_client import BaseAuthenticationClient, BaseManagementClient
from genauth_async._endpoint import RequestOptions
from genauth_async.errors import APITimeoutError, ConnectError
from tests.support.fake_server import FakeServer, ok

APP = {"appId": "app1", "appName": "demo"}
CREATE_ARGS = ("demo", "demo-id", None, None, None)

# -- connection pool -----------------------------------------------------------------------------


async def test_max_connections_default_is_100(server: FakeServer, mgmt: BaseManagementClient) -> None:
    await mgmt._call(GET_APPLICATION, ("a",), None, None)
    connector = mgmt._transport.get_session().connector
    assert connector is not None and connector.limit == 100
    async with BaseAuthenticationClient("app-1", server.url) as auth:
        connector = auth._transport.get_session().connector
        assert connector is not None and connector.limit == 100


async def test_max_connections_caps_concurrent_connections(server: FakeServer) -> None:
    state = {"now": 0, "peak": 0}

    async def held(_rec: object) -> dict[str, Any]:
        state["now"] += 1
        state["peak"] = max(state["peak"], state["now"])
        await asyncio.sleep(0.1)
        state["now"] -= 1
        return ok(APP)

    server.script("GET", "/api/v3/get-application", held)
    async with BaseManagementClient(ACCESS_KEY_ID, ACCESS_KEY_SECRET, host=server.url,
                                    max_connections=2) as client:
        await client.get_management_token()
        await asyncio.gather(*(client._call(GET_APPLICATION, ("a",), None, None) for _ in range(6)))
        connector = client._transport.get_session().connector
        assert connector is not None and connector.limit == 2
    assert state["peak"] == 2
    assert len({r.peer for r in server.calls("/api/v3/get-application")}) == 2


# -- TLS -------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def self_signed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1)).not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                       critical=False)
        .sign(key, hashes.SHA256())
    )
    folder = tmp_path_factory.mktemp("tls")
    cert_file, key_file = folder / "cert.pem", folder / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_file, key_file


@pytest.fixture
def tls_server(self_signed: tuple[Path, Path]) -> Iterator[FakeServer]:
    """The fake server over HTTPS, with a certificate no trust store knows."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(*self_signed)
    with FakeServer(ssl_context=context, fallback=lambda _rec: ok(APP)) as server:
        yield server


async def test_tls_verified_by_default(tls_server: FakeServer, sleeps: list[float]) -> None:
    async with BaseAuthenticationClient("app-1", tls_server.url) as client:
        with pytest.raises(ConnectError) as info:
            await client.request("GET", "/api/v3/get-profile")
        connector = client._transport.get_session().connector
        assert connector is not None and connector._ssl is True  # type: ignore[attr-defined]
    assert "certificate" in str(info.value).lower()
    assert info.value.request_sent is False
    assert sleeps == []  # a certificate problem is not retried
    assert tls_server.requests == []


async def test_tls_really_unverified_after_use_unverified_ssl(tls_server: FakeServer) -> None:
    with pytest.warns(_transport.InsecureTLSWarning):
        _transport._warned_unverified = False
        client = BaseAuthenticationClient("app-1", tls_server.url, use_unverified_ssl=True)
    async with client:
        assert await client.request("GET", "/api/v3/get-profile") == APP
        connector = client._transport.get_session().connector
        assert connector is not None and connector._ssl is False  # type: ignore[attr-defined]
    assert [r.path for r in tls_server.requests] == ["/api/v3/get-profile"]


# -- timeouts ----------------------------------------------------------------------------------------


@pytest.fixture
def held() -> Iterator[threading.Event]:
    """Set it to let the server answer a request it is holding (released at the latest after 5 s,
    half the default timeout, so only a shorter timeout can end the call before the answer)."""
    release = threading.Event()
    yield release
    release.set()


def hold_until(release: threading.Event) -> Any:
    async def answer(_rec: object) -> dict[str, Any]:
        for _ in range(500):
            if release.is_set():
                break
            await asyncio.sleep(0.01)
        return ok(APP)

    return answer


def test_default_total_timeout_is_10_seconds(server: FakeServer) -> None:
    for client in (BaseManagementClient(ACCESS_KEY_ID, ACCESS_KEY_SECRET, host=server.url),
                   BaseAuthenticationClient("app-1", server.url),
                   BaseManagementClient(ACCESS_KEY_ID, ACCESS_KEY_SECRET, host=server.url, timeout=10000)):
        timeout = client._transport.default_timeout
        assert timeout.total == 10.0
        assert timeout.sock_connect is not None and 0 < timeout.sock_connect < timeout.total
    for cls in (BaseManagementClient, BaseAuthenticationClient):
        assert inspect.signature(cls).parameters["timeout"].default == 10.0


async def test_client_level_timeout_applies(server: FakeServer, sleeps: list[float],
                                            held: threading.Event) -> None:
    server.script("GET", "/api/v3/get-application", hold_until(held))
    async with BaseManagementClient(ACCESS_KEY_ID, ACCESS_KEY_SECRET, host=server.url, timeout=0.15,
                                    max_retries=0) as client:
        await client.get_management_token()
        with pytest.raises(APITimeoutError) as info:
            await client._call(GET_APPLICATION, ("a",), None, None)
        # Event order: the call gave up while the server was still holding its answer.
        assert not held.is_set()
    assert info.value.request_sent is True
    assert str(info.value) == "get_application GET /api/v3/get-application timed out after 0.15 s"
    async with BaseAuthenticationClient("app-1", server.url, timeout=0.15, max_retries=0) as auth:
        with pytest.raises(APITimeoutError):
            await auth.request("GET", "/api/v3/get-application")


async def test_with_options_timeout_applies_to_the_copy_only(server: FakeServer, mgmt: BaseManagementClient,
                                                             held: threading.Event) -> None:
    server.script("GET", "/api/v3/get-application", hold_until(held))
    quick = mgmt.with_options(timeout=0.15, max_retries=0)
    with pytest.raises(APITimeoutError):
        await quick._call(GET_APPLICATION, ("a",), None, None)
    assert not held.is_set()  # gave up while the server held the answer
    held.set()  # the original client's 10 s outlasts the hold: it gets the answer
    assert await mgmt._call(GET_APPLICATION, ("a",), FakeApplicationDto, None) is not None
    assert len(server.calls("/api/v3/get-application")) == 2


@pytest.fixture
def hanging_port() -> Iterator[int]:
    """A listening socket whose accept queue is full: further SYNs are dropped, a connect hangs."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    fillers: list[socket.socket] = []
    try:
        for _ in range(8):
            probe = socket.socket()
            probe.settimeout(0.2)
            fillers.append(probe)
            try:
                probe.connect(listener.getsockname())
            except TimeoutError:
                break  # the queue is full now
            except OSError:
                pytest.skip("this platform refuses, rather than stalls, connects to a full backlog")
        else:
            pytest.skip("this platform never stalls connects to a full backlog")
        yield listener.getsockname()[1]
    finally:
        for s in fillers:
            s.close()
        listener.close()


async def test_hung_connect_is_not_sent_and_post_is_retried(hanging_port: int, sleeps: list[float]) -> None:
    # The total is 0.6 s per attempt, the connect budget 0.3 s: a connect that never completes
    # must end as a connect timeout (never sent), so even a POST is retried.
    async with BaseAuthenticationClient("app-1", f"http://127.0.0.1:{hanging_port}", timeout=0.6,
                                        max_retries=1) as client:
        with pytest.raises(APITimeoutError) as info:
            await client.request("POST", "/api/v3/create-application", json={"appName": "x"})
    # Each attempt ended on the connect budget, not the total: only aiohttp's connect timeout is
    # classified "not sent" (the total's is "sent, no response"), and only a not-sent POST is retried.
    assert info.value.request_sent is False
    assert str(info.value) == "POST /api/v3/create-application: connect timed out after 0.3 s (not sent)"
    assert len(sleeps) == 1  # retried once (max_retries=1) although it is a POST


async def test_connect_hang_patched_is_classified_not_sent(monkeypatch: pytest.MonkeyPatch,
                                                            server: FakeServer, sleeps: list[float]) -> None:
    """Same rule without relying on the kernel: the socket connect itself never returns."""
    import aiohappyeyeballs

    attempts: list[object] = []

    async def never(*args: Any, **_kwargs: Any) -> socket.socket:
        attempts.append(args)
        await asyncio.sleep(3600)
        raise AssertionError("unreachable")

    monkeypatch.setattr(aiohappyeyeballs, "start_connection", never)
    async with BaseAuthenticationClient("app-1", server.url, timeout=0.4) as client:
        with pytest.raises(APITimeoutError) as info:
            await client._call(CREATE_APPLICATION, CREATE_ARGS, None, RequestOptions.build(max_retries=2))
    assert info.value.request_sent is False
    assert len(attempts) == 3  # a POST: 1 + max_retries(2), each one a fresh connect
    assert len(sleeps) == 2
    assert server.requests == []


# -- JSON codec --------------------------------------------------------------------------------------


async def test_orjson_used_when_installed(server: FakeServer, mgmt: BaseManagementClient) -> None:
    orjson = pytest.importorskip("orjson")
    assert _json.HAVE_ORJSON is True
    assert _json.loads is orjson.loads
    payload = {"appName": "démo", "n": [1, 2.5, None, True]}
    assert _json.dumps(payload) == orjson.dumps(payload)
    await mgmt.request("POST", "/api/v3/raw", json=payload)
    assert server.calls("/api/v3/raw")[0].body == orjson.dumps(payload)


def test_stdlib_json_fallback_gives_the_same_bytes() -> None:
    code = (
        "import sys; sys.modules['orjson'] = None\n"
        "from genauth_async import _json\n"
        "assert _json.HAVE_ORJSON is False\n"
        "sys.stdout.write(_json.dumps({'appName': 'd\\u00e9mo', 'n': [1, 2.5, None, True]}).decode())\n"
    )
    root = str(Path(__file__).resolve().parents[2])
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root, check=True,
                         timeout=60)
    assert out.stdout == '{"appName":"démo","n":[1,2.5,null,true]}'


# -- constructor keywords ----------------------------------------------------------------------------

MANAGEMENT_OFFICIAL = ["access_key_id", "access_key_secret", "host", "timeout", "lang", "use_unverified_ssl",
                       "websocket_host", "websocket_endpoint"]
AUTHENTICATION_OFFICIAL = ["app_id", "app_host", "app_secret", "access_token", "timeout", "protocol",
                           "token_endpoint_auth_method", "introspection_endpoint_auth_method",
                           "revocation_endpoint_auth_method", "redirect_uri", "post_logout_redirect_uri",
                           "use_unverified_ssl", "lang", "websocket_host", "websocket_endpoint", "real_ip"]


def _official_init(filename: str, cls: str) -> list[tuple[str, Any]]:
    """(name, default) of the official class's __init__, read with ast (never imported)."""
    found = importlib.util.find_spec("genauth")
    if found is None or not found.submodule_search_locations:
        pytest.skip("the official genauth package (test extra) is not installed")
    source = (Path(next(iter(found.submodule_search_locations))) / filename).read_text(encoding="utf-8")
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ClassDef) and node.name == cls:
            for item in node.body:
                if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                    args = item.args.args[1:]
                    defaults: list[Any] = [inspect.Parameter.empty] * (len(args) - len(item.args.defaults))
                    defaults += [ast.literal_eval(d) for d in item.args.defaults]
                    return [(a.arg, d) for a, d in zip(args, defaults, strict=True)]
    raise AssertionError(f"{cls}.__init__ not found in {filename}")


@pytest.mark.parametrize(
    ("name", "filename", "expected"),
    [("ManagementClient", "ManagementClient.py", MANAGEMENT_OFFICIAL),
     ("AuthenticationClient", "AuthenticationClient.py", AUTHENTICATION_OFFICIAL)],
)
def test_official_constructor_keywords_in_official_order(name: str, filename: str,
                                                         expected: list[str]) -> None:
    official = _official_init(filename, name)
    assert [n for n, _ in official] == expected  # the installed package still says what we assume
    for cls in (getattr(genauth_async, name), getattr(genauth_sync, name)):
        params = list(inspect.signature(cls).parameters.values())
        head = params[:len(official)]
        assert [(p.name, p.default) for p in head] == official, cls
        assert all(p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD for p in head), cls
        assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in params[len(official):]), cls
        assert {"max_retries", "max_connections", "retry_on_post"} <= {p.name for p in params}, cls
