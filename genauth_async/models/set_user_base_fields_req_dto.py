# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SetUserBaseFieldsReqDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from .set_user_base_field_dto import SetUserBaseFieldDto

__all__ = ["SetUserBaseFieldsReqDto"]


@_attrs.define(kw_only=True, slots=True)
class SetUserBaseFieldsReqDto:
    """Wire model ``SetUserBaseFieldsReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        list: ``list``, list[SetUserBaseFieldDto], required
    """

    list: List[SetUserBaseFieldDto] = _attrs.field(metadata={"wire": "list"})
