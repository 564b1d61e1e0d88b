# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``RevokeApplicationAccessDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from .delete_application_permission_record_item import DeleteApplicationPermissionRecordItem

__all__ = ["RevokeApplicationAccessDto"]


@_attrs.define(kw_only=True, slots=True)
class RevokeApplicationAccessDto:
    """Wire model ``RevokeApplicationAccessDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
        list: ``list``, list[DeleteApplicationPermissionRecordItem], required
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
    list: List[DeleteApplicationPermissionRecordItem] = _attrs.field(metadata={"wire": "list"})
