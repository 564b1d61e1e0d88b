# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (DeleteTerminalDto, ..., DeleteWhitelistOfAppDtoType)."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

__all__ = [
    "DeleteTerminalDto", "DeleteTerminalUserDto", "DeleteUserSyncRelationReqDto",
    "DeleteUserSyncRelationReqDtoUserIdType", "DeleteUsersBatchDto", "DeleteUsersBatchOptionsDto",
    "DeleteUsersBatchOptionsDtoUserIdType", "DeleteWebhookDto", "DeleteWebhookRespDto",
    "DeleteWhitelistDto", "DeleteWhitelistDtoType", "DeleteWhitelistOfAppDto",
    "DeleteWhitelistOfAppDtoType",
]


@_attrs.define(kw_only=True, slots=True)
class DeleteTerminalDto:
    """Wire model ``DeleteTerminalDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})


@_attrs.define(kw_only=True, slots=True)
class DeleteTerminalUserDto:
    """Wire model ``DeleteTerminalUserDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        id: ``id``, str, required
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    id: str = _attrs.field(metadata={"wire": "id"})


@_attrs.define(kw_only=True, slots=True)
class DeleteUserSyncRelationReqDto:
    """Wire model ``DeleteUserSyncRelationReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        provider: ``provider``, str, required
        user_id: ``userId``, str, required
        user_id_type: ``userIdType``, DeleteUserSyncRelationReqDtoUserIdType, optional
    """

    provider: str = _attrs.field(metadata={"wire": "provider"})
    user_id: str = _attrs.field(metadata={"wire": "userId"})
    user_id_type: DeleteUserSyncRelationReqDtoUserIdType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "userIdType"})


class DeleteUserSyncRelationReqDtoUserIdType(WireEnum):
    """Enum of ``DeleteUserSyncRelationReqDto.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


@_attrs.define(kw_only=True, slots=True)
class DeleteUsersBatchDto:
    """Wire model ``DeleteUsersBatchDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_ids: ``userIds``, list[str], required
        options: ``options``, DeleteUsersBatchOptionsDto, optional
    """

    user_ids: List[str] = _attrs.field(metadata={"wire": "userIds"})
    options: DeleteUsersBatchOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})


@_attrs.define(kw_only=True, slots=True)
class DeleteUsersBatchOptionsDto:
    """Wire model ``DeleteUsersBatchOptionsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_id_type: ``userIdType``, DeleteUsersBatchOptionsDtoUserIdType, optional
    """

    user_id_type: DeleteUsersBatchOptionsDtoUserIdType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "userIdType"})


class DeleteUsersBatchOptionsDtoUserIdType(WireEnum):
    """Enum of ``DeleteUsersBatchOptionsDto.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


@_attrs.define(kw_only=True, slots=True)
class DeleteWebhookDto:
    """Wire model ``DeleteWebhookDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        webhook_ids: ``webhookIds``, list[str], required
    """

    webhook_ids: List[str] = _attrs.field(metadata={"wire": "webhookIds"})


@_attrs.define(kw_only=True, slots=True)
class DeleteWebhookRespDto:
    """Wire model ``DeleteWebhookRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})


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


@_attrs.define(kw_only=True, slots=True)
class DeleteWhitelistOfAppDto:
    """Wire model ``DeleteWhitelistOfAppDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        type: ``type``, DeleteWhitelistOfAppDtoType, required
        app_id: ``appId``, str, required
        list: ``list``, list[str], optional
    """

    type: DeleteWhitelistOfAppDtoType = _attrs.field(metadata={"wire": "type"})
    app_id: str = _attrs.field(metadata={"wire": "appId"})
    list: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "list"})


class DeleteWhitelistOfAppDtoType(WireEnum):
    """Enum of ``DeleteWhitelistOfAppDto.type`` (unknown wire values are kept, not rejected)."""

    USERNAME = "USERNAME"
    EMAIL = "EMAIL"
    PHONE = "PHONE"
