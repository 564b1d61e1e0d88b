"""``client.with_raw_response``: the HTTP answer around the typed result, through the emulator."""

from __future__ import annotations

import pytest

import genauth_async
from genauth_async import AuthenticationClient, ManagementClient, RawResponse
from genauth_async.errors import NotFoundError
from genauth_async.testing import Emulator, Fault


async def test_raw_response_of_a_management_call() -> None:
    async with Emulator() as emu, ManagementClient(emu.access_key_id, emu.access_key_secret, host=emu.url) as client:
        raw = await client.with_raw_response.create_application(app_name="Portal", app_identifier="portal-raw")
        assert isinstance(raw, RawResponse) and genauth_async.RawResponse is RawResponse
        assert raw.http_status == 200 and raw.retries_taken == 0 and raw.elapsed >= 0
        envelope = raw.json()
        assert raw.request_id == envelope["requestId"] and raw.request_id
        assert raw.headers["Content-Type"].startswith("application/json")
        assert isinstance(raw.content, bytes) and b"portal-raw" in raw.content
        app = raw.parse()
        assert app is raw.parse()  # the same object each time
        # parse() gives what the plain call gives: the same model, with the same values.
        plain = await client.get_application(app_id=app.app_id)
        again = (await client.with_raw_response.get_application(app_id=app.app_id)).parse()
        assert type(again) is type(plain) and again.app_identifier == plain.app_identifier == "portal-raw"
        assert type(app).__name__ == "CreateApplicationRespDataDto"
        # The escape hatch too, and repr shows no body.
        listed = await client.with_raw_response.request("GET", "/api/v3/list-applications")
        assert listed.http_status == 200 and "portal-raw" not in repr(listed)
        # The plain client is untouched: still the bare result.
        assert not isinstance(await client.get_application(app_id=app.app_id), RawResponse)


async def test_raw_response_counts_retries_and_errors_still_raise(sleeps: list[float]) -> None:
    async with Emulator() as emu, ManagementClient(emu.access_key_id, emu.access_key_secret, host=emu.url) as client:
        emu.faults.add(Fault(kind="error", path="/api/v3/list-applications", count=2))
        raw = await client.with_raw_response.list_applications()
        assert raw.retries_taken == 2 and len(sleeps) == 2 and raw.http_status == 200
        with pytest.raises(NotFoundError) as raised:
            await client.with_raw_response.get_application(app_id="no-such-app")
        assert raised.value.request_id
        # with_options copies keep their own view; settings carry over.
        copy = client.with_options(max_retries=0)
        emu.faults.add(Fault(kind="error", path="/api/v3/list-applications", count=1))
        with pytest.raises(genauth_async.errors.ServerError):
            await copy.with_raw_response.list_applications()


async def test_raw_response_serves_endpoints_only() -> None:
    async with Emulator() as emu, ManagementClient(emu.access_key_id, emu.access_key_secret, host=emu.url) as client:
        raw = client.with_raw_response
        assert raw is client.with_raw_response  # made once
        assert "create_application" in dir(raw) and "request" in dir(raw)
        for name in ("iter_list_applications", "aclose", "with_options", "_call", "nope"):
            with pytest.raises(AttributeError, match="with_raw_response has no method"):
                getattr(raw, name)


async def test_raw_response_on_the_authentication_client() -> None:
    async with Emulator() as emu:
        app = emu.create_application(app_identifier="raw-auth")
        async with AuthenticationClient(app["appId"], emu.url) as auth:
            raw = await auth.with_raw_response.get_system_info()
            assert raw.http_status == 200 and raw.request_id
            assert raw.parse() is not None


def test_generated_raw_types_declare_exactly_what_the_proxy_serves() -> None:
    """The typed classes (genauth_async/_generated/raw.py, genauth_sync/_generated/raw.py) and the
    run-time proxy agree on the method set, for both clients and both packages."""
    import ast
    import inspect

    import genauth_sync
    from genauth_async._generated import raw as async_raw
    from genauth_async._raw_response import raw_method_names
    from genauth_sync._generated import raw as sync_raw

    def declared(cls: type) -> set[str]:
        names: set[str] = set()
        for part in cls.__mro__:
            if part.__module__.startswith(("genauth_async._generated.raw", "genauth_sync._generated.raw")):
                tree = ast.parse(inspect.getsource(part))
                names |= {node.name for node in ast.walk(tree)
                          if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))}
        return names

    for client, sync_client, typed, sync_typed in (
        (ManagementClient, genauth_sync.ManagementClient, async_raw.ManagementWithRawResponse,
         sync_raw.SyncManagementWithRawResponse),
        (AuthenticationClient, genauth_sync.AuthenticationClient, async_raw.AuthenticationWithRawResponse,
         sync_raw.SyncAuthenticationWithRawResponse),
    ):
        served = raw_method_names(client) - {"request"}
        assert len(served) > 50
        assert declared(typed) == declared(sync_typed) == served
        assert client._raw_response_class is typed and sync_client._raw_response_class is sync_typed
    # A helper that replaces an endpoint (and may reshape its answer) is not served.
    assert "put_event" not in raw_method_names(ManagementClient)
