# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ListGroupsDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["ListGroupsDto"]


@_attrs.define(kw_only=True, slots=True)
class ListGroupsDto:
    """Wire model ``ListGroupsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        keywords: ``keywords``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        with_metadata: ``withMetadata``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
        flat_custom_data: ``flatCustomData``, Any, optional
    """

    keywords: Any = _attrs.field(default=None, metadata={"wire": "keywords"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    with_metadata: Any = _attrs.field(default=None, metadata={"wire": "withMetadata"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})
    flat_custom_data: Any = _attrs.field(default=None, metadata={"wire": "flatCustomData"})
