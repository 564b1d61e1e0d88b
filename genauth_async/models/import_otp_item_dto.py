# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ImportOtpItemDto``."""

from __future__ import annotations

import attrs as _attrs

from .import_otp_item_data_dto import ImportOtpItemDataDto

__all__ = ["ImportOtpItemDto"]


@_attrs.define(kw_only=True, slots=True)
class ImportOtpItemDto:
    """Wire model ``ImportOtpItemDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        otp: ``otp``, ImportOtpItemDataDto, required
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    otp: ImportOtpItemDataDto = _attrs.field(metadata={"wire": "otp"})
