# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``AuthorizeResourceItem`` and its enum (AuthorizeResourceItemTargetType)."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireEnum

from .resource_item_dto import ResourceItemDto

__all__ = ["AuthorizeResourceItem", "AuthorizeResourceItemTargetType"]


@_attrs.define(kw_only=True, slots=True)
class AuthorizeResourceItem:
    """Wire model ``AuthorizeResourceItem`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        target_type: ``targetType``, AuthorizeResourceItemTargetType, required
        target_identifiers: ``targetIdentifiers``, list[str], required
        resources: ``resources``, list[ResourceItemDto], required
    """

    target_type: AuthorizeResourceItemTargetType = _attrs.field(metadata={"wire": "targetType"})
    target_identifiers: List[str] = _attrs.field(metadata={"wire": "targetIdentifiers"})
    resources: List[ResourceItemDto] = _attrs.field(metadata={"wire": "resources"})


class AuthorizeResourceItemTargetType(WireEnum):
    """Enum of ``AuthorizeResourceItem.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    DEPARTMENT = "DEPARTMENT"
