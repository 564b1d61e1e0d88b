# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetCustomDataDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["GetCustomDataDto"]


@_attrs.define(kw_only=True, slots=True)
class GetCustomDataDto:
    """Wire model ``GetCustomDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        tenant_id: ``tenantId``, Any, optional
        target_type: ``targetType``, Any, optional
        target_identifier: ``targetIdentifier``, Any, optional
        namespace: ``namespace``, Any, optional
    """

    tenant_id: Any = _attrs.field(default=None, metadata={"wire": "tenantId"})
    target_type: Any = _attrs.field(default=None, metadata={"wire": "targetType"})
    target_identifier: Any = _attrs.field(default=None, metadata={"wire": "targetIdentifier"})
    namespace: Any = _attrs.field(default=None, metadata={"wire": "namespace"})
