# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``AppQRCodeLoginDto`` and its enum (AppQrCodeLoginDtoAction)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireEnum

__all__ = ["AppQRCodeLoginDto", "AppQrCodeLoginDtoAction"]


@_attrs.define(kw_only=True, slots=True)
class AppQRCodeLoginDto:
    """Wire model ``AppQRCodeLoginDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        action: ``action``, AppQrCodeLoginDtoAction, required
        qrcode_id: ``qrcodeId``, str, required
    """

    action: AppQrCodeLoginDtoAction = _attrs.field(metadata={"wire": "action"})
    qrcode_id: str = _attrs.field(metadata={"wire": "qrcodeId"})


class AppQrCodeLoginDtoAction(WireEnum):
    """Enum of ``AppQRCodeLoginDto.action`` (unknown wire values are kept, not rejected)."""

    APP_LOGIN = "APP_LOGIN"
