# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ImportOtpReqDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from .import_otp_item_dto import ImportOtpItemDto

__all__ = ["ImportOtpReqDto"]


@_attrs.define(kw_only=True, slots=True)
class ImportOtpReqDto:
    """Wire model ``ImportOtpReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        list: ``list``, list[ImportOtpItemDto], required
    """

    list: List[ImportOtpItemDto] = _attrs.field(metadata={"wire": "list"})
