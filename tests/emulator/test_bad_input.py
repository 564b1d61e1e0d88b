"""Bad input gets a 4xx in the route's format, never a 5xx; real handler bugs stay visible.

One test per kind of bad input of issue 17 (non-ASCII credentials, invalid JSON, wrong top-level
and element types, bodies over the limit, bad query strings, unknown content types), then the
last-resort guard (a handler bug is answered, recorded and logged) and a client that hangs up.
"""

from __future__ import annotations

import asyncio
import base64
import json
import logging
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest
import pytest_asyncio
from yarl import URL

from genauth_async.testing import Emulator
from genauth_async.testing._wire import ProtocolError
from genauth_async.testing.credentials import same_secret
from genauth_async.testing.routing import Ctx, Route
from genauth_async.testing.tokens import pkce_matches

from .conftest import Api

REDIRECT = "https://client.example.com/cb"


@pytest_asyncio.fixture
async def session() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as s:
        yield s


async def _send(s: aiohttp.ClientSession, method: str, url: str, body: bytes | None = None,
                ctype: str | None = "application/json", headers: dict[str, str] | None = None) -> tuple[int, Any]:
    merged = dict(headers or {})
    if ctype is not None:
        merged["content-type"] = ctype
    async with s.request(method, URL(url, encoded=True), data=body, headers=merged, allow_redirects=False,
                         skip_auto_headers=("Content-Type",)) as resp:
        raw = await resp.read()
        try:
            return resp.status, json.loads(raw)
        except ValueError:
            return resp.status, raw.decode("utf-8", "replace")


def _envelope_error(status: int, answer: Any, code: int = 400) -> str:
    """Assert an API envelope error (HTTP 200 unless 413); returns its message."""
    assert status == (413 if code == 413 else 200), (status, answer)
    assert isinstance(answer, dict) and answer["statusCode"] == code and answer["requestId"], answer
    assert isinstance(answer["message"], str) and answer["message"]
    return answer["message"]


def _oauth_error(status: int, answer: Any, http_status: int = 400) -> str:
    assert status == http_status, (status, answer)
    assert answer["error"] == "invalid_request" and set(answer) == {"error", "error_description"}, answer
    return str(answer["error_description"])


def test_same_secret_compares_any_text() -> None:
    assert same_secret("密钥é", "密钥é") and not same_secret("é", "e") and not same_secret("\ud800", "x")
    assert not same_secret(None, "x") and not same_secret(["x"], "x") and not same_secret(1, "1")
    assert pkce_matches("vérifier", "vérifier", "plain") and not pkce_matches("v" * 43, "défi", "S256")


async def test_non_ascii_credentials_are_wrong_credentials(emu: Emulator, api: Api,
                                                           session: aiohttp.ClientSession) -> None:
    answer = await api.post_raw("/api/v3/get-management-token", {"accessKeyId": "ak-test", "accessKeySecret": "密钥"})
    assert answer["statusCode"] == 401
    answer = await api.post_raw("/api/v3/get-management-token", {"accessKeyId": "é", "accessKeySecret": "sk-test"})
    assert answer["statusCode"] == 401
    app = emu.create_application("Creds", "creds", redirectUris=[REDIRECT])
    emu.create_user(password="Passw0rd!", email="c@example.com")
    signin = {"connection": "PASSWORD", "passwordPayload": {"email": "c@example.com", "password": "Passw0rd!"},
              "client_id": app["appId"], "client_secret": "sécret"}
    answer = await api.post_raw("/api/v3/signin", signin, {"x-genauth-app-id": app["appId"]})
    assert answer["statusCode"] == 401 and "Client authentication failed" in answer["message"]
    status, answer = await _send(session, "POST", emu.url + "/oidc/token",
                                 f"grant_type=refresh_token&refresh_token=x&client_id={app['appId']}"
                                 "&client_secret=%C3%A9".encode(), "application/x-www-form-urlencoded")
    assert (status, answer["error"]) == (401, "invalid_client")
    basic = base64.b64encode(f"{app['appId']}:ü".encode()).decode()
    status, answer = await _send(session, "POST", emu.url + "/oauth/token/introspection", b"token=x",
                                 "application/x-www-form-urlencoded", {"authorization": f"Basic {basic}"})
    assert (status, answer["error"]) == (401, "invalid_client")
    # A passcode guess in another script is just a wrong code.
    answer = await api.post_raw("/api/v3/send-email", {"email": "c@example.com", "channel": "CHANNEL_LOGIN"},
                                {"x-genauth-app-id": app["appId"]})
    assert answer["statusCode"] == 200
    passcode = {"connection": "PASSCODE", "passCodePayload": {"email": "c@example.com", "passCode": "一二三四五六"},
                "client_id": app["appId"], "client_secret": app["appSecret"]}
    answer = await api.post_raw("/api/v3/signin", passcode, {"x-genauth-app-id": app["appId"]})
    assert answer["statusCode"] == 403
    # PKCE with a non-ASCII challenge: the exchange fails as a grant error.
    user = emu.create_user(email="pkce@example.com")
    code = emu.authorize(app["appId"], user["userId"], REDIRECT, code_challenge="défi", code_challenge_method="plain")
    status, answer = await _send(session, "POST", emu.url + "/oidc/token", json.dumps(
        {"grant_type": "authorization_code", "code": code, "redirect_uri": REDIRECT, "code_verifier": "défj",
         "client_id": app["appId"], "client_secret": app["appSecret"]}).encode())
    assert (status, answer["error"]) == (400, "invalid_grant")


async def test_events_signature_in_another_script(emu: Emulator, session: aiohttp.ClientSession) -> None:
    from genauth_async.testing import events

    events.register(emu.router)
    status, _ = await _send(session, "GET", emu.url + "/events/v1/management/sub?code=x", None, None,
                            {"authorization": "genauth 密钥:签名"})
    assert status == 401


async def test_invalid_json(emu: Emulator, api: Api, session: aiohttp.ClientSession) -> None:
    headers = await api.headers()
    for raw in (b"{", b'{"a":', b"{'a': 1}", b'{"a": 1,}', b"\xff\xfe", b'{"a": "\\ud800"}', b"[" * 5000):
        status, answer = await _send(session, "POST", emu.url + "/api/v3/create-user", raw, headers=headers)
        assert _envelope_error(status, answer) == "Request body is not valid JSON"
        for path in ("/oidc/token", "/oauth/token", "/oidc/token/introspection", "/oauth/token/revocation",
                     "/oidc/auth", "/oidc/me", "/oidc/session/end"):
            status, answer = await _send(session, "POST", emu.url + path, raw)
            assert _oauth_error(status, answer) == "Request body is not valid JSON", path


async def test_wrong_top_level_types(emu: Emulator, api: Api, session: aiohttp.ClientSession) -> None:
    headers = await api.headers()
    for value in ([], [{}], "codeList", 1, True, None):
        raw = json.dumps(value).encode()
        status, answer = await _send(session, "POST", emu.url + "/api/v3/delete-roles-batch", raw, headers=headers)
        assert _envelope_error(status, answer) == "Request body must be a JSON object"
        status, answer = await _send(session, "POST", emu.url + "/oauth/token", raw)
        assert _oauth_error(status, answer) == "Request body must be a JSON object"


async def test_wrong_element_types(api: Api) -> None:
    for path, body, message in (
        ("/api/v3/delete-roles-batch", {"codeList": [{}]}, "codeList[0] must be a string"),
        ("/api/v3/delete-roles-batch", {"codeList": ["ok", None]}, "codeList[1] should not be null"),
        ("/api/v3/delete-roles-batch", {"codeList": [["x"]]}, "codeList[0] must be a string"),
        ("/api/v3/create-users-batch", {"list": [{"email": "a@example.com"}, 7]}, "list[1] must be an object"),
        ("/api/v3/create-users-batch", {"list": [{"email": {"$gt": ""}}]}, "list[0].email must be a string"),
        ("/api/v3/add-group-members", {"code": "g", "userIds": [1]}, "userIds[0] must be a string"),
    ):
        answer = await api.post(path, body)
        assert (answer["statusCode"], answer["message"]) == (400, message), (path, answer)
    # The same through the authentication API: a nested payload with a wrong type.
    app = api.emu.create_application("Shapes", "shapes")
    answer = await api.post_raw("/api/v3/signin", {"connection": "PASSWORD", "passwordPayload": {"password": []},
                                                   "client_id": app["appId"], "client_secret": app["appSecret"]},
                                {"x-genauth-app-id": app["appId"]})
    assert (answer["statusCode"], answer["message"]) == (400, "passwordPayload.password must be a string")


async def test_body_over_the_limit_is_413(session: aiohttp.ClientSession) -> None:
    async with Emulator(access_key_id="ak", access_key_secret="sk", max_body_size=1024) as emu:
        big = json.dumps({"name": "x" * 2000}).encode()
        status, answer = await _send(session, "POST", emu.url + "/api/v3/create-user", big)
        assert "larger than the emulator's limit of 1024 bytes" in _envelope_error(status, answer, 413)
        status, answer = await _send(session, "POST", emu.url + "/oidc/token", b"code=" + b"x" * 2000,
                                     "application/x-www-form-urlencoded")
        assert "1024 bytes" in _oauth_error(status, answer, 413)
        multipart = b"--zz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n" + b"x" * 2000 + b"\r\n--zz--\r\n"
        status, answer = await _send(session, "POST", emu.url + "/oauth/token", multipart,
                                     "multipart/form-data; boundary=zz")
        assert "1024 bytes" in _oauth_error(status, answer, 413)
        status, answer = await _send(session, "POST", emu.url + "/api/v3/get-management-token",
                                     json.dumps({"accessKeyId": "ak", "accessKeySecret": "sk"}).encode())
        assert status == 200 and answer["statusCode"] == 200  # under the limit all is well
        assert not emu.handler_failures


async def test_bad_query_strings(emu: Emulator, api: Api, session: aiohttp.ClientSession) -> None:
    headers = await api.headers()
    for query in ("page=abc", "page=0", "limit=100000", "page=1e3", "%zz", "a=%ff%fe", "=&&=", "page=%ED%A0%80",
                  "page=1&page=x", "limit=" + "9" * 400):
        status, answer = await _send(session, "GET", f"{emu.url}/api/v3/list-users?{query}", None, None, headers)
        assert status == 200 and answer["statusCode"] in (200, 400), (query, answer)
    status, answer = await _send(session, "GET", emu.url + "/api/v3/list-users?page=abc", None, None, headers)
    assert "page" in _envelope_error(status, answer)
    status, answer = await _send(session, "GET", emu.url + "/api/v3/%ED%A0%80?a=%ff", None, None, headers)
    assert _envelope_error(status, answer, 404).startswith("Cannot GET /api/v3/")
    status, answer = await _send(session, "GET", emu.url + "/oidc/auth?client_id=%ff%fe&redirect_uri=%", None, None)
    assert (status, answer["error"]) == (401, "invalid_client")
    status, answer = await _send(session, "GET", emu.url + "/cas-idp/%ED%A0%80?service=%zz", None, None)
    assert status == 404 and answer["error"] == "invalid_request"


async def test_unknown_content_types(emu: Emulator, api: Api, session: aiohttp.ClientSession) -> None:
    headers = await api.headers()
    body = json.dumps({"codeList": ["a"]}).encode()
    for ctype in ("application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=zz",
                  "text/html"):
        status, answer = await _send(session, "POST", emu.url + "/api/v3/delete-roles-batch", body, ctype, headers)
        assert "is not supported: send the body as application/json" in _envelope_error(status, answer), ctype
    status, answer = await _send(session, "POST", emu.url + "/api/v3/delete-roles-batch", body,
                                 "application/json; charset=latin-9", headers)
    assert "charset latin-9 is not supported" in _envelope_error(status, answer)
    # Still read as JSON: the JSON family, text/plain (a browser's string body), no content type,
    # and one that does not parse as a media type at all (aiohttp sees application/octet-stream).
    for variant in ("text/json", "application/vnd.api+json", "text/plain", None, "garbage"):
        status, answer = await _send(session, "POST", emu.url + "/api/v3/delete-roles-batch", body, variant, headers)
        assert (status, answer["statusCode"]) == (200, 200), variant
    for ctype, raw in (("application/xml", b"<a/>"), ("multipart/form-data; boundary=zz", b"no boundary here"),
                       ("multipart/form-data", b"--x--"), ("application/x-www-form-urlencoded; charset=latin-9",
                                                            b"grant_type=%ff")):
        status, answer = await _send(session, "POST", emu.url + "/oidc/token", raw, ctype)
        assert status in (400, 401) and answer["error"] in ("invalid_request", "invalid_client", "unsupported_grant_type"), (
            ctype, answer)


async def test_a_handler_bug_is_answered_recorded_and_logged(caplog: pytest.LogCaptureFixture,
                                                              session: aiohttp.ClientSession) -> None:
    emu = Emulator(access_key_id="ak", access_key_secret="sk")

    async def shape_bug(ctx: Ctx) -> Any:
        return {}[ctx.body.get("key")]  # a KeyError, as input of an unexpected shape provokes

    async def real_bug(ctx: Ctx) -> Any:
        raise RuntimeError("state is corrupt")

    async def protocol_bug(request: Any) -> Any:
        raise TypeError("no")

    async def protocol_refusal(request: Any) -> Any:
        raise ProtocolError("invalid_request", "refused")

    emu.router.exact[("POST", "/api/v3/x-shape-bug")] = Route(kind="public", handler=shape_bug)
    emu.router.exact[("POST", "/api/v3/x-real-bug")] = Route(kind="public", handler=real_bug)
    emu.router.raw(("GET",), "/oidc/x-bug", protocol_bug)
    emu.router.raw(("GET",), "/oidc/x-refusal", protocol_refusal)
    caplog.set_level(logging.DEBUG, "genauth_async.testing")
    async with emu:
        status, answer = await _send(session, "POST", emu.url + "/api/v3/x-shape-bug", b'{"key": "k"}')
        assert "could not process this request (KeyError)" in _envelope_error(status, answer)
        status, answer = await _send(session, "POST", emu.url + "/api/v3/x-real-bug", b"{}")
        assert status == 200 and answer["statusCode"] == 500 and "RuntimeError" in answer["message"]
        status, answer = await _send(session, "GET", emu.url + "/oidc/x-bug", None, None)
        assert "(TypeError)" in _oauth_error(status, answer)
        status, answer = await _send(session, "GET", emu.url + "/oidc/x-refusal", None, None)
        assert _oauth_error(status, answer) == "refused"
    assert [str(f) for f in emu.handler_failures] == [
        "POST /api/v3/x-shape-bug: KeyError: 'k'",
        "POST /api/v3/x-real-bug: RuntimeError: state is corrupt",
        "GET /oidc/x-bug: TypeError: no",
    ]
    logged = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert len(logged) == 3 and all(r.exc_info for r in logged)
    with pytest.raises(AssertionError, match=r"failed while handling 3 request\(s\)"):
        emu.assert_no_handler_failures()


@pytest.mark.parametrize("path", ["/api/v3/get-management-token", "/oidc/token", "/api/v3/unknown-path"])
async def test_client_disconnect_is_not_a_handler_failure(caplog: pytest.LogCaptureFixture, path: str) -> None:
    caplog.set_level(logging.DEBUG)
    async with Emulator(access_key_id="ak", access_key_secret="sk") as emu:
        started, finished = asyncio.Event(), asyncio.Event()
        dispatch = emu._dispatch

        async def watched(request: Any) -> Any:
            started.set()
            try:
                return await dispatch(request)
            finally:
                finished.set()

        emu._dispatch = watched  # type: ignore[method-assign]
        reader, writer = await asyncio.open_connection("127.0.0.1", emu.port)
        writer.write(f"POST {path} HTTP/1.1\r\nHost: x\r\ncontent-type: application/json\r\n"
                     "content-length: 1000\r\n\r\n".encode() + b'{"accessKeyId": "ak", ')
        await writer.drain()
        await asyncio.wait_for(started.wait(), 10)
        writer.transport.abort()  # gone before the body is complete
        await asyncio.wait_for(finished.wait(), 10)
        # Still serving.
        async with aiohttp.ClientSession() as s, s.post(emu.url + "/api/v3/get-management-token",
                                                        json={"accessKeyId": "ak", "accessKeySecret": "sk"}) as resp:
            assert (await resp.json())["statusCode"] == 200
    assert not emu.handler_failures
    assert not [r for r in caplog.records if r.exc_info or r.levelno >= logging.WARNING], caplog.text
    if path != "/api/v3/unknown-path":  # an unknown path answers without reading the body
        assert any("client went away" in r.getMessage() for r in caplog.records), caplog.text
