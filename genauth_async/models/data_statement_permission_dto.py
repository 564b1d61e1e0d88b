# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``DataStatementPermissionDto`` and its enum (DataStatementPermissionDtoEffect)."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireEnum

__all__ = ["DataStatementPermissionDto", "DataStatementPermissionDtoEffect"]


@_attrs.define(kw_only=True, slots=True)
class DataStatementPermissionDto:
    """Wire model ``DataStatementPermissionDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        effect: ``effect``, DataStatementPermissionDtoEffect, required
        permissions: ``permissions``, list[str], required
    """

    effect: DataStatementPermissionDtoEffect = _attrs.field(metadata={"wire": "effect"})
    permissions: List[str] = _attrs.field(metadata={"wire": "permissions"})


class DataStatementPermissionDtoEffect(WireEnum):
    """Enum of ``DataStatementPermissionDto.effect`` (unknown wire values are kept, not rejected)."""

    DENY = "DENY"
    ALLOW = "ALLOW"
