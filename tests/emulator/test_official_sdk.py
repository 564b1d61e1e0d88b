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
