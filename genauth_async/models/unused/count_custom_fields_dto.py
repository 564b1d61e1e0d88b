# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CountCustomFieldsDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

import attrs as _attrs

__all__ = ["CountCustomFieldsDto"]


@_attrs.define(kw_only=True, slots=True)
class CountCustomFieldsDto:
    """Wire model ``CountCustomFieldsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        all: ``all``, int, required
        user_visible: ``userVisible``, int, required
        admin_visible: ``adminVisible``, int, required
    """

    all: int = _attrs.field(metadata={"wire": "all"})
    user_visible: int = _attrs.field(metadata={"wire": "userVisible"})
    admin_visible: int = _attrs.field(metadata={"wire": "adminVisible"})
