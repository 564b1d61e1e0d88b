# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CookieSettingsDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["CookieSettingsDto"]


@_attrs.define(kw_only=True, slots=True)
class CookieSettingsDto:
    """Wire model ``CookieSettingsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        cookie_expires_in: ``cookieExpiresIn``, int, required
        cookie_expires_on_browser_session: ``cookieExpiresOnBrowserSession``, bool, required
    """

    cookie_expires_in: int = _attrs.field(metadata={"wire": "cookieExpiresIn"})
    cookie_expires_on_browser_session: bool = _attrs.field(metadata={"wire": "cookieExpiresOnBrowserSession"})
