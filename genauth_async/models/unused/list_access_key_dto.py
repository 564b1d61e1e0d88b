# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ListAccessKeyDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["ListAccessKeyDto"]


@_attrs.define(kw_only=True, slots=True)
class ListAccessKeyDto:
    """Wire model ``ListAccessKeyDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, Any, optional
        tenant_id: ``tenantId``, Any, optional
        type: ``type``, Any, optional
        status: ``status``, Any, optional
    """

    user_id: Any = _attrs.field(default=None, metadata={"wire": "userId"})
    tenant_id: Any = _attrs.field(default=None, metadata={"wire": "tenantId"})
    type: Any = _attrs.field(default=None, metadata={"wire": "type"})
    status: Any = _attrs.field(default=None, metadata={"wire": "status"})
