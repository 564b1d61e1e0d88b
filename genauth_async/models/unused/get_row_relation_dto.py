# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetRowRelationDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["GetRowRelationDto"]


@_attrs.define(kw_only=True, slots=True)
class GetRowRelationDto:
    """Wire model ``GetRowRelationDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        model_id: ``modelId``, Any, optional
        field_id: ``fieldId``, Any, optional
        row_id: ``rowId``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
    """

    model_id: Any = _attrs.field(default=None, metadata={"wire": "modelId"})
    field_id: Any = _attrs.field(default=None, metadata={"wire": "fieldId"})
    row_id: Any = _attrs.field(default=None, metadata={"wire": "rowId"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
