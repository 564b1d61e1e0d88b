"""A small GenAuth-like server on 127.0.0.1 (in its own thread) plus hand-written endpoints.

The server runs in a background thread with its own event loop so tests can drive clients from
several loops (``asyncio.run`` twice) against the same server.
"""

from __future__ import annotations

import asyncio
import base64
import json
import threading
from collections.abc import Callable
from typing import Any

import attrs
from aiohttp import web
from multidict import CIMultiDict

from genauth_async._endpoint import Endpoint, Param
from genauth_async._model import UNSET, Unset, WireEnum

TOKEN_PATH = "/api/v3/get-management-token"
ACCESS_KEY_ID = "ak-pool-id"
ACCESS_KEY_SECRET = "SK-very-secret-value-123"
# Characters chosen so the base64 of the claims contains '-' / '_' (URL-safe alphabet).
USERPOOL_ID = "pool~~~???>>>"
APP_SECRET = "app-secret-XYZ-789"
USER_TOKEN = "user-access-token-ABC"
PASSWORD = "hunter2-password"
ID_TOKEN = "id-token-QWE"


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def make_jwt(claims: dict[str, Any]) -> str:
    header = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    payload = b64url(json.dumps(claims).encode())
    return f"{header}.{payload}.c2lnbmF0dXJl"


def ok(data: Any = None, **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"statusCode": 200, "message": "", "requestId": "req-ok"}
    if data is not None:
        body["data"] = data
    body.update(extra)
    return body


def fail(status_code: int, message: str = "boom", api_code: int | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"statusCode": status_code, "message": message, "requestId": f"req-{status_code}"}
    if api_code is not None:
        body["apiCode"] = api_code
    return body


@attrs.define
class Recorded:
    method: str
    path: str
    query: list[tuple[str, str]]
    headers: CIMultiDict[str]
    body: bytes
    peer: Any

    def json(self) -> Any:
        return json.loads(self.body)


Handler = Callable[[Recorded], Any]


class FakeServer:
    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.url = ""
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self.reset()

    def reset(self) -> None:
        self.requests: list[Recorded] = []
        self.scripts: dict[tuple[str, str], list[Any]] = {}
        self.token_count = 0
        self.token_ttl = 7200
        self.token_delay = 0.0

    # -- scripting ---------------------------------------------------------------------------

    def script(self, method: str, path: str, *responses: Any) -> None:
        """Answers for successive calls; the last one repeats."""
        self.scripts[(method, path)] = list(responses)

    def calls(self, path: str) -> list[Recorded]:
        return [r for r in self.requests if r.path == path]

    # -- server ------------------------------------------------------------------------------

    def start(self) -> None:
        self._thread.start()
        self._ready.wait(10)

    def stop(self) -> None:
        async def shutdown() -> None:
            await self._runner.cleanup()

        asyncio.run_coroutine_threadsafe(shutdown(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(10)
        self.loop.close()

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        self.loop.run_until_complete(self._runner.setup())
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        self.loop.run_until_complete(site.start())
        port = self._runner.addresses[0][1]
        self.url = f"http://127.0.0.1:{port}"
        self._ready.set()
        self.loop.run_forever()

    async def _issue_token(self) -> dict[str, Any]:
        self.token_count += 1
        if self.token_delay:
            await asyncio.sleep(self.token_delay)
        token = make_jwt({"scoped_userpool_id": USERPOOL_ID, "n": self.token_count})
        return ok({"access_token": token, "expires_in": self.token_ttl})

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        body = await request.read()
        peer = request.transport.get_extra_info("peername") if request.transport else None
        rec = Recorded(request.method, request.path, list(request.query.items()),
                       CIMultiDict(request.headers), body, peer)
        self.requests.append(rec)
        script = self.scripts.get((request.method, request.path))
        if script:
            answer = script.pop(0) if len(script) > 1 else script[0]
            if callable(answer):
                answer = answer(rec)
            if asyncio.iscoroutine(answer):
                answer = await answer
        elif request.path == TOKEN_PATH:
            answer = await self._issue_token()
        else:
            answer = ok({})
        if isinstance(answer, web.StreamResponse):
            return answer
        return web.json_response(answer)


# -- hand-written models following the internals contract §2 -----------------------------------


class FakeAppType(WireEnum):
    WEB = "web"
    SPA = "spa"


@attrs.define(kw_only=True, slots=True)
class FakeLoginConfig:
    merge_login_and_register_page: bool | None | Unset = attrs.field(
        default=UNSET, metadata={"wire": "mergeLoginAndRegisterPage"})
    enabled_basic_login_methods: list[str] | None | Unset = attrs.field(
        default=UNSET, metadata={"wire": "enabledBasicLoginMethods"})


@attrs.define(kw_only=True, slots=True)
class FakeApplicationDto:
    app_id: str = attrs.field(metadata={"wire": "appId"})
    app_name: str = attrs.field(metadata={"wire": "appName"})
    app_type: FakeAppType | None = attrs.field(default=None, metadata={"wire": "appType"})
    is_integrate_app: bool | None = attrs.field(default=None, metadata={"wire": "isIntegrateApp"})
    login_config: FakeLoginConfigResp | None = attrs.field(default=None, metadata={"wire": "loginConfig"})


@attrs.define(kw_only=True, slots=True)
class FakeLoginConfigResp:
    merge_login_and_register_page: bool | None = attrs.field(
        default=None, metadata={"wire": "mergeLoginAndRegisterPage"})


@attrs.define(kw_only=True, slots=True)
class FakeApplicationPaginatedDataDto:
    list: list[FakeApplicationDto] = attrs.field(metadata={"wire": "list"})
    total_count: int = attrs.field(metadata={"wire": "totalCount"})


@attrs.define(kw_only=True, slots=True)
class FakeIsSuccessDto:
    success: bool


# -- hand-written endpoint descriptors ------------------------------------------------------------

GET_APPLICATION = Endpoint(
    name="get_application", method="GET", path="/api/v3/get-application",
    params=(Param("app_id", "appId", "query", True, "str"),),
)
LIST_APPLICATIONS = Endpoint(
    name="list_applications", method="GET", path="/api/v3/list-applications",
    params=(
        Param("page", "page", "query", False, "int"),
        Param("limit", "limit", "query", False, "int"),
        Param("is_integrate_app", "isIntegrateApp", "query", False, "bool"),
        Param("keywords", "keywords", "query", False, "str"),
        Param("app_ids", "appIds", "query", False, "list"),
    ),
)
CREATE_APPLICATION = Endpoint(
    name="create_application", method="POST", path="/api/v3/create-application",
    params=(
        Param("app_name", "appName", "json", True, "str"),
        Param("app_identifier", "appIdentifier", "json", False, "str"),
        Param("app_type", "appType", "json", False, "str"),
        Param("login_config", "loginConfig", "json", False, "dict"),
        Param("password", "password", "json", False, "str"),
    ),
)
DELETE_APPLICATION = Endpoint(
    name="delete_application", method="POST", path="/api/v3/delete-application",
    params=(Param("app_id", "appId", "json", True, "str"),),
)
NO_FIELDS = Endpoint(name="no_fields", method="POST", path="/api/v3/no-fields")
SIGNIN = Endpoint(
    name="sign_in", method="POST", path="/api/v3/signin",
    params=(Param("connection", "connection", "json", True, "str"),
            Param("password_payload", "passwordPayload", "json", False, "dict")),
    basic_auth=True,
)
GET_IDENTITIES = Endpoint(name="get_identities", method="GET", path="/api/v3/get-identities")
