# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``InvitationConfigDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

__all__ = ["InvitationConfigDto"]


@_attrs.define(kw_only=True, slots=True)
class InvitationConfigDto:
    """Wire model ``InvitationConfigDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        expired_time_of_day: ``expiredTimeOfDay``, int, required
        join_same_department: ``joinSameDepartment``, bool, required
        department_ids: ``departmentIds``, list[str], optional
        enabled_admin_consent: ``enabledAdminConsent``, bool, optional
    """

    expired_time_of_day: int = _attrs.field(metadata={"wire": "expiredTimeOfDay"})
    join_same_department: bool = _attrs.field(metadata={"wire": "joinSameDepartment"})
    department_ids: List[str] | None = _attrs.field(default=None, metadata={"wire": "departmentIds"})
    enabled_admin_consent: bool | None = _attrs.field(default=None, metadata={"wire": "enabledAdminConsent"})
