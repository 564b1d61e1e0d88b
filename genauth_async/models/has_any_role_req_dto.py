# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``HasAnyRoleReqDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

from .has_any_role_options_dto import HasAnyRoleOptionsDto
from .has_role_roles_dto import HasRoleRolesDto

__all__ = ["HasAnyRoleReqDto"]


@_attrs.define(kw_only=True, slots=True)
class HasAnyRoleReqDto:
    """Wire model ``HasAnyRoleReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        roles: ``roles``, list[HasRoleRolesDto], required
        user_id: ``userId``, str, required
        options: ``options``, HasAnyRoleOptionsDto, optional
    """

    roles: List[HasRoleRolesDto] = _attrs.field(metadata={"wire": "roles"})
    user_id: str = _attrs.field(metadata={"wire": "userId"})
    options: HasAnyRoleOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})
