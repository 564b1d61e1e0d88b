# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (SyncTaskMokaClientConfig, ..., SystmeInfoRSAConfig)."""

from __future__ import annotations

from typing import TYPE_CHECKING, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum
from genauth_async.models._redact import masked as _masked

if TYPE_CHECKING:
    from ._s14 import (
        SyncTaskDto,
    )
    from ._s16 import (
        SystmeInfoSM2Config, SystmeInfoVersion,
    )

__all__ = [
    "SyncTaskMokaClientConfig", "SyncTaskPaginatedRespDto", "SyncTaskPagingDto",
    "SyncTaskProvisioningScope", "SyncTaskScimClientConfig", "SyncTaskSingleRespDto",
    "SyncTaskTimedScheduler", "SyncTaskTimedSchedulerCycle", "SyncTaskWechatworkClientConfig",
    "SyncTaskXiaoshouyiClientConfig", "SystemInfoResp", "SystmeInfoRSAConfig",
]


@_attrs.define(kw_only=True, slots=True)
class SyncTaskMokaClientConfig:
    """Wire model ``SyncTaskMokaClientConfig`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_name: ``userName``, str, required
        ent_code: ``entCode``, str, required
        api_code_employee: ``apiCode_employee``, str, required
        api_code_department: ``apiCode_department``, str, required
        private_key: ``privateKey``, str, required
    """

    user_name: str = _attrs.field(metadata={"wire": "userName"})
    ent_code: str = _attrs.field(metadata={"wire": "entCode"})
    api_code_employee: str = _attrs.field(metadata={"wire": "apiCode_employee"})
    api_code_department: str = _attrs.field(metadata={"wire": "apiCode_department"})
    private_key: str = _attrs.field(repr=_masked, metadata={"wire": "privateKey"})


@_attrs.define(kw_only=True, slots=True)
class SyncTaskPaginatedRespDto(WireBacked):
    """Wire model ``SyncTaskPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, SyncTaskPagingDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: SyncTaskPagingDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class SyncTaskPagingDto(WireBacked):
    """Wire model ``SyncTaskPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[SyncTaskDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[SyncTaskDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class SyncTaskProvisioningScope:
    """Wire model ``SyncTaskProvisioningScope`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        all: ``all``, bool, required
        include_new_users: ``includeNewUsers``, bool, required
    """

    all: bool = _attrs.field(metadata={"wire": "all"})
    include_new_users: bool = _attrs.field(metadata={"wire": "includeNewUsers"})


@_attrs.define(kw_only=True, slots=True)
class SyncTaskScimClientConfig:
    """Wire model ``SyncTaskScimClientConfig`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        org_url: ``org_url``, str, optional
        user_url: ``user_url``, str, required
        token: ``token``, str, required
        root_department_id: ``root_department_id``, str, optional
        parent_department: ``parent_department``, str, optional
        department: ``department``, str, optional
    """

    org_url: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "org_url"})
    user_url: str = _attrs.field(metadata={"wire": "user_url"})
    token: str = _attrs.field(repr=_masked, metadata={"wire": "token"})
    root_department_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "root_department_id"})
    parent_department: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "parent_department"})
    department: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "department"})


@_attrs.define(kw_only=True, slots=True)
class SyncTaskSingleRespDto(WireBacked):
    """Wire model ``SyncTaskSingleRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, SyncTaskDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: SyncTaskDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class SyncTaskTimedScheduler:
    """Wire model ``SyncTaskTimedScheduler`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        cycle: ``cycle``, SyncTaskTimedSchedulerCycle, required
        start_time: ``startTime``, int, required
    """

    cycle: SyncTaskTimedSchedulerCycle = _attrs.field(metadata={"wire": "cycle"})
    start_time: int = _attrs.field(metadata={"wire": "startTime"})


class SyncTaskTimedSchedulerCycle(WireEnum):
    """Enum of ``SyncTaskTimedScheduler.cycle`` (unknown wire values are kept, not rejected)."""

    MONTH = "month"
    WEEK = "week"
    DAYS = "days"
    SIX_HOURS = "sixHours"
    TWO_HOURS = "twoHours"


@_attrs.define(kw_only=True, slots=True)
class SyncTaskWechatworkClientConfig:
    """Wire model ``SyncTaskWechatworkClientConfig`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        corp_id: ``corpID``, str, required
        secret: ``secret``, str, required
        token: ``token``, str, optional
        encoding_aes_key: ``encodingAESKey``, str, optional
        agent_url: ``agentUrl``, str, optional
    """

    corp_id: str = _attrs.field(metadata={"wire": "corpID"})
    secret: str = _attrs.field(repr=_masked, metadata={"wire": "secret"})
    token: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "token"})
    encoding_aes_key: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "encodingAESKey"})
    agent_url: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "agentUrl"})


@_attrs.define(kw_only=True, slots=True)
class SyncTaskXiaoshouyiClientConfig:
    """Wire model ``SyncTaskXiaoshouyiClientConfig`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        client_id: ``client_id``, str, required
        client_secret: ``client_secret``, str, required
        username: ``username``, str, required
        password: ``password``, str, required
    """

    client_id: str = _attrs.field(metadata={"wire": "client_id"})
    client_secret: str = _attrs.field(repr=_masked, metadata={"wire": "client_secret"})
    username: str = _attrs.field(metadata={"wire": "username"})
    password: str = _attrs.field(repr=_masked, metadata={"wire": "password"})


@_attrs.define(kw_only=True, slots=True)
class SystemInfoResp(WireBacked):
    """Wire model ``SystemInfoResp`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        rsa: ``rsa``, SystmeInfoRSAConfig, required
        sm2: ``sm2``, SystmeInfoSM2Config, required
        version: ``version``, SystmeInfoVersion, required
        public_ips: ``publicIps``, list[str], required
    """

    rsa: SystmeInfoRSAConfig = _attrs.field(metadata={"wire": "rsa"})
    sm2: SystmeInfoSM2Config = _attrs.field(metadata={"wire": "sm2"})
    version: SystmeInfoVersion = _attrs.field(metadata={"wire": "version"})
    public_ips: List[str] = _attrs.field(metadata={"wire": "publicIps"})


@_attrs.define(kw_only=True, slots=True)
class SystmeInfoRSAConfig:
    """Wire model ``SystmeInfoRSAConfig`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        public_key: ``publicKey``, str, required
    """

    public_key: str = _attrs.field(metadata={"wire": "publicKey"})
