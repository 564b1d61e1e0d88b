"""Answers parsed by the SDK build their nested models on first read (``WireBacked``).

Each test goes through the real HTTP stack (the generated ``ManagementClient`` against the local
fake server) and compares with ``from_wire``, which builds everything at once.
"""

from __future__ import annotations

import copy
import pickle
import threading
from collections.abc import AsyncIterator
from typing import Any

import attrs
import pytest
from _fixtures import ACCESS_KEY_ID, ACCESS_KEY_SECRET

import genauth_async
from genauth_async._converter import _get_wire, _slot_of, from_wire, to_wire
from genauth_async._model import WireBacked
from genauth_async.models import (
    ApplicationDto,
    ApplicationLoginConfigDto,
    CreateApplicationRespDataDto,
)
from tests.support.fake_server import FakeServer, ok

NESTED = ("login_config", "register_config", "branding_config", "oidc_config")

APP: dict[str, Any] = {
    "appId": "app-1",
    "appIdentifier": "demo",
    "appName": "Demo",
    "appType": "web",
    "defaultProtocol": "oidc",
    "redirectUris": ["https://demo.example/cb"],
    "ssoEnabled": False,
    "loginConfig": {
        "mergeLoginAndRegisterPage": False,
        "enabledBasicLoginMethods": ["EMAIL_PASSWORD", "EMAIL_CODE"],
        "defaultLoginMethod": {"connectionType": "PASSWORD", "qrcodeType": "SELF_BUILT_APP"},
        "enabledExtIdpConns": [{"extIdpId": "x1", "extIdpConnId": "c1", "extIdpConnType": "oidc"}],
        "showAuthorizationPage": False,
    },
    "registerConfig": {"enabledBasicRegisterMethods": ["EMAIL_PASSWORD"], "defaultRegisterMethod": "PASSWORD"},
    "brandingConfig": {"customCSSEnabled": False, "agreements": [{"lang": "en-US", "title": "Terms"}]},
    "oidcConfig": {"grantTypes": ["authorization_code"], "responseTypes": ["code"]},
}


@pytest.fixture
async def client(server: FakeServer) -> AsyncIterator[genauth_async.ManagementClient]:
    c = genauth_async.ManagementClient(ACCESS_KEY_ID, ACCESS_KEY_SECRET, host=server.url)
    yield c
    await c.aclose()


def _login_config() -> ApplicationLoginConfigDto:
    return ApplicationLoginConfigDto(
        merge_login_and_register_page=True, enabled_basic_login_methods=[], default_login_method=None,
        enabled_ext_idp_conns=[], show_authorization_page=False,
    )


def _is_built(obj: Any, name: str) -> bool:
    try:
        _slot_of(type(obj), name).__get__(obj, None)
    except AttributeError:
        return False
    return True


async def test_nested_models_are_built_on_first_read_and_equal_the_eager_ones(
    server: FakeServer, client: genauth_async.ManagementClient
) -> None:
    server.script("POST", "/api/v3/create-application", ok(APP))
    app = await client.create_application("Demo", app_identifier="demo")
    eager = from_wire(APP, "CreateApplicationRespDataDto")
    assert isinstance(app, CreateApplicationRespDataDto) and isinstance(app, WireBacked)
    # Scalars and enums are there at once; nested models are not built yet.
    assert app.app_id == "app-1" and app.app_type is eager.app_type
    assert not any(_is_built(app, n) for n in NESTED)
    # Only the raw values of the deferred fields are kept, not the whole answer.
    kept = _get_wire(app)
    assert isinstance(kept, tuple) and APP["loginConfig"] in kept and APP["oidcConfig"] in kept
    assert not any(isinstance(v, dict) and "appId" in v for v in kept)
    login = app.login_config
    assert isinstance(login, ApplicationLoginConfigDto) and _is_built(app, "login_config")
    assert app.login_config is login  # built once
    assert login == eager.login_config
    assert login.enabled_ext_idp_conns[0].ext_idp_conn_id == "c1"
    assert not _is_built(app, "branding_config")
    # Everything that reads fields sees the same values as the eager model.
    assert app == eager and eager == app
    assert repr(app) == repr(eager)
    assert attrs.asdict(app) == attrs.asdict(eager)
    assert to_wire(app) == to_wire(eager)


async def test_copies_pickles_and_evolve_carry_every_field(
    server: FakeServer, client: genauth_async.ManagementClient
) -> None:
    server.script("POST", "/api/v3/create-application", ok(APP))
    eager = from_wire(APP, "CreateApplicationRespDataDto")
    for clone in (
        lambda a: pickle.loads(pickle.dumps(a)),
        copy.copy,
        copy.deepcopy,
        lambda a: attrs.evolve(a, app_name="Renamed"),
    ):
        app = await client.create_application("Demo")
        out = clone(app)
        assert all(_is_built(out, n) for n in NESTED)
        assert attrs.evolve(out, app_name="Demo") == eager


async def test_fields_set_before_reading_are_kept(
    server: FakeServer, client: genauth_async.ManagementClient
) -> None:
    server.script("POST", "/api/v3/create-application", ok(APP))
    app = await client.create_application("Demo")
    replacement = _login_config()
    app.login_config = replacement
    app.oidc_config = None
    assert app.login_config is replacement and app.oidc_config is None
    assert app.register_config is not None


async def test_threads_reading_one_field_get_the_same_object(
    server: FakeServer, client: genauth_async.ManagementClient
) -> None:
    server.script("POST", "/api/v3/create-application", ok(APP))
    for _ in range(20):
        app = await client.create_application("Demo")
        seen: list[Any] = []
        start = threading.Barrier(8)

        def read(app: Any = app, start: threading.Barrier = start, seen: list[Any] = seen) -> None:
            start.wait()
            seen.append(app.branding_config)

        threads = [threading.Thread(target=read) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert len(seen) == 8 and all(b is seen[0] for b in seen)


async def test_a_malformed_nested_value_raises_response_format_error_on_read(
    server: FakeServer, client: genauth_async.ManagementClient
) -> None:
    server.script("POST", "/api/v3/create-application", ok({**APP, "loginConfig": "secret-ish text"}))
    app = await client.create_application("Demo")
    assert app.app_id == "app-1" and app.register_config is not None
    with pytest.raises(genauth_async.ResponseFormatError) as info:
        _ = app.login_config
    text = str(info.value)
    assert "CreateApplicationRespDataDto.login_config" in text and "loginConfig" in text
    assert "secret-ish" not in text  # the value itself is never echoed


async def test_list_items_defer_their_nested_models(
    server: FakeServer, client: genauth_async.ManagementClient
) -> None:
    page = {"list": [dict(APP, appId=f"app-{i}") for i in range(3)], "totalCount": 3}
    server.script("GET", "/api/v3/list-applications", ok(page))
    got = await client.list_applications(page=1, limit=10)
    eager = from_wire(page, "ApplicationPaginatedDataDto")
    assert [a.app_id for a in got.list] == ["app-0", "app-1", "app-2"]
    assert all(isinstance(a, ApplicationDto) and not _is_built(a, "login_config") for a in got.list)
    assert got == eager


def test_from_wire_builds_everything_so_the_callers_dict_may_change() -> None:
    data = copy.deepcopy(APP)
    app = from_wire(data, "CreateApplicationRespDataDto")
    assert all(_is_built(app, n) for n in NESTED)
    data["loginConfig"]["showAuthorizationPage"] = True
    assert app.login_config.show_authorization_page is False


def test_models_built_by_their_constructor_behave_as_before() -> None:
    login = _login_config()
    app = CreateApplicationRespDataDto(
        app_id="a", app_identifier="i", app_name="n", app_logo="", app_type="web", user_pool_id="u",
        is_integrate_app=False, default_protocol="oidc", redirect_uris=[], logout_redirect_uris=[],
        init_login_uri="", sso_enabled=False, login_config=login, register_config=None,
        branding_config=None, oidc_config=None, saml_provider_enabled=False, oauth_provider_enabled=False,
        cas_provider_enabled=False, custom_branding_enabled=False, custom_security_enabled=False,
    )
    assert app.login_config is login
    del app.login_config
    with pytest.raises(AttributeError, match="login_config"):
        _ = app.login_config
    assert not hasattr(app, "login_config")
