# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (SyncRelationListRespDto, ..., SyncTaskDingtalkClientConfig)."""

from __future__ import annotations

from typing import TYPE_CHECKING, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum
from genauth_async.models._redact import masked as _masked

if TYPE_CHECKING:
    from ._s14 import (
        SyncTaskFxiaokeClientConfig, SyncTaskItalentClientConfig, SyncTaskKayangClientConfig,
        SyncTaskLarkClientConfig, SyncTaskLdapClientConfig, SyncTaskMaycurClientConfig,
    )
    from ._s15 import (
        SyncTaskMokaClientConfig, SyncTaskScimClientConfig, SyncTaskWechatworkClientConfig,
        SyncTaskXiaoshouyiClientConfig,
    )
    from ._u20 import (
        UserSyncRelationDto,
    )

__all__ = [
    "SyncRelationListRespDto", "SyncRiskOperationDto", "SyncRiskOperationDtoObjectType",
    "SyncRiskOperationDtoStatus", "SyncRiskOperationPaginatedRespDto",
    "SyncRiskOperationPagingDto", "SyncTaskActiveDirectoryClientConfig", "SyncTaskClientConfig",
    "SyncTaskDingtalkClientConfig",
]


@_attrs.define(kw_only=True, slots=True)
class SyncRelationListRespDto(WireBacked):
    """Wire model ``SyncRelationListRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[UserSyncRelationDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[UserSyncRelationDto] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class SyncRiskOperationDto:
    """Wire model ``SyncRiskOperationDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        sync_risk_operation_id: ``syncRiskOperationId``, int, required
        sync_task_id: ``syncTaskId``, int, required
        created_at: ``createdAt``, str, required
        updated_at: ``updatedAt``, str, required
        status: ``status``, SyncRiskOperationDtoStatus, required
        level: ``level``, int, required
        object_type: ``objectType``, SyncRiskOperationDtoObjectType, required
        object_name: ``objectName``, str, required
        object_id: ``objectId``, str, required
        err_msg: ``errMsg``, str, optional
    """

    sync_risk_operation_id: int = _attrs.field(metadata={"wire": "syncRiskOperationId"})
    sync_task_id: int = _attrs.field(metadata={"wire": "syncTaskId"})
    created_at: str = _attrs.field(metadata={"wire": "createdAt"})
    updated_at: str = _attrs.field(metadata={"wire": "updatedAt"})
    status: SyncRiskOperationDtoStatus = _attrs.field(metadata={"wire": "status"})
    level: int = _attrs.field(metadata={"wire": "level"})
    object_type: SyncRiskOperationDtoObjectType = _attrs.field(metadata={"wire": "objectType"})
    object_name: str = _attrs.field(metadata={"wire": "objectName"})
    object_id: str = _attrs.field(metadata={"wire": "objectId"})
    err_msg: str | None = _attrs.field(default=None, metadata={"wire": "errMsg"})


class SyncRiskOperationDtoObjectType(WireEnum):
    """Enum of ``SyncRiskOperationDto.objectType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT = "DEPARTMENT"
    USER = "USER"


class SyncRiskOperationDtoStatus(WireEnum):
    """Enum of ``SyncRiskOperationDto.status`` (unknown wire values are kept, not rejected)."""

    PENDING = "PENDING"
    SUCCESS = "SUCCESS"
    FAILED = "FAILED"
    CANCELED = "CANCELED"
    EXECUTING = "EXECUTING"


@_attrs.define(kw_only=True, slots=True)
class SyncRiskOperationPaginatedRespDto(WireBacked):
    """Wire model ``SyncRiskOperationPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, SyncRiskOperationPagingDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: SyncRiskOperationPagingDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class SyncRiskOperationPagingDto(WireBacked):
    """Wire model ``SyncRiskOperationPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[SyncRiskOperationDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[SyncRiskOperationDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class SyncTaskActiveDirectoryClientConfig:
    """Wire model ``SyncTaskActiveDirectoryClientConfig`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        sync_identity_provider_code: ``syncIdentityProviderCode``, str, optional
        ticket_url: ``ticket_url``, str, optional
    """

    sync_identity_provider_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "syncIdentityProviderCode"})
    ticket_url: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "ticket_url"})


@_attrs.define(kw_only=True, slots=True)
class SyncTaskClientConfig:
    """Wire model ``SyncTaskClientConfig`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        lark_config: ``larkConfig``, SyncTaskLarkClientConfig, optional
        lark_international_config: ``larkInternationalConfig``, SyncTaskLarkClientConfig, optional
        wechatwork_config: ``wechatworkConfig``, SyncTaskWechatworkClientConfig, optional
        dingtalk_config: ``dingtalkConfig``, SyncTaskDingtalkClientConfig, optional
        moka_config: ``mokaConfig``, SyncTaskMokaClientConfig, optional
        scim_config: ``scimConfig``, SyncTaskScimClientConfig, optional
        active_directory_config: ``activeDirectoryConfig``, SyncTaskActiveDirectoryClientConfig, optional
        ldap_config: ``ldapConfig``, SyncTaskLdapClientConfig, optional
        italent_config: ``italentConfig``, SyncTaskItalentClientConfig, optional
        maycur_config: ``maycurConfig``, SyncTaskMaycurClientConfig, optional
        fxiaoke_config: ``fxiaokeConfig``, SyncTaskFxiaokeClientConfig, optional
        xiaoshouyi_config: ``xiaoshouyiConfig``, SyncTaskXiaoshouyiClientConfig, optional
        kayang_config: ``kayangConfig``, SyncTaskKayangClientConfig, optional
    """

    lark_config: SyncTaskLarkClientConfig | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "larkConfig"})
    lark_international_config: SyncTaskLarkClientConfig | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "larkInternationalConfig"})
    wechatwork_config: SyncTaskWechatworkClientConfig | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "wechatworkConfig"})
    dingtalk_config: SyncTaskDingtalkClientConfig | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "dingtalkConfig"})
    moka_config: SyncTaskMokaClientConfig | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "mokaConfig"})
    scim_config: SyncTaskScimClientConfig | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "scimConfig"})
    active_directory_config: SyncTaskActiveDirectoryClientConfig | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "activeDirectoryConfig"})
    ldap_config: SyncTaskLdapClientConfig | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "ldapConfig"})
    italent_config: SyncTaskItalentClientConfig | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "italentConfig"})
    maycur_config: SyncTaskMaycurClientConfig | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "maycurConfig"})
    fxiaoke_config: SyncTaskFxiaokeClientConfig | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "fxiaokeConfig"})
    xiaoshouyi_config: SyncTaskXiaoshouyiClientConfig | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "xiaoshouyiConfig"})
    kayang_config: SyncTaskKayangClientConfig | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "kayangConfig"})


@_attrs.define(kw_only=True, slots=True)
class SyncTaskDingtalkClientConfig:
    """Wire model ``SyncTaskDingtalkClientConfig`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        corp_id: ``corpId``, str, required
        app_key: ``appKey``, str, required
        app_secret: ``appSecret``, str, required
        aes_key: ``aes_key``, str, optional
        token: ``token``, str, optional
    """

    corp_id: str = _attrs.field(metadata={"wire": "corpId"})
    app_key: str = _attrs.field(metadata={"wire": "appKey"})
    app_secret: str = _attrs.field(repr=_masked, metadata={"wire": "appSecret"})
    aes_key: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "aes_key"})
    token: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "token"})
