"""The request's pure stages, read on their own: encode (arguments -> Request) and decode (answer -> result)."""

from __future__ import annotations

import pytest

from genauth_async._endpoint import Endpoint, Param, RequestOptions
from genauth_async._request import Refusal, Request, decode, encode, encode_raw
from genauth_async.errors import NotFoundError, RateLimitError, ResponseFormatError, ValidationError

CREATE = Endpoint("create_thing", "POST", "/api/v3/create-thing",
                  (Param("name", "name", "json", True, "str"), Param("tags", "tags", "json", False, "list", "str")))
GET = Endpoint("get_thing", "GET", "/api/v3/things/{id}",
               (Param("thing_id", "id", "path", True, "str"), Param("deep", "deep", "query", False, "bool")))


def test_encode_builds_every_field_in_place() -> None:
    """encode() builds the tuple positionally: each field must land under its own name."""
    request = encode(CREATE, ("n", ["a"]), "ThingDto", RequestOptions(timeout=3.0, max_retries=1,
                                                                      extra_headers={"x-a": "1"}), False)
    assert request == Request(method="POST", path="/api/v3/create-thing", query=None,
                              body=b'{"name":"n","tags":["a"]}', json_body=True, headers={"x-a": "1"}, timeout=3.0,
                              max_retries=1, deadline=None, idempotent=False, basic_auth=False, envelope=True,
                              auth=True, name="create_thing", returns="ThingDto", typed=True)
    read = encode(GET, ("a/b", True), None, None, False)
    assert (read.path, read.query, read.idempotent, read.body) == ("/api/v3/things/a%2Fb", [("deep", "true")], True, None)
    assert encode(CREATE, ("n", None), None, RequestOptions(retry_on_post=True), False).idempotent is True


def test_encode_refuses_bad_arguments_before_anything_exists() -> None:
    with pytest.raises(ValidationError, match="'name' is required"):
        encode(CREATE, (None, None), None, None, False)
    with pytest.raises(ValidationError, match="item 0 must be of kind str"):
        encode(CREATE, ("n", [1]), None, None, False)
    with pytest.raises(ValidationError, match="'thing_id' cannot be empty"):
        encode(GET, ("", None), None, None, False)
    with pytest.raises(ValidationError, match="request_timeout"):
        encode(GET, ("x", None), None, RequestOptions(timeout=0), False)


def test_encode_raw_for_the_escape_hatch() -> None:
    request = encode_raw("post", "/api/v3/x", query={"a": [1, 2]}, json={"k": None, "v": 1}, form=None,
                         headers=None, timeout=None, max_retries=None, deadline=5.0, envelope=True,
                         idempotent=None, retry_on_post=False, basic_auth=True)
    assert (request.method, request.query, request.body, request.deadline, request.basic_auth) == (
        "POST", [("a", "1"), ("a", "2")], b'{"v":1}', 5.0, True)
    assert request.typed is False and request.idempotent is False


def test_decode_returns_data_or_a_refusal_without_raising() -> None:
    request = Request("GET", "/api/v3/x")
    assert decode(request, 200, {}, b'{"statusCode":200,"data":{"a":1}}') == {"a": 1}
    refusal = decode(request, 200, {}, b'{"statusCode":404,"message":"gone","requestId":"r1","apiCode":2011}')
    assert isinstance(refusal, Refusal) and isinstance(refusal.error, NotFoundError)
    assert (refusal.status, refusal.error.request_id, refusal.error.api_code) == (404, "r1", 2011)
    limited = decode(request, 429, {"Retry-After": "7"}, b"")
    assert isinstance(limited, Refusal) and limited.status == 429 and limited.retry_after == 7.0
    assert isinstance(limited.error, ResponseFormatError)
    page = decode(request, 502, {}, b"<html>Bad Gateway</html>")
    assert isinstance(page, Refusal) and page.status == 502 and "not JSON" in str(page.error)
    throttled = decode(request, 200, {"Retry-After": "2"}, b'{"statusCode":429,"message":"slow down"}')
    assert isinstance(throttled.error, RateLimitError) and throttled.retry_after == 2.0
    raw = Request("GET", "/oidc/jwks", envelope=False)
    assert decode(raw, 200, {}, b'{"keys":[]}') == {"keys": []}
    assert decode(raw, 200, {}, b"plain text") == "plain text"


def test_whole_requests_answer_the_envelope_and_refuse_as_usual() -> None:
    """``whole`` (genauth_async.compat): the whole envelope on success; an error is still a Refusal
    for the retry rules (the retry loop returns its body only once it gives up)."""
    request = encode(CREATE, ("n", None), "ThingDto", None, False, True)
    assert (request.whole, request.typed, request.returns) == (True, False, "ThingDto")
    assert encode(CREATE, ("n", None), "ThingDto", None, False).whole is False
    ok = b'{"statusCode":200,"message":"success","requestId":"r1","data":{"name":"n"}}'
    assert decode(request, 200, {}, ok) == {"statusCode": 200, "message": "success", "requestId": "r1",
                                            "data": {"name": "n"}}
    missing = decode(request, 200, {}, b'{"statusCode":404,"message":"gone","apiCode":2011,"requestId":"r2"}')
    assert isinstance(missing, Refusal) and isinstance(missing.error, NotFoundError)
    assert missing.error.body == {"statusCode": 404, "message": "gone", "apiCode": 2011, "requestId": "r2"}
    raw = encode_raw("GET", "/x", query=None, json=None, form=None, headers=None, timeout=None, max_retries=None,
                     deadline=None, envelope=True, idempotent=None, retry_on_post=False, whole=True)
    assert raw.whole and decode(raw, 200, {}, ok)["requestId"] == "r1"
