# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ListInvitationPolicyUserAttributionsDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["ListInvitationPolicyUserAttributionsDto"]


@_attrs.define(kw_only=True, slots=True)
class ListInvitationPolicyUserAttributionsDto:
    """Wire model ``ListInvitationPolicyUserAttributionsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        policy_id: ``policyId``, Any, optional
        target_type: ``targetType``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        with_target_detail: ``withTargetDetail``, Any, optional
        with_department_ext_info: ``withDepartmentExtInfo``, Any, optional
    """

    policy_id: Any = _attrs.field(default=None, metadata={"wire": "policyId"})
    target_type: Any = _attrs.field(default=None, metadata={"wire": "targetType"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    with_target_detail: Any = _attrs.field(default=None, metadata={"wire": "withTargetDetail"})
    with_department_ext_info: Any = _attrs.field(default=None, metadata={"wire": "withDepartmentExtInfo"})
