"""The hand-written part of ``genauth_sync.compat``: the official *blocking* clients, on our facade.

A sync compat client holds a ``genauth_sync`` typed client (``.typed``) and runs each official
method as the async compat method of the same name (``genauth_async.compat``) on that client's
portal thread, so the typed sync client and the compat one share one event-loop thread, one
connection pool and one management token. The official methods are generated
(``genauth_sync/_generated/compat/``, by ``tools/codegen/compat.py``).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, ClassVar, Generic, TypeVar

from genauth_async.errors import ValidationError

from ._generated.clients import AuthenticationClient as _TypedAuthenticationClient
from ._generated.clients import ManagementClient as _TypedManagementClient

__all__ = ["SyncCompatAuthenticationBase", "SyncCompatBase", "SyncCompatManagementBase"]

_S = TypeVar("_S", _TypedManagementClient, _TypedAuthenticationClient)
_Self = TypeVar("_Self", bound="SyncCompatBase[Any]")


class SyncCompatBase(Generic[_S]):
    """The typed sync client and how an official method reaches its async compat twin."""

    _typed_class: ClassVar[type[Any]]
    #: The async compat class (set by the generated subclass), whose methods run on the portal.
    _async_compat: ClassVar[type[Any]]
    _typed: _S
    _owns: bool

    def _adopt(self, typed: _S, *, owns: bool) -> None:
        self._typed = typed
        self._owns = owns

    @classmethod
    def from_client(cls: type[_Self], client: Any) -> _Self:
        """A compat client on ``client`` (a ``genauth_sync`` typed client): same loop thread, pool
        and token. Closing the compat client made this way closes nothing."""
        if not isinstance(client, cls._typed_class):
            raise ValidationError(
                f"{cls.__name__}.from_client() takes a genauth_sync.{cls._typed_class.__name__}, "
                f"not {type(client).__name__}",
                param="client",
            )
        self = cls.__new__(cls)
        self._adopt(client, owns=False)
        return self

    @property
    def typed(self) -> _S:
        """The typed sync client underneath: move call sites to it one by one."""
        return self._typed

    def close(self) -> None:
        """Close the connections and the loop thread, if this compat client made them."""
        if self._owns:
            self._typed.close()

    def __enter__(self: _Self) -> _Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"compat.{type(self).__name__}({self._typed!r})"

    # -- how the generated methods run ------------------------------------------------------------

    def _call(self, name: str, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> Any:
        """``await compat.<name>(...)`` on the portal, ``compat`` being the async compat client
        over the portal's typed client (a thin object; its envelope view is cached there)."""
        compat = self._async_compat
        return self._typed._run(lambda c: getattr(compat.from_client(c), name)(*args, **kwargs))

    def _call_direct(self, name: str, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> Any:
        """A helper that sends nothing (URL builders, PKCE), in this thread like the typed facade's."""
        compat = self._async_compat
        return self._typed._direct(lambda c: getattr(compat.from_client(c), name)(*args, **kwargs))

    def _call_iter(self, name: str, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> Iterator[Any]:
        """An async iterator of the async compat client, read through the portal."""
        compat = self._async_compat
        return self._typed._iter(lambda c: getattr(compat.from_client(c), name)(*args, **kwargs))


class SyncCompatManagementBase(SyncCompatBase[_TypedManagementClient]):
    """``genauth.ManagementClient``'s constructor on a ``genauth_sync.ManagementClient``."""

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
        """The official arguments, in the official order; ``settings`` are the typed facade's
        keyword-only ones (``max_retries``, ``verify``, ``deadline``, ...)."""
        self._adopt(
            _TypedManagementClient(
                access_key_id, access_key_secret, host, timeout, lang, use_unverified_ssl, websocket_host,
                websocket_endpoint, **settings,
            ),
            owns=True,
        )


class SyncCompatAuthenticationBase(SyncCompatBase[_TypedAuthenticationClient]):
    """``genauth.AuthenticationClient``'s constructor on a ``genauth_sync.AuthenticationClient``."""

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
        """The official arguments, in the official order; ``settings`` are the typed facade's
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
        compat = self._async_compat
        self._typed._run_sync(lambda c: compat.from_client(c).set_access_token(access_token))
