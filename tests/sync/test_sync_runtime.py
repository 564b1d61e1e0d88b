"""(c) one sync client shared by 50 threads, (d) use after os.fork(), re-entry from the portal
thread, connection reuse and lifecycle of the portal."""

from __future__ import annotations

import os
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

import genauth_sync
from genauth_sync._portal import PortalReentryError
from tests.support.fake_server import FakeServer


def test_50_threads_share_one_client(server: FakeServer) -> None:
    server.set("GET", "/api/v3/get-application-secret", lambda req: {"secret": dict(req.query)["appId"]})
    client = genauth_sync.ManagementClient("ak", "sk", host=server.url)
    try:

        def work(t: int) -> list[str]:
            return [client.get_application_secret(f"a{t}-{i}").secret for i in range(20)]

        with ThreadPoolExecutor(50) as pool:
            results = list(pool.map(work, range(50)))
        assert results == [[f"a{t}-{i}" for i in range(20)] for t in range(50)]
        portals = [t for t in threading.enumerate() if t.name.startswith("genauth-sync-portal")]
        assert len([t for t in portals if f"{id(client):x}" in t.name]) == 1
    finally:
        client.close()
    assert not [t for t in threading.enumerate() if t.name == f"genauth-sync-portal-{id(client):x}"]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_child_process_uses_parents_client(server: FakeServer) -> None:
    server.set("GET", "/api/v3/get-application-secret", lambda req: {"secret": dict(req.query)["appId"]})
    client = genauth_sync.ManagementClient("ak", "sk", host=server.url)
    try:
        assert client.get_application_secret("parent").secret == "parent"  # portal + session running
        r, w = os.pipe()
        pid = os.fork()
        if pid == 0:  # child: same client object, fresh portal and session
            code = 1
            try:
                ok = client.get_application_secret("child").secret == "child"
                ok = ok and client.get_application_secret("child2").secret == "child2"
                os.write(w, b"ok" if ok else b"bad")
                client.close()
                code = 0
            except BaseException as exc:  # noqa: BLE001
                os.write(w, repr(exc).encode()[:200])
            finally:
                os._exit(code)
        os.close(w)
        _, status = os.waitpid(pid, 0)
        msg = os.read(r, 300)
        os.close(r)
        assert msg == b"ok" and os.WEXITSTATUS(status) == 0, msg
        assert client.get_application_secret("parent-again").secret == "parent-again"
    finally:
        client.close()


def test_call_from_portal_thread_raises(server: FakeServer) -> None:
    server.set("GET", "/api/v3/get-application-secret", {"secret": "s"})
    client = genauth_sync.ManagementClient("ak", "sk", host=server.url)
    try:
        client.get_application_secret("x")

        def inside() -> None:
            client.get_application_secret("again")

        with pytest.raises(PortalReentryError):
            client._state().portal.call(inside)
    finally:
        client.close()


def test_closed_client_refuses(server: FakeServer) -> None:
    client = genauth_sync.ManagementClient("ak", "sk", host=server.url)
    client.close()
    with pytest.raises(RuntimeError, match="closed"):
        client.get_application_secret("x")


N_CALLS = 10


def test_connections_are_reused(server: FakeServer) -> None:
    """N sequential calls of one sync client arrive on one TCP connection (one client port)."""
    server.set("GET", "/api/v3/get-application-secret", {"secret": "s"})
    server.clear()
    with genauth_sync.ManagementClient("ak", "sk", host=server.url) as client:
        for _ in range(N_CALLS):
            client.get_application_secret("x")
    reqs = [r for r in server.requests if r.path == "/api/v3/get-application-secret"]
    assert len(reqs) == N_CALLS
    ports = {r.peer[1] for r in reqs if r.peer is not None}
    assert len([r for r in reqs if r.peer is not None]) == N_CALLS
    assert len(ports) == 1, ports


def test_connection_count_is_observable(server: FakeServer) -> None:
    """Control for the test above: with ``Connection: close`` every call opens a new connection,
    and the recorded client ports show it."""
    server.set("GET", "/api/v3/get-application-secret", {"secret": "s"})
    server.clear()
    with genauth_sync.ManagementClient("ak", "sk", host=server.url) as client:
        for _ in range(3):
            client.get_application_secret("x", extra_headers={"Connection": "close"})
    ports = {r.peer for r in server.requests if r.path == "/api/v3/get-application-secret"}
    assert len(ports) == 3


def _portal_threads(client: object) -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == f"genauth-sync-portal-{id(client):x}"]


def test_pure_helpers_do_not_start_the_portal(server: FakeServer) -> None:
    server.set("GET", "/api/v3/get-application-secret", {"secret": "s"})
    client = genauth_sync.AuthenticationClient("app1", server.url, redirect_uri="https://cb.example/x")
    try:
        verifier = client.generate_code_challenge()
        assert 43 <= len(verifier) <= 128
        assert client.generate_code_challenge_digest(verifier)
        url = client.build_authorize_url(state="st", nonce="n")
        assert url.startswith(server.url) and "state=st" in url
        assert client.build_logout_url(redirect_uri="https://cb.example/out", id_token="idt")
        assert client._holder.state is None  # no portal, no async client on a loop
        assert not _portal_threads(client)
        detached = client._holder.detached
        assert detached is not None
        # The first network call starts the portal, which adopts the same async client.
        client.request("GET", "/api/v3/get-application-secret")
        assert _portal_threads(client) and client._state().client is detached[1]
        assert client._holder.detached is None
        assert client.build_authorize_url(state="st2").startswith(server.url)  # the running client
    finally:
        client.close()
    assert not _portal_threads(client)
    with pytest.raises(RuntimeError, match="closed"):
        client.generate_code_challenge()


def test_sync_docstrings_say_nothing_async() -> None:
    """Docstrings mirrored from the async clients are adapted: no ``async for``, no 'async iterator'."""
    from tools.codegen.common import async_words

    for cls in (genauth_sync.ManagementClient, genauth_sync.AuthenticationClient):
        for name in dir(cls):
            fn = getattr(cls, name)
            if name.startswith("_") or not callable(fn) or not fn.__doc__:
                continue
            if fn.__module__.startswith("genauth_sync._generated"):
                assert not async_words(fn.__doc__), (cls.__name__, name, fn.__doc__)
    assert "an iterator" in (genauth_sync.ManagementClient.iter_list_users.__doc__ or "")
