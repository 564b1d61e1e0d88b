# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetResourceAuthorizedTargetsDto`` and its enum (GetResourceAuthorizedTargetsDtoTargetType)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

__all__ = ["GetResourceAuthorizedTargetsDto", "GetResourceAuthorizedTargetsDtoTargetType"]


@_attrs.define(kw_only=True, slots=True)
class GetResourceAuthorizedTargetsDto:
    """Wire model ``GetResourceAuthorizedTargetsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        resource: ``resource``, str, required
        namespace: ``namespace``, str, optional
        target_type: ``targetType``, GetResourceAuthorizedTargetsDtoTargetType, optional
        page: ``page``, int, optional
        limit: ``limit``, int, optional
    """

    resource: str = _attrs.field(metadata={"wire": "resource"})
    namespace: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "namespace"})
    target_type: GetResourceAuthorizedTargetsDtoTargetType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "targetType"})
    page: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "page"})
    limit: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "limit"})


class GetResourceAuthorizedTargetsDtoTargetType(WireEnum):
    """Enum of ``GetResourceAuthorizedTargetsDto.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    DEPARTMENT = "DEPARTMENT"
