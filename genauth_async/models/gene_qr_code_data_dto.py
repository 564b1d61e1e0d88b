# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GeneQRCodeDataDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["GeneQRCodeDataDto"]


@_attrs.define(kw_only=True, slots=True)
class GeneQRCodeDataDto:
    """Wire model ``GeneQRCodeDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        qrcode_id: ``qrcodeId``, str, required
        url: ``url``, str, required
        custom_logo_url: ``customLogoUrl``, str, optional
    """

    qrcode_id: str = _attrs.field(metadata={"wire": "qrcodeId"})
    url: str = _attrs.field(metadata={"wire": "url"})
    custom_logo_url: str | None = _attrs.field(default=None, metadata={"wire": "customLogoUrl"})
