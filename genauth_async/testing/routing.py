"""The route table and the per-request context that hand-written handlers receive.

Handlers are registered once, by (method, path), with the kind of caller they serve; the
dispatcher does the authentication that kind implies, so a handler only deals with its resource.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, Literal

import attrs
from aiohttp import web
from multidict import MultiMapping

from genauth_async.testing._wire import ApiError

if TYPE_CHECKING:
    from genauth_async.testing.server import Emulator

# management: management token required; authentication: x-genauth-app-id required;
# either: decided by the headers (a path both clients call); public: nothing; protocol: raw handler.
RouteKind = Literal["management", "authentication", "either", "public", "protocol"]


@attrs.define
class Ctx:
    """One request, parsed once."""

    request: web.Request
    emu: Emulator
    query: MultiMapping[str]
    body: dict[str, Any]
    app: dict[str, Any] | None = None  # the calling application (authentication endpoints)

    @property
    def store(self) -> Any:
        return self.emu.store

    def arg(self, name: str, default: Any = None) -> Any:
        """A parameter from the JSON body or, failing that, the query string."""
        if name in self.body and self.body[name] is not None:
            return self.body[name]
        return self.query.get(name, default)

    def require(self, name: str) -> Any:
        value = self.arg(name)
        if value is None or value == "":
            raise ApiError(400, f"{name} is required; {name} should not be empty")
        return value

    def str_arg(self, name: str, default: str | None = None) -> str | None:
        value = self.arg(name, default)
        if value is not None and not isinstance(value, str):
            raise ApiError(400, f"{name} must be a string")
        return value

    def bool_arg(self, name: str, default: bool | None = None) -> bool | None:
        value = self.arg(name)
        if value is None:
            return default
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.lower() in ("true", "1", "false", "0"):
            return value.lower() in ("true", "1")
        raise ApiError(400, f"{name} must be a boolean")

    def int_arg(self, name: str, default: int) -> int:
        value = self.arg(name)
        if value is None or value == "":
            return default
        try:
            if isinstance(value, bool):
                raise ValueError
            return int(value)
        except (TypeError, ValueError):
            raise ApiError(400, f"{name} must be an integer") from None

    def list_arg(self, name: str) -> list[Any]:
        if name in self.body:
            value = self.body[name]
            if value is None:
                return []
            if not isinstance(value, list):
                raise ApiError(400, f"{name} must be an array")
            return value
        return list(self.query.getall(name, []))

    def pagination(self) -> tuple[int, int]:
        """page/limit from the query, the body, or ``options.pagination`` (all three styles exist)."""
        source: Mapping[str, Any] = {}
        options = self.body.get("options")
        if isinstance(options, dict) and isinstance(options.get("pagination"), dict):
            source = options["pagination"]
        page = source.get("page", self.arg("page"))
        limit = source.get("limit", self.arg("limit"))
        try:
            page_n = int(page) if page not in (None, "") else 1
            limit_n = int(limit) if limit not in (None, "") else 10
        except (TypeError, ValueError):
            raise ApiError(400, "page and limit must be integers") from None
        if page_n < 1:
            raise ApiError(400, "page must be >= 1")
        if limit_n < 1 or limit_n > 50:
            raise ApiError(400, "limit must be between 1 and 50")
        return page_n, limit_n

    def user(self) -> dict[str, Any]:
        """The signed-in user from the raw (or Bearer) access token in ``authorization``."""
        return self.emu.user_from_request(self.request, self.app)


EMULATOR_KEY: web.AppKey[Any] = web.AppKey("genauth_emulator")


def emulator_of(request: web.Request) -> Emulator:
    """The emulator serving ``request`` (raw protocol handlers get no Ctx)."""
    return request.app[EMULATOR_KEY]  # type: ignore[no-any-return]


Handler = Callable[[Ctx], Awaitable[Any]]
RawHandler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@attrs.define
class Route:
    kind: RouteKind
    handler: Handler | None = None
    raw: RawHandler | None = None
    spec: Any = None  # spec.SpecEndpoint when the spec knows this endpoint
    # For kind "either": the route to use once the caller is known to be management or authentication.
    variants: dict[str, Route] | None = None


class Router:
    """Exact-path table plus a short list of templated paths (``{id}``) tried in order."""

    def __init__(self) -> None:
        self.exact: dict[tuple[str, str], Route] = {}
        self.prefixes: list[tuple[str, str, Route]] = []
        self.templated: list[tuple[str, Any, Route]] = []

    def add(self, kind: RouteKind, method: str, path: str, handler: Handler) -> None:
        self.exact[(method.upper(), path)] = Route(kind=kind, handler=handler)

    def management(self, method: str, path: str, handler: Handler) -> None:
        self.add("management", method, path, handler)

    def authentication(self, method: str, path: str, handler: Handler) -> None:
        self.add("authentication", method, path, handler)

    def raw(self, methods: tuple[str, ...], path: str, handler: RawHandler) -> None:
        for method in methods:
            self.exact[(method, path)] = Route(kind="protocol", raw=handler)

    def raw_prefix(self, method: str, prefix: str, handler: RawHandler) -> None:
        self.prefixes.append((method, prefix, Route(kind="protocol", raw=handler)))

    def lookup(self, method: str, path: str) -> Route | None:
        route = self.exact.get((method, path))
        if route is not None:
            return route
        for m, regex, r in self.templated:
            if m == method and regex.match(path):
                return r
        for m, prefix, r in self.prefixes:
            if m == method and path.startswith(prefix):
                return r
        return None
