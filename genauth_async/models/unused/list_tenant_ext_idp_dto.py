# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ListTenantExtIdpDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["ListTenantExtIdpDto"]


@_attrs.define(kw_only=True, slots=True)
class ListTenantExtIdpDto:
    """Wire model ``ListTenantExtIdpDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        tenant_id: ``tenantId``, Any, optional
        app_id: ``appId``, Any, optional
        type: ``type``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
    """

    tenant_id: Any = _attrs.field(default=None, metadata={"wire": "tenantId"})
    app_id: Any = _attrs.field(default=None, metadata={"wire": "appId"})
    type: Any = _attrs.field(default=None, metadata={"wire": "type"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
