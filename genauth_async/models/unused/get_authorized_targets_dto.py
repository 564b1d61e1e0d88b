# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetAuthorizedTargetsDto`` and its enums (GetAuthorizedTargetsDtoResourceType, GetAuthorizedTargetsDtoTargetType).

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum

from ..unused.get_authorized_resource_action_dto import GetAuthorizedResourceActionDto

__all__ = ["GetAuthorizedTargetsDto", "GetAuthorizedTargetsDtoResourceType", "GetAuthorizedTargetsDtoTargetType"]


@_attrs.define(kw_only=True, slots=True)
class GetAuthorizedTargetsDto(WireBacked):
    """Wire model ``GetAuthorizedTargetsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        resource: ``resource``, str, required
        namespace: ``namespace``, str, optional
        resource_type: ``resourceType``, GetAuthorizedTargetsDtoResourceType, optional
        target_type: ``targetType``, GetAuthorizedTargetsDtoTargetType, optional
        actions: ``actions``, GetAuthorizedResourceActionDto, optional
    """

    resource: str = _attrs.field(metadata={"wire": "resource"})
    namespace: str | None = _attrs.field(default=None, metadata={"wire": "namespace"})
    resource_type: GetAuthorizedTargetsDtoResourceType | None = _attrs.field(default=None, metadata={"wire": "resourceType"})
    target_type: GetAuthorizedTargetsDtoTargetType | None = _attrs.field(default=None, metadata={"wire": "targetType"})
    actions: GetAuthorizedResourceActionDto | None = _attrs.field(default=None, metadata={"wire": "actions"})


class GetAuthorizedTargetsDtoResourceType(WireEnum):
    """Enum of ``GetAuthorizedTargetsDto.resourceType`` (unknown wire values are kept, not rejected)."""

    DATA = "DATA"
    API = "API"
    MENU = "MENU"
    BUTTON = "BUTTON"
    UI = "UI"


class GetAuthorizedTargetsDtoTargetType(WireEnum):
    """Enum of ``GetAuthorizedTargetsDto.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    DEPARTMENT = "DEPARTMENT"
