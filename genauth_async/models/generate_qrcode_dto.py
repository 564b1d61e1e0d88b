# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GenerateQrcodeDto`` and its enum (GenerateQrcodeDtoType)."""

from __future__ import annotations

from typing import Any

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

__all__ = ["GenerateQrcodeDto", "GenerateQrcodeDtoType"]


@_attrs.define(kw_only=True, slots=True)
class GenerateQrcodeDto:
    """Wire model ``GenerateQrcodeDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        type: ``type``, GenerateQrcodeDtoType, required
        ext_idp_conn_id: ``extIdpConnId``, str, optional
        custom_data: ``customData``, Any, optional
        context: ``context``, Any, optional
        auto_merge_qr_code: ``autoMergeQrCode``, bool, optional
    """

    type: GenerateQrcodeDtoType = _attrs.field(metadata={"wire": "type"})
    ext_idp_conn_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "extIdpConnId"})
    custom_data: Any = _attrs.field(default=_UNSET, metadata={"wire": "customData"})
    context: Any = _attrs.field(default=_UNSET, metadata={"wire": "context"})
    auto_merge_qr_code: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "autoMergeQrCode"})


class GenerateQrcodeDtoType(WireEnum):
    """Enum of ``GenerateQrcodeDto.type`` (unknown wire values are kept, not rejected)."""

    MOBILE_APP = "MOBILE_APP"
    WECHAT_MINIPROGRAM = "WECHAT_MINIPROGRAM"
    WECHAT_OFFICIAL_ACCOUNT = "WECHAT_OFFICIAL_ACCOUNT"
