# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ChangeQRCodeStatusDto`` and its enum (ChangeQrCodeStatusDtoAction)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireEnum

__all__ = ["ChangeQRCodeStatusDto", "ChangeQrCodeStatusDtoAction"]


@_attrs.define(kw_only=True, slots=True)
class ChangeQRCodeStatusDto:
    """Wire model ``ChangeQRCodeStatusDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        qrcode_id: ``qrcodeId``, str, required
        action: ``action``, ChangeQrCodeStatusDtoAction, required
    """

    qrcode_id: str = _attrs.field(metadata={"wire": "qrcodeId"})
    action: ChangeQrCodeStatusDtoAction = _attrs.field(metadata={"wire": "action"})


class ChangeQrCodeStatusDtoAction(WireEnum):
    """Enum of ``ChangeQRCodeStatusDto.action`` (unknown wire values are kept, not rejected)."""

    SCAN = "SCAN"
    CONFIRM = "CONFIRM"
    CANCEL = "CANCEL"
