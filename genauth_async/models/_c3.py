# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (CheckPermissionArrayResourceDto, ..., CheckPushcodeStatusDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum

if TYPE_CHECKING:
    from ._a10 import (
        AuthEnvParams,
    )
    from ._l16 import (
        LoginTokenResponseDataDto,
    )

__all__ = [
    "CheckPermissionArrayResourceDto", "CheckPermissionDataDto", "CheckPermissionDto",
    "CheckPermissionNamespaceExistsDto", "CheckPermissionNamespaceExistsRespDto",
    "CheckPermissionRespDto", "CheckPermissionStringResourceDto", "CheckPermissionTreeResourceDto",
    "CheckPermissionsRespDto", "CheckPushCodeStatusDataDto", "CheckPushCodeStatusDataDtoStatus",
    "CheckPushCodeStatusRespDto", "CheckPushcodeStatusDto",
]


@_attrs.define(kw_only=True, slots=True)
class CheckPermissionArrayResourceDto:
    """Wire model ``CheckPermissionArrayResourceDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        resources: ``resources``, list[str], required
        action: ``action``, str, required
    """

    resources: List[str] = _attrs.field(metadata={"wire": "resources"})
    action: str = _attrs.field(metadata={"wire": "action"})


@_attrs.define(kw_only=True, slots=True)
class CheckPermissionDataDto(WireBacked):
    """Wire model ``CheckPermissionDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        check_result_list: ``checkResultList``, list[CheckPermissionsRespDto], required
    """

    check_result_list: List[CheckPermissionsRespDto] = _attrs.field(metadata={"wire": "checkResultList"})


@_attrs.define(kw_only=True, slots=True)
class CheckPermissionDto:
    """Wire model ``CheckPermissionDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        resources: ``resources``, list[str], required
        action: ``action``, str, required
        user_id: ``userId``, str, required
        namespace_code: ``namespaceCode``, str, required
        judge_condition_enabled: ``judgeConditionEnabled``, bool, optional
        auth_env_params: ``authEnvParams``, AuthEnvParams, optional
    """

    resources: List[str] = _attrs.field(metadata={"wire": "resources"})
    action: str = _attrs.field(metadata={"wire": "action"})
    user_id: str = _attrs.field(metadata={"wire": "userId"})
    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
    judge_condition_enabled: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "judgeConditionEnabled"})
    auth_env_params: AuthEnvParams | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "authEnvParams"})


@_attrs.define(kw_only=True, slots=True)
class CheckPermissionNamespaceExistsDto:
    """Wire model ``CheckPermissionNamespaceExistsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, optional
        name: ``name``, str, optional
    """

    code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "code"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})


@_attrs.define(kw_only=True, slots=True)
class CheckPermissionNamespaceExistsRespDto:
    """Wire model ``CheckPermissionNamespaceExistsRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        is_valid: ``isValid``, bool, required
        message: ``message``, str, optional
    """

    is_valid: bool = _attrs.field(metadata={"wire": "isValid"})
    message: str | None = _attrs.field(default=None, metadata={"wire": "message"})


@_attrs.define(kw_only=True, slots=True)
class CheckPermissionRespDto(WireBacked):
    """Wire model ``CheckPermissionRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        data: ``data``, CheckPermissionDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    data: CheckPermissionDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class CheckPermissionStringResourceDto:
    """Wire model ``CheckPermissionStringResourceDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        resources: ``resources``, list[str], required
        action: ``action``, str, required
    """

    resources: List[str] = _attrs.field(metadata={"wire": "resources"})
    action: str = _attrs.field(metadata={"wire": "action"})


@_attrs.define(kw_only=True, slots=True)
class CheckPermissionTreeResourceDto:
    """Wire model ``CheckPermissionTreeResourceDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        resources: ``resources``, list[str], required
        action: ``action``, str, required
    """

    resources: List[str] = _attrs.field(metadata={"wire": "resources"})
    action: str = _attrs.field(metadata={"wire": "action"})


@_attrs.define(kw_only=True, slots=True)
class CheckPermissionsRespDto:
    """Wire model ``CheckPermissionsRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        namespace_code: ``namespaceCode``, str, required
        action: ``action``, str, required
        resource: ``resource``, str, required
        enabled: ``enabled``, bool, required
    """

    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
    action: str = _attrs.field(metadata={"wire": "action"})
    resource: str = _attrs.field(metadata={"wire": "resource"})
    enabled: bool = _attrs.field(metadata={"wire": "enabled"})


@_attrs.define(kw_only=True, slots=True)
class CheckPushCodeStatusDataDto(WireBacked):
    """Wire model ``CheckPushCodeStatusDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status: ``status``, CheckPushCodeStatusDataDtoStatus, required
        token_set: ``tokenSet``, LoginTokenResponseDataDto, optional
    """

    status: CheckPushCodeStatusDataDtoStatus = _attrs.field(metadata={"wire": "status"})
    token_set: LoginTokenResponseDataDto | None = _attrs.field(default=None, metadata={"wire": "tokenSet"})


class CheckPushCodeStatusDataDtoStatus(WireEnum):
    """Enum of ``CheckPushCodeStatusDataDto.status`` (unknown wire values are kept, not rejected)."""

    PUSHED = "PUSHED"
    AUTHORIZED = "AUTHORIZED"
    CANCELLED = "CANCELLED"
    EXPIRED = "EXPIRED"
    ERROR = "ERROR"


@_attrs.define(kw_only=True, slots=True)
class CheckPushCodeStatusRespDto(WireBacked):
    """Wire model ``CheckPushCodeStatusRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, CheckPushCodeStatusDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: CheckPushCodeStatusDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class CheckPushcodeStatusDto:
    """Wire model ``CheckPushcodeStatusDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        push_code_id: ``pushCodeId``, Any, optional
    """

    push_code_id: Any = _attrs.field(default=None, metadata={"wire": "pushCodeId"})
