"""The official (sync) genauth 5.1.0 SDK against a threaded emulator: the wire must satisfy it."""

from __future__ import annotations

from typing import Any

import pytest

genauth = pytest.importorskip("genauth")


def test_management_and_authentication_with_official_sdk(emu_thread: Any) -> None:
    url = emu_thread.url
    mgmt = genauth.ManagementClient("ak-sync", "sk-sync", host=url)
    created = mgmt.create_application(app_name="Official", app_identifier="official")
    assert created["statusCode"] == 200, created
    app_id = created["data"]["appId"]
    assert mgmt.get_application(app_id=app_id)["data"]["appName"] == "Official"
    listed = mgmt.list_applications(page=1, limit=10)
    assert listed["data"]["totalCount"] == 1
    dup = mgmt.create_application(app_name="Again", app_identifier="official")
    assert dup["apiCode"] == 2039
    user = mgmt.create_user(email="sdk@example.com", password="passw0rd", name="SDK")
    assert user["statusCode"] == 200, user
    secret = mgmt.get_application_secret(app_id=app_id)["data"]["secret"]

    auth = genauth.AuthenticationClient(app_id=app_id, app_host=url, app_secret=secret)
    signed = auth.sign_in_by_email_password("sdk@example.com", "passw0rd")
    assert signed["statusCode"] == 200, signed
    auth.set_access_token(signed["data"]["access_token"])
    profile = auth.get_profile()
    assert profile["data"]["email"] == "sdk@example.com"

    idp = mgmt.create_ext_idp(name="OIDC IdP", type="oidc")["data"]
    conn = mgmt.create_ext_idp_conn(ext_idp_id=idp["id"], type="oidc", identifier="corp", display_name="Corp",
                                    fields={"issuer": "https://idp.example.com"})
    assert conn["statusCode"] == 200, conn
    link = auth.generate_link_ext_idp_url("corp", app_id, signed["data"]["id_token"])
    assert link["statusCode"] == 200 and link["data"]["url"].startswith(url)
    assert auth.get_identities()["data"] == []

    payload = auth.introspect_token_offline(signed["data"]["access_token"])
    assert payload["sub"] == user["data"]["userId"]
    assert mgmt.delete_application(app_id=app_id)["data"] == {"success": True}
    assert mgmt.get_application(app_id=app_id)["apiCode"] == 2011


def test_official_sdk_refetches_token_after_expiry(emu_thread: Any) -> None:
    mgmt = genauth.ManagementClient("ak-sync", "sk-sync", host=emu_thread.url)
    assert mgmt.list_applications()["statusCode"] == 200
    emu_thread.call(emu_thread.emulator.advance_clock, 7300)
    # The SDK caches by wall clock, so it still sends the old token: the emulator must refuse it.
    assert mgmt.list_applications()["statusCode"] == 401


def test_passcodes_ldap_and_client_auth_with_official_sdk(emu_thread: Any) -> None:
    app = emu_thread.call(emu_thread.emulator.create_application, "Codes", "official-codes")
    auth = genauth.AuthenticationClient(app_id=app["appId"], app_host=emu_thread.url, app_secret=app["appSecret"])
    assert auth.send_sms("CHANNEL_REGISTER", "13800000001", "+86")["statusCode"] == 200
    # Read from this (the test's) thread, straight through the handle: passcode_sent_to is thread-safe.
    code = emu_thread.passcode_sent_to("13800000001")
    assert code and code == emu_thread.passcode_sent_to("+8613800000001")
    assert emu_thread.call(emu_thread.emulator.passcode_sent_to, "13800000001") == code
    user = auth.sign_up_by_phone_passcode("13800000001", code, "+86", profile={"name": "Phone"})
    assert user["statusCode"] == 200, user
    assert user["data"]["phone"] == "13800000001" and user["data"]["phoneVerified"] is True
    assert user["data"]["phoneCountryCode"] == "+86"
    assert auth.send_sms("CHANNEL_LOGIN", "13800000001", "+86")["statusCode"] == 200
    login_code = emu_thread.passcode_sent_to("13800000001")
    assert auth.sign_in_by_phone_passcode("13800000001", login_code, "+1")["statusCode"] == 403  # other country
    signed = auth.sign_in_by_phone_passcode("13800000001", login_code, "+86")
    assert signed["statusCode"] == 200, signed
    auth.set_access_token(signed["data"]["access_token"])
    assert auth.get_profile()["data"]["userId"] == user["data"]["userId"]

    assert auth.send_email("CHANNEL_REGISTER", "mail@example.com")["statusCode"] == 200
    assert auth.sign_up_by_email_passcode("mail@example.com", emu_thread.passcode_sent_to("mail@example.com"))[
        "statusCode"] == 200
    assert auth.send_email("CHANNEL_LOGIN", "mail@example.com")["statusCode"] == 200
    assert auth.sign_in_by_email_passcode("mail@example.com", emu_thread.passcode_sent_to("mail@example.com"))[
        "statusCode"] == 200

    emu_thread.add_directory_user("AD", "winuser", "w1n", email="win@example.com")  # thread-safe as well
    assert auth.sign_in_by_ad("winuser", "w1n")["statusCode"] == 200
    assert auth.sign_in_by_ad("winuser", "nope")["apiCode"] == 2333
    assert auth.sign_in_by_ldap("winuser", "w1n")["apiCode"] == 2333  # an AD account, not an LDAP one

    # The official SDK never sends the Basic header it means to (facts §9), so an app that really
    # uses client_secret_basic refuses its sign-ins: the emulator checks the method exactly.
    basic_app = emu_thread.call(emu_thread.emulator.create_application, "Basic", "official-basic",
                                oidcConfig={"token_endpoint_auth_method": "client_secret_basic"})
    emu_thread.call(emu_thread.emulator.create_user, email="b@example.com", password="pw")
    basic = genauth.AuthenticationClient(app_id=basic_app["appId"], app_host=emu_thread.url,
                                         app_secret=basic_app["appSecret"],
                                         token_endpoint_auth_method="client_secret_basic")
    refused = basic.sign_in_by_email_password("b@example.com", "pw")
    assert refused["statusCode"] == 401 and "Basic" in refused["message"]
