"""The hand-written part of ``genauth_async.compat``: construction, sharing and lifecycle.

A compat client answers every official method the way the official ``genauth`` SDK does (the
whole envelope as a dict, API errors returned rather than raised) while everything underneath is
a typed client of this package: pooled connections, verified TLS, timeouts, safe retries, the
single-flight management token. It holds that typed client (``.typed``) and runs the official
methods on its *envelope view* (``BaseClient._envelope_view``: same connections and token, answers
the official way), so both kinds of call site share one pool and one token and can move from
compat to typed one at a time. The official methods themselves are generated
(``genauth_async/_generated/compat/``, by ``tools/codegen/compat.py``): one mixin per API
area, each deriving from :class:`CompatBase`, composed with the constructors here.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from ._generated.clients import AuthenticationClient as _TypedAuthenticationClient
from ._generated.clients import ManagementClient as _TypedManagementClient
from .errors import ValidationError

__all__ = ["CompatAuthenticationBase", "CompatBase", "CompatManagementBase"]

_C = TypeVar("_C", _TypedManagementClient, _TypedAuthenticationClient)
_Self = TypeVar("_Self", bound="CompatBase[Any]")


class CompatBase(Generic[_C]):
    """What both compat clients share: the typed client, its envelope view, who closes the pool."""

    _typed_class: type[_C]
    _typed: _C
    _view: _C
    _owns: bool

    def _adopt(self, typed: _C, *, owns: bool) -> None:
        self._typed = typed
        self._view = typed._envelope_view()
        self._owns = owns

    @classmethod
    def from_client(cls: type[_Self], client: Any) -> _Self:
        """A compat client on ``client`` (a typed client of this package): same pool, same token.

        Closing the compat client made this way closes nothing: the typed client owns the pool.
        """
        if not isinstance(client, cls._typed_class):
            raise ValidationError(
                f"{cls.__name__}.from_client() takes a genauth_async.{cls._typed_class.__name__}, "
                f"not {type(client).__name__}",
                param="client",
            )
        self = cls.__new__(cls)
        self._adopt(client, owns=False)
        return self

    @property
    def typed(self) -> _C:
        """The typed client underneath (typed results, exceptions): move call sites to it one by one."""
        return self._typed

    async def aclose(self) -> None:
        """Close the pooled connections, if this compat client made them (not after ``from_client``)."""
        if self._owns:
            await self._typed.aclose()

    async def __aenter__(self: _Self) -> _Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"compat.{type(self).__name__}({self._typed!r})"


class CompatManagementBase(CompatBase[_TypedManagementClient]):
    """``genauth.ManagementClient``'s constructor on a ``genauth_async.ManagementClient``."""

    _typed_class = _TypedManagementClient

    def __init__(
        self,
        access_key_id: str,
        access_key_secret: str,
        host: str | None = None,
        timeout: float = 10.0,
        lang: str | None = None,
        use_unverified_ssl: bool = False,
        websocket_host: str | None = None,
        websocket_endpoint: str | None = None,
        **settings: Any,
    ) -> None:
        """The official arguments, in the official order; ``settings`` are the typed client's
        keyword-only ones (``max_retries``, ``verify``, ``deadline``, ...)."""
        self._adopt(
            _TypedManagementClient(
                access_key_id, access_key_secret, host, timeout, lang, use_unverified_ssl, websocket_host,
                websocket_endpoint, **settings,
            ),
            owns=True,
        )


class CompatAuthenticationBase(CompatBase[_TypedAuthenticationClient]):
    """``genauth.AuthenticationClient``'s constructor on a ``genauth_async.AuthenticationClient``."""

    _typed_class = _TypedAuthenticationClient

    def __init__(
        self,
        app_id: str,
        app_host: str,
        app_secret: str | None = None,
        access_token: str | None = None,
        timeout: float = 10.0,
        protocol: str | None = None,
        token_endpoint_auth_method: str | None = None,
        introspection_endpoint_auth_method: str | None = None,
        revocation_endpoint_auth_method: str | None = None,
        redirect_uri: str | None = None,
        post_logout_redirect_uri: str | None = None,
        use_unverified_ssl: bool = False,
        lang: str | None = None,
        websocket_host: str | None = None,
        websocket_endpoint: str | None = None,
        real_ip: str | None = None,
        **settings: Any,
    ) -> None:
        """The official arguments, in the official order; ``settings`` are the typed client's
        keyword-only ones (``max_retries``, ``verify``, ``deadline``, ...)."""
        self._adopt(
            _TypedAuthenticationClient(
                app_id, app_host, app_secret, access_token, timeout, protocol, token_endpoint_auth_method,
                introspection_endpoint_auth_method, revocation_endpoint_auth_method, redirect_uri,
                post_logout_redirect_uri, use_unverified_ssl, lang, websocket_host, websocket_endpoint, real_ip,
                **settings,
            ),
            owns=True,
        )

    def set_access_token(self, access_token: str | None) -> None:
        """Use this user access token for later calls, here and on ``.typed`` (they share it)."""
        self._typed.set_access_token(access_token)
        self._view.access_token = self._typed.access_token
