"""One-time codes (sent with the SDK's send_email / send_sms, read back from the emulator's outbox),
LDAP / AD directory sign-in and mobile social sign-in, against the emulator, both packages."""

from __future__ import annotations

import re
from typing import Any

import pytest

from genauth_async.errors import PermissionDeniedError

from .conftest import (
    METHODS,
    PASSWORD,
    AsyncAuth,
    AsyncMgmt,
    SyncAuth,
    SyncMgmt,
    auth_kwargs,
    new_app,
    new_user,
    record_requests,
)

LOGIN, REGISTER = "CHANNEL_LOGIN", "CHANNEL_REGISTER"
ALICE_EMAIL, ALICE_PHONE = "alice@example.com", "13800000000"
DIR_PASSWORD = "Dir-Passw0rd"


def _code(emu: Any, target: str) -> str:
    code = emu.passcode_sent_to(target)
    assert code is not None and re.fullmatch(r"\d{6}", code), code
    return str(code)


def _mobile_connection(mgmt: Any, app_id: str, identifier: str) -> None:
    """A WeChat mobile identity-source connection enabled for the application ``app_id``."""
    idp = mgmt.create_ext_idp(name="WeChat", type="wechat")
    conn = mgmt.create_ext_idp_conn(ext_idp_id=idp.id, type="wechat:mobile", identifier=identifier,
                                    display_name="WeChat", fields={"appId": "wx-app"})
    assert mgmt.change_ext_idp_conn_state(id=conn.id, enabled=True, app_id=app_id).success is True


async def _amobile_connection(mgmt: Any, app_id: str, identifier: str) -> None:
    idp = await mgmt.create_ext_idp(name="WeChat", type="wechat")
    conn = await mgmt.create_ext_idp_conn(ext_idp_id=idp.id, type="wechat:mobile", identifier=identifier,
                                          display_name="WeChat", fields={"appId": "wx-app"})
    assert (await mgmt.change_ext_idp_conn_state(id=conn.id, enabled=True, app_id=app_id)).success is True


# -- async ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("method", METHODS)
async def test_async_passcode_sign_in(emu: Any, method: str) -> None:
    app = new_app(emu, method)
    alice = new_user(emu)
    async with AsyncAuth(**auth_kwargs(emu, app, method)) as client:
        await client.send_email(LOGIN, ALICE_EMAIL)
        code = _code(emu, ALICE_EMAIL)
        login = await client.sign_in_by_email_passcode(ALICE_EMAIL, code, options={"scope": "openid profile"})
        assert (await client.introspect_token_offline(login.access_token))["sub"] == alice["userId"]
        with pytest.raises(PermissionDeniedError):  # each code works once
            await client.sign_in_by_email_passcode(ALICE_EMAIL, code)

        await client.send_sms(LOGIN, ALICE_PHONE, "+86")
        code = _code(emu, ALICE_PHONE)
        assert emu.passcode_sent_to("+86" + ALICE_PHONE) == code
        login = await client.sign_in_by_phone_passcode(ALICE_PHONE, code, "+86")
        assert (await client.introspect_token(login.access_token))["sub"] == alice["userId"]


async def test_async_passcode_sign_up_and_channels(emu: Any) -> None:
    app = new_app(emu)
    async with AsyncAuth(**auth_kwargs(emu, app)) as client:
        await client.send_email(REGISTER, "erin@example.com")
        code = _code(emu, "erin@example.com")
        with pytest.raises(PermissionDeniedError):  # a registration code does not sign in
            await client.sign_in_by_email_passcode("erin@example.com", code)
        erin = await client.sign_up_by_email_passcode("erin@example.com", code, profile={"nickname": "Erin"})
        assert erin.email == "erin@example.com" and erin.nickname == "Erin" and erin.email_verified is True

        await client.send_sms(REGISTER, "13900000001", "+86")
        frank = await client.sign_up_by_phone_passcode("13900000001", _code(emu, "13900000001"), "+86")
        assert frank.phone == "13900000001" and frank.user_id != erin.user_id

        await client.send_email(LOGIN, "erin@example.com")  # the new user signs in with a login code
        login = await client.sign_in_by_email_passcode("erin@example.com", _code(emu, "erin@example.com"))
        assert (await client.introspect_token(login.access_token))["sub"] == erin.user_id


@pytest.mark.parametrize("method", METHODS)
async def test_async_ldap_and_ad_sign_in(emu: Any, method: str) -> None:
    calls = record_requests(emu)
    app = new_app(emu, method)
    emu.add_directory_user("LDAP", "jdoe", DIR_PASSWORD, email="jdoe@corp.example")
    emu.add_directory_user("AD", "asmith", DIR_PASSWORD)
    async with AsyncAuth(**auth_kwargs(emu, app, method)) as client:
        first = await client.sign_in_by_ldap("jdoe", DIR_PASSWORD)
        again = await client.sign_in_by_ldap("jdoe", DIR_PASSWORD)
        sub = (await client.introspect_token(first.access_token))["sub"]
        assert (await client.introspect_token(again.access_token))["sub"] == sub  # linked on first sign-in
        client.set_access_token(first.access_token)
        assert (await client.get_profile()).email == "jdoe@corp.example"
        with pytest.raises(PermissionDeniedError) as info:
            await client.sign_in_by_ldap("jdoe", "wrong")
        assert info.value.api_code == 2333

        ad = await client.sign_in_by_ad("asmith", DIR_PASSWORD)
        assert (await client.introspect_token(ad.access_token))["sub"] != sub
        with pytest.raises(PermissionDeniedError):  # an AD account is not an LDAP account
            await client.sign_in_by_ldap("asmith", DIR_PASSWORD)
    signins = [c for c in calls if c["path"] == "/api/v3/signin"]
    basic = [c["headers"].get("Authorization", "").startswith("Basic ") for c in signins]
    assert len(signins) == 5 and basic == [method == "client_secret_basic"] * 5


@pytest.mark.parametrize("method", ["client_secret_basic", "none"])
async def test_async_sign_in_by_mobile(emu: Any, method: str) -> None:
    app = new_app(emu, method)
    other = new_app(emu, method)
    async with AsyncMgmt("ak-proto", "sk-proto", host=emu.url, max_retries=0) as mgmt:
        await _amobile_connection(mgmt, app["appId"], "wechat-mobile")
    async with AsyncAuth(**auth_kwargs(emu, app, method)) as client:
        first = await client.sign_in_by_mobile("wechat-mobile", "wechat", wechat_payload={"code": "wx-1"})
        again = await client.sign_in_by_mobile("wechat-mobile", "wechat", wechat_payload={"code": "wx-1"})
        stranger = await client.sign_in_by_mobile("wechat-mobile", "wechat", wechat_payload={"code": "wx-2"})
        subs = [(await client.introspect_token(t.access_token))["sub"] for t in (first, again, stranger)]
        assert subs[0] == subs[1] != subs[2]
        client.set_access_token(first.access_token)
        identities = await client.get_identities()
        assert [i.user_id_in_idp for i in identities] == ["wx-1"]
    async with AsyncAuth(**auth_kwargs(emu, other, method)) as client:
        with pytest.raises(PermissionDeniedError):  # the connection is not enabled for this app
            await client.sign_in_by_mobile("wechat-mobile", "wechat", wechat_payload={"code": "wx-1"})


# -- sync -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("method", METHODS)
def test_sync_passcode_sign_in_and_sign_up(emu_thread: Any, method: str) -> None:
    app = emu_thread.call(new_app, emu_thread.emulator, method)
    alice = emu_thread.call(new_user, emu_thread.emulator)
    with SyncAuth(**auth_kwargs(emu_thread, app, method)) as client:
        client.send_email(LOGIN, ALICE_EMAIL)
        login = client.sign_in_by_email_passcode(ALICE_EMAIL, _code(emu_thread, ALICE_EMAIL))
        assert client.introspect_token_offline(login.access_token)["sub"] == alice["userId"]

        client.send_sms(LOGIN, ALICE_PHONE, "+86")
        code = _code(emu_thread, ALICE_PHONE)
        login = client.sign_in_by_phone_passcode(ALICE_PHONE, code, "+86")
        assert client.introspect_token(login.access_token)["sub"] == alice["userId"]
        with pytest.raises(PermissionDeniedError):
            client.sign_in_by_phone_passcode(ALICE_PHONE, code, "+86")

        client.send_email(REGISTER, "gina@example.com")
        gina = client.sign_up_by_email_passcode("gina@example.com", _code(emu_thread, "gina@example.com"))
        assert gina.email == "gina@example.com" and gina.email_verified is True
        client.send_sms(REGISTER, "13900000002")
        hank = client.sign_up_by_phone_passcode("13900000002", _code(emu_thread, "13900000002"),
                                                profile={"nickname": "Hank"})
        assert hank.phone == "13900000002" and hank.nickname == "Hank"


def test_sync_ldap_ad_and_mobile_sign_in(emu_thread: Any) -> None:
    app = emu_thread.call(new_app, emu_thread.emulator, "client_secret_basic")
    emu_thread.call(new_user, emu_thread.emulator)
    emu_thread.add_directory_user("LDAP", "jdoe", DIR_PASSWORD, email=ALICE_EMAIL)  # an existing pool user
    emu_thread.add_directory_user("AD", "asmith", DIR_PASSWORD)
    with SyncMgmt("ak-proto", "sk-proto", host=emu_thread.url, max_retries=0) as mgmt:
        _mobile_connection(mgmt, app["appId"], "wechat-mobile")
    with SyncAuth(**auth_kwargs(emu_thread, app, "client_secret_basic")) as client:
        ldap = client.sign_in_by_ldap("jdoe", DIR_PASSWORD)
        by_password = client.sign_in_by_email_password(ALICE_EMAIL, PASSWORD)
        # The directory account with alice's email signs in as alice.
        assert client.introspect_token(ldap.access_token)["sub"] == client.introspect_token(
            by_password.access_token)["sub"]
        ad = client.sign_in_by_ad("asmith", DIR_PASSWORD)
        assert ad.access_token
        with pytest.raises(PermissionDeniedError):
            client.sign_in_by_ad("asmith", "wrong")

        mobile = client.sign_in_by_mobile("wechat-mobile", "wechat", wechat_payload={"code": "wx-9"})
        again = client.sign_in_by_mobile("wechat-mobile", "wechat", wechat_payload={"code": "wx-9"})
        assert client.introspect_token(mobile.access_token)["sub"] == client.introspect_token(
            again.access_token)["sub"]
