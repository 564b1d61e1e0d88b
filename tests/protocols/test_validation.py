"""Empty required arguments raise our ValidationError before anything is sent (both packages).

The emulator records every request it receives; after each refused call the record must still be
empty, so a bad argument never costs a round trip (nor reaches the server half-formed).
"""

from __future__ import annotations

from typing import Any

import pytest

from genauth_async.errors import ValidationError

from .conftest import (
    PASSWORD,
    SERVICE,
    AsyncAuth,
    AsyncMgmt,
    SyncAuth,
    SyncMgmt,
    auth_kwargs,
    new_app,
    record_requests,
)

# (method, arguments, the parameter the error must name)
AUTH_CASES: list[tuple[str, tuple[Any, ...], str]] = [
    ("introspect_token", ("",), "token"),
    ("introspect_token", (None,), "token"),
    ("revoke_token", ("",), "token"),
    ("introspect_token_offline", ("",), "token"),
    ("validate_ticket_v1", ("", SERVICE), "ticket"),
    ("validate_ticket_v1", ("ST-1", ""), "service"),
    ("validate_ticket_v2", ("", SERVICE), "ticket"),
    ("validate_ticket_v2", ("ST-1", ""), "service"),
    ("validate_ticket_v2", ("ST-1", SERVICE, "YAML"), "format"),
    ("get_access_token_by_code", ("",), "code"),
    ("get_new_access_token_by_refresh_token", ("",), "refresh_token"),
    ("get_user_info_by_access_token", ("",), "access_token"),
    ("get_access_token_by_client_credentials", ("", "ak", "sk"), "scope"),
    ("get_access_token_by_client_credentials", ("read", "", "sk"), "access_key"),
    ("get_access_token_by_client_credentials", ("read", "ak", ""), "access_secret"),
    ("sign_in_by_email_password", ("", PASSWORD), "email"),
    ("sign_in_by_email_password", ("a@example.com", ""), "password"),
    ("sign_in_by_phone_password", ("", PASSWORD), "phone"),
    ("sign_in_by_phone_password", ("13800000000", ""), "password"),
    ("sign_in_by_username_password", ("", PASSWORD), "username"),
    ("sign_in_by_username_password", ("alice", None), "password"),
    ("sign_in_by_account_password", ("", PASSWORD), "account"),
    ("sign_in_by_account_password", ("alice", ""), "password"),
    ("sign_in_by_email_passcode", ("", "123456"), "email"),
    ("sign_in_by_email_passcode", ("a@example.com", ""), "pass_code"),
    ("sign_in_by_phone_passcode", ("", "123456"), "phone"),
    ("sign_in_by_phone_passcode", ("13800000000", ""), "pass_code"),
    ("sign_in_by_ldap", ("", PASSWORD), "sAMAccountName"),
    ("sign_in_by_ldap", ("sam", ""), "password"),
    ("sign_in_by_ad", ("", PASSWORD), "sAMAccountName"),
    ("sign_in_by_ad", ("sam", ""), "password"),
    ("sign_up_by_email_password", ("", PASSWORD), "email"),
    ("sign_up_by_email_password", ("a@example.com", ""), "password"),
    ("sign_up_by_username_password", ("", PASSWORD), "username"),
    ("sign_up_by_username_password", ("bob", ""), "password"),
    ("sign_up_by_email_passcode", ("", "123456"), "email"),
    ("sign_up_by_email_passcode", ("a@example.com", ""), "pass_code"),
    ("sign_up_by_phone_passcode", ("", "123456"), "phone"),
    ("sign_up_by_phone_passcode", ("13800000000", ""), "pass_code"),
    ("put_event", ("", {"k": 1}), "event_code"),
    ("sub_event", ("",), "event_code"),
    ("pub", ("", "data"), "event_code"),
    ("pub", ("app.ev", {"k": 1}), "data"),
    ("parse_access_token", ("",), "token"),
    ("parse_id_token", ("",), "token"),
    ("handle_redirect_callback", (None,), "callback"),
]
MGMT_CASES: list[tuple[str, tuple[Any, ...], str]] = [
    ("put_event", ("", {"k": 1}), "event_code"),
    ("sub_event", ("",), "event_code"),
    ("pub", ("", "data"), "event_code"),
    ("make_request", ("GET", ""), "url"),
    ("make_request", ("GET", "https://elsewhere.example.com/api/v3/get-user"), "url"),
]
# login_with_redirect is a coroutine (its storage may be async) but sends no request.
NO_REQUEST = {"login_with_redirect"}


def test_cases_cover_every_request_helper() -> None:
    from genauth_async.protocols import HELPERS

    sending = {name for client, name, kind in HELPERS if client == "authentication" and kind != "sync"}
    assert sending - NO_REQUEST == {name for name, _, _ in AUTH_CASES}
    assert {name for client, name, _ in HELPERS if client == "management"} == {name for name, _, _ in MGMT_CASES}


async def test_async_empty_arguments_send_nothing(emu: Any) -> None:
    calls = record_requests(emu)
    app = new_app(emu)
    async with AsyncAuth(**auth_kwargs(emu, app, access_token="user-at")) as client:
        for name, args, param in AUTH_CASES:
            with pytest.raises(ValidationError) as info:
                await getattr(client, name)(*args)
            assert info.value.param == param, (name, args, info.value)
            assert calls == [], name
        client.set_access_token(None)
        with pytest.raises(ValidationError, match="access_token"):
            client.sub_event("e.v")
    async with AsyncMgmt("ak-proto", "sk-proto", host=emu.url, max_retries=0) as mgmt:
        for name, args, param in MGMT_CASES:
            with pytest.raises(ValidationError) as info:
                await getattr(mgmt, name)(*args) if name != "sub_event" else mgmt.sub_event(*args)
            assert info.value.param == param, name
    assert calls == []


def test_sync_empty_arguments_send_nothing(emu_thread: Any) -> None:
    calls = record_requests(emu_thread.emulator)
    app = emu_thread.call(new_app, emu_thread.emulator)
    with SyncAuth(**auth_kwargs(emu_thread, app, access_token="user-at")) as client:
        for name, args, param in AUTH_CASES:
            with pytest.raises(ValidationError) as info:
                result = getattr(client, name)(*args)
                if name == "sub_event":
                    next(result)  # pragma: no cover - the call itself must raise
            assert info.value.param == param, (name, args, info.value)
            assert calls == [], name
    with SyncMgmt("ak-proto", "sk-proto", host=emu_thread.url, max_retries=0) as mgmt:
        for name, args, param in MGMT_CASES:
            with pytest.raises(ValidationError) as info:
                getattr(mgmt, name)(*args)
            assert info.value.param == param, name
    assert calls == []
