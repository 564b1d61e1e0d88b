# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``BatchCreateApprovalReq`` and its enum (BatchCreateApprovalReqObjectType)."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

from .extra_params import ExtraParams

__all__ = ["BatchCreateApprovalReq", "BatchCreateApprovalReqObjectType"]


@_attrs.define(kw_only=True, slots=True)
class BatchCreateApprovalReq:
    """Wire model ``BatchCreateApprovalReq`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        object_type: ``objectType``, BatchCreateApprovalReqObjectType, required
        object_ids: ``objectIds``, list[str], required
        extra_params: ``extraParams``, ExtraParams, optional
    """

    object_type: BatchCreateApprovalReqObjectType = _attrs.field(metadata={"wire": "objectType"})
    object_ids: List[str] = _attrs.field(metadata={"wire": "objectIds"})
    extra_params: ExtraParams | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "extraParams"})


class BatchCreateApprovalReqObjectType(WireEnum):
    """Enum of ``BatchCreateApprovalReq.objectType`` (unknown wire values are kept, not rejected)."""

    APP_PERMISSION_APPLY = "APP_PERMISSION_APPLY"
    ROLE_PERMISSION_APPLY = "ROLE_PERMISSION_APPLY"
