"""introspect_token_offline: RS256 against the app's JWKS, and every way a token can fail."""

from __future__ import annotations

import base64
import json
import logging
import time

import jwt
import pytest

from genauth_async.protocols.mixins import _jwks_cache
from genauth_async.protocols.offline import TokenVerificationError
from genauth_async.testing.tokens import RsaKeys

from .conftest import AsyncAuth, auth_kwargs, new_app, new_user


def _claims(emu, app, **over):
    now = int(time.time())
    claims = {"sub": "u1", "iss": emu.issuer, "aud": app["appId"], "iat": now, "exp": now + 600}
    claims.update(over)
    return {k: v for k, v in claims.items() if v is not None}


async def _fail(client, token, reason, **kw):
    with pytest.raises(TokenVerificationError) as info:
        await client.introspect_token_offline(token, **kw)
    assert info.value.reason == reason, info.value
    assert token not in str(info.value)
    return info.value


async def test_valid_and_invalid_tokens(emu) -> None:
    app = new_app(emu)
    other = new_app(emu)
    new_user(emu)
    async with AsyncAuth(**auth_kwargs(emu, app)) as client:
        good = emu.rsa.sign(_claims(emu, app))
        assert (await client.introspect_token_offline(good))["sub"] == "u1"

        header, payload, sig = good.split(".")
        forged = json.loads(base64.urlsafe_b64decode(payload + "=="))
        forged["sub"] = "admin"
        forged_payload = base64.urlsafe_b64encode(json.dumps(forged).encode()).rstrip(b"=").decode()
        await _fail(client, f"{header}.{forged_payload}.{sig}", "signature")

        await _fail(client, emu.rsa.sign(_claims(emu, app, exp=int(time.time()) - 120)), "exp")
        await _fail(client, emu.rsa.sign(_claims(emu, other)), "aud")
        await _fail(client, emu.rsa.sign(_claims(emu, app, iss="https://evil.example.com/oidc")), "iss")
        await _fail(client, emu.rsa.sign(_claims(emu, app, nbf=int(time.time()) + 3600)), "nbf")
        await _fail(client, emu.rsa.sign(_claims(emu, app, iat=int(time.time()) + 3600)), "iat")
        await _fail(client, emu.rsa.sign(_claims(emu, app, exp=None)), "missing_claim")
        # Within the leeway: a token that expired 5 s ago still passes; with leeway=0 it does not.
        recent = emu.rsa.sign(_claims(emu, app, exp=int(time.time()) - 5))
        assert await client.introspect_token_offline(recent)
        await _fail(client, recent, "exp", leeway=0)

        stranger = RsaKeys()
        await _fail(client, stranger.sign(_claims(emu, app)), "kid")

        none_token = jwt.encode(_claims(emu, app), key=None, algorithm="none")
        await _fail(client, none_token, "alg")
        hs = jwt.encode(_claims(emu, app), "s" * 40, algorithm="HS256", headers={"kid": emu.rsa.kid})
        await _fail(client, hs, "alg")
        await _fail(client, "not-a-jwt", "malformed")
        await _fail(client, "a.b.c", "malformed")

        # Everything above used one JWKS fetch plus at most one refetch for the unknown kid.
        assert _jwks_cache(client).fetch_count <= 2


async def test_unknown_kid_triggers_refetch_after_key_rotation(emu) -> None:
    app = new_app(emu)
    async with AsyncAuth(**auth_kwargs(emu, app)) as client:
        assert await client.introspect_token_offline(emu.rsa.sign(_claims(emu, app)))
        cache = _jwks_cache(client)
        assert cache.fetch_count == 1
        assert await client.introspect_token_offline(emu.rsa.sign(_claims(emu, app)))
        assert cache.fetch_count == 1  # cached

        emu._rsa = RsaKeys()  # the provider rotates its signing key
        rotated = emu.rsa.sign(_claims(emu, app))
        # Refetches for unknown kids are rate-limited: just after a fetch, none happens...
        await _fail(client, rotated, "kid")
        assert cache.fetch_count == 1
        # ...once the interval has passed, the new key is fetched and the token verifies.
        cache.min_refetch_interval = 0
        assert (await client.introspect_token_offline(rotated))["aud"] == app["appId"]
        assert cache.fetch_count == 2


async def test_concurrent_verifications_share_one_fetch(emu) -> None:
    import asyncio

    app = new_app(emu)
    async with AsyncAuth(**auth_kwargs(emu, app)) as client:
        token = emu.rsa.sign(_claims(emu, app))
        results = await asyncio.gather(*(client.introspect_token_offline(token) for _ in range(20)))
        assert len(results) == 20 and _jwks_cache(client).fetch_count == 1


async def test_server_jwks_argument_skips_fetching(emu, caplog) -> None:
    app = new_app(emu)
    caplog.set_level(logging.DEBUG, logger="genauth_async")
    async with AsyncAuth(**auth_kwargs(emu, app)) as client:
        token = emu.rsa.sign(_claims(emu, app))
        jwks = {"keys": [emu.rsa.jwk]}
        assert (await client.introspect_token_offline(token, jwks))["sub"] == "u1"
        assert _jwks_cache(client).fetch_count == 0
        await _fail(client, RsaKeys().sign(_claims(emu, app)), "kid", server_jwks=jwks)
    assert token not in caplog.text
