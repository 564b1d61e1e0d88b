"""Issue 19: the Node SDK's options of the two hand-written helpers, on the wire.

``get_user_info_by_access_token(method=, token_place=)`` sends the token where Node's
``getUserInfoByAccessToken`` options put it; ``build_authorize_url(tenant_id=, forced=)`` adds Node's
``tenantId`` and ``prompt=login`` to the OIDC URL. Without them both keep the official Python behaviour.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

import genauth_sync
from genauth_async.errors import ValidationError
from tests.support.fake_server import FakeServer, Recorded

from .conftest import AsyncAuth

TOKEN = "user-at"
BEARER = f"Bearer {TOKEN}"


def _claims(rec: Recorded) -> Any:
    return {"sub": "u1"}


@pytest.fixture
def srv() -> Iterator[FakeServer]:
    with FakeServer(fallback=_claims) as server:
        yield server


def _wire(server: FakeServer) -> dict[str, Any]:
    (rec,) = server.requests
    server.reset()
    form = rec.form() if rec.content_type == "application/x-www-form-urlencoded" else {}
    return {"method": rec.method, "path": rec.path, "query": dict(rec.query), "form": form,
            "authorization": rec.headers.get("authorization")}


def _auth(server: FakeServer, **kw: Any) -> Any:
    return AsyncAuth(app_id="app1", app_host=server.url, app_secret="sec1", max_retries=0, **kw)


#: (method, token_place) -> (HTTP method, query, form, authorization): Node's getUserInfoByAccessToken.
NODE_TABLE = {
    ("GET", "query"): ("GET", {"access_token": TOKEN}, {}, None),
    ("GET", "header"): ("GET", {}, {}, BEARER),
    ("POST", "query"): ("POST", {"access_token": TOKEN}, {}, None),
    ("POST", "header"): ("POST", {}, {}, BEARER),
    ("POST", "body"): ("POST", {}, {"access_token": TOKEN}, None),
    # one option given: the other takes Node's default (GET, query)
    ("POST", None): ("POST", {"access_token": TOKEN}, {}, None),
    (None, "header"): ("GET", {}, {}, BEARER),
    (None, "query"): ("GET", {"access_token": TOKEN}, {}, None),
}


@pytest.mark.parametrize("protocol", ["oidc", "oauth"])
@pytest.mark.parametrize(("method", "token_place"), list(NODE_TABLE))
async def test_user_info_token_place(srv: FakeServer, protocol: str, method: Any, token_place: Any) -> None:
    async with _auth(srv, protocol=protocol) as client:
        claims = await client.get_user_info_by_access_token(TOKEN, method=method, token_place=token_place)
    assert claims == {"sub": "u1"}
    http_method, query, form, authorization = NODE_TABLE[(method, token_place)]
    assert _wire(srv) == {"method": http_method, "path": f"/{protocol}/me", "query": query, "form": form,
                          "authorization": authorization}


async def test_user_info_default_is_the_official_post_with_bearer(srv: FakeServer) -> None:
    async with _auth(srv) as client:
        await client.get_user_info_by_access_token(TOKEN)
    assert _wire(srv) == {"method": "POST", "path": "/oidc/me", "query": {}, "form": {},
                          "authorization": BEARER}


@pytest.mark.parametrize(("method", "token_place", "param"), [
    ("GET", "body", "token_place"), ("PUT", None, "method"), (None, "cookie", "token_place"),
])
async def test_user_info_refuses_what_node_refuses(srv: FakeServer, method: Any, token_place: Any,
                                                   param: str) -> None:
    async with _auth(srv) as client:
        with pytest.raises(ValidationError) as err:
            await client.get_user_info_by_access_token(TOKEN, method=method, token_place=token_place)
    assert err.value.param == param
    assert srv.requests == []


def test_user_info_options_through_the_sync_facade(srv: FakeServer) -> None:
    with genauth_sync.AuthenticationClient("app1", srv.url, app_secret="sec1", max_retries=0) as client:
        client.get_user_info_by_access_token(TOKEN, method="POST", token_place="body")
    assert _wire(srv)["form"] == {"access_token": TOKEN}


def _query(url: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(url).query)


def test_authorize_url_tenant_and_forced() -> None:
    client = AsyncAuth(app_id="app1", app_host="https://demo.genauth.ai", redirect_uri="https://rp/cb")
    q = _query(client.build_authorize_url(state="s", nonce="n", tenant_id="t 1", forced=True))
    assert q["tenantId"] == ["t 1"] and q["prompt"] == ["login"]
    assert q["client_id"] == ["app1"] and q["redirect_uri"] == ["https://rp/cb"]
    # forced wins over the consent prompt that offline_access asks for, as in Node
    assert _query(client.build_authorize_url(scope="openid offline_access", forced=True))["prompt"] == ["login"]
    assert _query(client.build_authorize_url(scope="openid offline_access", forced=False))["prompt"] == ["consent"]
    plain = _query(client.build_authorize_url())
    assert "tenantId" not in plain and "prompt" not in plain


def test_authorize_url_node_options_sync_facade() -> None:
    with genauth_sync.AuthenticationClient("app1", "https://demo.genauth.ai") as client:
        q = _query(client.build_authorize_url(tenant_id="t2", forced=True))
    assert q["tenantId"] == ["t2"] and q["prompt"] == ["login"]


@pytest.mark.parametrize("protocol", ["oauth", "saml", "cas"])
@pytest.mark.parametrize(("kw", "param"), [({"tenant_id": "t"}, "tenant_id"), ({"forced": True}, "forced")])
def test_authorize_url_node_options_are_oidc_only(protocol: str, kw: dict[str, Any], param: str) -> None:
    client = AsyncAuth(app_id="app1", app_host="https://demo.genauth.ai", protocol=protocol)
    with pytest.raises(ValidationError) as err:
        client.build_authorize_url(**kw)
    assert err.value.param == param


@pytest.mark.parametrize("protocol", ["oauth", "saml", "cas"])
def test_authorize_url_forced_false_is_no_option(protocol: str) -> None:
    """``forced=False`` asks for nothing, so other protocols take it as they take no ``forced``."""
    client = AsyncAuth(app_id="app1", app_host="https://demo.genauth.ai", protocol=protocol)
    assert client.build_authorize_url(forced=False, state="s") == client.build_authorize_url(state="s")
