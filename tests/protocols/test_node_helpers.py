"""Node's server-side helpers against the emulator, through the real HTTP stack: login_with_redirect ->
(browser login) -> handle_redirect_callback -> tokens -> parse_id_token / parse_access_token,
logout_with_redirect, make_request, pub (async package; the sync facade at the end)."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit

import jwt as pyjwt
import pytest

from genauth_async.errors import NotFoundError, ValidationError
from genauth_async.models import PubEventRespDataDto
from genauth_async.protocols import (
    AccessTokenClaims,
    IDTokenClaims,
    LoginResult,
    LoginTransaction,
    RedirectCallbackError,
    TokenVerificationError,
)
from tests.support.tokens import b64url

from .conftest import (
    PASSWORD,
    REDIRECT,
    AsyncAuth,
    AsyncMgmt,
    SyncAuth,
    SyncMgmt,
    afollow_login,
    auth_kwargs,
    follow_login,
    form_of,
    new_app,
    new_user,
    record_requests,
)

REDIRECTS_PAGE = (Path(__file__).resolve().parents[2] / "docs" / "redirects.md").read_text(encoding="utf-8")


class DictStorage:
    """A plain (sync) storage, like a server-side session."""

    def __init__(self) -> None:
        self.data: dict[str, str] = {}

    def get(self, key: str) -> str | None:
        return self.data.get(key)

    def set(self, key: str, value: str) -> None:
        self.data[key] = value

    def delete(self, key: str) -> None:
        self.data.pop(key, None)


class AsyncStorage(DictStorage):
    """The same with coroutine methods, like an async cache client."""

    async def get(self, key: str) -> str | None:  # type: ignore[override]
        return self.data.get(key)

    async def set(self, key: str, value: str) -> None:  # type: ignore[override]
        self.data[key] = value

    async def delete(self, key: str) -> None:  # type: ignore[override]
        self.data.pop(key, None)


def _query(url: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}


def _callback(answer: dict[str, str]) -> str:
    return REDIRECT + "?" + urlencode(answer)


@pytest.mark.parametrize("storage_cls", [DictStorage, AsyncStorage])
async def test_login_callback_tokens_and_claims_with_a_storage(emu, storage_cls: type[DictStorage]) -> None:
    app = new_app(emu)
    user = new_user(emu)
    storage = storage_cls()
    async with AsyncAuth(**auth_kwargs(emu, app)) as client:
        login = await client.login_with_redirect(scope="openid profile email offline_access", storage=storage)
        q = _query(login.url)
        assert urlsplit(login.url).path == "/oidc/auth"
        assert q["state"] == login.state and q["nonce"] == login.nonce and q["client_id"] == app["appId"]
        assert q["code_challenge_method"] == "S256" and q["redirect_uri"] == REDIRECT
        verifier = login.transaction.code_verifier
        assert verifier and verifier not in repr(login) and verifier not in login.url
        assert q["code_challenge"] == client.generate_code_challenge_digest(verifier, "S256")
        assert list(storage.data) == [f"genauth.login.{login.state}"]

        answer = await afollow_login(login.url, "alice")
        calls = record_requests(emu)
        tokens = await client.handle_redirect_callback(_callback(answer), storage=storage)

        assert isinstance(tokens, LoginResult) and tokens.refresh_token and tokens.token_type == "Bearer"
        token_call = next(c for c in calls if c["path"] == "/oidc/token")
        assert form_of(token_call)["code_verifier"] == verifier  # PKCE verifier sent with the code
        assert isinstance(tokens.id_token_claims, IDTokenClaims)
        assert tokens.id_token_claims.sub == user["userId"] and tokens.id_token_claims.nonce == login.nonce
        assert tokens.id_token_claims.email == "alice@example.com"
        assert storage.data == {}  # taken: a callback completes once
        assert tokens.access_token not in repr(tokens) and tokens.id_token not in repr(tokens)

        access = await client.parse_access_token(tokens.access_token)
        assert isinstance(access, AccessTokenClaims)
        assert access.sub == user["userId"] and access.aud == app["appId"] and access.iss == f"{emu.url}/oidc"
        assert "offline_access" in (access.scope or "") and access.claims["jti"] == access.jti
        assert (await client.parse_id_token(tokens.id_token or "", nonce=login.nonce)).sub == user["userId"]

        # The same callback again (a replay): the transaction is gone, nothing is sent.
        before = len(calls)
        with pytest.raises(RedirectCallbackError) as err:
            await client.handle_redirect_callback(_callback(answer), storage=storage)
        assert err.value.reason == "transaction" and len(calls) == before


async def test_transaction_returned_to_the_caller_as_json(emu) -> None:
    app = new_app(emu)
    user = new_user(emu)
    async with AsyncAuth(**auth_kwargs(emu, app)) as client:
        login = await client.login_with_redirect(state="st-given", nonce="n-given")
        assert login.state == "st-given" and _query(login.url)["nonce"] == "n-given"
        kept = login.transaction.to_json()  # what an application puts in its own session
        answer = await afollow_login(login.url, "alice")
        tokens = await client.handle_redirect_callback(urlsplit(_callback(answer)).query, transaction=kept)
        assert tokens.id_token_claims is not None and tokens.id_token_claims.sub == user["userId"]
        assert LoginTransaction.from_json(kept) == login.transaction


async def test_wrong_state_is_refused_before_any_request(emu) -> None:
    app = new_app(emu)
    new_user(emu)
    storage = DictStorage()
    async with AsyncAuth(**auth_kwargs(emu, app)) as client:
        login = await client.login_with_redirect(storage=storage)
        answer = await afollow_login(login.url, "alice")
        calls = record_requests(emu)
        forged = {**answer, "state": login.state + "x"}
        with pytest.raises(RedirectCallbackError) as err:
            await client.handle_redirect_callback(forged, transaction=login.transaction)
        assert err.value.reason == "state" and answer["code"] not in str(err.value)
        with pytest.raises(RedirectCallbackError) as err:  # storage: no transaction under that state
            await client.handle_redirect_callback(forged, storage=storage)
        assert err.value.reason == "transaction"
        with pytest.raises(RedirectCallbackError) as err:
            await client.handle_redirect_callback({"code": answer["code"]}, transaction=login.transaction)
        assert err.value.reason == "state"
        with pytest.raises(RedirectCallbackError) as err:
            await client.handle_redirect_callback(
                {"error": "access_denied", "error_description": "user said no", "state": login.state},
                transaction=login.transaction)
        assert (err.value.reason, err.value.error, err.value.error_description) == (
            "error", "access_denied", "user said no")
        with pytest.raises(RedirectCallbackError) as err:
            await client.handle_redirect_callback({"state": login.state}, transaction=login.transaction)
        assert err.value.reason == "code"
        with pytest.raises(ValidationError):
            await client.handle_redirect_callback(answer)  # neither transaction nor storage
        assert calls == []
        # The right state still completes: nothing above consumed the code.
        tokens = await client.handle_redirect_callback(answer, transaction=login.transaction)
        assert tokens.access_token


def _tamper(token: str) -> str:
    header, payload, signature = token.split(".")
    claims = json.loads(pyjwt.utils.base64url_decode(payload))
    claims["sub"] = "someone-else"
    return ".".join([header, b64url(json.dumps(claims).encode()), signature])


async def test_tampered_expired_and_foreign_tokens_are_refused(emu) -> None:
    app = new_app(emu)
    user = new_user(emu)
    async with AsyncAuth(**auth_kwargs(emu, app)) as client:
        login = await client.login_with_redirect()
        tokens = await client.handle_redirect_callback(await afollow_login(login.url, "alice"),
                                                       transaction=login.transaction)
        assert tokens.id_token is not None

        for parse in (client.parse_access_token, client.parse_id_token):
            token = tokens.access_token if parse == client.parse_access_token else tokens.id_token
            with pytest.raises(TokenVerificationError) as err:
                await parse(_tamper(token))
            assert err.value.reason == "signature" and token not in str(err.value)

        now = int(time.time())
        base = {"sub": user["userId"], "aud": app["appId"], "iss": f"{emu.url}/oidc", "iat": now - 7200}
        expired = emu.rsa.sign({**base, "exp": now - 3600})
        with pytest.raises(TokenVerificationError, match="expired") as err:
            await client.parse_access_token(expired)
        assert err.value.reason == "exp"
        with pytest.raises(TokenVerificationError) as err:
            await client.parse_id_token(emu.rsa.sign({**base, "exp": now + 600, "aud": "another-app"}))
        assert err.value.reason == "aud"
        with pytest.raises(TokenVerificationError) as err:
            await client.parse_id_token(emu.rsa.sign({**base, "exp": now + 600, "iss": "https://evil.example/oidc"}))
        assert err.value.reason == "iss"
        with pytest.raises(TokenVerificationError) as err:
            await client.parse_id_token(tokens.id_token, nonce="not-the-login-nonce")
        assert err.value.reason == "nonce"
        unsigned = pyjwt.encode({**base, "exp": now + 600}, None, algorithm="none")
        with pytest.raises(TokenVerificationError) as err:
            await client.parse_id_token(unsigned)
        assert err.value.reason == "alg"


async def test_hs256_id_tokens_are_checked_with_the_app_secret(emu) -> None:
    app = new_app(emu)
    async with AsyncAuth(**auth_kwargs(emu, app)) as client:
        now = int(time.time())
        claims = {"sub": "u1", "aud": app["appId"], "iss": f"{emu.url}/oidc", "iat": now, "exp": now + 600,
                  "nonce": "n1", "email_verified": True}
        good = pyjwt.encode(claims, app["appSecret"], algorithm="HS256")
        parsed = await client.parse_id_token(good, nonce="n1")
        assert parsed.sub == "u1" and parsed.email_verified is True
        with pytest.raises(TokenVerificationError) as err:  # signed with another secret
            await client.parse_id_token(pyjwt.encode(claims, "x" * 32, algorithm="HS256"))
        assert err.value.reason == "signature"
        with pytest.raises(TokenVerificationError) as err:  # access tokens are RS256 only
            await client.parse_access_token(good)
        assert err.value.reason == "alg"


async def test_forced_login_and_logout_redirect(emu) -> None:
    app = new_app(emu)
    async with AsyncAuth(**auth_kwargs(emu, app, post_logout_redirect_uri="https://rp.example.com/bye")) as client:
        forced = await client.login_with_redirect(scope="openid offline_access", forced=True,
                                                  redirect_uri="https://rp.example.com/other")
        q = _query(forced.url)
        assert q["prompt"] == "login" and q["redirect_uri"] == "https://rp.example.com/other"
        assert forced.transaction.redirect_uri == "https://rp.example.com/other"
        url = client.logout_with_redirect(id_token="idt", state="s1")
        assert urlsplit(url).path == "/oidc/session/end"
        assert _query(url) == {"id_token_hint": "idt", "post_logout_redirect_uri": "https://rp.example.com/bye",
                               "state": "s1"}
        assert url == client.build_logout_url(id_token="idt", state="s1")


async def test_make_request_and_pub_send_what_node_sends(emu) -> None:
    user = new_user(emu)
    async with AsyncMgmt("ak-proto", "sk-proto", host=emu.url, max_retries=0) as mgmt:
        calls = record_requests(emu)
        data = await mgmt.make_request("GET", "/api/v3/get-user", params={"userId": user["userId"]},
                                       extra_query={"withCustomData": "false"})
        assert isinstance(data, dict) and data["userId"] == user["userId"]
        assert calls[-1]["query"] == {"userId": user["userId"], "withCustomData": "false"}
        same = await mgmt.make_request("GET", f"{emu.url}/api/v3/get-user", params=[("userId", user["userId"])])
        assert same == data
        with pytest.raises(NotFoundError):
            await mgmt.make_request("GET", "/api/v3/get-user", params={"userId": "nobody"})
        sent = len(calls)
        with pytest.raises(ValidationError):  # the client's credentials do not go to another host
            await mgmt.make_request("GET", "https://elsewhere.example.com/api/v3/get-user")
        assert len(calls) == sent

        result = await mgmt.pub("myapp.thing", '{"a": 1}')
        assert isinstance(result, PubEventRespDataDto)
        assert json.loads(calls[-1]["raw"])["eventData"] == '{"a": 1}'  # as given, not encoded again
        await mgmt.put_event("myapp.thing", '{"a": 1}')
        assert json.loads(calls[-1]["raw"])["eventData"] == json.dumps('{"a": 1}')
        with pytest.raises(ValidationError):
            await mgmt.pub("myapp.thing", {"a": 1})  # type: ignore[arg-type]

    app = new_app(emu)
    async with AsyncAuth(**auth_kwargs(emu, app)) as client:
        client.set_access_token((await client.sign_in_by_email_password("alice@example.com", PASSWORD)).access_token)
        assert isinstance(await client.pub("app.thing", "plain text"), PubEventRespDataDto)
        assert calls[-1]["path"] == "/api/v3/pub-userEvent"
        assert json.loads(calls[-1]["raw"])["eventData"] == "plain text"


def test_sync_facade_login_flow(emu_thread) -> None:
    emu = emu_thread
    app = emu.call(new_app, emu.emulator)
    user = emu.call(new_user, emu.emulator)
    storage = DictStorage()
    with SyncAuth(**auth_kwargs(emu, app)) as client:
        login = client.login_with_redirect(storage=storage)
        answer = follow_login(login.url, "alice")
        tokens = client.handle_redirect_callback(_callback(answer), storage=storage)
        assert tokens.id_token_claims is not None and tokens.id_token_claims.sub == user["userId"]
        assert client.parse_access_token(tokens.access_token).sub == user["userId"]
        assert client.sign_in_by_email_pass_code == client.sign_in_by_email_passcode
        with pytest.raises(RedirectCallbackError):
            client.handle_redirect_callback(_callback(answer), storage=storage)
    with SyncMgmt("ak-proto", "sk-proto", host=emu.url, max_retries=0) as mgmt:
        assert mgmt.make_request("GET", "/api/v3/get-user", params={"userId": user["userId"]})["userId"] == \
            user["userId"]


async def test_redirects_page_runs_as_printed(emu) -> None:
    """The code on docs/redirects.md, run against the emulator: login, callback, logout."""
    (snippet,) = re.findall(r"```python\n(.*?)```", REDIRECTS_PAGE, re.S)
    scope: dict[str, object] = {}
    exec(compile(snippet, "docs/redirects.md", "exec"), scope)  # noqa: S102 - our own docs
    app = new_app(emu)
    user = new_user(emu)
    session: dict[str, str] = {}
    kwargs = auth_kwargs(emu, app, post_logout_redirect_uri="https://rp.example.com/bye")
    async with AsyncAuth(**kwargs) as auth:
        url = await scope["login"](auth, session)  # type: ignore[operator]
        assert [k for k in session if k.startswith("genauth.login.")]
        answer = await afollow_login(url, "alice")
        await scope["callback"](auth, session, _callback(answer))  # type: ignore[operator]
        assert session["user"] == user["userId"] and not [k for k in session if k.startswith("genauth.login.")]
        id_token = session["id_token"]
        out = scope["logout"](auth, session)  # type: ignore[operator]
        assert _query(out)["id_token_hint"] == id_token and "user" not in session


async def test_a_token_of_the_other_kind_is_refused(emu) -> None:
    """Access and ID tokens of one application share signer, iss and aud: the kind is told by the
    claims only one of them carries (nonce/at_hash, scope), and several audiences need azp."""
    app = new_app(emu)
    new_user(emu)
    async with AsyncAuth(**auth_kwargs(emu, app)) as client:
        login = await client.login_with_redirect(scope="openid profile offline_access")
        tokens = await client.handle_redirect_callback(await afollow_login(login.url, "alice"),
                                                       transaction=login.transaction)
        assert tokens.id_token is not None
        with pytest.raises(TokenVerificationError) as err:
            await client.parse_access_token(tokens.id_token)
        assert err.value.reason == "token_type" and err.value.claim in ("nonce", "at_hash")
        with pytest.raises(TokenVerificationError) as err:
            await client.parse_id_token(tokens.access_token)
        assert err.value.reason == "token_type" and err.value.claim == "scope"

        now = int(time.time())
        base = {"sub": "u1", "iss": f"{emu.url}/oidc", "iat": now, "exp": now + 600}
        several = emu.rsa.sign({**base, "aud": ["other-app", app["appId"]]})
        with pytest.raises(TokenVerificationError) as err:
            await client.parse_id_token(several)
        assert err.value.reason == "aud" and err.value.claim == "azp"
        authorized = emu.rsa.sign({**base, "aud": ["other-app", app["appId"]], "azp": app["appId"]})
        assert (await client.parse_id_token(authorized)).sub == "u1"


async def test_callback_query_string_may_hold_a_url(emu) -> None:
    """A bare query string whose values hold "://" (the iss of RFC 9207) is read as a query string."""
    app = new_app(emu)
    new_user(emu)
    async with AsyncAuth(**auth_kwargs(emu, app)) as client:
        login = await client.login_with_redirect()
        answer = await afollow_login(login.url, "alice")
        query = urlencode(answer) + f"&iss={emu.url}/oidc"  # "://" is legal unencoded in a query
        assert "://" in query
        tokens = await client.handle_redirect_callback(query, transaction=login.transaction)
        assert tokens.access_token


async def test_logout_without_an_id_token_is_the_bare_session_end(emu) -> None:
    app = new_app(emu)
    async with AsyncAuth(**auth_kwargs(emu, app, post_logout_redirect_uri="https://rp.example.com/bye")) as client:
        url = client.logout_with_redirect(id_token=None)
        assert url == f"{emu.url}/oidc/session/end"
        assert client.logout_with_redirect(state="s") == url
        with pytest.raises(ValidationError):  # an explicit redirect still needs the ID token
            client.logout_with_redirect(redirect_uri="https://rp.example.com/x")


async def test_make_request_path_whose_query_holds_a_url(emu) -> None:
    user = new_user(emu)
    async with AsyncMgmt("ak-proto", "sk-proto", host=emu.url, max_retries=0) as mgmt:
        calls = record_requests(emu)
        data = await mgmt.make_request("GET", f"/api/v3/get-user?userId={user['userId']}&next=https://rp.example.com/")
        assert isinstance(data, dict) and data["userId"] == user["userId"]
        assert calls[-1]["path"] == "/api/v3/get-user"
        assert calls[-1]["query"] == {"userId": user["userId"], "next": "https://rp.example.com/"}


async def test_a_nonce_or_state_with_a_lone_surrogate_is_a_clear_refusal(emu) -> None:
    app = new_app(emu)
    async with AsyncAuth(**auth_kwargs(emu, app)) as client:
        now = int(time.time())
        token = emu.rsa.sign({"sub": "u1", "aud": app["appId"], "iss": f"{emu.url}/oidc", "iat": now,
                              "exp": now + 600, "nonce": "n\ud800"})
        with pytest.raises(TokenVerificationError) as err:
            await client.parse_id_token(token, nonce="n1")
        assert err.value.reason == "nonce"
        login = await client.login_with_redirect()
        with pytest.raises(RedirectCallbackError) as cb:
            await client.handle_redirect_callback({"code": "c", "state": "s\ud800"}, transaction=login.transaction)
        assert cb.value.reason == "state"
