# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetRowByValueDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["GetRowByValueDto"]


@_attrs.define(kw_only=True, slots=True)
class GetRowByValueDto:
    """Wire model ``GetRowByValueDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        model_id: ``modelId``, Any, optional
        key: ``key``, Any, optional
        value: ``value``, Any, optional
        show_field_id: ``showFieldId``, Any, optional
    """

    model_id: Any = _attrs.field(default=None, metadata={"wire": "modelId"})
    key: Any = _attrs.field(default=None, metadata={"wire": "key"})
    value: Any = _attrs.field(default=None, metadata={"wire": "value"})
    show_field_id: Any = _attrs.field(default=None, metadata={"wire": "showFieldId"})
