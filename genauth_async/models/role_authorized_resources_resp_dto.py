# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``RoleAuthorizedResourcesRespDto`` and its enum (RoleAuthorizedResourcesRespDtoResourceType)."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireEnum

__all__ = ["RoleAuthorizedResourcesRespDto", "RoleAuthorizedResourcesRespDtoResourceType"]


@_attrs.define(kw_only=True, slots=True)
class RoleAuthorizedResourcesRespDto:
    """Wire model ``RoleAuthorizedResourcesRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        resource_code: ``resourceCode``, str, required
        resource_type: ``resourceType``, RoleAuthorizedResourcesRespDtoResourceType, required
        actions: ``actions``, list[str], required
        api_identifier: ``apiIdentifier``, str, required
    """

    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    resource_type: RoleAuthorizedResourcesRespDtoResourceType = _attrs.field(metadata={"wire": "resourceType"})
    actions: List[str] = _attrs.field(metadata={"wire": "actions"})
    api_identifier: str = _attrs.field(metadata={"wire": "apiIdentifier"})


class RoleAuthorizedResourcesRespDtoResourceType(WireEnum):
    """Enum of ``RoleAuthorizedResourcesRespDto.resourceType`` (unknown wire values are kept, not rejected)."""

    DATA = "DATA"
    API = "API"
    MENU = "MENU"
    BUTTON = "BUTTON"
    UI = "UI"
