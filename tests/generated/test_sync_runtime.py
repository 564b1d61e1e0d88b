"""(c) one sync client shared by 50 threads, (d) use after os.fork(), re-entry from the portal
thread, connection reuse and lifecycle of the portal."""

from __future__ import annotations

import os
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from _server import RecordingServer

import genauth_sync
from genauth_sync._portal import PortalReentryError


def test_50_threads_share_one_client(server: RecordingServer) -> None:
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
def test_child_process_uses_parents_client(server: RecordingServer) -> None:
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


def test_call_from_portal_thread_raises(server: RecordingServer) -> None:
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


def test_closed_client_refuses(server: RecordingServer) -> None:
    client = genauth_sync.ManagementClient("ak", "sk", host=server.url)
    client.close()
    with pytest.raises(RuntimeError, match="closed"):
        client.get_application_secret("x")


def test_connections_are_reused(server: RecordingServer) -> None:
    server.set("GET", "/api/v3/get-application-secret", {"secret": "s"})
    ports: set[str] = set()

    with genauth_sync.ManagementClient("ak", "sk", host=server.url) as client:
        for _ in range(10):
            client.get_application_secret("x")
        transport = client._state().client._transport
        session = client._state().portal.call(lambda: getattr(transport, "_session", None))
        if session is not None:
            ports.add(str(id(session)))
    assert len(ports) <= 1
