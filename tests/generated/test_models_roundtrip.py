"""(f) Every model round-trips wire JSON -> model -> wire JSON unchanged.

Wire JSON is generated from the spec's field types. Response-side models carry every key (an
absent optional key would parse as None and come back as null, which is the documented
behaviour); request-side models may leave optional keys out (they stay UNSET and vanish again).
"""

from __future__ import annotations

import copy

import attrs
import pytest
from _specdata import ENUMS, MODELS, dumps, model_strategy, sample
from hypothesis import HealthCheck, given, settings

from genauth_async import models
from genauth_async._converter import from_answer, from_wire, to_wire
from genauth_async._model import UNSET
from genauth_async._spec import load_spec
from tools.codegen.common import TypeRenderer
from tools.codegen.models import request_side

REQUEST_SIDE = request_side(load_spec(), TypeRenderer(load_spec()))
NAMES = sorted(MODELS)


def test_every_model_and_enum_is_exported() -> None:
    exported = set(models.__all__)
    assert set(MODELS) <= exported
    assert {e["class_name"] for e in ENUMS.values()} <= exported
    assert "ApplicationDto" in dir(models)


def test_request_side_defaults() -> None:
    req = attrs.fields_dict(models.CreateApplicationDto)
    assert req["template"].default is UNSET
    resp = attrs.fields_dict(models.ApplicationDto)
    assert all(f.default in (None, attrs.NOTHING) for f in resp.values())
    assert "CreateApplicationDto" in REQUEST_SIDE and "ApplicationDto" not in REQUEST_SIDE


# Every model gets its own property test; few examples each keeps the ~1500 of them quick
# (the deterministic sweep below covers every field of every model once more). The hypothesis
# test is built inside the parametrized test: @given on a parametrized function makes
# hypothesis' pytest plugin chain one more settings object per parameter, which overflows the
# recursion limit after ~1000 parameters.
EXAMPLES_PER_MODEL = 5
_SETTINGS = settings(max_examples=EXAMPLES_PER_MODEL, deadline=None, database=None,
                     suppress_health_check=list(HealthCheck))


@pytest.mark.parametrize("name", NAMES)
def test_roundtrip_property(name: str) -> None:
    @_SETTINGS
    @given(wire=model_strategy(name, REQUEST_SIDE))
    def roundtrip(wire: dict) -> None:
        model = from_wire(wire, name)
        assert type(model).__name__ == name
        assert dumps(to_wire(model)) == dumps(wire)
        # The SDK's own parsing (nested models built on first read) gives an equal model.
        answer = from_answer(copy.deepcopy(wire), name)
        assert type(answer) is type(model)
        assert answer == model and dumps(to_wire(answer)) == dumps(wire)

    roundtrip()


def _full(t: dict, depth: int = 0) -> object:
    """Deterministic wire value with every key present (optional ones alternate value / null)."""
    if t["kind"] == "model" and t["name"] in MODELS:
        out = {}
        for i, f in enumerate(MODELS[t["name"]]["fields"]):
            if f.get("required") or (depth < 3 and i % 2 == 0):
                out[f["wire"]] = _full(f["type"], depth + 1)
            elif t["name"] not in REQUEST_SIDE:
                out[f["wire"]] = None
        return out
    if t["kind"] == "list":
        return [_full(t["items"], depth + 1)] if depth < 3 else []
    if t["kind"] == "map":
        return {"k": _full(t["values"], depth + 1)} if depth < 3 else {}
    return sample(t, depth)


def test_roundtrip_every_model() -> None:
    """Deterministic sweep over every model, nested models included."""
    for name in NAMES:
        wire = _full({"kind": "model", "name": name})
        assert dumps(to_wire(from_wire(wire, name))) == dumps(wire), name
        answer = from_answer(copy.deepcopy(wire), name)
        assert answer == from_wire(wire, name), name
        assert dumps(to_wire(answer)) == dumps(wire), name
