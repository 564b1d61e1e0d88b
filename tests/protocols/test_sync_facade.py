"""The same helpers through genauth_sync: blocking calls, plain URL builders, a blocking event iterator."""

from __future__ import annotations

import json
import threading
import time
from typing import Any

import pytest

from genauth_async.errors import AuthenticationError, BadRequestError
from genauth_async.protocols.offline import TokenVerificationError
from genauth_async.testing.events import hub_of

from .conftest import (
    METHODS,
    PASSWORD,
    SERVICE,
    SyncAuth,
    SyncMgmt,
    auth_kwargs,
    follow_login,
    new_app,
    new_user,
)


def _until(predicate: Any, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "condition not reached"
        time.sleep(0.01)


@pytest.mark.parametrize("method", METHODS)
def test_code_flow_refresh_introspect_revoke(emu_thread: Any, method: str) -> None:
    app = emu_thread.call(new_app, emu_thread.emulator, method)
    user = emu_thread.call(new_user, emu_thread.emulator)
    with SyncAuth(**auth_kwargs(emu_thread, app, method)) as client:
        verifier = client.generate_code_challenge(96)
        url = client.build_authorize_url(scope="openid offline_access",
                                         code_challenge=client.generate_code_challenge_digest(verifier),
                                         code_challenge_method="S256")
        code = follow_login(url, "alice")["code"]
        tokens = client.get_access_token_by_code(code, verifier)
        assert client.get_user_info_by_access_token(tokens["access_token"])["sub"] == user["userId"]
        assert client.introspect_token(tokens["access_token"])["active"] is True
        assert client.introspect_token_offline(tokens["access_token"])["aud"] == app["appId"]
        with pytest.raises(TokenVerificationError) as info:
            client.introspect_token_offline(tokens["access_token"][:-4] + "AAAA")
        assert info.value.reason == "signature"
        refreshed = client.get_new_access_token_by_refresh_token(tokens["refresh_token"])
        assert refreshed["access_token"]
        assert client.revoke_token(refreshed["access_token"]) is True
        assert client.introspect_token(refreshed["access_token"]) == {"active": False}
        with pytest.raises(BadRequestError):
            client.get_access_token_by_code(code, verifier)
        assert client.build_logout_url("https://rp/bye", tokens["id_token"]).startswith(emu_thread.url)


def test_client_credentials_cas_and_sign_in(emu_thread: Any) -> None:
    app = emu_thread.call(new_app, emu_thread.emulator, "client_secret_basic")
    emu_thread.call(new_user, emu_thread.emulator)
    with SyncAuth(**auth_kwargs(emu_thread, app, "client_secret_basic", protocol="cas")) as client:
        ticket = follow_login(client.build_authorize_url(service=SERVICE), "alice")["ticket"]
        assert client.validate_ticket_v1(ticket, SERVICE) == {"valid": True, "username": "alice"}
        ticket = follow_login(client.build_authorize_url(service=SERVICE), "alice")["ticket"]
        assert client.validate_ticket_v2(ticket, SERVICE, "XML")["username"] == "alice"
        login = client.sign_in_by_account_password("alice@example.com", PASSWORD)
        assert login.access_token
        client.set_access_token(login.access_token)
        assert client.get_profile().email == "alice@example.com"
    with SyncAuth(**auth_kwargs(emu_thread, app, "client_secret_basic")) as client:
        tokens = client.get_access_token_by_client_credentials("read", "ak-proto", "sk-proto")
        assert tokens["access_token"]
    with SyncAuth(**auth_kwargs(emu_thread, app, "client_secret_basic", app_secret="bad")) as client:
        with pytest.raises(AuthenticationError):
            client.sign_in_by_username_password("alice", PASSWORD)


def test_event_published_and_received_with_a_blocking_iterator(emu_thread: Any) -> None:
    hub = hub_of(emu_thread.emulator)
    ws_host = emu_thread.url.replace("http://", "ws://")
    app = emu_thread.call(new_app, emu_thread.emulator)
    emu_thread.call(new_user, emu_thread.emulator)
    with SyncMgmt("ak-proto", "sk-proto", host=emu_thread.url, websocket_host=ws_host, max_retries=0) as mgmt, \
            SyncAuth(**auth_kwargs(emu_thread, app)) as client:
        client.set_access_token(client.sign_in_by_email_password("alice@example.com", PASSWORD).access_token)

        def publish() -> None:
            _until(lambda: hub.count("m.ev") == 1 and hub.count("u.ev") == 1)
            mgmt.put_event("m.ev", {"k": "v"})
            client.put_event("u.ev", [1])

        stream = mgmt.sub_event("m.ev")
        user_stream = client.sub_event("u.ev")
        publisher = threading.Thread(target=publish)
        # Each sync iterator connects on its first next(); start the user one in a helper thread.
        user_messages: list[str] = []
        reader = threading.Thread(target=lambda: user_messages.append(next(user_stream)))
        reader.start()
        publisher.start()
        assert next(stream) == json.dumps({"k": "v"})
        reader.join(5)
        publisher.join(5)
        assert user_messages == ["[1]"]
        stream.close()
        user_stream.close()
        _until(lambda: hub.count("m.ev") == 0 and hub.count("u.ev") == 0)


def test_sync_sub_event_with_callback_blocks_like_the_official_sdk(emu_thread: Any) -> None:
    hub = hub_of(emu_thread.emulator)
    ws_host = emu_thread.url.replace("http://", "ws://")
    got: list[str] = []

    class Done(Exception):
        pass

    def callback(message: str) -> None:
        got.append(message)
        raise Done  # the only way out of the official SDK's blocking loop, too

    with SyncMgmt("ak-proto", "sk-proto", host=emu_thread.url, websocket_host=ws_host, max_retries=0) as mgmt:
        def publish() -> None:
            _until(lambda: hub.count("cb.ev") == 1)
            mgmt.put_event("cb.ev", "hello")

        threading.Thread(target=publish).start()
        with pytest.raises(Done):
            mgmt.sub_event("cb.ev", callback)
        assert got == ['"hello"']
        _until(lambda: hub.count("cb.ev") == 0)  # the loop closed the subscription on its way out


class _Recording:
    """An iterator that records whether it was closed (as the portal iterator closes its socket)."""

    def __init__(self, items: list[str]) -> None:
        self.items = iter(items)
        self.closed = 0

    def __iter__(self) -> _Recording:
        return self

    def __next__(self) -> str:
        return next(self.items)

    def close(self) -> None:
        self.closed += 1


def test_deliver_is_the_sync_callback_loop() -> None:
    """The runtime loop behind the sync ``sub_event(code, callback)`` (the generator only calls it)."""
    from genauth_sync._subscribe import deliver

    plain = _Recording(["a"])
    assert deliver(plain, None) is plain and plain.closed == 0  # no callback: the iterator itself

    got: list[str] = []
    ended = _Recording(["a", "b"])
    assert deliver(ended, got.append) is None
    assert got == ["a", "b"] and ended.closed == 1

    def stop(message: str) -> None:
        raise KeyError(message)

    raising = _Recording(["x", "y"])
    with pytest.raises(KeyError, match="x"):
        deliver(raising, stop)
    assert raising.closed == 1 and next(raising) == "y"  # left at once, the rest never read
    assert deliver(iter(["z"]), got.append) is None and got[-1] == "z"  # no close(): nothing to call


def test_token_verification_error_is_exported_by_both_packages() -> None:
    import genauth_async
    import genauth_sync

    assert genauth_async.TokenVerificationError is TokenVerificationError
    assert genauth_sync.TokenVerificationError is TokenVerificationError
    assert "TokenVerificationError" in genauth_async.__all__ and "TokenVerificationError" in genauth_sync.__all__
    assert issubclass(TokenVerificationError, genauth_async.GenAuthError)


def test_sub_event_docstrings_fit_the_sync_facade() -> None:
    for cls in (SyncAuth, SyncMgmt):
        doc = cls.sub_event.__doc__ or ""
        assert doc.startswith("Subscribe to an event code and receive its messages.")
        assert "async" not in doc


def test_put_event_returns_the_typed_model(emu_thread: Any) -> None:
    import inspect

    from genauth_async.models import PubEventRespDataDto

    from .conftest import AsyncMgmt

    assert inspect.signature(AsyncMgmt.put_event).return_annotation == "PubEventRespDataDto"
    assert inspect.signature(SyncMgmt.put_event).return_annotation == "PubEventRespDataDto"
    with SyncMgmt("ak-proto", "sk-proto", host=emu_thread.url, max_retries=0) as mgmt:
        result = mgmt.put_event("typed.ev", {"x": 1})
        assert isinstance(result, PubEventRespDataDto) and result.success is True
