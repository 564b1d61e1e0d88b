# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``PolicyExtendsFieldsDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

from .update_extends_field_dto import UpdateExtendsFieldDto

__all__ = ["PolicyExtendsFieldsDto"]


@_attrs.define(kw_only=True, slots=True)
class PolicyExtendsFieldsDto:
    """Wire model ``PolicyExtendsFieldsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        extends_field: ``extendsField``, UpdateExtendsFieldDto, required
        action: ``action``, str, required
        policy_id: ``policyId``, str, required
        new_order: ``newOrder``, list[str], optional
    """

    extends_field: UpdateExtendsFieldDto = _attrs.field(metadata={"wire": "extendsField"})
    action: str = _attrs.field(metadata={"wire": "action"})
    policy_id: str = _attrs.field(metadata={"wire": "policyId"})
    new_order: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "newOrder"})
