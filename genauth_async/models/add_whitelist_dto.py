# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``AddWhitelistDto`` and its enum (AddWhitelistDtoType)."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

__all__ = ["AddWhitelistDto", "AddWhitelistDtoType"]


@_attrs.define(kw_only=True, slots=True)
class AddWhitelistDto:
    """Wire model ``AddWhitelistDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        type: ``type``, AddWhitelistDtoType, required
        list: ``list``, list[str], optional
    """

    type: AddWhitelistDtoType = _attrs.field(metadata={"wire": "type"})
    list: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "list"})


class AddWhitelistDtoType(WireEnum):
    """Enum of ``AddWhitelistDto.type`` (unknown wire values are kept, not rejected)."""

    USERNAME = "USERNAME"
    EMAIL = "EMAIL"
    PHONE = "PHONE"
