"""``genauth_sync``'s ``with_raw_response``: same names and answers as the async client's."""

from __future__ import annotations

import pytest

from genauth_async import RawResponse
from genauth_async.errors import NotFoundError
from genauth_async.testing import Emulator
from genauth_sync import AuthenticationClient, ManagementClient


def test_sync_raw_response_through_the_emulator() -> None:
    with Emulator.start_in_thread() as emu, \
            ManagementClient(emu.access_key_id, emu.access_key_secret, host=emu.url) as client:
        raw = client.with_raw_response.create_application(app_name="Sync", app_identifier="sync-raw")
        assert isinstance(raw, RawResponse)
        assert raw.http_status == 200 and raw.retries_taken == 0 and raw.request_id == raw.json()["requestId"]
        app = raw.parse()
        assert type(app) is type(client.create_application(app_name="Two", app_identifier="sync-raw-2"))
        assert client.with_raw_response.get_application(app_id=app.app_id).parse().app_identifier == "sync-raw"
        assert client.with_raw_response.request("GET", "/api/v3/list-applications").http_status == 200
        with pytest.raises(NotFoundError):
            client.with_raw_response.get_application(app_id="no-such-app")
        with pytest.raises(AttributeError, match="with_raw_response has no method"):
            client.with_raw_response.iter_list_applications  # noqa: B018
        assert client.with_raw_response is client.with_raw_response
        app_id = emu.create_application(app_identifier="sync-raw-auth")["appId"]
        with AuthenticationClient(app_id, emu.url) as auth:
            info = auth.with_raw_response.get_system_info()
            assert info.http_status == 200 and info.request_id and info.parse() is not None
