# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ApprovalInitiatedListDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["ApprovalInitiatedListDto"]


@_attrs.define(kw_only=True, slots=True)
class ApprovalInitiatedListDto:
    """Wire model ``ApprovalInitiatedListDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        page_no: ``pageNo``, Any, optional
        page_size: ``pageSize``, Any, optional
        object_type: ``objectType``, Any, optional
        keyword: ``keyword``, Any, optional
    """

    page_no: Any = _attrs.field(default=None, metadata={"wire": "pageNo"})
    page_size: Any = _attrs.field(default=None, metadata={"wire": "pageSize"})
    object_type: Any = _attrs.field(default=None, metadata={"wire": "objectType"})
    keyword: Any = _attrs.field(default=None, metadata={"wire": "keyword"})
