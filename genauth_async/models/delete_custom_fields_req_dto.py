# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``DeleteCustomFieldsReqDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from .delete_custom_field_dto import DeleteCustomFieldDto

__all__ = ["DeleteCustomFieldsReqDto"]


@_attrs.define(kw_only=True, slots=True)
class DeleteCustomFieldsReqDto:
    """Wire model ``DeleteCustomFieldsReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        tenant_id: ``tenantId``, str, required
        list: ``list``, list[DeleteCustomFieldDto], required
    """

    tenant_id: str = _attrs.field(metadata={"wire": "tenantId"})
    list: List[DeleteCustomFieldDto] = _attrs.field(metadata={"wire": "list"})
