# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetRoleListDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["GetRoleListDto"]


@_attrs.define(kw_only=True, slots=True)
class GetRoleListDto:
    """Wire model ``GetRoleListDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        namespace: ``namespace``, Any, optional
    """

    namespace: Any = _attrs.field(default=None, metadata={"wire": "namespace"})
