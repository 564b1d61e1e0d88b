from __future__ import annotations

import email.utils
import pickle
import time

import pytest

from genauth_async._retry import FailureKind, RetryPolicy, parse_retry_after
from genauth_async.errors import (
    APIError,
    APITimeoutError,
    AuthenticationError,
    ClientError,
    ConflictError,
    GenAuthException,
    NotFoundError,
    RateLimitError,
    ServerError,
    TransportError,
    UpstreamError,
    ValidationError,
    make_api_error,
)


def test_retry_after_seconds_and_http_date() -> None:
    assert parse_retry_after("3") == 3.0
    assert parse_retry_after("1.5") == 1.5
    assert parse_retry_after("-4") == 0.0
    assert parse_retry_after(None) is None
    assert parse_retry_after("soon") is None
    now = time.time()
    date = email.utils.formatdate(now + 30, usegmt=True)
    assert 28 <= (parse_retry_after(date, now=now) or 0) <= 31


def test_backoff_is_full_jitter_and_capped() -> None:
    top = RetryPolicy(base_delay=0.5, max_delay=8.0, jitter=lambda: 0.999999)
    assert top.backoff(0) == pytest.approx(0.5, rel=1e-3)
    assert top.backoff(2) == pytest.approx(2.0, rel=1e-3)
    assert top.backoff(30) == pytest.approx(8.0, rel=1e-3)
    assert RetryPolicy(jitter=lambda: 0.0).backoff(5) == 0.0


def test_retry_after_is_capped() -> None:
    policy = RetryPolicy(max_retry_after=60.0)
    decision = policy.decide(0, False, FailureKind.STATUS, status=429, retry_after=3600)
    assert decision.retry and decision.delay == 60.0


@pytest.mark.parametrize(
    ("idempotent", "kind", "status", "expected"),
    [
        (False, FailureKind.NOT_SENT, None, True),
        (False, FailureKind.SENT_NO_RESPONSE, None, False),
        (True, FailureKind.SENT_NO_RESPONSE, None, True),
        (False, FailureKind.STATUS, 429, True),
        (False, FailureKind.STATUS, 500, False),
        (False, FailureKind.STATUS, 502, False),
        (True, FailureKind.STATUS, 502, True),
        (True, FailureKind.STATUS, 408, True),
        (True, FailureKind.STATUS, 501, False),
        (True, FailureKind.STATUS, 400, False),
        (True, FailureKind.STATUS, 404, False),
        (True, FailureKind.STATUS, 601, False),
    ],
)
def test_retry_decision_rules(idempotent: bool, kind: FailureKind, status: int | None, expected: bool) -> None:
    assert RetryPolicy().decide(0, idempotent, kind, status=status).retry is expected


def test_retry_budget() -> None:
    policy = RetryPolicy(max_retries=2)
    assert policy.decide(1, True, FailureKind.NOT_SENT).retry
    assert not policy.decide(2, True, FailureKind.NOT_SENT).retry
    assert not policy.decide(0, True, FailureKind.NOT_SENT, max_retries=0).retry


def test_status_mapping() -> None:
    assert type(make_api_error(401, "x")) is AuthenticationError
    assert type(make_api_error(404, "x")) is NotFoundError
    assert type(make_api_error(409, "x")) is ConflictError
    assert type(make_api_error(499, "x")) is ClientError
    assert type(make_api_error(503, "x")) is ServerError
    assert type(make_api_error(602, "x")) is UpstreamError
    rl = make_api_error(429, "slow down", retry_after=2.0)
    assert isinstance(rl, RateLimitError) and rl.retry_after == 2.0
    assert GenAuthException is APIError


def test_error_text_has_codes_and_request_id_and_pickles() -> None:
    err = make_api_error(403, "Account not exists", api_code=2333, request_id="rid-1", http_status=200)
    text = str(err)
    assert "statusCode=403" in text and "apiCode=2333" in text and "rid-1" in text
    assert "Account not exists" in text
    assert err.statusCode == 403 and err.apiCode == 2333
    clone = pickle.loads(pickle.dumps(err))
    assert type(clone) is type(err) and clone.api_code == 2333 and clone.request_id == "rid-1"
    t = pickle.loads(pickle.dumps(APITimeoutError(request_sent=True)))
    assert isinstance(t, TransportError) and isinstance(t, TimeoutError) and t.request_sent
    v = ValidationError("bad", param="app_id")
    assert isinstance(v, ValueError) and pickle.loads(pickle.dumps(v)).param == "app_id"
