"""Flows written for the official SDK give the same answers on ``genauth_sync.compat``.

Each flow takes the SDK *module* and uses only what the official ``genauth`` 5.1.0 has; it runs
once with ``genauth`` and once with ``genauth_sync.compat`` (the one-line change of import), each
against a fresh emulator, and the answers must be equal once request ids, generated ids, tokens
and times are replaced (``_normalize``). Successes and API errors alike: the official SDK returns
error envelopes, and so must compat.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

import genauth_sync.compat

from ._normalize import Normalizer
from .conftest import AK, SK, start

genauth = pytest.importorskip("genauth")

Flow = Callable[[Any, Any, list[Any]], list[Any]]


def applications(sdk: Any, emu: Any, made: list[Any]) -> list[Any]:
    mgmt = sdk.ManagementClient(AK, SK, host=emu.url)
    made.append(mgmt)
    out = [mgmt.create_application(app_name="Portal", app_identifier="portal")]
    app_id = out[0]["data"]["appId"]
    out.append(mgmt.get_application(app_id=app_id))
    out.append(mgmt.list_applications(page=1, limit=10))
    out.append(mgmt.refresh_application_secret(app_id=app_id)["statusCode"])
    out.append(mgmt.create_application(app_name="Again", app_identifier="portal"))  # duplicate: 2039
    out.append(mgmt.get_application_secret(app_id=app_id)["statusCode"])
    out.append(mgmt.delete_application(app_id=app_id))
    out.append(mgmt.get_application(app_id=app_id))  # missing: 404 / 2011
    out.append(mgmt.get_application(app_id="no-such-app"))
    return out


def users(sdk: Any, emu: Any, made: list[Any]) -> list[Any]:
    mgmt = sdk.ManagementClient(AK, SK, host=emu.url)
    made.append(mgmt)
    out = [mgmt.create_user(email="ada@example.com", password="passw0rd", name="Ada")]
    user_id = out[0]["data"]["userId"]
    out.append(mgmt.create_user(email="ada@example.com", password="other"))  # duplicate email
    out.append(mgmt.get_user(user_id=user_id))
    out.append(mgmt.update_user(user_id=user_id, nickname="ada"))
    out.append(mgmt.get_user_batch(user_ids=[user_id]))
    out.append(mgmt.delete_users_batch(user_ids=[user_id]))
    out.append(mgmt.get_user(user_id=user_id))
    return out


def roles(sdk: Any, emu: Any, made: list[Any]) -> list[Any]:
    mgmt = sdk.ManagementClient(AK, SK, host=emu.url)
    made.append(mgmt)
    user = mgmt.create_user(email="role@example.com", password="passw0rd")["data"]
    out = [mgmt.create_role(code="editor", description="Edits")]
    out.append(mgmt.create_role(code="editor"))  # duplicate code
    out.append(mgmt.get_role(code="editor"))
    out.append(mgmt.list_roles(page=1, limit=10))
    out.append(mgmt.assign_role(targets=[{"targetType": "USER", "targetIdentifier": user["userId"]}], code="editor"))
    out.append(mgmt.get_user_roles(user_id=user["userId"]))
    out.append(mgmt.delete_roles_batch(code_list=["editor"]))
    out.append(mgmt.get_role(code="editor"))
    return out


def sign_in(sdk: Any, emu: Any, made: list[Any]) -> list[Any]:
    mgmt = sdk.ManagementClient(AK, SK, host=emu.url)
    made.append(mgmt)
    app = mgmt.create_application(app_name="Login", app_identifier="login")["data"]
    secret = mgmt.get_application_secret(app_id=app["appId"])["data"]["secret"]
    mgmt.create_user(email="sdk@example.com", password="passw0rd", name="SDK")
    auth = sdk.AuthenticationClient(app_id=app["appId"], app_host=emu.url, app_secret=secret)
    made.append(auth)
    out = [auth.sign_in_by_email_password("sdk@example.com", "wrong")]
    signed = auth.sign_in_by_email_password("sdk@example.com", "passw0rd")
    out.append(signed)
    auth.set_access_token(signed["data"]["access_token"])
    out.append(auth.get_profile())
    out.append(auth.get_identities())
    out.append(auth.get_application_enabled_ext_idps())
    return out


def token_failure(sdk: Any, emu: Any, made: list[Any]) -> list[Any]:
    """Wrong AK/SK: the official SDK raises its exception from the token fetch; compat raises
    ``APIError``, which carries the same ``statusCode``, ``message`` and ``apiCode``."""
    mgmt = sdk.ManagementClient(AK, "not-the-secret", host=emu.url)
    made.append(mgmt)
    try:
        mgmt.list_applications()
    except Exception as exc:  # noqa: BLE001 - the two SDKs raise different types, on purpose
        return [("raised", exc.statusCode, exc.message, exc.apiCode)]  # type: ignore[attr-defined]
    return ["did not raise"]


FLOWS = [applications, users, roles, sign_in, token_failure]


def _run(flow: Flow, sdk: Any) -> list[Any]:
    emu = start()
    made: list[Any] = []
    try:
        return Normalizer()(flow(sdk, emu, made))
    finally:
        for client in made:
            close = getattr(client, "close", None)
            if close is not None:
                close()
        emu.stop()
        emu.emulator.assert_no_handler_failures()


@pytest.mark.parametrize("flow", FLOWS, ids=lambda f: f.__name__)
def test_official_flow_gives_the_same_answers(flow: Flow) -> None:
    official = _run(flow, genauth)
    ours = _run(flow, genauth_sync.compat)
    assert ours == official
    # Not vacuous: the flows see successes and API errors (returned, not raised).
    codes = {r.get("statusCode") for r in official if isinstance(r, dict)}
    if flow is token_failure:
        assert official[0][:2] == ("raised", 401), official
    else:
        assert 200 in codes and codes - {200}, codes
