"""A minimal, fast GenAuth look-alike for the benchmarks: three endpoints, raw asyncio protocol, uvloop.

It answers like GenAuth (HTTP 200, the ``{statusCode, message, requestId, data}`` envelope) so every
client does its full work, but costs a few tens of microseconds per request so the *client* dominates
what is measured. It runs in its own process (optionally pinned to its own CPU) and counts accepted
TCP connections and requests, both in a shared array (when started by the harness) and through
``GET /__bench/stats`` (for standalone use; that request's own connection is counted too).

Endpoints:
- ``POST /api/v3/get-management-token``: ``{accessKeyId, accessKeySecret}`` -> ``{access_token, expires_in: 7200}``;
  the token is a JWT-looking string whose payload is plain base64 *and* base64url at once (no ``+ / - _``),
  with ``scoped_userpool_id``.
- ``POST /api/v3/create-application``: echoes appName / appIdentifier into an ApplicationDto-like ``data``.
- ``GET /api/v3/get-application?appId=...``: an ApplicationDto-like ``data`` for that id.
Management endpoints without ``authorization: Bearer ...`` get ``{statusCode: 401}`` (still HTTP 200).

Standalone: ``python -m benchmarks.server --port 8099 [--https]``.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import itertools
import json
import os
import signal
import ssl
import sys
from typing import Any
from urllib.parse import parse_qs

try:
    import orjson

    _dumps = orjson.dumps
    _loads = orjson.loads
except ImportError:  # pragma: no cover
    def _dumps(obj: Any) -> bytes:
        return json.dumps(obj, separators=(",", ":")).encode()

    _loads = json.loads

# Indexes in the shared counter array.
CONNECTIONS, REQUESTS, UNAUTHORIZED, CREATED, FETCHED, TOKENS = range(6)
N_COUNTERS = 6
COUNTER_NAMES = ("connections", "requests", "unauthorized", "created", "fetched", "tokens")

USERPOOL_ID = "62a1b2c3d4e5f6a7b8c9d0e1"


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii").rstrip("=")


def make_token(userpool_id: str = USERPOOL_ID) -> str:
    """A JWT-shaped management token whose payload decodes with b64decode *and* urlsafe_b64decode."""
    header = _b64(b'{"alg":"HS256","typ":"JWT"}')
    for nonce in itertools.count():
        claims = {
            "scoped_userpool_id": userpool_id,
            "token_type": "management_token",
            "access_key_type": "userpool",
            "iat": 1700000000,
            "exp": 1700007200,
            "expires_in": 7200,
            "jti": f"bench{nonce}",
        }
        payload = _b64(json.dumps(claims, separators=(",", ":")).encode())
        if not any(c in payload for c in "+/-_"):
            break
    sig = _b64(b"benchmark-signature-not-verified-by-anyone-00").replace("+", "A").replace("/", "B")
    return f"{header}.{payload}.{sig}"


def application_dto(app_id: str, app_name: str, app_identifier: str) -> dict[str, Any]:
    """An ApplicationDto with every required field (nested ones too), ~1.9 KB of JSON."""
    host = f"https://{app_identifier}.genauth.ai"
    return {
        "appId": app_id,
        "appIdentifier": app_identifier,
        "appName": app_name,
        "appLogo": "https://files.genauth.ai/genauth-console/default-app-logo.png",
        "appDescription": "",
        "appType": "web",
        "userPoolId": USERPOOL_ID,
        "isIntegrateApp": False,
        "defaultProtocol": "oidc",
        "redirectUris": [f"{host}/callback"],
        "logoutRedirectUris": [host],
        "initLoginUri": "",
        "ssoEnabled": False,
        "loginConfig": {
            "mergeLoginAndRegisterPage": False,
            "enabledBasicLoginMethods": ["EMAIL_PASSWORD", "EMAIL_CODE"],
            "defaultLoginMethod": {
                "connectionType": "PASSWORD",
                "qrcodeType": "SELF_BUILT_APP",
                "qrcodeExtIdpConnId": "",
                "adExtIdpConnId": "",
                "ldapExtIdpConnId": "",
            },
            "enabledExtIdpConns": [],
            "showAuthorizationPage": False,
        },
        "registerConfig": {"enabledBasicRegisterMethods": ["EMAIL_PASSWORD"], "defaultRegisterMethod": "PASSWORD"},
        "brandingConfig": {
            "customCSSEnabled": False,
            "customCSS": "",
            "guardVersion": "Advanced",
            "customLoadingImage": "",
            "customBackground": "",
            "showChangeLanguageButton": True,
            "defaultLanguage": "en-US",
            "showForgetPasswordButton": True,
            "showEnterpriseConnections": True,
            "showSocialConnections": True,
            "showAgreement": False,
            "agreements": [],
        },
        "oidcConfig": {
            "grantTypes": ["authorization_code", "refresh_token"],
            "responseTypes": ["code"],
            "idTokenSignedResponseAlg": "HS256",
            "tokenEndpointAuthMethod": "client_secret_post",
            "introspectionEndpointAuthMethod": "client_secret_post",
            "revocationEndpointAuthMethod": "client_secret_post",
            "authorizationCodeExpire": 600,
            "idTokenExpire": 1209600,
            "accessTokenExpire": 1209600,
            "refreshTokenExpire": 2592000,
            "cookieExpire": 1209600,
            "scopes": ["openid", "profile", "email", "phone", "offline_access"],
        },
        "samlProviderEnabled": False,
        "oauthProviderEnabled": False,
        "casProviderEnabled": False,
        "customBrandingEnabled": False,
        "customSecurityEnabled": False,
    }


_STATUS_HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: "
_KEEP = b"\r\nConnection: keep-alive\r\n\r\n"
_CLOSE = b"\r\nConnection: close\r\n\r\n"


class _State:
    def __init__(self, counters: Any) -> None:
        self.counters = counters if counters is not None else [0] * N_COUNTERS
        self.request_ids = itertools.count(1)
        self.app_ids = itertools.count(1)
        self.token_body = None  # filled lazily


class _Http(asyncio.Protocol):
    __slots__ = ("state", "transport", "buf")

    def __init__(self, state: _State) -> None:
        self.state = state
        self.transport: asyncio.Transport | None = None
        self.buf = b""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]
        self.state.counters[CONNECTIONS] += 1

    def data_received(self, data: bytes) -> None:
        buf = self.buf + data if self.buf else data
        while True:
            end = buf.find(b"\r\n\r\n")
            if end < 0:
                break
            head = buf[:end]
            lower = head.lower()
            length = 0
            i = lower.find(b"\r\ncontent-length:")
            if i >= 0:
                j = lower.find(b"\r\n", i + 2)
                length = int(lower[i + 17 : j if j >= 0 else len(lower)])
            total = end + 4 + length
            if len(buf) < total:
                break
            body = buf[end + 4 : total]
            buf = buf[total:]
            close = b"\r\nconnection: close" in lower
            self._handle(head, lower, body, close)
            if close:
                buf = b""
                break
        self.buf = buf

    def _handle(self, head: bytes, lower: bytes, body: bytes, close: bool) -> None:
        st = self.state
        c = st.counters
        c[REQUESTS] += 1
        line_end = head.find(b"\r\n")
        method, target, _ = head[: line_end if line_end >= 0 else len(head)].split(b" ", 2)
        path, _, query = target.partition(b"?")
        rid = b"%x" % next(st.request_ids)
        if path == b"/api/v3/get-management-token":
            c[TOKENS] += 1
            if st.token_body is None:
                st.token_body = _dumps({"access_token": make_token(), "expires_in": 7200})
            out = b'{"statusCode":200,"message":"","requestId":"' + rid + b'","data":' + st.token_body + b"}"
        elif path == b"/__bench/stats":
            out = _dumps({n: int(c[k]) for k, n in enumerate(COUNTER_NAMES)})
        elif b"\r\nauthorization: bearer " not in lower:
            c[UNAUTHORIZED] += 1
            out = b'{"statusCode":401,"message":"Unauthorized","requestId":"' + rid + b'"}'
        elif path == b"/api/v3/create-application" and method == b"POST":
            c[CREATED] += 1
            req = _loads(body) if body else {}
            app_id = "%024x" % (0x64000000000000000000 + next(st.app_ids))
            dto = application_dto(app_id, str(req.get("appName", "")), str(req.get("appIdentifier", app_id)))
            out = b'{"statusCode":200,"message":"","requestId":"' + rid + b'","data":' + _dumps(dto) + b"}"
        elif path == b"/api/v3/get-application" and method == b"GET":
            c[FETCHED] += 1
            qs = parse_qs(query.decode("latin-1"))
            app_id = (qs.get("appId") or [""])[0]
            dto = application_dto(app_id, "bench-app", "bench-" + app_id[-8:])
            out = b'{"statusCode":200,"message":"","requestId":"' + rid + b'","data":' + _dumps(dto) + b"}"
        else:
            out = b'{"statusCode":404,"message":"Not Found","requestId":"' + rid + b'"}'
        assert self.transport is not None
        self.transport.write(_STATUS_HEAD + b"%d" % len(out) + (_CLOSE if close else _KEEP) + out)
        if close:
            self.transport.close()

    def connection_lost(self, exc: Exception | None) -> None:
        self.transport = None


def make_ssl_context(certfile: str, keyfile: str) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(certfile, keyfile)
    return ctx


async def _serve(
    host: str, port: int, ssl_ctx: ssl.SSLContext | None, counters: Any, ready: Any, stop: asyncio.Event | None = None
) -> None:
    loop = asyncio.get_running_loop()
    state = _State(counters)
    server = await loop.create_server(lambda: _Http(state), host, port, ssl=ssl_ctx, backlog=1024, reuse_address=True)
    bound = server.sockets[0].getsockname()[1]
    if ready is not None:
        ready.send(bound)
        ready.close()
    else:
        scheme = "https" if ssl_ctx else "http"
        print(f"benchmark server listening on {scheme}://{host}:{bound}", flush=True)
    stop = stop or asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        try:
            loop.add_signal_handler(sig, stop.set)
        except (NotImplementedError, RuntimeError):  # pragma: no cover
            pass
    async with server:
        await stop.wait()


def run_server(
    host: str = "127.0.0.1",
    port: int = 0,
    certfile: str | None = None,
    keyfile: str | None = None,
    counters: Any = None,
    ready: Any = None,
    cpu: int | None = None,
) -> None:
    """Process entry point (also the multiprocessing target of :func:`benchmarks.harness.ServerProcess`)."""
    if cpu is not None and hasattr(os, "sched_setaffinity"):
        try:
            os.sched_setaffinity(0, {cpu})
        except OSError:
            pass
    ssl_ctx = make_ssl_context(certfile, keyfile) if certfile and keyfile else None
    try:
        import uvloop

        runner = uvloop.run
    except ImportError:  # pragma: no cover
        runner = asyncio.run
    try:
        runner(_serve(host, port, ssl_ctx, counters, ready))
    except KeyboardInterrupt:  # pragma: no cover
        pass


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(prog="python -m benchmarks.server", description=__doc__.splitlines()[0])
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8099)
    p.add_argument("--https", action="store_true", help="serve TLS with a throwaway self-signed certificate")
    a = p.parse_args(argv)
    if a.https:
        from .certs import self_signed

        with self_signed() as (cert, key):
            run_server(a.host, a.port, cert, key)
    else:
        run_server(a.host, a.port)


if __name__ == "__main__":
    main(sys.argv[1:])
