"""Spec-driven answers for every endpoint without hand-written state.

Each spec endpoint gets a route that validates the request against the spec and answers a
deterministic, schema-valid ``data``; hand-written routes registered earlier keep precedence but
still get the spec's request validation attached.
"""

from __future__ import annotations

from typing import Any

from genauth_async.testing import spec as spec_mod
from genauth_async.testing._wire import NO_DATA
from genauth_async.testing.routing import Ctx, Handler, Route, RouteKind, Router


def _sample_handler(ep: spec_mod.SpecEndpoint) -> Handler:
    cache: list[Any] = []

    async def handler(ctx: Ctx) -> Any:
        if not cache:
            if ep.data_type is None:
                cache.append(NO_DATA)
            else:
                cache.append(spec_mod.sampler().value(ep.data_type, "data", ep.name))
        return cache[0]

    return handler


def register(router: Router) -> None:
    seen: dict[tuple[str, str], Route] = {}
    for ep in spec_mod.endpoints():
        key = (ep.method, ep.path)
        kind: RouteKind = "management" if ep.client == "management" else "authentication"
        existing = seen.get(key)
        if existing is not None:
            if existing.kind != kind and existing.kind in ("management", "authentication") and existing.handler:
                # Both clients call this path with different shapes: answer per caller.
                first = Route(kind=existing.kind, handler=existing.handler, spec=existing.spec)
                second = Route(kind=kind, handler=_sample_handler(ep), spec=ep)
                existing.variants = {first.kind: first, second.kind: second}
                existing.kind = "either"
            continue
        route = router.exact.get(key)
        if route is not None:
            # Hand-written handler: keep it and its declared kind, add the spec's checks.
            if route.spec is None:
                route.spec = ep
            seen[key] = route
            continue
        route = Route(kind=kind, handler=_sample_handler(ep), spec=ep)
        seen[key] = route
        if ep.path_regex is not None:
            router.templated.append((ep.method, ep.path_regex, route))
        else:
            router.exact[key] = route
