# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UserFieldDecryptReqDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async.models._redact import masked as _masked

from .user_field_decrypt_req_item_dto import UserFieldDecryptReqItemDto

__all__ = ["UserFieldDecryptReqDto"]


@_attrs.define(kw_only=True, slots=True)
class UserFieldDecryptReqDto:
    """Wire model ``UserFieldDecryptReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        data: ``data``, list[UserFieldDecryptReqItemDto], required
        private_key: ``privateKey``, str, required
    """

    data: List[UserFieldDecryptReqItemDto] = _attrs.field(metadata={"wire": "data"})
    private_key: str = _attrs.field(repr=_masked, metadata={"wire": "privateKey"})
