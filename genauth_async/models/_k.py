# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (KickPublicAccountsDto, ..., KickUsersOptionsDtoUserIdType)."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

__all__ = [
    "KickPublicAccountsDto", "KickPublicAccountsOptionsDto",
    "KickPublicAccountsOptionsDtoUserIdType", "KickUsersDto", "KickUsersOptionsDto",
    "KickUsersOptionsDtoUserIdType",
]


@_attrs.define(kw_only=True, slots=True)
class KickPublicAccountsDto:
    """Wire model ``KickPublicAccountsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        app_ids: ``appIds``, list[str], required
        user_id: ``userId``, str, required
        options: ``options``, KickPublicAccountsOptionsDto, optional
    """

    app_ids: List[str] = _attrs.field(metadata={"wire": "appIds"})
    user_id: str = _attrs.field(metadata={"wire": "userId"})
    options: KickPublicAccountsOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})


@_attrs.define(kw_only=True, slots=True)
class KickPublicAccountsOptionsDto:
    """Wire model ``KickPublicAccountsOptionsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_id_type: ``userIdType``, KickPublicAccountsOptionsDtoUserIdType, optional
    """

    user_id_type: KickPublicAccountsOptionsDtoUserIdType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "userIdType"})


class KickPublicAccountsOptionsDtoUserIdType(WireEnum):
    """Enum of ``KickPublicAccountsOptionsDto.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


@_attrs.define(kw_only=True, slots=True)
class KickUsersDto:
    """Wire model ``KickUsersDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        app_ids: ``appIds``, list[str], required
        user_id: ``userId``, str, required
        options: ``options``, KickUsersOptionsDto, optional
    """

    app_ids: List[str] = _attrs.field(metadata={"wire": "appIds"})
    user_id: str = _attrs.field(metadata={"wire": "userId"})
    options: KickUsersOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})


@_attrs.define(kw_only=True, slots=True)
class KickUsersOptionsDto:
    """Wire model ``KickUsersOptionsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_id_type: ``userIdType``, KickUsersOptionsDtoUserIdType, optional
    """

    user_id_type: KickUsersOptionsDtoUserIdType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "userIdType"})


class KickUsersOptionsDtoUserIdType(WireEnum):
    """Enum of ``KickUsersOptionsDto.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"
