# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CreateApprovalReq`` and its enum (CreateApprovalReqObjectType)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

from .extra_params import ExtraParams

__all__ = ["CreateApprovalReq", "CreateApprovalReqObjectType"]


@_attrs.define(kw_only=True, slots=True)
class CreateApprovalReq:
    """Wire model ``CreateApprovalReq`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        object_type: ``objectType``, CreateApprovalReqObjectType, required
        object_id: ``objectId``, str, required
        extra_params: ``extraParams``, ExtraParams, optional
    """

    object_type: CreateApprovalReqObjectType = _attrs.field(metadata={"wire": "objectType"})
    object_id: str = _attrs.field(metadata={"wire": "objectId"})
    extra_params: ExtraParams | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "extraParams"})


class CreateApprovalReqObjectType(WireEnum):
    """Enum of ``CreateApprovalReq.objectType`` (unknown wire values are kept, not rejected)."""

    APP_PERMISSION_APPLY = "APP_PERMISSION_APPLY"
    ROLE_PERMISSION_APPLY = "ROLE_PERMISSION_APPLY"
