"""Management token issue and refusal, as the official SDK and ours rely on."""

from __future__ import annotations

import base64
import json

from genauth_async.testing import Emulator
from genauth_async.testing.tokens import sign_hs256

from .conftest import Api


async def test_token_is_jwt_with_pool_claim(api: Api, emu: Emulator) -> None:
    body = await api.post_raw(
        "/api/v3/get-management-token", {"accessKeyId": "ak-test", "accessKeySecret": "sk-test"}
    )
    assert body["statusCode"] == 200 and body["requestId"]
    token = body["data"]["access_token"]
    assert body["data"]["expires_in"] == 7200
    payload = token.split(".")[1]
    # The official SDK decodes with non URL-safe base64: check it would read our claims right.
    claims = json.loads(base64.b64decode(payload + "=" * (-len(payload) % 4)))
    assert claims["scoped_userpool_id"] == emu.user_pool_id
    assert claims["token_type"] == "management_token"
    assert claims["exp"] - claims["iat"] == 7200


def test_payload_never_has_urlsafe_only_characters() -> None:
    for i in range(300):
        token = sign_hs256({"scoped_userpool_id": "~?>" * (i % 5) + str(i), "exp": 1, "iat": i}, b"k")
        payload = token.split(".")[1]
        assert "-" not in payload and "_" not in payload
        assert json.loads(base64.b64decode(payload + "=" * (-len(payload) % 4)))["iat"] == i


async def test_wrong_keys_refused(api: Api) -> None:
    body = await api.post_raw("/api/v3/get-management-token", {"accessKeyId": "ak-test", "accessKeySecret": "no"})
    assert body["statusCode"] == 401 and body["message"] and body["requestId"]
    assert "data" not in body
    body = await api.post_raw("/api/v3/get-management-token", {"accessKeyId": "ak-test"})
    assert body["statusCode"] == 400 and "accessKeySecret" in body["message"]


async def test_missing_expired_forged_token_refused(api: Api, emu: Emulator) -> None:
    good = await api.headers()
    assert (await api.get("/api/v3/list-applications", headers={}))["statusCode"] == 401
    missing_pool = {"authorization": good["authorization"]}
    assert (await api.get("/api/v3/list-applications", headers=missing_pool))["statusCode"] == 403
    wrong_pool = {**good, "x-genauth-userpool-id": "other"}
    assert (await api.get("/api/v3/list-applications", headers=wrong_pool))["statusCode"] == 403
    forged = sign_hs256(
        {"scoped_userpool_id": emu.user_pool_id, "exp": 2**40, "iat": 0, "token_type": "management_token"}, b"guess"
    )
    body = await api.get("/api/v3/list-applications", headers={**good, "authorization": f"Bearer {forged}"})
    assert body["statusCode"] == 401 and "signature" in body["message"]
    assert (await api.get("/api/v3/list-applications"))["statusCode"] == 200
    emu.advance_clock(7201)
    body = await api.get("/api/v3/list-applications")
    assert body["statusCode"] == 401 and "expired" in body["message"]


async def test_unknown_path_and_wrong_method(api: Api) -> None:
    body = await api.get("/api/v3/no-such-endpoint")
    assert body["statusCode"] == 404
    body = await api.get("/api/v3/create-application")
    assert body["statusCode"] == 400 and "POST" in body["message"]
