# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``AuthorizeApplicationAccessDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from .application_permission_record_item import ApplicationPermissionRecordItem

__all__ = ["AuthorizeApplicationAccessDto"]


@_attrs.define(kw_only=True, slots=True)
class AuthorizeApplicationAccessDto:
    """Wire model ``AuthorizeApplicationAccessDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
        list: ``list``, list[ApplicationPermissionRecordItem], required
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
    list: List[ApplicationPermissionRecordItem] = _attrs.field(metadata={"wire": "list"})
