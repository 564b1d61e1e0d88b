# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CommonResourceDto`` and its enum (CommonResourceDtoType)."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum

from .resource_action import ResourceAction

__all__ = ["CommonResourceDto", "CommonResourceDtoType"]


@_attrs.define(kw_only=True, slots=True)
class CommonResourceDto(WireBacked):
    """Wire model ``CommonResourceDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        description: ``description``, str, optional
        name: ``name``, str, optional
        type: ``type``, CommonResourceDtoType, required
        actions: ``actions``, list[ResourceAction], optional
        api_identifier: ``apiIdentifier``, str, optional
        namespace: ``namespace``, str, optional
        linked_to_tenant: ``linkedToTenant``, bool, optional
        id: ``id``, str, required
        namespace_id: ``namespaceId``, int, required
        namespace_name: ``namespaceName``, str, required
        user_pool_id: ``userPoolId``, str, required
        created_at: ``createdAt``, str, required
        updated_at: ``updatedAt``, str, required
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
    name: str | None = _attrs.field(default=None, metadata={"wire": "name"})
    type: CommonResourceDtoType = _attrs.field(metadata={"wire": "type"})
    actions: List[ResourceAction] | None = _attrs.field(default=None, metadata={"wire": "actions"})
    api_identifier: str | None = _attrs.field(default=None, metadata={"wire": "apiIdentifier"})
    namespace: str | None = _attrs.field(default=None, metadata={"wire": "namespace"})
    linked_to_tenant: bool | None = _attrs.field(default=None, metadata={"wire": "linkedToTenant"})
    id: str = _attrs.field(metadata={"wire": "id"})
    namespace_id: int = _attrs.field(metadata={"wire": "namespaceId"})
    namespace_name: str = _attrs.field(metadata={"wire": "namespaceName"})
    user_pool_id: str = _attrs.field(metadata={"wire": "userPoolId"})
    created_at: str = _attrs.field(metadata={"wire": "createdAt"})
    updated_at: str = _attrs.field(metadata={"wire": "updatedAt"})


class CommonResourceDtoType(WireEnum):
    """Enum of ``CommonResourceDto.type`` (unknown wire values are kept, not rejected)."""

    DATA = "DATA"
    API = "API"
    MENU = "MENU"
    BUTTON = "BUTTON"
    UI = "UI"
