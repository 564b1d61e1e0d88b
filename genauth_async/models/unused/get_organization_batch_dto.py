# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetOrganizationBatchDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["GetOrganizationBatchDto"]


@_attrs.define(kw_only=True, slots=True)
class GetOrganizationBatchDto:
    """Wire model ``GetOrganizationBatchDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        organization_code_list: ``organizationCodeList``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
        with_post: ``withPost``, Any, optional
        tenant_id: ``tenantId``, Any, optional
    """

    organization_code_list: Any = _attrs.field(default=None, metadata={"wire": "organizationCodeList"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})
    with_post: Any = _attrs.field(default=None, metadata={"wire": "withPost"})
    tenant_id: Any = _attrs.field(default=None, metadata={"wire": "tenantId"})
