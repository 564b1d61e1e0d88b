"""The compiled per-endpoint encoders (``_fast_encode``) against the generic ``encode_generic``.

For every endpoint of both clients: a call of plain valid values must be accepted by the compiled
encoder, and over many random calls (valid, odd and invalid values mixed) whatever the compiled
encoder accepts must equal the generic Request exactly, and whatever the generic path refuses
(a ValidationError) the compiled one must decline.
"""

from __future__ import annotations

import datetime
import enum
import importlib
import pkgutil
import random
from typing import Any

import pytest

import genauth_async._generated as generated
from genauth_async._endpoint import Endpoint, Param, RequestOptions
from genauth_async._model import UNSET
from genauth_async._request import _plan_for, encode, encode_generic
from genauth_async.errors import ValidationError


class _Color(str, enum.Enum):
    RED = "red"


def _endpoints() -> list[Endpoint]:
    found: dict[int, Endpoint] = {}
    for info in pkgutil.walk_packages(generated.__path__, generated.__name__ + "."):
        if ".raw" in info.name or ".compat" in info.name:
            continue
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if isinstance(value, Endpoint):
                found[id(value)] = value
    return sorted(found.values(), key=lambda e: (e.path, e.method, e.name))


ENDPOINTS = _endpoints()

_VALID: dict[str, list[Any]] = {
    "str": ["abc", "é ü", "a b/c?d"],
    "int": [0, 3, -7],
    "float": [1.5, 2.0, 0.0],
    "bool": [True, False],
    "dict": [{"a": 1}, {"k": ["x", None]}, {}],
    "any": ["x", 1, {"a": [1]}, [1, "b"], True],
}
_ODD: list[Any] = [
    "", "\ud800", _Color.RED, UNSET, 2**70, 3, 1.5, True, 1, ("a",), ["a", 1], [None, "x"], [["x"]],
    {1: 2}, {"d": datetime.date(2026, 1, 2)}, datetime.date(2026, 1, 2), object(), {"s": "\udfff"}, "a,b",
]


_WRONG: dict[str, list[Any]] = {
    "str": [1, True, _Color.RED, b"x"],
    "int": [True, 1.5, "3", _Color.RED],
    "float": [True, False, "1.5"],
    "bool": [1, 0, "true"],
    "list": ["a", ("a",), {"a"}, {"a": 1}, ["a", 1], [True], [1.5], [["x"]]],
    "dict": ["x", [1], _Color.RED],
    "any": [object(), {"s": "\udfff"}, {1: 2}],
}


def _valid(param: Param, rng: random.Random) -> Any:
    if param.kind == "list":
        item = _VALID.get(param.items, _VALID["any"])
        return [rng.choice(item) for _ in range(rng.randint(0, 3))]
    value = rng.choice(_VALID[param.kind])
    if param.location == "path" and value in ("", {}):
        return "p1"
    return value


def _random_values(endpoint: Endpoint, rng: random.Random) -> tuple[Any, ...]:
    out = []
    for param in endpoint.params:
        roll = rng.random()
        if roll < 0.4 and not (param.required and roll < 0.37):
            out.append(None)
        elif roll < 0.75:
            out.append(_valid(param, rng))
        elif roll < 0.9:
            out.append(rng.choice(_WRONG[param.kind]))
        else:
            out.append(rng.choice(_ODD))
    return tuple(out)


def _generic(endpoint: Endpoint, values: tuple[Any, ...], returns: str | None, retry: bool, whole: bool,
             raw: bool) -> Any:
    try:
        return encode_generic(endpoint, values, returns, None, retry, whole, raw)
    except ValidationError:
        return ValidationError


def test_every_kind_and_location_is_covered() -> None:
    kinds = {p.kind for e in ENDPOINTS for p in e.params}
    locations = {p.location for e in ENDPOINTS for p in e.params}
    assert len(ENDPOINTS) > 550
    assert kinds <= set(_VALID) | {"list"}, kinds
    assert locations == {"json", "form", "query", "path"}


@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=lambda e: e.name)
def test_compiled_encoder_equals_the_generic_one(endpoint: Endpoint) -> None:
    rng = random.Random(endpoint.name)
    fast = _plan_for(endpoint).fast
    plain = tuple(_valid(p, rng) if p.required or rng.random() < 0.5 else None for p in endpoint.params)
    accepted = fast(plain, "Model", False, False, False)
    assert accepted is not None, "a call of plain valid values must take the compiled path"
    assert accepted == encode_generic(endpoint, plain, "Model", None, False, False, False)
    for _ in range(60):
        values = _random_values(endpoint, rng)
        returns = rng.choice([None, "Model"])
        flags = (rng.random() < 0.5, rng.random() < 0.3, rng.random() < 0.3)
        expected = _generic(endpoint, values, returns, *flags)
        got = fast(values, returns, *flags)
        if expected is ValidationError:
            assert got is None, values
        elif got is not None:
            assert got == expected, values
            assert type(got) is type(expected)


def test_declines_wrong_length_and_options() -> None:
    endpoint = next(e for e in ENDPOINTS if e.name == "create_application")
    fast = _plan_for(endpoint).fast
    assert fast(("App",), None, False, False, False) is None
    with pytest.raises(ValidationError, match="expected 22 argument values"):
        encode(endpoint, ("App",), None, None, False)
    values = ("App",) + (None,) * 21
    with_options = encode(endpoint, values, None, RequestOptions(extra_body={"x": 1}), False)
    assert with_options.body == b'{"appName":"App","x":1}'


def test_generic_errors_still_reach_the_caller() -> None:
    endpoint = next(e for e in ENDPOINTS if e.name == "create_application")
    encode(endpoint, ("App",) + (None,) * 21, None, None, False)  # compiled now
    with pytest.raises(ValidationError, match="'app_name' is required"):
        encode(endpoint, (None,) * 22, None, None, False)
    with pytest.raises(ValidationError, match="'sso_enabled' must be of kind bool"):
        encode(endpoint, ("App",) + (None,) * 10 + ("yes",) + (None,) * 10, None, None, False)
    with pytest.raises(ValidationError, match="cannot be encoded"):
        encode(endpoint, ("App\ud800",) + (None,) * 21, None, None, False)
