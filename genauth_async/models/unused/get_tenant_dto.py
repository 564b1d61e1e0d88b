# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetTenantDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["GetTenantDto"]


@_attrs.define(kw_only=True, slots=True)
class GetTenantDto:
    """Wire model ``GetTenantDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        tenant_id: ``tenantId``, Any, optional
        with_members_count: ``withMembersCount``, Any, optional
        with_app_detail: ``withAppDetail``, Any, optional
        with_creator_detail: ``withCreatorDetail``, Any, optional
        with_source_app_detail: ``withSourceAppDetail``, Any, optional
    """

    tenant_id: Any = _attrs.field(default=None, metadata={"wire": "tenantId"})
    with_members_count: Any = _attrs.field(default=None, metadata={"wire": "withMembersCount"})
    with_app_detail: Any = _attrs.field(default=None, metadata={"wire": "withAppDetail"})
    with_creator_detail: Any = _attrs.field(default=None, metadata={"wire": "withCreatorDetail"})
    with_source_app_detail: Any = _attrs.field(default=None, metadata={"wire": "withSourceAppDetail"})
