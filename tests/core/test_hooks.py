"""``on_request`` / ``on_response``: one immutable record per attempt, no secret, through the emulator."""

from __future__ import annotations

import asyncio

import pytest

from genauth_async import AuthenticationClient, ManagementClient, RequestInfo, ResponseInfo
from genauth_async._hooks import MASK, mask_headers
from genauth_async.errors import NotFoundError, ValidationError
from genauth_async.testing import Emulator, Fault


async def test_hooks_see_every_attempt_in_order(sleeps: list[float]) -> None:
    events: list[RequestInfo | ResponseInfo] = []

    async def on_response(info: ResponseInfo) -> None:  # an async hook is awaited
        await asyncio.sleep(0)
        events.append(info)

    async with Emulator() as emu, ManagementClient(emu.access_key_id, emu.access_key_secret, host=emu.url,
                                                   on_request=events.append, on_response=on_response) as client:
        emu.faults.add(Fault(kind="error", path="/api/v3/list-applications", count=1))
        await client.list_applications()
        token_request, token_response, first, failed, second, ok = events
        # The management token fetch is reported too (by path; it is no endpoint method).
        assert isinstance(token_request, RequestInfo) and token_request.path == "/api/v3/get-management-token"
        assert token_response.status == 200 and token_response.error_type is None and token_response.operation is None
        assert (first.operation, first.method, first.path, first.attempt) == (
            "list_applications", "GET", "/api/v3/list-applications", 0)
        assert isinstance(failed, ResponseInfo) and failed.error_type == "ServerError" and failed.request_id
        assert (second.attempt, ok.attempt, ok.status, ok.error_type) == (1, 1, 200, None)
        assert ok.request_id and ok.elapsed >= 0
        with pytest.raises(AttributeError):
            ok.status = 500  # type: ignore[misc]
        events.clear()
        with pytest.raises(NotFoundError) as raised:
            await client.get_application(app_id="no-such-app")
        assert events[-1].error_type == "NotFoundError"  # type: ignore[union-attr]
        assert events[-1].request_id == raised.value.request_id  # type: ignore[union-attr]


async def test_with_options_replaces_hooks_on_the_copy_only() -> None:
    seen: list[str] = []
    async with Emulator() as emu, ManagementClient(emu.access_key_id, emu.access_key_secret, host=emu.url,
                                                   on_request=lambda i: seen.append("base")) as client:
        copy = client.with_options(on_request=lambda i: seen.append(f"copy:{i.operation}"))
        await copy.list_applications()
        assert seen == ["base", "copy:list_applications"]  # the token fetch runs on the original client
        seen.clear()
        await client.list_applications()
        assert seen == ["base"]
        kept = client.with_options(timeout=5.0)  # None keeps the hooks
        await kept.list_applications()
        assert seen == ["base", "base"]
    with pytest.raises(ValidationError, match="on_request must be a callable"):
        ManagementClient("ak", "sk", on_request="print")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="on_response must be a callable"):
        client.with_options(on_response=3)  # type: ignore[arg-type]


async def test_hooks_receive_no_secret() -> None:
    records: list[RequestInfo | ResponseInfo] = []
    async with Emulator() as emu:
        app = emu.create_application(app_identifier="hooks-secret")
        async with ManagementClient(emu.access_key_id, emu.access_key_secret, host=emu.url,
                                    on_request=records.append, on_response=records.append) as client:
            await client.list_applications()
            token = (await client.get_management_token()).access_token
        user_token = "user-access-token-value-123"
        async with AuthenticationClient(app["appId"], emu.url, app_secret=app["appSecret"], access_token=user_token,
                                        on_request=records.append, on_response=records.append) as auth:
            await auth.get_system_info()
            try:
                await auth.get_profile()
            except Exception:  # noqa: BLE001 - the emulator may refuse the made-up token; only the records matter
                pass
        secrets = [emu.access_key_secret, token, user_token, app["appSecret"]]
        text = repr(records)
        assert all(secret and secret not in text for secret in secrets)
        sent = [r for r in records if isinstance(r, RequestInfo)]
        assert any(r.headers.get("authorization") == MASK for r in sent)
        assert any(r.headers.get("x-genauth-app-id") == app["appId"] for r in sent)  # identifiers stay readable


def test_mask_headers_rule() -> None:
    masked = mask_headers({"Authorization": "Bearer t", "Cookie": "s=1", "x-genauth-app-secret": "s",
                           "x-genauth-access-token": "t", "x-genauth-userpool-id": "pool", "X-Refresh-Token": "r",
                           "Content-Type": "application/json"})
    assert dict(masked) == {"Authorization": MASK, "Cookie": MASK, "x-genauth-app-secret": MASK,
                            "x-genauth-access-token": MASK, "x-genauth-userpool-id": "pool", "X-Refresh-Token": MASK,
                            "Content-Type": "application/json"}
    with pytest.raises(TypeError):
        masked["Cookie"] = "x"  # type: ignore[index]
