# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``AdminAuditLogRespData``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .admin_audit_log_dto import AdminAuditLogDto

__all__ = ["AdminAuditLogRespData"]


@_attrs.define(kw_only=True, slots=True)
class AdminAuditLogRespData(WireBacked):
    """Wire model ``AdminAuditLogRespData`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[AdminAuditLogDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[AdminAuditLogDto] = _attrs.field(metadata={"wire": "list"})
