"""OIDC code + PKCE, refresh, client credentials, introspection, revocation, JWKS; CAS v1 and v2."""

from __future__ import annotations

import base64
import hashlib
import secrets
from typing import Any
from urllib.parse import parse_qs, urlparse

import aiohttp
import jwt

from genauth_async.testing import Emulator

REDIRECT = "https://client.example.com/cb"


def _pkce() -> tuple[str, str]:
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    return verifier, challenge


async def _code(s: aiohttp.ClientSession, emu: Emulator, app: dict[str, Any], challenge: str, scope: str) -> str:
    params = {"client_id": app["appId"], "redirect_uri": REDIRECT, "response_type": "code", "scope": scope,
              "state": "st8", "nonce": "n0nce", "code_challenge": challenge, "code_challenge_method": "S256",
              "login_hint": "oidc@example.com"}
    async with s.get(emu.url + "/oidc/auth", params=params, allow_redirects=False) as resp:
        assert resp.status == 302
        location = urlparse(resp.headers["Location"])
    query = parse_qs(location.query)
    assert f"{location.scheme}://{location.netloc}{location.path}" == REDIRECT and query["state"] == ["st8"]
    return query["code"][0]


async def _post(s: aiohttp.ClientSession, url: str, form: dict[str, str], **kw: Any) -> tuple[int, Any]:
    async with s.post(url, data=form, **kw) as resp:
        return resp.status, (await resp.json() if resp.content_type == "application/json" else await resp.text())


async def test_code_pkce_refresh_introspect_revoke(emu: Emulator) -> None:
    app = emu.create_application("OIDC", "oidc-app", redirectUris=[REDIRECT], logoutRedirectUris=[REDIRECT])
    user = emu.create_user(email="oidc@example.com", password="pw")
    creds = {"client_id": app["appId"], "client_secret": app["appSecret"]}
    async with aiohttp.ClientSession() as s:
        async with s.get(emu.url + "/oidc/.well-known/openid-configuration") as resp:
            config = await resp.json()
        assert config["issuer"] == emu.url + "/oidc"
        async with s.get(config["jwks_uri"]) as resp:
            jwks = await resp.json()
        verifier, challenge = _pkce()
        code = await _code(s, emu, app, challenge, "openid profile email offline_access")
        status, bad = await _post(s, config["token_endpoint"], {**creds, "grant_type": "authorization_code",
                                  "code": code, "redirect_uri": REDIRECT, "code_verifier": "x" * 43})
        assert status == 400 and bad == {"error": "invalid_grant", "error_description": "PKCE verification failed"}
        code = await _code(s, emu, app, challenge, "openid profile email offline_access")
        status, tokens = await _post(s, config["token_endpoint"], {**creds, "grant_type": "authorization_code",
                                     "code": code, "redirect_uri": REDIRECT, "code_verifier": verifier})
        assert status == 200, tokens
        status, again = await _post(s, config["token_endpoint"], {**creds, "grant_type": "authorization_code",
                                    "code": code, "redirect_uri": REDIRECT, "code_verifier": verifier})
        assert status == 400 and again["error"] == "invalid_grant"

        key = jwt.PyJWKSet.from_dict(jwks)[jwt.get_unverified_header(tokens["id_token"])["kid"]]
        id_claims = jwt.decode(tokens["id_token"], key.key, algorithms=["RS256"], audience=app["appId"],
                               issuer=config["issuer"])
        assert id_claims["sub"] == user["userId"] and id_claims["nonce"] == "n0nce"
        assert id_claims["email"] == "oidc@example.com"

        async with s.get(config["userinfo_endpoint"], headers={"authorization": f"Bearer {tokens['access_token']}"}) as resp:
            assert (await resp.json())["sub"] == user["userId"]

        basic = {"authorization": "Basic " + base64.b64encode(f"{app['appId']}:{app['appSecret']}".encode()).decode()}
        status, refreshed = await _post(s, config["token_endpoint"], {"grant_type": "refresh_token",
                                        "refresh_token": tokens["refresh_token"]}, headers=basic)
        assert status == 200 and refreshed["access_token"] != tokens["access_token"]

        status, info = await _post(s, config["introspection_endpoint"], {**creds, "token": refreshed["access_token"]})
        assert info["active"] is True and info["sub"] == user["userId"]
        status, _ = await _post(s, config["revocation_endpoint"], {**creds, "token": refreshed["access_token"]})
        assert status == 200
        status, info = await _post(s, config["introspection_endpoint"], {**creds, "token": refreshed["access_token"]})
        assert info == {"active": False}
        async with s.get(config["userinfo_endpoint"], headers={"authorization": f"Bearer {refreshed['access_token']}"}) as resp:
            assert resp.status == 401 and (await resp.json())["error"] == "invalid_token"
        await _post(s, config["revocation_endpoint"], {**creds, "token": tokens["refresh_token"]})
        status, body = await _post(s, config["token_endpoint"], {**creds, "grant_type": "refresh_token",
                                   "refresh_token": tokens["refresh_token"]})
        assert status == 400 and body["error"] == "invalid_grant"
        status, body = await _post(s, config["token_endpoint"], {"client_id": app["appId"], "client_secret": "wrong",
                                   "grant_type": "refresh_token", "refresh_token": "x"})
        assert status == 401 and body["error"] == "invalid_client"

        # Without id_token_hint, client_id names the application whose logout URIs are checked.
        async with s.get(emu.url + "/oidc/session/end", params={"post_logout_redirect_uri": REDIRECT,
                         "client_id": app["appId"]}, allow_redirects=False) as resp:
            assert resp.status == 302 and resp.headers["Location"] == REDIRECT


async def test_client_credentials_and_in_process_authorize(emu: Emulator) -> None:
    app = emu.create_application("M2M", "m2m", appType="spa", redirectUris=[REDIRECT])
    user = emu.create_user(username="plain", password="pw")
    async with aiohttp.ClientSession() as s:
        status, body = await _post(s, emu.url + "/oidc/token", {"grant_type": "client_credentials", "scope": "read",
                                   "client_id": emu.access_key_id, "client_secret": emu.access_key_secret})
        assert status == 200 and body["token_type"] == "Bearer" and "id_token" not in body
        code = emu.authorize(app["appId"], user["userId"], code_challenge="v" * 43, code_challenge_method="plain")
        status, tokens = await _post(s, emu.url + "/oidc/token", {"client_id": app["appId"],
                                     "grant_type": "authorization_code", "code": code, "code_verifier": "v" * 43})
        assert status == 200 and "refresh_token" not in tokens  # no offline_access asked
        async with s.get(emu.url + "/oidc/auth", params={"client_id": app["appId"], "redirect_uri": REDIRECT}) as resp:
            assert resp.status == 200 and "<form" in await resp.text()


async def test_cas_v1_and_v2(emu: Emulator) -> None:
    app = emu.create_application("CAS", "cas-app")
    emu.create_user(username="casuser", password="pw", email="cas@example.com")
    service = "https://svc.example.com/after"
    base = f"{emu.url}/cas-idp/{app['appId']}"

    async def ticket(s: aiohttp.ClientSession) -> str:
        async with s.get(base, params={"service": service, "login_hint": "casuser"}, allow_redirects=False) as resp:
            assert resp.status == 302
            return parse_qs(urlparse(resp.headers["Location"]).query)["ticket"][0]

    async with aiohttp.ClientSession() as s:
        t = await ticket(s)
        async with s.get(base + "/validate", params={"service": service, "ticket": t}) as resp:
            assert await resp.text() == "yes\ncasuser\n"
        async with s.get(base + "/validate", params={"service": service, "ticket": t}) as resp:
            assert await resp.text() == "no\n"  # tickets are single use
        t = await ticket(s)
        async with s.get(base + "/serviceValidate", params={"service": service, "ticket": t, "format": "JSON"}) as resp:
            success = (await resp.json())["serviceResponse"]["authenticationSuccess"]
        assert success["user"] == "casuser" and success["attributes"]["email"] == "cas@example.com"
        t = await ticket(s)
        async with s.get(base + "/serviceValidate", params={"service": "https://other", "ticket": t}) as resp:
            assert "INVALID_TICKET" in await resp.text()


async def test_logout_verifies_id_token_hint(emu: Emulator) -> None:
    bye = "https://client.example.com/bye"
    app = emu.create_application("Logout", "logout-app", redirectUris=[REDIRECT], logoutRedirectUris=[bye])
    other = emu.create_application("Other", "other-app", redirectUris=[REDIRECT])
    user = emu.create_user(email="out@example.com", password="pw")
    tokens = emu.issue_user_tokens(app, user, "openid profile")

    async def end(s: aiohttp.ClientSession, **params: str) -> tuple[int, str, str]:
        async with s.get(emu.url + "/oidc/session/end", params=params, allow_redirects=False) as resp:
            return resp.status, resp.headers.get("Location", ""), await resp.text()

    async with aiohttp.ClientSession() as s:
        assert (await end(s, id_token_hint=tokens["id_token"], post_logout_redirect_uri=bye, state="s1"))[:2] == (
            302, bye + "?state=s1")
        assert (await end(s, id_token_hint=tokens["id_token"], client_id=app["appId"]))[0] == 200
        # Expired hints are still accepted (OIDC RP-Initiated Logout allows it).
        emu.advance_clock(emu.token_ttl + 60)
        assert (await end(s, id_token_hint=tokens["id_token"], post_logout_redirect_uri=bye))[0] == 302

        forged = tokens["id_token"][:-6] + ("AAAAAA" if not tokens["id_token"].endswith("AAAAAA") else "BBBBBB")
        foreign = jwt.encode({"iss": emu.issuer, "aud": app["appId"], "sub": user["userId"], "exp": 9999999999,
                              "at_hash": "x"}, "not-our-key-" + "k" * 32, algorithm="HS256")
        for params, reason in (
            ({"id_token_hint": "garbage"}, "valid ID token"),
            ({"id_token_hint": forged}, "valid ID token"),
            ({"id_token_hint": foreign}, "valid ID token"),
            ({"id_token_hint": tokens["access_token"]}, "not an ID token"),
            ({"id_token_hint": tokens["id_token"], "client_id": other["appId"]}, "client_id"),
            ({"id_token_hint": tokens["id_token"], "post_logout_redirect_uri": "https://evil.example.com/"},
             "not registered"),
        ):
            status, location, page = await end(s, **params)
            assert (status, location) == (400, ""), params
            assert reason in page, (params, page)
        emu.store.applications.delete(app["appId"])
        status, _, page = await end(s, id_token_hint=tokens["id_token"], post_logout_redirect_uri=bye)
        assert status == 400 and "does not exist" in page
