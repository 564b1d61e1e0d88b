# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ListOrganizationsDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["ListOrganizationsDto"]


@_attrs.define(kw_only=True, slots=True)
class ListOrganizationsDto:
    """Wire model ``ListOrganizationsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        fetch_all: ``fetchAll``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
        with_post: ``withPost``, Any, optional
        tenant_id: ``tenantId``, Any, optional
        status: ``status``, Any, optional
    """

    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    fetch_all: Any = _attrs.field(default=None, metadata={"wire": "fetchAll"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})
    with_post: Any = _attrs.field(default=None, metadata={"wire": "withPost"})
    tenant_id: Any = _attrs.field(default=None, metadata={"wire": "tenantId"})
    status: Any = _attrs.field(default=None, metadata={"wire": "status"})
