# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetExtIdpDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["GetExtIdpDto"]


@_attrs.define(kw_only=True, slots=True)
class GetExtIdpDto:
    """Wire model ``GetExtIdpDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, Any, optional
        tenant_id: ``tenantId``, Any, optional
        app_id: ``appId``, Any, optional
        type: ``type``, Any, optional
    """

    id: Any = _attrs.field(default=None, metadata={"wire": "id"})
    tenant_id: Any = _attrs.field(default=None, metadata={"wire": "tenantId"})
    app_id: Any = _attrs.field(default=None, metadata={"wire": "appId"})
    type: Any = _attrs.field(default=None, metadata={"wire": "type"})
