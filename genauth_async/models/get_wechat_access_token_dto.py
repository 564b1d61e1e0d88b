# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetWechatAccessTokenDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async.models._redact import masked as _masked

__all__ = ["GetWechatAccessTokenDto"]


@_attrs.define(kw_only=True, slots=True)
class GetWechatAccessTokenDto:
    """Wire model ``GetWechatAccessTokenDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
        app_secret: ``appSecret``, str, required
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
    app_secret: str = _attrs.field(repr=_masked, metadata={"wire": "appSecret"})
