"""Client authentication for the OIDC/OAuth token, introspection and revocation endpoints.

Each endpoint has its own configured method (``token_endpoint_auth_method``,
``introspection_endpoint_auth_method``, ``revocation_endpoint_auth_method``), one of:

* ``client_secret_post``: ``client_id`` and ``client_secret`` in the form body;
* ``client_secret_basic``: ``Authorization: Basic base64(app_id:app_secret)``, nothing in the form;
* ``none`` (public clients such as SPAs): ``client_id`` only, proof of possession comes from PKCE.

Kept apart from the client so the rule is written once and tested without a server.
"""

from __future__ import annotations

import base64

from ..errors import ValidationError

__all__ = ["AUTH_METHODS", "ClientAuth", "client_auth", "protocol_prefix"]

AUTH_METHODS = ("client_secret_post", "client_secret_basic", "none")


class ClientAuth:
    """Form fields and headers that authenticate the application on one request."""

    __slots__ = ("form", "headers")

    def __init__(self, form: dict[str, str], headers: dict[str, str]) -> None:
        self.form = form
        self.headers = headers

    def __repr__(self) -> str:  # never show the secret
        return f"ClientAuth(form_keys={sorted(self.form)!r}, headers={sorted(self.headers)!r})"


def client_auth(method: str, app_id: str, app_secret: str | None, *, setting: str) -> ClientAuth:
    """Credentials for ``method``; ``setting`` names the client option, for the error message."""
    if method not in AUTH_METHODS:
        raise ValidationError(
            f"unsupported {setting} {method!r}: must be client_secret_post, client_secret_basic or none",
            param=setting,
        )
    if method == "none":
        return ClientAuth({"client_id": app_id}, {})
    if not app_secret:
        raise ValidationError(f"app_secret is required when {setting} is {method}", param="app_secret")
    if method == "client_secret_post":
        return ClientAuth({"client_id": app_id, "client_secret": app_secret}, {})
    encoded = base64.b64encode(f"{app_id}:{app_secret}".encode()).decode("ascii")
    return ClientAuth({}, {"authorization": f"Basic {encoded}"})


def protocol_prefix(protocol: str) -> str:
    """``/oidc`` or ``/oauth``: token operations exist only for these two protocols."""
    if protocol == "oidc":
        return "/oidc"
    if protocol == "oauth":
        return "/oauth"
    raise ValidationError("protocol must be oidc or oauth for token operations", param="protocol")
