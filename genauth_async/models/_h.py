# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (HasAnyRoleDto, ..., HasRoleRolesDto)."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum

__all__ = [
    "HasAnyRoleDto", "HasAnyRoleOptionsDto", "HasAnyRoleOptionsDtoUserIdType", "HasAnyRoleReqDto",
    "HasAnyRoleRespDto", "HasRoleRolesDto",
]


@_attrs.define(kw_only=True, slots=True)
class HasAnyRoleDto:
    """Wire model ``HasAnyRoleDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        has_any_role: ``hasAnyRole``, bool, required
    """

    has_any_role: bool = _attrs.field(metadata={"wire": "hasAnyRole"})


@_attrs.define(kw_only=True, slots=True)
class HasAnyRoleOptionsDto:
    """Wire model ``HasAnyRoleOptionsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_id_type: ``userIdType``, HasAnyRoleOptionsDtoUserIdType, optional
    """

    user_id_type: HasAnyRoleOptionsDtoUserIdType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "userIdType"})


class HasAnyRoleOptionsDtoUserIdType(WireEnum):
    """Enum of ``HasAnyRoleOptionsDto.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


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


@_attrs.define(kw_only=True, slots=True)
class HasAnyRoleRespDto(WireBacked):
    """Wire model ``HasAnyRoleRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, HasAnyRoleDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: HasAnyRoleDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class HasRoleRolesDto:
    """Wire model ``HasRoleRolesDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        namespace: ``namespace``, str, optional
        code: ``code``, str, required
    """

    namespace: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "namespace"})
    code: str = _attrs.field(metadata={"wire": "code"})
