"""(b) The sync facade mirrors the async clients: same public names, identical signatures
(modulo ``async`` and AsyncIterator -> Iterator), same return annotations."""

from __future__ import annotations

import inspect
import re

import pytest

import genauth_async
import genauth_sync

# Async-only API: lifecycle (the facade has close()/with instead) and with_options (returns a
# configured copy of the *async* client).
ASYNC_ONLY = {"aclose", "with_options"}
SYNC_ONLY = {"close"}


def _public(cls: type) -> set[str]:
    return {n for n in dir(cls) if not n.startswith("_") and callable(getattr(cls, n))}


@pytest.mark.parametrize("name", ["ManagementClient", "AuthenticationClient"])
def test_same_names_and_signatures(name: str) -> None:
    acls = getattr(genauth_async, name)
    scls = getattr(genauth_sync, name)
    anames = _public(acls) - ASYNC_ONLY
    snames = _public(scls) - SYNC_ONLY
    assert anames == snames
    for n in sorted(anames):
        asig = inspect.signature(getattr(acls, n))
        ssig = inspect.signature(getattr(scls, n))
        # ``self`` aside: the hand-written helper mixins annotate it with the protocol they need.
        assert list(asig.parameters.values())[1:] == list(ssig.parameters.values())[1:], n
        aret = re.sub(r"^AsyncIterator\[(.*)\]$", r"Iterator[\1]", str(asig.return_annotation))
        if "callback" in asig.parameters and aret.startswith("Iterator["):
            aret += " | None"  # with a callback, the sync form blocks and returns nothing
        assert aret == str(ssig.return_annotation), n
        afn = getattr(acls, n)
        if inspect.iscoroutinefunction(afn):
            assert not inspect.iscoroutinefunction(getattr(scls, n))


@pytest.mark.parametrize("name", ["ManagementClient", "AuthenticationClient"])
def test_constructor_parity(name: str) -> None:
    a = inspect.signature(getattr(genauth_async, name))
    s = inspect.signature(getattr(genauth_sync, name))
    assert [p for p in a.parameters.values() if p.name != "session"] == list(s.parameters.values())


def test_every_spec_endpoint_and_alias_is_a_method() -> None:
    from _specdata import ENDPOINTS

    for ep in ENDPOINTS:
        cls = (
            genauth_async.ManagementClient
            if ep["client"] == "management"
            else genauth_async.AuthenticationClient
        )
        scls = (
            genauth_sync.ManagementClient
            if ep["client"] == "management"
            else genauth_sync.AuthenticationClient
        )
        for n in [ep["name"], *(ep.get("aliases") or [])] + (
            ["iter_" + ep["name"]] if ep.get("pagination") else []
        ):
            assert hasattr(cls, n) and hasattr(scls, n), n
        sig = inspect.signature(getattr(cls, ep["name"]))
        # the spec's parameters in order (not ``**call_options``, the per-call options); the Node
        # SDK's further fields (``keyword_only`` in the spec) are keyword-only, after the official ones
        params = [p for p in sig.parameters.values() if p.kind is not p.VAR_KEYWORD][1:]
        assert [p.name for p in params] == [p["name"] for p in ep["params"]]
        for p, sp in zip(params, ep["params"], strict=True):
            assert (p.default is inspect.Parameter.empty) == bool(sp["required"]), (ep["name"], p.name)
            if sp.get("keyword_only"):
                assert p.kind is p.KEYWORD_ONLY and p.default is None, (ep["name"], p.name)
