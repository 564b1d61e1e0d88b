"""Hooks on the sync facade: plain callables, called on the facade's loop thread, same records."""

from __future__ import annotations

import threading

import pytest

from genauth_async.errors import NotFoundError, ValidationError
from genauth_sync import ManagementClient, RequestInfo, ResponseInfo


def test_sync_hooks_through_the_emulator() -> None:
    from genauth_async.testing import Emulator

    records: list[RequestInfo | ResponseInfo] = []
    threads: set[int] = set()

    def on_request(info: RequestInfo) -> None:
        threads.add(threading.get_ident())
        records.append(info)

    with Emulator.start_in_thread() as emu, ManagementClient(
            emu.access_key_id, emu.access_key_secret, host=emu.url,
            on_request=on_request, on_response=records.append) as client:
        client.list_applications()
        with pytest.raises(NotFoundError):
            client.get_application(app_id="no-such-app")
        token = client.get_management_token().access_token
        secret = emu.access_key_secret
    operations = [(type(r).__name__, r.operation) for r in records]
    assert operations == [("RequestInfo", None), ("ResponseInfo", None),
                          ("RequestInfo", "list_applications"), ("ResponseInfo", "list_applications"),
                          ("RequestInfo", "get_application"), ("ResponseInfo", "get_application")]
    last = records[-1]
    assert isinstance(last, ResponseInfo) and last.error_type == "NotFoundError" and last.request_id
    assert threading.get_ident() not in threads  # run on the portal thread
    assert token not in repr(records) and secret not in repr(records)


def test_sync_constructor_checks_hooks() -> None:
    with pytest.raises(ValidationError, match="on_response must be a callable"):
        ManagementClient("ak", "sk", on_response=object())  # type: ignore[arg-type]
