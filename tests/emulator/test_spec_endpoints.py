"""Every spec endpoint answers a well-formed envelope for a minimal valid request (an endpoint the
spec marks ``envelope: false``, like /mfa/token/introspection, answers its schema-valid object bare).

Endpoints without hand-written state must answer statusCode 200 with schema-valid ``data``;
stateful ones may refuse (404 for the made-up ids, 401 without a user token...) but must do so
with a proper envelope, and when they succeed their data must conform as well.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
import requests

from genauth_async.testing import Emulator, EmulatorThread
from genauth_async.testing import spec as spec_mod
from genauth_async.testing.generic import _sample_handler

from ._schema import problems

SPEC = spec_mod.load()
ENDPOINTS = [e for e in SPEC.get("endpoints", [])]
# DTO defects of the published Node models (e.g. DepartmentPagingDto.totalCount typed bool): the
# stateful answers follow the API, not the typo.
KNOWN_DTO_DEFECTS = {"DepartmentPagingDto"}


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[EmulatorThread, requests.Session, dict[str, str], str]]:
    handle = Emulator.start_in_thread()
    session = requests.Session()
    token = session.post(handle.url + "/api/v3/get-management-token",
                         json={"accessKeyId": handle.access_key_id, "accessKeySecret": handle.access_key_secret}).json()
    headers = {"authorization": f"Bearer {token['data']['access_token']}", "x-genauth-userpool-id": handle.user_pool_id}
    app = handle.call(handle.emulator.create_application, "Spec", "spec-app")
    yield handle, session, headers, app["appId"]
    session.close()
    handle.stop()


def _query_value(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return [_query_value(v) for v in value]
    return str(value) if not isinstance(value, dict) else "{}"


def _minimal(ep: dict[str, Any]) -> tuple[str, dict[str, Any], dict[str, Any] | None]:
    sampler = spec_mod.sampler()
    path = ep["path"]
    query: dict[str, Any] = {}
    body: dict[str, Any] = {}
    for p in ep["params"]:
        required = p.get("wire_required", p.get("required"))
        if p["location"] == "path":
            path = path.replace("{" + p["wire"] + "}", "x1")
            continue
        if not required:
            continue
        value = sampler.value(p["type"], p["wire"], ep["name"])
        if p["location"] == "query":
            query[p["wire"]] = _query_value(value)
        else:
            body[p["wire"]] = value
    path = re.sub(r"\{[^}]+\}", "x1", path)
    return path, query, (body if ep["method"] in ("POST", "PUT", "PATCH", "DELETE") else None)


@pytest.mark.parametrize("ep", ENDPOINTS, ids=[f"{e['client'][:4]}:{e['name']}" for e in ENDPOINTS])
def test_endpoint_answers_schema_valid_envelope(server: Any, ep: dict[str, Any]) -> None:
    handle, session, mgmt_headers, app_id = server
    path, query, body = _minimal(ep)
    headers = mgmt_headers if ep["client"] == "management" else {"x-genauth-app-id": app_id}
    resp = session.request(ep["method"], handle.url + path, params=query, json=body, headers=headers, timeout=10)
    assert resp.status_code == 200
    if not ep.get("envelope", True):
        assert problems(ep["data_type"], resp.json(), SPEC) == []
        return
    envelope = resp.json()
    assert isinstance(envelope["statusCode"], int) and isinstance(envelope["message"], str) and envelope["requestId"]
    route = handle.router.lookup(ep["method"], path)
    generic = route is not None and route.handler is not None and route.handler.__qualname__ == _sample_handler(
        spec_mod.endpoints()[0]).__qualname__
    if generic:
        assert envelope["statusCode"] == 200, envelope
    if envelope["statusCode"] != 200:
        assert envelope["statusCode"] in (400, 401, 403, 404, 409, 422, 501), envelope
        return
    if ep["data_type"] is None:
        assert "data" not in envelope or envelope["data"] is None
        return
    dt = ep["data_type"]
    if dt.get("kind") == "model" and dt.get("name") in KNOWN_DTO_DEFECTS:
        return
    assert problems(dt, envelope.get("data"), SPEC) == []


def test_missing_required_parameter_is_named(server: Any) -> None:
    handle, session, headers, _ = server
    body = session.get(handle.url + "/api/v3/get-user-mfa-info", headers=headers).json()
    assert body["statusCode"] == 400 and "userId" in body["message"]
    body = session.post(handle.url + "/api/v3/create-user", json={"email": 5}, headers=headers).json()
    assert body["statusCode"] == 400 and "email" in body["message"]
