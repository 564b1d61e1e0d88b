# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetWechatAccessTokenDataDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async.models._redact import masked as _masked

__all__ = ["GetWechatAccessTokenDataDto"]


@_attrs.define(kw_only=True, slots=True)
class GetWechatAccessTokenDataDto:
    """Wire model ``GetWechatAccessTokenDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        access_token: ``accessToken``, str, required
        expires_at: ``expiresAt``, str, required
    """

    access_token: str = _attrs.field(repr=_masked, metadata={"wire": "accessToken"})
    expires_at: str = _attrs.field(metadata={"wire": "expiresAt"})
