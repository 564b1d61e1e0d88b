# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``AssignRoleDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

from .target_dto import TargetDto

__all__ = ["AssignRoleDto"]


@_attrs.define(kw_only=True, slots=True)
class AssignRoleDto:
    """Wire model ``AssignRoleDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        targets: ``targets``, list[TargetDto], required
        code: ``code``, str, required
        end_time: ``endTime``, int, optional
        enable_time: ``enableTime``, int, optional
        namespace: ``namespace``, str, optional
    """

    targets: List[TargetDto] = _attrs.field(metadata={"wire": "targets"})
    code: str = _attrs.field(metadata={"wire": "code"})
    end_time: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "endTime"})
    enable_time: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "enableTime"})
    namespace: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "namespace"})
