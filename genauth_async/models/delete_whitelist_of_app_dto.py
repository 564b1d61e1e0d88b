# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``DeleteWhitelistOfAppDto`` and its enum (DeleteWhitelistOfAppDtoType)."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

__all__ = ["DeleteWhitelistOfAppDto", "DeleteWhitelistOfAppDtoType"]


@_attrs.define(kw_only=True, slots=True)
class DeleteWhitelistOfAppDto:
    """Wire model ``DeleteWhitelistOfAppDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        type: ``type``, DeleteWhitelistOfAppDtoType, required
        app_id: ``appId``, str, required
        list: ``list``, list[str], optional
    """

    type: DeleteWhitelistOfAppDtoType = _attrs.field(metadata={"wire": "type"})
    app_id: str = _attrs.field(metadata={"wire": "appId"})
    list: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "list"})


class DeleteWhitelistOfAppDtoType(WireEnum):
    """Enum of ``DeleteWhitelistOfAppDto.type`` (unknown wire values are kept, not rejected)."""

    USERNAME = "USERNAME"
    EMAIL = "EMAIL"
    PHONE = "PHONE"
