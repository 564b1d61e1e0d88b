# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ListCommonResourceDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["ListCommonResourceDto"]


@_attrs.define(kw_only=True, slots=True)
class ListCommonResourceDto:
    """Wire model ``ListCommonResourceDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        keyword: ``keyword``, Any, optional
        namespace_code_list: ``namespaceCodeList``, Any, optional
    """

    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    keyword: Any = _attrs.field(default=None, metadata={"wire": "keyword"})
    namespace_code_list: Any = _attrs.field(default=None, metadata={"wire": "namespaceCodeList"})
