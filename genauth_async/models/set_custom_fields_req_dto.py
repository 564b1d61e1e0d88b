# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SetCustomFieldsReqDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

from .set_custom_field_dto import SetCustomFieldDto

__all__ = ["SetCustomFieldsReqDto"]


@_attrs.define(kw_only=True, slots=True)
class SetCustomFieldsReqDto:
    """Wire model ``SetCustomFieldsReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        list: ``list``, list[SetCustomFieldDto], required
        tenant_id: ``tenantId``, str, optional
    """

    list: List[SetCustomFieldDto] = _attrs.field(metadata={"wire": "list"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})
