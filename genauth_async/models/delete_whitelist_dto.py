# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``DeleteWhitelistDto`` and its enum (DeleteWhitelistDtoType)."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

__all__ = ["DeleteWhitelistDto", "DeleteWhitelistDtoType"]


@_attrs.define(kw_only=True, slots=True)
class DeleteWhitelistDto:
    """Wire model ``DeleteWhitelistDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        type: ``type``, DeleteWhitelistDtoType, required
        list: ``list``, list[str], optional
    """

    type: DeleteWhitelistDtoType = _attrs.field(metadata={"wire": "type"})
    list: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "list"})


class DeleteWhitelistDtoType(WireEnum):
    """Enum of ``DeleteWhitelistDto.type`` (unknown wire values are kept, not rejected)."""

    USERNAME = "USERNAME"
    EMAIL = "EMAIL"
    PHONE = "PHONE"
