# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``AddWhitelistOfAppDto`` and its enum (AddWhitelistOfAppDtoType)."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

__all__ = ["AddWhitelistOfAppDto", "AddWhitelistOfAppDtoType"]


@_attrs.define(kw_only=True, slots=True)
class AddWhitelistOfAppDto:
    """Wire model ``AddWhitelistOfAppDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
        type: ``type``, AddWhitelistOfAppDtoType, required
        list: ``list``, list[str], optional
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
    type: AddWhitelistOfAppDtoType = _attrs.field(metadata={"wire": "type"})
    list: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "list"})


class AddWhitelistOfAppDtoType(WireEnum):
    """Enum of ``AddWhitelistOfAppDto.type`` (unknown wire values are kept, not rejected)."""

    USERNAME = "USERNAME"
    EMAIL = "EMAIL"
    PHONE = "PHONE"
