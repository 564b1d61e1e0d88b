"""OIDC/OAuth flows, introspection, revocation, CAS and sign-in against the emulator (async package)."""

from __future__ import annotations

import pytest

from genauth_async.errors import AuthenticationError, BadRequestError, ValidationError

from .conftest import (
    METHODS,
    PASSWORD,
    SERVICE,
    AsyncAuth,
    afollow_login,
    auth_kwargs,
    new_app,
    new_user,
)


@pytest.mark.parametrize("method", METHODS)
async def test_code_flow_with_pkce_refresh_introspect_revoke(emu, method: str) -> None:
    app = new_app(emu, method)
    user = new_user(emu)
    async with AsyncAuth(**auth_kwargs(emu, app, method)) as client:
        verifier = client.generate_code_challenge()
        challenge = client.generate_code_challenge_digest(verifier, "S256")
        url = client.build_authorize_url(scope="openid profile offline_access", code_challenge=challenge,
                                         code_challenge_method="S256", state="st-1")
        answer = await afollow_login(url, "alice")
        assert answer["state"] == "st-1"

        tokens = await client.get_access_token_by_code(answer["code"], verifier)
        assert {"access_token", "id_token", "refresh_token"} <= set(tokens)
        with pytest.raises(BadRequestError):  # codes are single-use
            await client.get_access_token_by_code(answer["code"], verifier)

        info = await client.get_user_info_by_access_token(tokens["access_token"])
        assert info["sub"] == user["userId"] and info["email"] == "alice@example.com"

        online = await client.introspect_token(tokens["access_token"])
        assert online["active"] is True and online["sub"] == user["userId"]
        offline = await client.introspect_token_offline(tokens["access_token"])
        assert offline["sub"] == user["userId"] and offline["aud"] == app["appId"]

        refreshed = await client.get_new_access_token_by_refresh_token(tokens["refresh_token"])
        assert refreshed["access_token"] != tokens["access_token"]

        assert await client.revoke_token(tokens["access_token"]) is True
        assert (await client.introspect_token(tokens["access_token"]))["active"] is False
        assert await client.revoke_token(tokens["refresh_token"]) is True
        with pytest.raises(BadRequestError):
            await client.get_new_access_token_by_refresh_token(tokens["refresh_token"])


async def test_pkce_wrong_verifier_is_refused(emu) -> None:
    app = new_app(emu)
    new_user(emu)
    async with AsyncAuth(**auth_kwargs(emu, app)) as client:
        verifier = client.generate_code_challenge(64)
        url = client.build_authorize_url(code_challenge=client.generate_code_challenge_digest(verifier),
                                         code_challenge_method="S256")
        code = (await afollow_login(url, "alice"))["code"]
        with pytest.raises(BadRequestError, match="PKCE"):
            await client.get_access_token_by_code(code, client.generate_code_challenge(64))


async def test_plain_pkce_and_oauth_protocol(emu) -> None:
    app = new_app(emu)
    new_user(emu)
    async with AsyncAuth(**auth_kwargs(emu, app, protocol="oauth")) as client:
        verifier = client.generate_code_challenge()
        # The OAuth builder carries no PKCE fields; take the OIDC URL's code, redeem at /oauth/token.
        url = AsyncAuth(**auth_kwargs(emu, app)).build_authorize_url(
            code_challenge=client.generate_code_challenge_digest(verifier, "plain"), code_challenge_method="plain")
        code = (await afollow_login(url, "alice"))["code"]
        tokens = await client.get_access_token_by_code(code, verifier)
        assert (await client.get_user_info_by_access_token(tokens["access_token"]))["sub"]


async def test_wrong_client_credentials_are_refused(emu) -> None:
    app = new_app(emu, "client_secret_post")
    new_user(emu)
    for method, secret in (("client_secret_basic", "wrong"), ("client_secret_post", "wrong"), ("none", None)):
        async with AsyncAuth(**auth_kwargs(emu, app, method, app_secret=secret)) as client:
            with pytest.raises(AuthenticationError):
                await client.introspect_token("x")


async def test_code_exchange_needs_redirect_and_secret(emu) -> None:
    app = new_app(emu)
    async with AsyncAuth(**auth_kwargs(emu, app, redirect_uri=None)) as client:
        with pytest.raises(ValidationError, match="redirect_uri"):
            await client.get_access_token_by_code("c")
    async with AsyncAuth(**auth_kwargs(emu, app, app_secret=None)) as client:
        with pytest.raises(ValidationError, match="app_secret"):
            await client.get_access_token_by_code("c")
        with pytest.raises(ValidationError, match="app_secret"):
            await client.revoke_token("t")
    async with AsyncAuth(**auth_kwargs(emu, app, protocol="cas")) as client:
        with pytest.raises(ValidationError, match="protocol"):
            await client.introspect_token("t")


async def test_client_credentials(emu) -> None:
    app = new_app(emu)
    async with AsyncAuth(**auth_kwargs(emu, app)) as client:
        tokens = await client.get_access_token_by_client_credentials("read:users", "ak-proto", "sk-proto")
        assert tokens["token_type"] == "Bearer" and tokens["scope"] == "read:users"
        with pytest.raises(AuthenticationError):
            await client.get_access_token_by_client_credentials("read:users", "ak-proto", "nope")
        with pytest.raises(ValidationError):
            await client.get_access_token_by_client_credentials("", "ak-proto", "sk-proto")


async def test_logout_url_is_served(emu) -> None:
    app = new_app(emu, logoutRedirectUris=["https://rp.example.com/bye"])  # only registered ones are followed
    new_user(emu)
    async with AsyncAuth(**auth_kwargs(emu, app)) as client:
        code = (await afollow_login(client.build_authorize_url(), "alice"))["code"]
        id_token = (await client.get_access_token_by_code(code))["id_token"]
        url = client.build_logout_url("https://rp.example.com/bye", id_token, state="s9")
        import aiohttp

        async with aiohttp.ClientSession() as session, session.get(url, allow_redirects=False) as resp:
            assert resp.status == 302
            assert resp.headers["Location"] == "https://rp.example.com/bye?state=s9"
        url = client.build_logout_url("https://rp.example.com/elsewhere", id_token)
        async with aiohttp.ClientSession() as session, session.get(url, allow_redirects=False) as resp:
            assert resp.status == 400 and "Location" not in resp.headers
            assert "not registered" in await resp.text()


async def test_cas_v1_and_v2(emu) -> None:
    app = new_app(emu)
    new_user(emu)
    async with AsyncAuth(**auth_kwargs(emu, app, protocol="cas")) as client:
        login = client.build_authorize_url(service=SERVICE)
        ticket = (await afollow_login(login, "alice"))["ticket"]
        assert await client.validate_ticket_v1(ticket, SERVICE) == {"valid": True, "username": "alice"}
        assert await client.validate_ticket_v1(ticket, SERVICE) == {"valid": False, "message": "ticket is not valid"}

        for fmt in ("JSON", "XML"):
            ticket = (await afollow_login(login, "alice"))["ticket"]
            result = await client.validate_ticket_v2(ticket, SERVICE, fmt)
            assert result["valid"] is True and result["username"] == "alice"
            assert result["attributes"]["email"] == "alice@example.com"
            again = await client.validate_ticket_v2(ticket, SERVICE, fmt)
            assert again["valid"] is False and again["code"] == "INVALID_TICKET"
        ticket = (await afollow_login(login, "alice"))["ticket"]
        assert (await client.validate_ticket_v1(ticket, "https://elsewhere/"))["valid"] is False
        with pytest.raises(ValidationError):
            await client.validate_ticket_v2(ticket, SERVICE, "YAML")


@pytest.mark.parametrize("method", METHODS)
async def test_sign_in_under_each_client_auth_method(emu, method: str) -> None:
    app = new_app(emu, method)
    new_user(emu)
    async with AsyncAuth(**auth_kwargs(emu, app, method)) as client:
        for call, ident in (
            (client.sign_in_by_email_password, "alice@example.com"),
            (client.sign_in_by_username_password, "alice"),
            (client.sign_in_by_phone_password, "13800000000"),
            (client.sign_in_by_account_password, "alice"),
        ):
            result = await call(ident, PASSWORD, options={"scope": "openid profile"})
            assert result.access_token and result.id_token
        client.set_access_token(result.access_token)
        assert client.access_token == result.access_token
        assert (await client.introspect_token_offline(result.access_token))["aud"] == app["appId"]
    if method != "none":  # a wrong secret proves the credentials really travel (body or Basic header)
        async with AsyncAuth(**auth_kwargs(emu, app, method, app_secret="wrong")) as client:
            with pytest.raises(AuthenticationError):
                await client.sign_in_by_email_password("alice@example.com", PASSWORD)


async def test_sign_up_wrappers(emu) -> None:
    app = new_app(emu)
    async with AsyncAuth(**auth_kwargs(emu, app)) as client:
        user = await client.sign_up_by_email_password("bob@example.com", PASSWORD, profile={"nickname": "Bobby"})
        assert user.email == "bob@example.com" and user.nickname == "Bobby"
        user = await client.sign_up_by_username_password("carol", PASSWORD)
        assert user.username == "carol"
        assert (await client.sign_in_by_username_password("carol", PASSWORD)).access_token
