# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``EnableExtIdpConnDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

import attrs as _attrs

__all__ = ["EnableExtIdpConnDto"]


@_attrs.define(kw_only=True, slots=True)
class EnableExtIdpConnDto:
    """Wire model ``EnableExtIdpConnDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_ids: ``appIds``, str, required
        app_id: ``appId``, str, required
        enabled: ``enabled``, bool, required
        id: ``id``, str, required
        tenant_id: ``tenantId``, str, optional
    """

    app_ids: str = _attrs.field(metadata={"wire": "appIds"})
    app_id: str = _attrs.field(metadata={"wire": "appId"})
    enabled: bool = _attrs.field(metadata={"wire": "enabled"})
    id: str = _attrs.field(metadata={"wire": "id"})
    tenant_id: str | None = _attrs.field(default=None, metadata={"wire": "tenantId"})
