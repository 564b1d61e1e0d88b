"""examples/django_project against the emulator: test client, threaded server, forked worker.

Django settings are process-wide and the example's client is created at import, so one threaded
emulator serves the whole module; each test looks at what changed rather than at absolute counts.
"""

from __future__ import annotations

import json
import os
import select
import signal
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

pytest.importorskip("django")

from _examples_support import CountingEmulator  # noqa: E402
from django.core.servers.basehttp import ThreadedWSGIServer, WSGIRequestHandler  # noqa: E402


class QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        pass


@pytest.fixture(scope="module")
def emulator() -> Iterator[Any]:
    handle = CountingEmulator.start_in_thread()
    try:
        yield handle
    finally:
        handle.stop()


@pytest.fixture(scope="module")
def django_project(emulator: Any) -> Iterator[Any]:
    """The example project, set up as ``manage.py``/``wsgi.py`` would, pointed at the emulator."""
    env = {
        "DJANGO_SETTINGS_MODULE": "genauth_site.settings",
        "GENAUTH_ACCESS_KEY_ID": emulator.access_key_id,
        "GENAUTH_ACCESS_KEY_SECRET": emulator.access_key_secret,
        "GENAUTH_HOST": emulator.url,
    }
    with pytest.MonkeyPatch.context() as mp:
        for name, value in env.items():
            mp.setenv(name, value)
        import django

        django.setup()
        from genauth_site import genauth
        from genauth_site.wsgi import application

        yield application
        genauth.management.close()


@pytest.fixture
def live_server(django_project: Any) -> Iterator[str]:
    """The project under Django's threaded WSGI server (a thread per request, like runserver)."""
    server = ThreadedWSGIServer(("127.0.0.1", 0), QuietHandler, allow_reuse_address=False)
    server.set_app(django_project)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(10)


def _get_json(url: str) -> tuple[int, Any]:
    with urllib.request.urlopen(url, timeout=15) as resp:
        return resp.status, json.loads(resp.read())


def _post_json(url: str, body: dict[str, Any]) -> tuple[int, Any]:
    request = urllib.request.Request(
        url, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"}, method="POST"
    )
    with urllib.request.urlopen(request, timeout=15) as resp:
        return resp.status, json.loads(resp.read())


def test_views_with_django_test_client(django_project: Any) -> None:
    from django.test import Client

    client = Client()
    created = client.post("/applications/", {"name": "Intranet", "identifier": "intranet"}, content_type="application/json")
    assert created.status_code == 201, created.content
    assert created.json()["identifier"] == "intranet"

    listed = client.get("/applications/", {"page": 1, "limit": 50})
    assert listed.status_code == 200
    assert "intranet" in [item["identifier"] for item in listed.json()["items"]]
    assert listed.json()["total"] >= 1

    assert client.get("/applications/", {"limit": "many"}).status_code == 400
    assert client.post("/applications/", "not json", content_type="application/json").status_code == 400
    # GenAuth's own 4xx (a taken identifier) passes through the error middleware.
    again = client.post("/applications/", {"name": "Again", "identifier": "intranet"}, content_type="application/json")
    assert 400 <= again.status_code < 500 and "detail" in again.json()


def test_threaded_server_shares_one_client(live_server: str, emulator: Any) -> None:
    from genauth_site.genauth import management

    for i in range(3):
        _post_json(f"{live_server}/applications/", {"name": f"Shop {i}", "identifier": f"shop-{i}"})
    before_requests, before_connections = emulator.requests_seen, emulator.connections
    concurrency = 16
    with ThreadPoolExecutor(concurrency) as pool:
        results = list(pool.map(lambda _: _get_json(f"{live_server}/applications/?limit=50"), range(4 * concurrency)))

    assert {status for status, _ in results} == {200}
    totals = {body["total"] for _, body in results}
    assert len(totals) == 1 and totals.pop() >= 3
    # 64 requests on up to 16 request threads went through the one module-level client, whose
    # single connection pool opened at most one connection per thread calling at the same time.
    assert emulator.requests_seen - before_requests == 4 * concurrency
    assert emulator.connections - before_connections <= concurrency
    assert management.list_applications(page=1, limit=1).total_count >= 3  # still usable from here


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_forked_worker_like_gunicorn_preload(django_project: Any, emulator: Any) -> None:
    """The parent creates and uses the client, forks; the child serves requests with it."""
    from genauth_site.genauth import management

    total_before = management.list_applications(page=1, limit=1).total_count  # used before the fork

    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the worker: serve the project until the parent stops it
        try:
            os.close(read_fd)
            server = ThreadedWSGIServer(("127.0.0.1", 0), QuietHandler, allow_reuse_address=False)
            server.set_app(django_project)
            os.write(write_fd, f"{server.server_address[1]}\n".encode())
            os.close(write_fd)
            server.serve_forever(poll_interval=0.05)
        except BaseException as exc:  # noqa: BLE001 - report anything, never return into pytest
            print(f"worker failed: {exc!r}", file=sys.stderr)
        finally:
            os._exit(1)

    os.close(write_fd)
    try:
        ready, _, _ = select.select([read_fd], [], [], 20)
        assert ready, "the forked worker did not start"
        port = int(os.read(read_fd, 64).decode().strip() or 0)
        assert port, "the forked worker failed to start its server"
        base = f"http://127.0.0.1:{port}"

        status, created = _post_json(f"{base}/applications/", {"name": "Worker app", "identifier": "from-worker"})
        assert status == 201 and created["identifier"] == "from-worker"
        with ThreadPoolExecutor(8) as pool:
            results = list(pool.map(lambda _: _get_json(f"{base}/applications/?limit=1"), range(16)))
        assert [body["total"] for _, body in results] == [total_before + 1] * 16
    finally:
        os.close(read_fd)
        _stop(pid)

    # The parent's client is unharmed by the child's use of its inherited copy.
    assert management.list_applications(page=1, limit=1).total_count == total_before + 1


def _stop(pid: int, timeout: float = 10.0) -> None:
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            return
        time.sleep(0.02)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
