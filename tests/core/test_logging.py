"""Core issue item 7 (logging): exactly one DEBUG line per attempt, each carrying method, path,
statuses, duration, request id and attempt number; no secret in any log line, exception or repr."""

from __future__ import annotations

import base64
import logging
import re

import pytest
from _fixtures import (
    ACCESS_KEY_ID,
    ACCESS_KEY_SECRET,
    APP_SECRET,
    CREATE_APPLICATION,
    GET_APPLICATION,
    ID_TOKEN,
    PASSWORD,
    SIGNIN,
    USER_TOKEN,
)
from aiohttp import web

from genauth_async._base_client import BaseAuthenticationClient, BaseManagementClient
from genauth_async._endpoint import RequestOptions
from genauth_async.errors import GenAuthError
from tests.support.fake_server import TOKEN_PATH, FakeServer, closed_port, fail, ok

LINE = re.compile(
    r"^(?P<method>[A-Z]+) (?P<path>/[^?\s]*)(?P<query>\?\S*)? -> http=(?P<http>\d{3}|-) "
    r"statusCode=(?P<status>\d+|-) (?P<ms>\d+\.\d)ms requestId=(?P<rid>\S+) attempt=(?P<attempt>\d+)"
    r"(?P<outcome> .+)?$"
)


async def test_one_complete_line_per_attempt_and_no_secrets(server: FakeServer,
                                                            caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="genauth_async")
    server.script("GET", "/api/v3/get-application",
                  lambda _r: web.Response(status=502, text="<html>bad gateway</html>", content_type="text/html"),
                  ok({"appId": "a", "appName": "n"}, requestId="req-get"))
    server.script("POST", "/api/v3/create-application", fail(409, "duplicate", api_code=2039))
    server.script("POST", "/api/v3/signin", fail(403, "wrong password", api_code=2333))
    mgmt = BaseManagementClient(ACCESS_KEY_ID, ACCESS_KEY_SECRET, host=server.url)
    auth = BaseAuthenticationClient("app-1", server.url, app_secret=APP_SECRET, access_token=USER_TOKEN,
                                    token_endpoint_auth_method="client_secret_basic")
    refused = BaseAuthenticationClient("app-1", f"http://127.0.0.1:{closed_port()}", app_secret=APP_SECRET,
                                       access_token=USER_TOKEN, max_retries=1)
    errors: list[BaseException] = []
    async with mgmt, auth, refused:
        await mgmt._call(GET_APPLICATION, ("app-1",), None, None)  # token + 502 + retry
        await mgmt.request("GET", "/api/v3/x", query={"password": PASSWORD, "id_token": ID_TOKEN,
                                                        "app_secret": APP_SECRET, "page": 1})
        for call in (
            mgmt._call(CREATE_APPLICATION, ("demo", None, None, None, PASSWORD), None, None),
            auth._call(SIGNIN, ("PASSWORD", {"password": PASSWORD}), None,
                       RequestOptions.build(extra_query={"access_token": USER_TOKEN})),
            refused.request("POST", "/api/v3/signin", json={"password": PASSWORD, "idToken": ID_TOKEN}),
        ):
            try:
                await call
            except GenAuthError as exc:
                errors.append(exc)
        token = (await mgmt.get_management_token()).access_token
        reprs = [repr(mgmt), repr(auth), repr(refused), repr(mgmt._token_provider),
                 repr(await mgmt.get_management_token())]

    records = [r for r in caplog.records if r.name.startswith("genauth_async")]
    lines = [r.getMessage() for r in records]
    assert all(r.levelno == logging.DEBUG for r in records)
    parsed = [LINE.match(line) for line in lines]
    assert all(parsed), lines
    matches = [m for m in parsed if m is not None]

    # Exactly one line per attempt: every request the server saw, plus the two refused connects.
    answered = [m for m in matches if m["http"] != "-"]
    assert [(m["method"], m["path"]) for m in answered] == [(r.method, r.path) for r in server.requests]
    failed = [m for m in matches if m["http"] == "-"]
    assert [(m["method"], m["path"], m["attempt"]) for m in failed] == [
        ("POST", "/api/v3/signin", "0"), ("POST", "/api/v3/signin", "1")]
    assert all("ConnectError" in (m["outcome"] or "") for m in failed)
    assert len(lines) == len(server.requests) + 2

    summary = [(m["method"], m["path"], m["http"], m["status"], m["rid"], m["attempt"]) for m in answered]
    assert summary == [
        ("POST", TOKEN_PATH, "200", "200", "req-ok", "0"),
        ("GET", "/api/v3/get-application", "502", "-", "-", "0"),
        ("GET", "/api/v3/get-application", "200", "200", "req-get", "1"),
        ("GET", "/api/v3/x", "200", "200", "req-ok", "0"),
        ("POST", "/api/v3/create-application", "200", "409", "req-409", "0"),
        ("POST", "/api/v3/signin", "200", "403", "req-403", "0"),
    ]
    assert all(float(m["ms"]) >= 0 for m in matches)
    assert "error: ConflictError" in (answered[4]["outcome"] or "")
    assert answered[3]["query"] == "?password=***&id_token=***&app_secret=***&page=1"
    assert answered[5]["query"] == "?access_token=***"

    assert len(errors) == 3
    basic = base64.b64encode(f"app-1:{APP_SECRET}".encode()).decode()
    haystack = "\n".join([caplog.text, *lines, *(str(r.args) for r in records), *reprs,
                          *(str(e) for e in errors), *(repr(e) for e in errors),
                          *(str(e.__cause__) for e in errors if e.__cause__ is not None)])
    for secret in (ACCESS_KEY_SECRET, APP_SECRET, USER_TOKEN, PASSWORD, ID_TOKEN, token, basic):
        assert secret not in haystack


async def test_nothing_is_formatted_when_debug_is_off(server: FakeServer, mgmt: BaseManagementClient,
                                                      caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="genauth_async")
    await mgmt._call(GET_APPLICATION, ("a",), None, None)
    assert [r for r in caplog.records if r.name.startswith("genauth_async")] == []
