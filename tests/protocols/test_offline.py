"""introspect_token_offline: RS256 against the app's JWKS, and every way a token can fail."""

from __future__ import annotations

import base64
import json
import logging
import time

import jwt
import pytest

from genauth_async.protocols.mixins import _jwks_cache
from genauth_async.protocols.offline import JwksUnavailableError, TokenVerificationError
from genauth_async.testing.tokens import RsaKeys
from tests.support.tokens import b64url

from .conftest import AsyncAuth, auth_kwargs, new_app, new_user, record_requests


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
        forged_payload = b64url(json.dumps(forged).encode())
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


class _Clock:
    """A monotonic clock the test moves by hand (no sleeping)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _outage(emu):
    """The JWKS endpoint answers a real HTTP 502 page, as a failing proxy in front of it would."""
    return emu.faults.add("bad_gateway", path="/oidc/.well-known/jwks.json")


async def _unavailable(client, token):
    with pytest.raises(JwksUnavailableError) as info:
        await client.introspect_token_offline(token)
    return info.value


async def test_jwks_outage_costs_one_request_per_backoff(emu) -> None:
    import asyncio

    app = new_app(emu)
    async with AsyncAuth(**auth_kwargs(emu, app)) as client:
        cache = _jwks_cache(client)
        cache.clock = clock = _Clock()
        fault = _outage(emu)
        token = emu.rsa.sign(_claims(emu, app))

        # 100 concurrent verifications: one fetch, one request, one equal error for all.
        results = await asyncio.gather(*(client.introspect_token_offline(token) for _ in range(100)),
                                       return_exceptions=True)
        assert fault.fired == 1 and cache.fetch_count == 1
        assert all(isinstance(r, JwksUnavailableError) for r in results)
        assert len({(str(r), r.url, r.http_status) for r in results}) == 1
        err = results[0]
        assert err.url == f"{emu.url}/oidc/.well-known/jwks.json" and err.http_status == 502
        assert err.url in str(err) and "502" in str(err)
        assert app["appSecret"] not in str(err) and token not in str(err)
        assert err.retry_after == cache.failure_backoff

        # Within the back-off: no request, the same error, fast; also for made-up kids.
        clock.now += cache.failure_backoff - 1
        later = await _unavailable(client, token)
        assert str(later) == str(err) and later.retry_after == 1
        await _unavailable(client, RsaKeys().sign(_claims(emu, app)))
        assert fault.fired == 1 and cache.fetch_count == 1

        # After it: one new fetch for the next burst; it fails again, and again only once.
        clock.now += 1
        results = await asyncio.gather(*(client.introspect_token_offline(token) for _ in range(50)),
                                       return_exceptions=True)
        assert all(isinstance(r, JwksUnavailableError) for r in results)
        assert fault.fired == 2 and cache.fetch_count == 2

        # The endpoint recovers: after the back-off one fetch serves everyone, then the cache.
        emu.faults.clear()
        clock.now += cache.failure_backoff
        claims = await asyncio.gather(*(client.introspect_token_offline(token) for _ in range(50)))
        assert all(c["sub"] == "u1" for c in claims) and cache.fetch_count == 3


async def test_expired_key_set_keeps_serving_known_keys_through_an_outage(emu) -> None:
    app = new_app(emu)
    async with AsyncAuth(**auth_kwargs(emu, app)) as client:
        token = emu.rsa.sign(_claims(emu, app))
        assert await client.introspect_token_offline(token)
        cache = _jwks_cache(client)
        cache.clock = clock = _Clock()
        cache._fetched_at = clock.now  # the set was fetched "now" on the injected clock
        fault = _outage(emu)
        clock.now += cache.ttl  # the set is due for a refresh, and the refresh fails
        assert (await client.introspect_token_offline(token))["sub"] == "u1"
        assert fault.fired == 1
        # In the back-off the held keys keep serving, with no request; an unknown kid fails clearly.
        assert await client.introspect_token_offline(token)
        await _unavailable(client, RsaKeys().sign(_claims(emu, app)))
        assert fault.fired == 1 and cache.fetch_count == 2


async def test_unknown_kids_cannot_drive_jwks_requests(emu) -> None:
    app = new_app(emu)
    async with AsyncAuth(**auth_kwargs(emu, app)) as client:
        assert await client.introspect_token_offline(emu.rsa.sign(_claims(emu, app)))
        cache = _jwks_cache(client)
        cache.clock = clock = _Clock()
        cache._attempted_at = clock.now
        calls = record_requests(emu)
        stranger = RsaKeys()

        def made_up(i: int) -> str:  # a token naming a kid the JWKS has never held
            return RsaKeys(stranger.pem, kid=f"made-up-{i}").sign(_claims(emu, app))

        for i in range(10):
            await _fail(client, made_up(i), "kid")
        assert calls == []  # within min_refetch_interval of the last fetch: nothing sent
        clock.now += cache.min_refetch_interval
        for i in range(10, 20):
            await _fail(client, made_up(i), "kid")
        assert len(calls) == 1 and cache.fetch_count == 2  # one refetch per interval


def test_sync_facade_shares_the_outage_backoff(emu_thread) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from genauth_sync import JwksUnavailableError as SyncJwksUnavailableError

    from .conftest import SyncAuth

    assert SyncJwksUnavailableError is JwksUnavailableError
    emu = emu_thread.emulator
    app = emu_thread.call(new_app, emu)
    fault = emu.faults.add("bad_gateway", path="/oidc/.well-known/jwks.json")
    token = emu_thread.call(emu.rsa.sign, _claims(emu, app))
    with SyncAuth(**auth_kwargs(emu_thread, app)) as client:
        cache = client._run_sync(_jwks_cache)
        cache.clock = clock = _Clock()

        def verify(_: int) -> BaseException | None:
            try:
                client.introspect_token_offline(token)
            except JwksUnavailableError as exc:
                return exc
            return None

        with ThreadPoolExecutor(20) as pool:
            errors = list(pool.map(verify, range(100)))
        assert all(isinstance(e, JwksUnavailableError) and e.http_status == 502 for e in errors)
        assert fault.fired == 1
        assert isinstance(verify(0), JwksUnavailableError) and fault.fired == 1  # in the back-off
        clock.now += cache.failure_backoff
        assert isinstance(verify(0), JwksUnavailableError) and fault.fired == 2  # one new fetch


async def test_a_cancelled_verification_does_not_cancel_the_shared_fetch(emu) -> None:
    import asyncio
    import pickle

    app = new_app(emu)
    async with AsyncAuth(**auth_kwargs(emu, app)) as client:
        slow = emu.faults.add("latency", path="/oidc/.well-known/jwks.json", latency=0.2)
        token = emu.rsa.sign(_claims(emu, app))
        tasks = [asyncio.ensure_future(client.introspect_token_offline(token)) for _ in range(5)]
        for _ in range(5000):  # until the one JWKS request has reached the emulator
            if slow.fired:
                break
            await asyncio.sleep(0.001)
        tasks[0].cancel()
        results = await asyncio.gather(*tasks, return_exceptions=True)
        assert isinstance(results[0], asyncio.CancelledError)
        assert all(r["sub"] == "u1" for r in results[1:])
        assert slow.fired == 1 and _jwks_cache(client).fetch_count == 1

    err = JwksUnavailableError("m", url="https://x/oidc/.well-known/jwks.json", http_status=502,
                               request_id="r1", retry_after=3.0)
    back = pickle.loads(pickle.dumps(err))
    assert (type(back), str(back), back.url, back.http_status, back.request_id, back.retry_after) == (
        JwksUnavailableError, "m", err.url, 502, "r1", 3.0)


async def test_the_error_never_shows_credentials_of_the_host(emu) -> None:
    app = new_app(emu)
    host = emu.url.replace("http://", "http://someone:pa55word@")
    async with AsyncAuth(**auth_kwargs(emu, app, app_host=host)) as client:
        _outage(emu)
        err = await _unavailable(client, emu.rsa.sign(_claims(emu, app)))
        assert "pa55word" not in str(err) and err.url == f"{emu.url}/oidc/.well-known/jwks.json"
