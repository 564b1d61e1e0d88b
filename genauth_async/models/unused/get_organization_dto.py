# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetOrganizationDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["GetOrganizationDto"]


@_attrs.define(kw_only=True, slots=True)
class GetOrganizationDto:
    """Wire model ``GetOrganizationDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        organization_code: ``organizationCode``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
        with_post: ``withPost``, Any, optional
        tenant_id: ``tenantId``, Any, optional
    """

    organization_code: Any = _attrs.field(default=None, metadata={"wire": "organizationCode"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})
    with_post: Any = _attrs.field(default=None, metadata={"wire": "withPost"})
    tenant_id: Any = _attrs.field(default=None, metadata={"wire": "tenantId"})
