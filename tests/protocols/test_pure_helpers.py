"""PKCE, URL builders, client authentication, CAS parsing: no server involved."""

from __future__ import annotations

import base64
from urllib.parse import parse_qs, urlsplit

import pytest

from genauth_async.errors import ValidationError
from genauth_async.protocols import cas, pkce
from genauth_async.protocols.events import encode_event_data, subscription_url, websocket_authorization
from genauth_async.protocols.tokens import client_auth, protocol_prefix

from .conftest import AsyncAuth, SyncAuth


def _q(url: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}


def _client(cls=AsyncAuth, **kw):
    args = {"app_id": "app1", "app_host": "https://demo.genauth.ai/", "redirect_uri": "https://rp/cb?a=1"}
    args.update(kw)
    return cls(**args)


# -- PKCE --------------------------------------------------------------------------------------


def test_rfc7636_appendix_b_vector() -> None:
    verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
    assert pkce.code_challenge(verifier) == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
    assert pkce.code_challenge(verifier, "S256") == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
    assert pkce.code_challenge(verifier, "plain") == verifier


@pytest.mark.parametrize("length", [43, 64, 128])
def test_verifier_length_and_alphabet(length: int) -> None:
    client = _client()
    verifiers = {client.generate_code_challenge(length) for _ in range(20)}
    assert len(verifiers) == 20  # from secrets: no repeats
    for v in verifiers:
        assert len(v) == length and set(v) <= set(pkce.UNRESERVED)
        digest = client.generate_code_challenge_digest(v)
        assert "=" not in digest and len(digest) == 43


@pytest.mark.parametrize("bad", [42, 129, True, "43"])
def test_verifier_length_rejected(bad: object) -> None:
    with pytest.raises(ValidationError):
        _client().generate_code_challenge(bad)


@pytest.mark.parametrize("verifier, method", [("a" * 42, None), ("a" * 129, None), ("a" * 42 + "!", None),
                                              ("a" * 43, "S512")])
def test_digest_rejects_invalid(verifier: str, method: str | None) -> None:
    with pytest.raises(ValidationError):
        _client().generate_code_challenge_digest(verifier, method)


def test_defaults_use_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    import random

    random.seed(1)
    first = _q(_client().build_authorize_url())["state"]
    random.seed(1)
    assert _q(_client().build_authorize_url())["state"] != first


# -- authorize URLs ------------------------------------------------------------------------------


def test_oidc_authorize_url_defaults() -> None:
    url = _client().build_authorize_url()
    assert url.startswith("https://demo.genauth.ai/oidc/auth?")
    q = _q(url)
    assert q["client_id"] == "app1" and q["redirect_uri"] == "https://rp/cb?a=1"
    assert q["response_type"] == "code" and q["scope"] == "openid profile email phone address"
    assert len(q["state"]) >= 16 and len(q["nonce"]) >= 16 and q["state"] != q["nonce"]
    assert "prompt" not in q and "code_challenge" not in q and "%20" in url


def test_oidc_authorize_url_options() -> None:
    url = _client().build_authorize_url(
        redirect_uri="https://other/cb", response_type="code id_token", response_mode="form_post",
        state="st", nonce="no", scope="openid offline_access", code_challenge_method="S256",
        code_challenge="abc",
    )
    q = _q(url)
    assert q == {
        "client_id": "app1", "redirect_uri": "https://other/cb", "response_type": "code id_token",
        "response_mode": "form_post", "scope": "openid offline_access", "state": "st", "nonce": "no",
        "code_challenge": "abc", "code_challenge_method": "S256", "prompt": "consent",
    }


def test_no_redirect_is_omitted_not_none() -> None:
    url = _client(redirect_uri=None).build_authorize_url()
    assert "redirect_uri" not in _q(url) and "None" not in url


def test_oauth_saml_cas_authorize_urls() -> None:
    q = _q(_client(protocol="oauth").build_authorize_url(response_type="token", state="s"))
    assert q == {"client_id": "app1", "redirect_uri": "https://rp/cb?a=1", "response_type": "token",
                 "scope": "user", "state": "s"}
    assert _client(protocol="oauth").build_authorize_url().startswith("https://demo.genauth.ai/oauth/auth?")
    with pytest.raises(ValidationError):
        _client(protocol="oauth").build_authorize_url(response_type="id_token")
    assert _client(protocol="saml").build_authorize_url() == "https://demo.genauth.ai/api/v2/saml-idp/app1"
    cas_url = _client(protocol="cas").build_authorize_url(service="https://svc/x?y=1&z=2")
    assert cas_url == "https://demo.genauth.ai/cas-idp/app1?service=https%3A%2F%2Fsvc%2Fx%3Fy%3D1%26z%3D2"
    assert _client(protocol="cas").build_authorize_url() == "https://demo.genauth.ai/cas-idp/app1"
    with pytest.raises(ValidationError):
        _client(protocol="ldap").build_authorize_url()


# -- logout URLs -----------------------------------------------------------------------------------


def test_oidc_logout_url() -> None:
    client = _client()
    assert client.build_logout_url() == "https://demo.genauth.ai/oidc/session/end"
    url = client.build_logout_url(redirect_uri="https://rp/bye?x=1", id_token="id.tok.en", state="s1")
    assert url.startswith("https://demo.genauth.ai/oidc/session/end?")
    assert _q(url) == {"id_token_hint": "id.tok.en", "post_logout_redirect_uri": "https://rp/bye?x=1", "state": "s1"}
    with pytest.raises(ValidationError):
        client.build_logout_url(redirect_uri="https://rp/bye")
    with pytest.raises(ValidationError):
        client.build_logout_url(id_token="id.tok.en")
    configured = _client(post_logout_redirect_uri="https://rp/out")
    assert _q(configured.build_logout_url(id_token="t"))["post_logout_redirect_uri"] == "https://rp/out"


def test_cas_and_easy_logout_urls() -> None:
    cas_client = _client(protocol="cas")
    assert cas_client.build_logout_url() == "https://demo.genauth.ai/cas-idp/logout"
    assert cas_client.build_logout_url("https://x/?a=b") == "https://demo.genauth.ai/cas-idp/logout?url=https%3A%2F%2Fx%2F%3Fa%3Db"
    for protocol in ("oauth", "saml"):
        c = _client(protocol=protocol)
        assert c.build_logout_url() == "https://demo.genauth.ai/login/profile/logout"
        assert _q(c.build_logout_url("https://x/")) == {"redirect_uri": "https://x/"}


def test_sync_facade_url_builders_and_pkce() -> None:
    with _client(SyncAuth) as client:
        assert client.build_logout_url() == "https://demo.genauth.ai/oidc/session/end"
        verifier = client.generate_code_challenge(50)
        assert len(verifier) == 50
        assert client.generate_code_challenge_digest(verifier, "plain") == verifier
        assert _q(client.build_authorize_url(state="s"))["state"] == "s"


# -- client authentication -------------------------------------------------------------------------


def test_client_auth_methods() -> None:
    post = client_auth("client_secret_post", "id", "s3cr3tv",  setting="token_endpoint_auth_method")
    assert post.form == {"client_id": "id", "client_secret": "s3cr3tv"} and post.headers == {}
    basic = client_auth("client_secret_basic", "id", "s3cr3tv", setting="token_endpoint_auth_method")
    assert basic.form == {} and basic.headers == {"authorization": "Basic " + base64.b64encode(b"id:s3cr3tv").decode()}
    none = client_auth("none", "id", None, setting="token_endpoint_auth_method")
    assert none.form == {"client_id": "id"} and none.headers == {}
    assert "s3cr3tv" not in repr(post) and "s3cr3tv" not in repr(basic)
    with pytest.raises(ValidationError, match="app_secret"):
        client_auth("client_secret_basic", "id", None, setting="token_endpoint_auth_method")
    with pytest.raises(ValidationError, match="introspection_endpoint_auth_method"):
        client_auth("private_key_jwt", "id", "s", setting="introspection_endpoint_auth_method")
    assert protocol_prefix("oidc") == "/oidc" and protocol_prefix("oauth") == "/oauth"
    with pytest.raises(ValidationError):
        protocol_prefix("cas")


# -- CAS parsing ---------------------------------------------------------------------------------


def test_cas_v1_parsing() -> None:
    assert cas.parse_v1("yes\nalice\n") == {"valid": True, "username": "alice"}
    assert cas.parse_v1("yes\r\nbob") == {"valid": True, "username": "bob"}
    assert cas.parse_v1("no\n\n") == {"valid": False, "message": "ticket is not valid"}
    assert cas.parse_v1("") ["valid"] is False
    assert cas.parse_v1({"x": 1})["valid"] is False


def test_cas_v2_parsing() -> None:
    ok_xml = (
        "<cas:serviceResponse xmlns:cas='http://www.yale.edu/tp/cas'><cas:authenticationSuccess>"
        "<cas:user>alice</cas:user><cas:attributes><cas:email>a@x</cas:email><cas:role>r1</cas:role>"
        "<cas:role>r2</cas:role></cas:attributes></cas:authenticationSuccess></cas:serviceResponse>"
    )
    assert cas.parse_v2(ok_xml) == {"valid": True, "username": "alice",
                                    "attributes": {"email": "a@x", "role": ["r1", "r2"]}}
    bad_xml = ("<cas:serviceResponse xmlns:cas='http://www.yale.edu/tp/cas'><cas:authenticationFailure "
               "code='INVALID_TICKET'>nope</cas:authenticationFailure></cas:serviceResponse>")
    assert cas.parse_v2(bad_xml) == {"valid": False, "code": "INVALID_TICKET", "message": "nope"}
    assert cas.parse_v2("<!DOCTYPE x [<!ENTITY a 'b'>]><x/>")["valid"] is False
    assert cas.parse_v2("<not-xml")["valid"] is False
    ok_json = {"serviceResponse": {"authenticationSuccess": {"user": "bob", "attributes": {"k": "v"}}}}
    assert cas.parse_v2(ok_json) == {"valid": True, "username": "bob", "attributes": {"k": "v"}}
    bad_json = {"serviceResponse": {"authenticationFailure": {"code": "INVALID_TICKET", "description": "d"}}}
    assert cas.parse_v2(bad_json) == {"valid": False, "code": "INVALID_TICKET", "message": "d"}


# -- events: pure parts ------------------------------------------------------------------------------


def test_websocket_signature_matches_official_scheme() -> None:
    import hashlib
    import hmac

    expected = base64.b64encode(hmac.new(b"sk", b"websocket\n", hashlib.sha1).digest()).decode()
    assert websocket_authorization("ak", "sk") == f"genauth ak:{expected}"


def test_subscription_url_and_event_data() -> None:
    url = subscription_url("wss://events.genauth.ai/", "/events/v1/authentication/sub", "my.ev&x", "t+k/n")
    assert url.path == "/events/v1/authentication/sub"
    assert url.query["code"] == "my.ev&x" and url.query["token"] == "t+k/n"
    with pytest.raises(ValidationError):
        subscription_url("wss://h", "/p", "")
    assert encode_event_data({"a": [1, "x"]}) == '{"a": [1, "x"]}'  # json.dumps, as the official SDK


# -- the contract with the generator ---------------------------------------------------------------


def test_helpers_table_matches_the_mixins() -> None:
    import inspect

    from genauth_async.protocols import HELPERS
    from genauth_async.protocols.mixins import AuthenticationProtocolMixin, ManagementEventsMixin

    official = {
        "build_authorize_url", "generate_code_challenge", "generate_code_challenge_digest",
        "get_access_token_by_code", "get_access_token_by_client_credentials",
        "get_new_access_token_by_refresh_token", "get_user_info_by_access_token", "introspect_token",
        "introspect_token_offline", "revoke_token", "build_logout_url", "validate_ticket_v1",
        "sign_in_by_email_password", "sign_in_by_phone_password", "sign_in_by_username_password",
        "sign_in_by_account_password", "sign_in_by_email_passcode", "sign_in_by_phone_passcode",
        "sign_in_by_ldap", "sign_in_by_ad", "sign_up_by_email_password", "sign_up_by_username_password",
        "sign_up_by_email_passcode", "sign_up_by_phone_passcode", "sub_event", "put_event",
    }
    auth_names = {name for client, name, _ in HELPERS if client == "authentication"}
    assert official <= auth_names
    assert {name for client, name, _ in HELPERS if client == "management"} == {
        "sub_event", "put_event", "pub", "make_request"}
    for client, name, kind in HELPERS:
        mixin = AuthenticationProtocolMixin if client == "authentication" else ManagementEventsMixin
        fn = getattr(mixin, name)
        assert inspect.iscoroutinefunction(fn) == (kind == "async"), name
        assert kind in ("sync", "async", "aiter")
        if kind == "aiter":
            assert "callback" in inspect.signature(fn).parameters


def test_official_parameter_names_and_order() -> None:
    import importlib
    import inspect

    official_auth = importlib.import_module("genauth.AuthenticationClient")
    official_mgmt = importlib.import_module("genauth.ManagementClient")

    from genauth_async.protocols import HELPERS
    from genauth_async.protocols.mixins import AuthenticationProtocolMixin, ManagementEventsMixin

    for client, name, _ in HELPERS:
        ours = AuthenticationProtocolMixin if client == "authentication" else ManagementEventsMixin
        theirs = (official_auth.AuthenticationClient if client == "authentication"
                  else official_mgmt.ManagementClient)
        if not hasattr(theirs, name):
            continue  # validate_ticket_v2: ours only
        official_params = list(inspect.signature(getattr(theirs, name)).parameters)[1:]
        our_params = [p.name for p in inspect.signature(getattr(ours, name)).parameters.values()
                      if p.kind is p.POSITIONAL_OR_KEYWORD][1:]
        assert our_params == official_params, name


def test_helper_mixins_override_generated_put_event() -> None:
    from genauth_async.protocols.mixins import AuthenticationProtocolMixin, ManagementEventsMixin

    from .conftest import AsyncMgmt

    assert AsyncAuth.put_event is AuthenticationProtocolMixin.put_event
    assert AsyncMgmt.put_event is ManagementEventsMixin.put_event


# -- event reconnect backoff ----------------------------------------------------------------------


def test_reconnect_backoff_grows_then_caps(monkeypatch: pytest.MonkeyPatch) -> None:
    from genauth_async.protocols import events

    # The jitter draws from [ceiling/2, ceiling]; pin it to each end in turn.
    for pick_high in (True, False):
        monkeypatch.setattr(events.random, "uniform", lambda a, b, hi=pick_high: b if hi else a)
        delays = [events._backoff(n, 0.5, 30.0) for n in range(1, 11)]
        ceilings = [0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 30.0, 30.0, 30.0, 30.0]
        assert delays == (ceilings if pick_high else [c / 2 for c in ceilings])
    monkeypatch.undo()
    # Real jitter stays within the band and never exceeds the cap, even after many failures.
    for failures in (1, 3, 6, 7, 50, 2000, 10**6):  # a day-long outage must not overflow the float
        ceiling = min(30.0, 0.5 * 2.0 ** (failures - 1)) if failures < 100 else 30.0
        for _ in range(50):
            delay = events._backoff(failures, 0.5, 30.0)
            assert ceiling / 2 <= delay <= ceiling <= 30.0
