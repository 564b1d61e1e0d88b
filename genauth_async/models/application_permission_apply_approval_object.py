# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ApplicationPermissionApplyApprovalObject``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["ApplicationPermissionApplyApprovalObject"]


@_attrs.define(kw_only=True, slots=True)
class ApplicationPermissionApplyApprovalObject:
    """Wire model ``ApplicationPermissionApplyApprovalObject`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        object_id: ``objectId``, str, required
        object_name: ``objectName``, str, required
        logo: ``logo``, str, required
    """

    object_id: str = _attrs.field(metadata={"wire": "objectId"})
    object_name: str = _attrs.field(metadata={"wire": "objectName"})
    logo: str = _attrs.field(metadata={"wire": "logo"})
