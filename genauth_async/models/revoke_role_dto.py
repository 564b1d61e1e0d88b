# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``RevokeRoleDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

from .target_dto import TargetDto

__all__ = ["RevokeRoleDto"]


@_attrs.define(kw_only=True, slots=True)
class RevokeRoleDto:
    """Wire model ``RevokeRoleDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        targets: ``targets``, list[TargetDto], required
        code: ``code``, str, required
        namespace: ``namespace``, str, optional
    """

    targets: List[TargetDto] = _attrs.field(metadata={"wire": "targets"})
    code: str = _attrs.field(metadata={"wire": "code"})
    namespace: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "namespace"})
