"""Issue 19 point 3: ``verify_mfa_token`` goes through the official V3 client, so like the official
``genauth`` 5.1.0 it sends ``x-genauth-app-id`` and the user's token in ``authorization``, with the
corrected form body; the protocol endpoints (/oidc, /oauth, /cas-idp) still get no x-genauth-* headers."""

from __future__ import annotations

import genauth_async
import genauth_sync
from tests.support.fake_server import FakeServer

PATH = "/mfa/token/introspection"


async def test_async_sends_the_official_headers_and_form_body(server: FakeServer) -> None:
    server.set("POST", PATH, {"active": True}, raw=True)
    async with genauth_async.AuthenticationClient(
        "app1", server.url, access_token="user-tok", max_retries=0
    ) as client:
        await client.verify_mfa_token("mfa-tok")
    rec = server.take("POST", PATH)
    assert rec.headers["x-genauth-app-id"] == "app1"
    assert rec.headers["authorization"] == "user-tok"
    assert rec.headers["x-genauth-request-from"] == "sdk"
    assert rec.content_type == "application/x-www-form-urlencoded"
    assert rec.form() == {"token": "mfa-tok"}


def test_sync_without_user_token_still_sends_the_app_id(server: FakeServer) -> None:
    server.set("POST", PATH, {"active": False}, raw=True)
    with genauth_sync.AuthenticationClient("app2", server.url, max_retries=0) as client:
        client.verify_mfa_token("mfa-tok")
    rec = server.take("POST", PATH)
    assert rec.headers["x-genauth-app-id"] == "app2"
    assert "authorization" not in rec.headers
    assert rec.form() == {"token": "mfa-tok"}


async def test_protocol_paths_keep_no_genauth_headers(server: FakeServer) -> None:
    server.set("POST", "/oidc/token/introspection", {"active": True}, raw=True)
    async with genauth_async.AuthenticationClient(
        "app1", server.url, access_token="user-tok", max_retries=0
    ) as client:
        await client.request("POST", "/oidc/token/introspection", form={"token": "t"}, envelope=False)
    rec = server.take("POST", "/oidc/token/introspection")
    assert not any(k.lower().startswith("x-genauth-") for k in rec.headers)
    assert "authorization" not in rec.headers
