# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``DeleteApplicationPermissionRecord``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from ..delete_application_permission_record_item import DeleteApplicationPermissionRecordItem

__all__ = ["DeleteApplicationPermissionRecord"]


@_attrs.define(kw_only=True, slots=True)
class DeleteApplicationPermissionRecord(WireBacked):
    """Wire model ``DeleteApplicationPermissionRecord`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        list: ``list``, list[DeleteApplicationPermissionRecordItem], required
        app_id: ``appId``, str, required
    """

    list: List[DeleteApplicationPermissionRecordItem] = _attrs.field(metadata={"wire": "list"})
    app_id: str = _attrs.field(metadata={"wire": "appId"})
