# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``DeleteMultipleTenantAdminBodyDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

import attrs as _attrs

__all__ = ["DeleteMultipleTenantAdminBodyDto"]


@_attrs.define(kw_only=True, slots=True)
class DeleteMultipleTenantAdminBodyDto:
    """Wire model ``DeleteMultipleTenantAdminBodyDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
