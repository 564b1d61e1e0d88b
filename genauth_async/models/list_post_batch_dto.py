# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ListPostBatchDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["ListPostBatchDto"]


@_attrs.define(kw_only=True, slots=True)
class ListPostBatchDto:
    """Wire model ``ListPostBatchDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        keywords: ``keywords``, str, optional
        skip_count: ``skipCount``, bool, optional
        page: ``page``, int, optional
        limit: ``limit``, int, optional
        with_metadata: ``withMetadata``, bool, optional
        with_custom_data: ``withCustomData``, bool, optional
        flat_custom_data: ``flatCustomData``, bool, optional
        metadata_no_field_id: ``metadataNoFieldId``, bool, optional
        created_after: ``createdAfter``, int, optional
        created_before: ``createdBefore``, int, optional
        updated_after: ``updatedAfter``, int, optional
        updated_before: ``updatedBefore``, int, optional
        post_codes: ``postCodes``, list[str], optional
    """

    keywords: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "keywords"})
    skip_count: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "skipCount"})
    page: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "page"})
    limit: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "limit"})
    with_metadata: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withMetadata"})
    with_custom_data: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withCustomData"})
    flat_custom_data: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "flatCustomData"})
    metadata_no_field_id: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "metadataNoFieldId"})
    created_after: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "createdAfter"})
    created_before: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "createdBefore"})
    updated_after: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "updatedAfter"})
    updated_before: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "updatedBefore"})
    post_codes: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "postCodes"})
