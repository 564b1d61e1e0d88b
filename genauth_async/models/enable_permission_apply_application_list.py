# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``EnablePermissionApplyApplicationList``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .enable_permission_apply_application import EnablePermissionApplyApplication

__all__ = ["EnablePermissionApplyApplicationList"]


@_attrs.define(kw_only=True, slots=True)
class EnablePermissionApplyApplicationList(WireBacked):
    """Wire model ``EnablePermissionApplyApplicationList`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        list: ``list``, list[EnablePermissionApplyApplication], required
    """

    list: List[EnablePermissionApplyApplication] = _attrs.field(metadata={"wire": "list"})
