# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ListOperateDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["ListOperateDto"]


@_attrs.define(kw_only=True, slots=True)
class ListOperateDto:
    """Wire model ``ListOperateDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        model_id: ``modelId``, Any, optional
        keywords: ``keywords``, Any, optional
        field_id: ``fieldId``, Any, optional
        show_created: ``showCreated``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
    """

    model_id: Any = _attrs.field(default=None, metadata={"wire": "modelId"})
    keywords: Any = _attrs.field(default=None, metadata={"wire": "keywords"})
    field_id: Any = _attrs.field(default=None, metadata={"wire": "fieldId"})
    show_created: Any = _attrs.field(default=None, metadata={"wire": "showCreated"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
