"""Issue 19 point 5 at run time: the methods that used to be annotated ``Any`` return what their
new annotation says (models where the API declares one, JSON passed through where it does not)."""

from __future__ import annotations

import pytest

import genauth_async
import genauth_sync
from genauth_async.errors import ResponseFormatError
from genauth_async.models import (
    LoginTokenResponseDataDto,
    MfaTokenIntrospectResponse,
    PubEventRespDataDto,
    UserDto,
)
from tests.support.fake_server import FakeServer

TOKEN = {"access_token": "at-1", "id_token": "it-1", "token_type": "Bearer", "expire_in": 7200}


async def test_verify_mfa_token_returns_the_introspection_model(server: FakeServer) -> None:
    server.set("POST", "/mfa/token/introspection",
               {"active": True, "userPoolId": "pool-9", "userId": "u-7", "exp": 1700000300}, raw=True)
    async with genauth_async.AuthenticationClient("app1", server.url, max_retries=0) as client:
        result = await client.verify_mfa_token("mfa-tok")
    assert isinstance(result, MfaTokenIntrospectResponse)
    assert (result.active, result.user_pool_id, result.user_id, result.exp) == (True, "pool-9", "u-7", 1700000300)


def test_verify_mfa_token_inactive_sync(server: FakeServer) -> None:
    server.set("POST", "/mfa/token/introspection", {"active": False}, raw=True)
    with genauth_sync.AuthenticationClient("app1", server.url, max_retries=0) as client:
        result = client.verify_mfa_token("mfa-tok")
    assert isinstance(result, MfaTokenIntrospectResponse)
    assert result.active is False and result.user_id is None


async def test_sign_in_and_sign_up_shortcuts_return_models(server: FakeServer) -> None:
    server.set("POST", "/api/v3/signin", TOKEN)
    server.set("POST", "/api/v3/signup", {"userId": "u-1", "email": "a@example.com"})
    async with genauth_async.AuthenticationClient("app1", server.url, max_retries=0) as client:
        token = await client.sign_in_by_username_password("alice", "pw-1")
        user = await client.sign_up_by_email_password("a@example.com", "pw-1")
    assert isinstance(token, LoginTokenResponseDataDto) and token.access_token == "at-1"
    assert token.expire_in == 7200
    assert isinstance(user, UserDto) and user.user_id == "u-1"


@pytest.mark.parametrize("client_cls", ["authentication", "management"])
def test_put_event_returns_the_pub_event_model(server: FakeServer, client_cls: str) -> None:
    path = "/api/v3/pub-userEvent" if client_cls == "authentication" else "/api/v3/pub-event"
    server.set("POST", path, {"success": True})
    if client_cls == "authentication":
        client: genauth_sync.AuthenticationClient | genauth_sync.ManagementClient = genauth_sync.AuthenticationClient(
            "app1", server.url, access_token="user-tok", max_retries=0)
    else:
        server.set("POST", "/api/v3/get-management-token", {"access_token": "mt", "expires_in": 7200})
        client = genauth_sync.ManagementClient("key-id", "key-secret", host=server.url, max_retries=0)
    with client:
        result = client.put_event("myapp.user.created", {"id": 1})
    assert isinstance(result, PubEventRespDataDto) and result.success is True


async def test_put_event_answer_of_the_wrong_shape_is_a_format_error(server: FakeServer) -> None:
    server.set("POST", "/api/v3/pub-userEvent", ["not", "an", "object"])
    async with genauth_async.AuthenticationClient("app1", server.url, access_token="t", max_retries=0) as client:
        with pytest.raises(ResponseFormatError, match="put_event"):
            await client.put_event("myapp.user.created", {"id": 1})


async def test_an_answer_without_schema_is_passed_through_as_json(server: FakeServer) -> None:
    options = {"challenge": "c-1", "allowCredentials": [{"id": "cred-1", "type": "public-key"}], "timeout": 60000}
    server.set("POST", "/api/v3/webauthn/login/initialize", options)
    async with genauth_async.AuthenticationClient("app1", server.url, max_retries=0) as client:
        assert await client.web_authn_login_initialize() == options
