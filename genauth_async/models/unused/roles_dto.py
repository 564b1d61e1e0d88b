# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``RolesDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

import attrs as _attrs

__all__ = ["RolesDto"]


@_attrs.define(kw_only=True, slots=True)
class RolesDto:
    """Wire model ``RolesDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        description: ``description``, str, required
        code: ``code``, str, required
        namespace: ``namespace``, str, required
    """

    description: str = _attrs.field(metadata={"wire": "description"})
    code: str = _attrs.field(metadata={"wire": "code"})
    namespace: str = _attrs.field(metadata={"wire": "namespace"})
