# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``AddApplicationPermissionRecord``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from ..application_permission_record_item import ApplicationPermissionRecordItem

__all__ = ["AddApplicationPermissionRecord"]


@_attrs.define(kw_only=True, slots=True)
class AddApplicationPermissionRecord(WireBacked):
    """Wire model ``AddApplicationPermissionRecord`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        list: ``list``, list[ApplicationPermissionRecordItem], required
        app_id: ``appId``, str, required
    """

    list: List[ApplicationPermissionRecordItem] = _attrs.field(metadata={"wire": "list"})
    app_id: str = _attrs.field(metadata={"wire": "appId"})
