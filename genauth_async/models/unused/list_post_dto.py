# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ListPostDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["ListPostDto"]


@_attrs.define(kw_only=True, slots=True)
class ListPostDto:
    """Wire model ``ListPostDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        keywords: ``keywords``, Any, optional
        skip_count: ``skipCount``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        with_metadata: ``withMetadata``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
        flat_custom_data: ``flatCustomData``, Any, optional
        metadata_no_field_id: ``metadataNoFieldId``, Any, optional
        created_after: ``createdAfter``, Any, optional
        created_before: ``createdBefore``, Any, optional
        updated_after: ``updatedAfter``, Any, optional
        updated_before: ``updatedBefore``, Any, optional
    """

    keywords: Any = _attrs.field(default=None, metadata={"wire": "keywords"})
    skip_count: Any = _attrs.field(default=None, metadata={"wire": "skipCount"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    with_metadata: Any = _attrs.field(default=None, metadata={"wire": "withMetadata"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})
    flat_custom_data: Any = _attrs.field(default=None, metadata={"wire": "flatCustomData"})
    metadata_no_field_id: Any = _attrs.field(default=None, metadata={"wire": "metadataNoFieldId"})
    created_after: Any = _attrs.field(default=None, metadata={"wire": "createdAfter"})
    created_before: Any = _attrs.field(default=None, metadata={"wire": "createdBefore"})
    updated_after: Any = _attrs.field(default=None, metadata={"wire": "updatedAfter"})
    updated_before: Any = _attrs.field(default=None, metadata={"wire": "updatedBefore"})
