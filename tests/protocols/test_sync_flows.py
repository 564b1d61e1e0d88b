"""genauth_sync against the emulator: sign-in under each client auth method, the password
sign-in/sign-up wrappers, and offline introspection failures (mirrors test_offline.py)."""

from __future__ import annotations

import time
from typing import Any

import pytest

from genauth_async.errors import AuthenticationError, ConflictError, PermissionDeniedError
from genauth_sync import TokenVerificationError

from .conftest import METHODS, PASSWORD, SyncAuth, auth_kwargs, new_app, new_user


@pytest.mark.parametrize("method", METHODS)
def test_sign_in_by_email_password_under_each_client_auth_method(emu_thread: Any, method: str) -> None:
    app = emu_thread.call(new_app, emu_thread.emulator, method)
    user = emu_thread.call(new_user, emu_thread.emulator)
    with SyncAuth(**auth_kwargs(emu_thread, app, method)) as client:
        login = client.sign_in_by_email_password("alice@example.com", PASSWORD, options={"scope": "openid profile"})
        assert login.access_token and login.id_token
        claims = client.introspect_token_offline(login.access_token)
        assert claims["sub"] == user["userId"] and claims["aud"] == app["appId"]
        client.set_access_token(login.access_token)
        assert client.get_profile().email == "alice@example.com"
        with pytest.raises(PermissionDeniedError) as denied:  # wrong password: statusCode 403, apiCode 2333
            client.sign_in_by_email_password("alice@example.com", "wrong-password")
        assert denied.value.api_code == 2333
    if method != "none":  # a wrong secret proves the credentials travel (body or Basic header)
        with SyncAuth(**auth_kwargs(emu_thread, app, method, app_secret="wrong")) as client, \
                pytest.raises(AuthenticationError):
            client.sign_in_by_email_password("alice@example.com", PASSWORD)


def test_sign_in_by_phone_and_username_password(emu_thread: Any) -> None:
    app = emu_thread.call(new_app, emu_thread.emulator)
    user = emu_thread.call(new_user, emu_thread.emulator)
    with SyncAuth(**auth_kwargs(emu_thread, app)) as client:
        by_phone = client.sign_in_by_phone_password("13800000000", PASSWORD)
        by_username = client.sign_in_by_username_password("alice", PASSWORD)
        for login in (by_phone, by_username):
            assert client.introspect_token(login.access_token)["sub"] == user["userId"]
        assert by_phone.access_token != by_username.access_token


def test_sign_up_by_email_and_username_password(emu_thread: Any) -> None:
    app = emu_thread.call(new_app, emu_thread.emulator)
    with SyncAuth(**auth_kwargs(emu_thread, app)) as client:
        bob = client.sign_up_by_email_password("bob@example.com", PASSWORD, profile={"nickname": "Bobby"})
        assert bob.email == "bob@example.com" and bob.nickname == "Bobby" and bob.user_id
        carol = client.sign_up_by_username_password("carol", PASSWORD, options={})
        assert carol.username == "carol" and carol.user_id != bob.user_id
        assert client.sign_in_by_email_password("bob@example.com", PASSWORD).access_token
        assert client.sign_in_by_username_password("carol", PASSWORD).access_token
        with pytest.raises(ConflictError):  # the same username twice is refused
            client.sign_up_by_username_password("carol", PASSWORD)


def _sign(emu_thread: Any, app: dict[str, Any], keys: Any = None, **over: Any) -> str:
    emu = emu_thread.emulator
    now = int(time.time())
    claims = {"sub": "u1", "iss": emu.issuer, "aud": app["appId"], "iat": now, "exp": now + 600, **over}
    return str(emu_thread.call((keys or emu.rsa).sign, claims))


def test_introspect_token_offline_failures(emu_thread: Any) -> None:
    from genauth_async.testing.tokens import RsaKeys

    app = emu_thread.call(new_app, emu_thread.emulator)
    other = emu_thread.call(new_app, emu_thread.emulator)
    with SyncAuth(**auth_kwargs(emu_thread, app)) as client:
        assert client.introspect_token_offline(_sign(emu_thread, app))["sub"] == "u1"
        cases = (
            (_sign(emu_thread, app, exp=int(time.time()) - 120), "exp"),  # expired
            (_sign(emu_thread, other), "aud"),  # issued to another application
            (_sign(emu_thread, app, keys=RsaKeys()), "kid"),  # signed by a key the JWKS does not hold
        )
        for token, reason in cases:
            with pytest.raises(TokenVerificationError) as info:
                client.introspect_token_offline(token)
            assert info.value.reason == reason
            assert token not in str(info.value)
        # Same failures with the keys passed in, which sends nothing.
        jwks = {"keys": [emu_thread.emulator.rsa.jwk]}
        with pytest.raises(TokenVerificationError) as info:
            client.introspect_token_offline(cases[2][0], jwks)
        assert info.value.reason == "kid"
