"""One small adapter per client, selectable by name. Each does the *same* work per call.

Every adapter exposes ``create(name, identifier)`` and ``get(app_id)`` (coroutines for async clients,
plain functions for sync ones) and ``close()``. Both fail loudly unless the reply's ``statusCode`` is 200,
so a client that silently got 401s or garbage can't look fast. The raw baselines do what the SDKs do:
fetch the management token once, decode its payload for ``scoped_userpool_id``, send the official SDK's
headers (``authorization``, ``x-genauth-userpool-id``, ``x-genauth-lang``, ``x-genauth-sdk-version``) and a
JSON body, then parse the JSON reply. JSON goes through orjson in the raw baselines when installed,
which is what ``genauth_async`` uses with its ``speedups`` extra.

Adapters import their library lazily, inside ``open_*``, so that the worker can take a memory baseline
before the import and the import never lands in a timed section.
"""

from __future__ import annotations

import base64
import json
from typing import Any

ACCESS_KEY_ID = "62a1b2c3d4e5f6a7b8c9d0e1"
ACCESS_KEY_SECRET = "bench-secret-0123456789abcdef"
APP_ID = "6400000000000000000000aa"  # the server is stateless: any id reads back

ASYNC_CLIENTS = ("raw_aiohttp", "httpx", "genauth_async")
SYNC_CLIENTS = ("requests", "official", "genauth_sync")
ALL_CLIENTS = ASYNC_CLIENTS + SYNC_CLIENTS


class CallFailed(RuntimeError):
    pass


def _json() -> tuple[Any, Any]:
    try:
        import orjson

        return orjson.dumps, orjson.loads
    except ImportError:  # pragma: no cover
        return (lambda o: json.dumps(o, separators=(",", ":")).encode()), json.loads


def _userpool_from_token(token: str) -> str:
    payload = token.split(".")[1]
    return json.loads(base64.b64decode(payload + "=" * (-len(payload) % 4)))["scoped_userpool_id"]


def _check(body: Any) -> Any:
    if body.get("statusCode") != 200:
        raise CallFailed(f"statusCode {body.get('statusCode')}: {body.get('message')}")
    return body["data"]


def _headers(token: str) -> dict[str, str]:
    return {
        "authorization": f"Bearer {token}",
        "x-genauth-userpool-id": _userpool_from_token(token),
        "x-genauth-lang": "",
        "x-genauth-sdk-version": "genauth-py-sdk:5.1.0",
        "content-type": "application/json",
    }


# --------------------------------------------------------------------------------------------- async


class RawAiohttp:
    """aiohttp.ClientSession with a TCPConnector limited to the run's concurrency."""

    def __init__(self, url: str, https: bool, limit: int) -> None:
        self.url, self.https, self.limit = url, https, limit

    async def open(self) -> RawAiohttp:
        import aiohttp

        self.dumps, self.loads = _json()
        conn = aiohttp.TCPConnector(limit=self.limit, ssl=False if self.https else True)
        self.session = aiohttp.ClientSession(connector=conn)
        async with self.session.post(
            self.url + "/api/v3/get-management-token",
            data=self.dumps({"accessKeyId": ACCESS_KEY_ID, "accessKeySecret": ACCESS_KEY_SECRET}),
            headers={"content-type": "application/json"},
        ) as r:
            token = _check(self.loads(await r.read()))["access_token"]
        self.headers = _headers(token)
        self.create_url = self.url + "/api/v3/create-application"
        self.get_url = self.url + "/api/v3/get-application"
        return self

    async def create(self, name: str, identifier: str) -> str:
        body = self.dumps({"appName": name, "appIdentifier": identifier})
        async with self.session.post(self.create_url, data=body, headers=self.headers) as r:
            return _check(self.loads(await r.read()))["appId"]

    async def get(self, app_id: str) -> str:
        async with self.session.get(self.get_url, params={"appId": app_id}, headers=self.headers) as r:
            return _check(self.loads(await r.read()))["appId"]

    async def close(self) -> None:
        await self.session.close()


class Httpx:
    """httpx.AsyncClient (HTTP/1.1) with max_connections = the run's concurrency."""

    def __init__(self, url: str, https: bool, limit: int) -> None:
        self.url, self.https, self.limit = url, https, limit

    async def open(self) -> Httpx:
        import httpx

        self.dumps, self.loads = _json()
        limits = httpx.Limits(max_connections=self.limit, max_keepalive_connections=self.limit)
        self.client = httpx.AsyncClient(limits=limits, verify=not self.https, timeout=30.0)
        r = await self.client.post(
            self.url + "/api/v3/get-management-token",
            content=self.dumps({"accessKeyId": ACCESS_KEY_ID, "accessKeySecret": ACCESS_KEY_SECRET}),
            headers={"content-type": "application/json"},
        )
        self.headers = _headers(_check(self.loads(r.content))["access_token"])
        self.create_url = self.url + "/api/v3/create-application"
        self.get_url = self.url + "/api/v3/get-application"
        return self

    async def create(self, name: str, identifier: str) -> str:
        body = self.dumps({"appName": name, "appIdentifier": identifier})
        r = await self.client.post(self.create_url, content=body, headers=self.headers)
        return _check(self.loads(r.content))["appId"]

    async def get(self, app_id: str) -> str:
        r = await self.client.get(self.get_url, params={"appId": app_id}, headers=self.headers)
        return _check(self.loads(r.content))["appId"]

    async def close(self) -> None:
        await self.client.aclose()


class GenauthAsync:
    """``genauth_async.ManagementClient(..., max_connections=<concurrency>)`` used as an async context manager."""

    def __init__(self, url: str, https: bool, limit: int) -> None:
        self.url, self.https, self.limit = url, https, limit

    async def open(self) -> GenauthAsync:
        import genauth_async

        self.client = genauth_async.ManagementClient(
            ACCESS_KEY_ID,
            ACCESS_KEY_SECRET,
            host=self.url,
            use_unverified_ssl=self.https,
            max_connections=self.limit,
        )
        await self.client.__aenter__()
        return self

    async def create(self, name: str, identifier: str) -> str:
        app = await self.client.create_application(app_name=name, app_identifier=identifier)
        return app.app_id

    async def get(self, app_id: str) -> str:
        app = await self.client.get_application(app_id)
        return app.app_id

    async def close(self) -> None:
        await self.client.__aexit__(None, None, None)


# ---------------------------------------------------------------------------------------------- sync


class RequestsSession:
    """One shared requests.Session (keep-alive pool); what a careful hand-written sync client does."""

    def __init__(self, url: str, https: bool, limit: int) -> None:
        self.url, self.https, self.limit = url, https, limit

    def open(self) -> RequestsSession:
        import requests
        import requests.adapters

        self.dumps, self.loads = _json()
        self.session = requests.Session()
        adapter = requests.adapters.HTTPAdapter(pool_connections=1, pool_maxsize=max(self.limit, 10))
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        self.session.verify = not self.https
        r = self.session.post(
            self.url + "/api/v3/get-management-token",
            data=self.dumps({"accessKeyId": ACCESS_KEY_ID, "accessKeySecret": ACCESS_KEY_SECRET}),
            headers={"content-type": "application/json"},
        )
        self.headers = _headers(_check(self.loads(r.content))["access_token"])
        self.create_url = self.url + "/api/v3/create-application"
        self.get_url = self.url + "/api/v3/get-application"
        return self

    def create(self, name: str, identifier: str) -> str:
        body = self.dumps({"appName": name, "appIdentifier": identifier})
        r = self.session.post(self.create_url, data=body, headers=self.headers)
        return _check(self.loads(r.content))["appId"]

    def get(self, app_id: str) -> str:
        r = self.session.get(self.get_url, params={"appId": app_id}, headers=self.headers)
        return _check(self.loads(r.content))["appId"]

    def close(self) -> None:
        self.session.close()


class Official:
    """The official ``genauth`` 5.1.0 SDK: ``requests.request`` per call, so a new TCP (+TLS) connection each time.

    Its token fetch verifies TLS (its API calls don't), so over HTTPS the worker sets ``REQUESTS_CA_BUNDLE``
    to the throwaway certificate; that affects only the one token call, outside the timed section.
    """

    def __init__(self, url: str, https: bool, limit: int) -> None:
        self.url, self.https, self.limit = url, https, limit

    def open(self) -> Official:
        from genauth.ManagementClient import ManagementClient

        self.client = ManagementClient(
            ACCESS_KEY_ID, ACCESS_KEY_SECRET, host=self.url, use_unverified_ssl=self.https
        )
        return self

    def create(self, name: str, identifier: str) -> str:
        return _check(self.client.create_application(app_name=name, app_identifier=identifier))["appId"]

    def get(self, app_id: str) -> str:
        return _check(self.client.get_application(app_id))["appId"]

    def close(self) -> None:
        pass


class GenauthSync:
    """``genauth_sync.ManagementClient(..., max_connections=...)``, one instance shared by all threads."""

    def __init__(self, url: str, https: bool, limit: int) -> None:
        self.url, self.https, self.limit = url, https, limit

    def open(self) -> GenauthSync:
        import genauth_sync

        self.client = genauth_sync.ManagementClient(
            ACCESS_KEY_ID,
            ACCESS_KEY_SECRET,
            host=self.url,
            use_unverified_ssl=self.https,
            max_connections=self.limit,
        )
        return self

    def create(self, name: str, identifier: str) -> str:
        return self.client.create_application(app_name=name, app_identifier=identifier).app_id

    def get(self, app_id: str) -> str:
        return self.client.get_application(app_id).app_id

    def close(self) -> None:
        self.client.close()


ADAPTERS: dict[str, type] = {
    "raw_aiohttp": RawAiohttp,
    "httpx": Httpx,
    "genauth_async": GenauthAsync,
    "requests": RequestsSession,
    "official": Official,
    "genauth_sync": GenauthSync,
}

DESCRIPTIONS = {name: (cls.__doc__ or "").strip().splitlines()[0] for name, cls in ADAPTERS.items()}
