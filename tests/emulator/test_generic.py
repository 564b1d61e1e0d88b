"""Spec-driven (generic) answers are deterministic: the same request gives the same data, twice on
one emulator and on two independent emulators (tests may snapshot them)."""

from __future__ import annotations

from typing import Any

import aiohttp

from genauth_async.testing import Emulator
from genauth_async.testing import spec as spec_mod
from genauth_async.testing.generic import _sample_handler

from .conftest import Api

# (client, method, path, parameters): endpoints without hand-written state.
ENDPOINTS = [
    ("management", "GET", "/api/v3/get-all-rights-items", {}),
    ("management", "GET", "/api/v3/get-user-mfa-info", {"userId": "u-1"}),
    ("authentication", "GET", "/api/v3/system", {}),
    ("authentication", "GET", "/api/v3/get-security-info", {}),
]


def _is_generic(emu: Emulator, method: str, path: str) -> bool:
    route = emu.router.lookup(method, path)
    sample = _sample_handler(spec_mod.endpoints()[0]).__qualname__
    return route is not None and route.handler is not None and route.handler.__qualname__ == sample


async def _answers(emu: Emulator, session: aiohttp.ClientSession) -> list[tuple[Any, str]]:
    api = Api(emu, session)
    app = emu.store.applications.find("appIdentifier", "generic") or emu.create_application("Generic", "generic")
    out = []
    for client, method, path, params in ENDPOINTS:
        assert _is_generic(emu, method, path), path
        headers = await api.headers() if client == "management" else {"x-genauth-app-id": app["appId"]}
        body = await api.get(path, params, headers=headers)
        assert body["statusCode"] == 200, (path, body)
        out.append((body["data"], body["requestId"]))
    return out


async def test_generic_answers_are_deterministic() -> None:
    async with Emulator() as first, Emulator(access_key_id="other-ak", access_key_secret="other-sk") as second, \
            aiohttp.ClientSession() as session:
        once = await _answers(first, session)
        twice = await _answers(first, session)
        elsewhere = await _answers(second, session)
    assert all(data for data, _ in once)  # real payloads, not empty placeholders
    assert [d for d, _ in once] == [d for d, _ in twice] == [d for d, _ in elsewhere]
    # Only the request ids differ.
    assert len({rid for _, rid in once + twice + elsewhere}) == 3 * len(ENDPOINTS)
