# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``DefaultPasswordConfigDto`` and its enum (DefaultPasswordConfigDtoType)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

__all__ = ["DefaultPasswordConfigDto", "DefaultPasswordConfigDtoType"]


@_attrs.define(kw_only=True, slots=True)
class DefaultPasswordConfigDto:
    """Wire model ``DefaultPasswordConfigDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        type: ``type``, DefaultPasswordConfigDtoType, required
        custom: ``custom``, str, optional
    """

    type: DefaultPasswordConfigDtoType = _attrs.field(metadata={"wire": "type"})
    custom: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "custom"})


class DefaultPasswordConfigDtoType(WireEnum):
    """Enum of ``DefaultPasswordConfigDto.type`` (unknown wire values are kept, not rejected)."""

    RANDOM = "random"
    CUSTOM = "custom"
