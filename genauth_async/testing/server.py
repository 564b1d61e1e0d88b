"""The emulator process: one aiohttp application, one catch-all route, one dispatch table.

A single catch-all route (instead of ~600 aiohttp routes) keeps startup fast and lets fault
injection see every request, including ones for unknown paths, before anything else happens.
"""

from __future__ import annotations

import asyncio
import base64
import secrets
import ssl
import threading
import time
from collections.abc import Iterable
from typing import Any

from aiohttp import web

from genauth_async.testing import guard, inputs, shapes
from genauth_async.testing import spec as spec_mod
from genauth_async.testing._ids import new_id
from genauth_async.testing._wire import (
    NO_DATA,
    ApiError,
    ProtocolError,
    envelope,
    error_envelope,
    protocol_error,
    request_id,
)
from genauth_async.testing.credentials import Directory, Passcodes
from genauth_async.testing.faults import Fault, FaultPlan, retry_after_header
from genauth_async.testing.routing import EMULATOR_KEY, Ctx, Route, Router
from genauth_async.testing.store import Store
from genauth_async.testing.tokens import RsaKeys, TokenError, at_hash, sign_hs256, verify_hs256

# The latency fault's sleep, looked up at call time so a test can observe (and gate) it instead of
# timing the request.
_sleep = asyncio.sleep

_BAD_GATEWAY_HTML = (
    "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
)


class Emulator:
    """A local GenAuth V3 server. Use ``async with Emulator() as emu`` or ``Emulator.start_in_thread()``.

    ``db`` names a SQLite file; with it, data, keys and the user pool survive a restart.
    ``faults`` is a FaultPlan (or a list of Fault) consulted on every request.
    ``max_body_size`` bounds request bodies (bytes); a larger one is answered with 413.

    ``handler_failures`` lists the requests a handler raised on: emulator bugs, logged with their
    traceback and answered in the route's error format; the pytest fixtures fail on them
    (``assert_no_handler_failures``).
    """

    def __init__(
        self,
        access_key_id: str | None = None,
        access_key_secret: str | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        token_ttl: int = 7200,
        db: str | None = None,
        faults: FaultPlan | Iterable[Fault] | None = None,
        *,
        user_pool_id: str | None = None,
        fault_seed: int | None = None,
        max_body_size: int = 16 * 1024 * 1024,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self.host = host
        #: With a server-side context the emulator serves HTTPS (to test ``verify=`` against a
        #: private CA); ``url`` then starts with ``https://``.
        self.ssl_context = ssl_context
        self.port = port
        self.token_ttl = int(token_ttl)
        self.store = Store(db)
        self.clock_offset = 0.0
        self.user_pool_id: str = user_pool_id or self.store.meta("user_pool_id") or new_id()
        self.access_key_id: str = access_key_id or self.store.meta("access_key_id") or self.user_pool_id
        self.access_key_secret: str = access_key_secret or self.store.meta("access_key_secret") or secrets.token_hex(16)
        secret_b64 = self.store.meta("jwt_secret")
        self._jwt_secret = base64.b64decode(secret_b64) if secret_b64 else secrets.token_bytes(32)
        self._persist_meta(secret_b64 is None)
        if isinstance(faults, FaultPlan):
            self.faults = faults
        else:
            self.faults = FaultPlan(list(faults or []), seed=fault_seed)
        self._rsa: RsaKeys | None = None
        # Outside the store (and its persistence), each behind its own lock: see credentials.py.
        self.passcodes = Passcodes()
        self.directory = Directory()
        self.router = self._build_router()
        self._runner: web.AppRunner | None = None
        self._site: web.TCPSite | None = None
        self.url = ""
        self.max_body_size = int(max_body_size)
        self.handler_failures: list[guard.HandlerFailure] = []

    # ---- lifecycle ------------------------------------------------------------------------

    def _persist_meta(self, new_secret: bool) -> None:
        meta = {
            "user_pool_id": self.user_pool_id,
            "access_key_id": self.access_key_id,
            "access_key_secret": self.access_key_secret,
        }
        for key, value in meta.items():
            if self.store.meta(key) != value:
                self.store.set_meta(key, value)
        if new_secret:
            self.store.set_meta("jwt_secret", base64.b64encode(self._jwt_secret).decode())

    def make_app(self) -> web.Application:
        app = web.Application(client_max_size=self.max_body_size, middlewares=[guard.middleware(self)])
        app[EMULATOR_KEY] = self
        app.router.add_route("*", "/{tail:.*}", self._handle)
        return app

    async def start(self) -> Emulator:
        self._runner = web.AppRunner(self.make_app(), access_log=None, handle_signals=False)
        await self._runner.setup()
        self._site = web.TCPSite(self._runner, self.host, self.port, reuse_address=True,
                                 ssl_context=self.ssl_context)
        await self._site.start()
        # The bound port (port=0 picks a free one), from the runner's public ``addresses``.
        addresses = self._runner.addresses
        if addresses:
            self.port = int(addresses[0][1])
        shown = f"[{self.host}]" if ":" in self.host else self.host
        scheme = "https" if self.ssl_context is not None else "http"
        self.url = f"{scheme}://{shown}:{self.port}"
        return self

    async def stop(self) -> None:
        from genauth_async.testing import events

        await events.close_all(self)  # open subscriptions would otherwise hold up the shutdown
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
        self.store.close()

    async def __aenter__(self) -> Emulator:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    @classmethod
    def start_in_thread(cls, *args: Any, **kwargs: Any) -> EmulatorThread:
        """Serve from a daemon thread with its own event loop, for sync code (and the official SDK)."""
        handle = EmulatorThread(cls(*args, **kwargs))
        handle.start()
        return handle

    def assert_no_handler_failures(self) -> None:
        """Raise AssertionError naming each request a handler failed on (an emulator bug), if any."""
        if self.handler_failures:
            listed = "\n".join(f"  {failure}" for failure in self.handler_failures[:20])
            raise AssertionError(
                f"the emulator failed while handling {len(self.handler_failures)} request(s) "
                f"(tracebacks in the genauth_async.testing log):\n{listed}"
            )

    # ---- clock and keys ----------------------------------------------------------------------

    def now(self) -> float:
        return time.time() + self.clock_offset

    def advance_clock(self, seconds: float) -> None:
        """Move the emulator's clock forward, so token expiry can be tested without sleeping."""
        self.clock_offset += seconds

    @property
    def rsa(self) -> RsaKeys:
        if self._rsa is None:
            pem = self.store.meta("rsa_pem")
            kid = self.store.meta("rsa_kid")
            self._rsa = RsaKeys(pem.encode() if pem else None, kid)
            if not pem:
                self.store.set_meta("rsa_pem", self._rsa.pem.decode())
                self.store.set_meta("rsa_kid", self._rsa.kid)
        return self._rsa

    @property
    def issuer(self) -> str:
        return f"{self.url}/oidc"

    # ---- management tokens -------------------------------------------------------------------

    def issue_management_token(self) -> dict[str, Any]:
        issued = int(self.now())
        claims = {
            "access_key_id": self.access_key_id,
            "access_key_type": "userpool",
            "exp": issued + self.token_ttl,
            "iat": issued,
            "jti": secrets.token_hex(8),
            "scoped_userpool_id": self.user_pool_id,
            "token_type": "management_token",
        }
        return {"access_token": sign_hs256(claims, self._jwt_secret), "expires_in": self.token_ttl}

    def check_management(self, request: web.Request) -> None:
        auth = request.headers.get("authorization", "")
        if not auth:
            raise ApiError(401, "Missing authorization header: call /api/v3/get-management-token first")
        scheme, _, token = auth.partition(" ")
        if scheme.lower() != "bearer" or not token:
            raise ApiError(401, "authorization must be 'Bearer <management token>'")
        try:
            claims = verify_hs256(token.strip(), self._jwt_secret, self.now())
        except TokenError as exc:
            raise ApiError(401, f"Invalid management token: {exc}") from None
        if claims.get("token_type") != "management_token":
            raise ApiError(401, "Invalid management token: not a management token")
        pool = request.headers.get("x-genauth-userpool-id")
        if not pool:
            raise ApiError(403, "Missing x-genauth-userpool-id header")
        if pool != claims.get("scoped_userpool_id") or pool != self.user_pool_id:
            raise ApiError(403, "x-genauth-userpool-id does not match the token's user pool", 2224)

    # ---- user tokens -------------------------------------------------------------------------

    def issue_user_tokens(
        self,
        app: dict[str, Any],
        user: dict[str, Any],
        scope: str = "openid profile",
        nonce: str | None = None,
        refresh: bool = True,
    ) -> dict[str, Any]:
        issued = int(self.now())
        aud = app["appId"]
        access = self.rsa.sign(
            {
                "jti": secrets.token_hex(12),
                "sub": user["userId"],
                "iat": issued,
                "exp": issued + self.token_ttl,
                "scope": scope,
                "iss": self.issuer,
                "aud": aud,
            }
        )
        id_claims: dict[str, Any] = {
            "sub": user["userId"],
            "aud": aud,
            "iat": issued,
            "exp": issued + self.token_ttl,
            "iss": self.issuer,
            "at_hash": at_hash(access),
            "userpool_id": self.user_pool_id,
        }
        if nonce:
            id_claims["nonce"] = nonce
        for claim, field in (
            ("name", "name"),
            ("nickname", "nickname"),
            ("preferred_username", "username"),
            ("email", "email"),
            ("email_verified", "emailVerified"),
            ("phone_number", "phone"),
            ("phone_number_verified", "phoneVerified"),
            ("picture", "photo"),
        ):
            if user.get(field) is not None:
                id_claims[claim] = user[field]
        tokens: dict[str, Any] = {
            "scope": scope,
            "access_token": access,
            "id_token": self.rsa.sign(id_claims),
            "token_type": "Bearer",
            "expires_in": self.token_ttl,
            "expire_in": self.token_ttl,
        }
        if refresh:
            rt = secrets.token_urlsafe(32)
            self.store.refresh_tokens.put(
                rt,
                {"appId": aud, "userId": user["userId"], "scope": scope, "exp": issued + 30 * 86400},
            )
            tokens["refresh_token"] = rt
        self.store["logins"].put(f"{aud}:{user['userId']}", {"appId": aud, "userId": user["userId"], "at": issued})
        return tokens

    def verify_user_token(self, token: str, audience: str | None = None) -> dict[str, Any]:
        """Claims of a live access/ID token issued here; raises TokenError otherwise."""
        claims = self.rsa.verify(token, self.now(), audience)
        jti = claims.get("jti")
        if jti and jti in self.store.revoked:
            raise TokenError("token revoked")
        return claims

    def user_from_request(self, request: web.Request, app: dict[str, Any] | None) -> dict[str, Any]:
        raw = request.headers.get("authorization", "").strip()
        if raw[:7].lower() == "bearer ":
            raw = raw[7:].strip()
        if not raw or raw[:6].lower() == "basic ":
            raise ApiError(401, "Not logged in: pass the user's access token in authorization", 2020)
        try:
            claims = self.verify_user_token(raw)
        except TokenError as exc:
            raise ApiError(401, f"Invalid access token: {exc}", 2020) from None
        user = self.store.users.get(str(claims.get("sub")))
        if user is None:
            raise ApiError(404, "User not found", 2004)
        return user

    # ---- in-process helpers for tests ----------------------------------------------------------

    def create_application(self, app_name: str = "Test App", app_identifier: str | None = None, **fields: Any) -> dict[str, Any]:
        """Create an application directly in the store; returns it with its ``appSecret``."""
        from genauth_async.testing.resources import applications

        doc = applications.new_application(self, {"appName": app_name, "appIdentifier": app_identifier, **fields})
        secret = self.store.app_secrets.get(doc["appId"]) or {}
        return {**doc, "appSecret": secret.get("secret")}

    def create_user(self, password: str | None = None, **fields: Any) -> dict[str, Any]:
        """Create a user directly in the store (wire field names: email, username, phone, name...)."""
        from genauth_async.testing.resources import users

        return users.new_user(self, {**fields, "password": password})

    def authorize(
        self,
        client_id: str,
        user_id: str,
        redirect_uri: str | None = None,
        scope: str = "openid profile",
        nonce: str | None = None,
        code_challenge: str | None = None,
        code_challenge_method: str | None = None,
    ) -> str:
        """Issue an authorization code as if ``user_id`` had logged in at /oidc/auth."""
        from genauth_async.testing.resources import oidc

        return oidc.issue_code(
            self, client_id, user_id, redirect_uri, scope, nonce, code_challenge, code_challenge_method
        )

    def passcode_sent_to(self, target: str) -> str | None:
        """The last one-time code the emulator "sent" to an email address or phone number.

        The emulator's outbox for ``/api/v3/send-email`` and ``/api/v3/send-sms``: ``target`` is
        the email (any case) or the ``phoneNumber`` as sent, or ``phoneCountryCode`` followed by
        it (``"+8613800000000"``). Returns None when nothing was sent there. The code is returned
        even once it has been used or has expired, like a message still sitting in an inbox.

        Synchronous and thread-safe: call it from the test's thread, also through the handle of
        ``Emulator.start_in_thread()`` (``handle.passcode_sent_to(...)``).
        """
        return self.passcodes.last_sent(target)

    def add_directory_user(self, connection: str, username: str, password: str, *, email: str | None = None) -> None:
        """Add (or replace) an account of the emulated LDAP or AD directory.

        ``connection`` is ``"LDAP"`` or ``"AD"``; ``/api/v3/signin`` with that connection and
        ``sAMAccountName``/``password`` then signs in, creating a pool user on the first sign-in
        (or linking the pool user that has ``email``). Thread-safe, like ``passcode_sent_to``.
        Directory accounts stand for an external server and are not kept in ``db`` (the pool users
        they created and their links are). Raises ValueError for an unknown connection or an empty
        username or password.
        """
        self.directory.add(connection, username, password, email)

    # ---- dispatch ----------------------------------------------------------------------------

    def _build_router(self) -> Router:
        from genauth_async.testing import generic
        from genauth_async.testing.resources.registry import register_all
        from genauth_async.testing.stateful import engine

        router = Router()
        register_all(router)
        engine.register(router)  # spec-driven state for the families without hand-written handlers
        generic.register(router)
        return router

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        decision = self.faults.decide(request.method, request.path) if self.faults.faults else None
        if decision is None:
            return await self._dispatch(request)
        if decision.latency:
            await _sleep(decision.latency)
        fault = decision.fault
        if fault is None:
            return await self._dispatch(request)
        kind = fault.kind
        if kind == "drop_before":
            return self._drop(request)
        if kind == "drop_after":
            try:
                await self._dispatch(request)
            except web.HTTPException:  # a redirect from a protocol endpoint: it has acted all the same
                pass
            return self._drop(request)
        rid = request_id()
        if kind == "bad_gateway":
            return web.Response(status=fault.http_status or 502, text=_BAD_GATEWAY_HTML, content_type="text/html")
        if kind == "throttle":
            return error_envelope(
                429,
                "您的请求已超过最大数量限制，请稍后重试",
                rid,
                http_status=fault.http_status or 200,
                headers={"Retry-After": retry_after_header(fault.retry_after, fault.retry_after_format)},
            )
        return error_envelope(
            fault.status_code, "Internal server error (injected)", rid, http_status=fault.http_status or 200
        )

    @staticmethod
    def _drop(request: web.Request) -> web.StreamResponse:
        transport = request.transport
        if transport is not None:
            transport.abort()
        # Nothing can be written any more; aiohttp discards this response for a closed transport.
        return web.Response(status=500)

    async def _dispatch(self, request: web.Request) -> web.StreamResponse:
        method = request.method
        path = request.path
        if len(path) > 1 and path.endswith("/"):
            path = path.rstrip("/")
        route = self.router.lookup(method, path)
        if route is not None and route.kind == "protocol":
            assert route.raw is not None
            try:
                return await route.raw(request)
            except ProtocolError as exc:
                return protocol_error(exc)
            except ApiError as exc:
                return error_envelope(exc.status_code, exc.message, request_id(), exc.api_code)
        rid = request_id()
        if route is None:
            other = [m for m in ("GET", "POST", "PUT", "DELETE", "PATCH") if (m, path) in self.router.exact]
            if other:
                return error_envelope(400, f"{path} does not accept {method}; use {other[0]}", rid)
            return error_envelope(404, f"Cannot {method} {path}", rid)
        # Anything else a handler raises is the guard middleware's business (see guard.py).
        try:
            body = await inputs.json_body(request)
            ctx = Ctx(request=request, emu=self, query=request.query, body=body)
            route = self._authenticate(route, ctx)
            if route.spec is not None:
                spec_mod.validate(route.spec, request.query, body)
                shapes.check_body(route.spec, body)
            assert route.handler is not None
            data = await route.handler(ctx)
        except ApiError as exc:
            return error_envelope(exc.status_code, exc.message, rid, exc.api_code, http_status=exc.http_status)
        key = route.spec.data_key if route.spec is not None else "data"
        return envelope(NO_DATA if data is NO_DATA else data, rid, key)

    def _authenticate(self, route: Route, ctx: Ctx) -> Route:
        """Check the caller as the route's kind demands; returns the route variant for that caller."""
        kind = route.kind
        headers = ctx.request.headers
        if kind == "either":
            kind = "management" if "x-genauth-userpool-id" in headers and "x-genauth-app-id" not in headers else "authentication"
            if route.variants and kind in route.variants:
                route = route.variants[kind]
        if kind == "management":
            self.check_management(ctx.request)
        elif kind == "authentication":
            app_id = headers.get("x-genauth-app-id")
            if not app_id:
                raise ApiError(400, "Missing x-genauth-app-id header")
            app = self.store.applications.get(app_id)
            if app is None:
                raise ApiError(404, f"Application {app_id} does not exist", 2011)
            ctx.app = app
        return route


class EmulatorThread:
    """An emulator served from a background thread; ``stop()`` shuts it down and joins the thread."""

    def __init__(self, emulator: Emulator) -> None:
        self.emulator = emulator
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="genauth-emulator", daemon=True)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.__dict__["emulator"], name)

    @property
    def url(self) -> str:
        return self.emulator.url

    def start(self) -> None:
        self._thread.start()
        self._ready.wait(30)
        if self._error is not None:
            raise RuntimeError("emulator failed to start") from self._error

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        try:
            self._loop.run_until_complete(self.emulator.start())
        except BaseException as exc:  # noqa: BLE001 - reported to the starting thread
            self._error = exc
            self._ready.set()
            return
        self._ready.set()
        self._loop.run_forever()
        self._loop.run_until_complete(self.emulator.stop())
        self._loop.close()

    def call(self, fn: Any, *args: Any, **kwargs: Any) -> Any:
        """Run a synchronous emulator helper on the server's thread (the store is not locked).

        ``passcode_sent_to`` and ``add_directory_user`` are thread-safe and may also be called
        directly on this handle; helpers that touch the store (``create_user``...) need ``call``.
        """
        async def runner() -> Any:
            return fn(*args, **kwargs)

        return asyncio.run_coroutine_threadsafe(runner(), self._loop).result(30)

    def stop(self) -> None:
        if self._thread.is_alive():
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(30)

    def __enter__(self) -> EmulatorThread:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
