# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (CheckDataResourceExistsDto, ..., CheckParamsDataResourceResponseDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked

if TYPE_CHECKING:
    from ._a10 import (
        AuthEnvParams,
    )

__all__ = [
    "CheckDataResourceExistsDto", "CheckDeviceCredentialIdDto", "CheckDomainAvailable",
    "CheckDomainAvailableDataDto", "CheckDomainAvailableSecretRespDto",
    "CheckExternalUserPermissionDataDto", "CheckExternalUserPermissionDto",
    "CheckExternalUserPermissionRespDto", "CheckExternalUserPermissionsRespDto",
    "CheckParamsDataPolicyRespDto", "CheckParamsDataPolicyResponseDto",
    "CheckParamsDataResourceRespDto", "CheckParamsDataResourceResponseDto",
]


@_attrs.define(kw_only=True, slots=True)
class CheckDataResourceExistsDto:
    """Wire model ``CheckDataResourceExistsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        namespace_code: ``namespaceCode``, Any, optional
        resource_name: ``resourceName``, Any, optional
        resource_code: ``resourceCode``, Any, optional
    """

    namespace_code: Any = _attrs.field(default=None, metadata={"wire": "namespaceCode"})
    resource_name: Any = _attrs.field(default=None, metadata={"wire": "resourceName"})
    resource_code: Any = _attrs.field(default=None, metadata={"wire": "resourceCode"})


@_attrs.define(kw_only=True, slots=True)
class CheckDeviceCredentialIdDto:
    """Wire model ``CheckDeviceCredentialIdDto`` (request side; optional fields default to UNSET)."""


@_attrs.define(kw_only=True, slots=True)
class CheckDomainAvailable:
    """Wire model ``CheckDomainAvailable`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        domain: ``domain``, str, required
    """

    domain: str = _attrs.field(metadata={"wire": "domain"})


@_attrs.define(kw_only=True, slots=True)
class CheckDomainAvailableDataDto:
    """Wire model ``CheckDomainAvailableDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        available: ``available``, bool, required
    """

    available: bool = _attrs.field(metadata={"wire": "available"})


@_attrs.define(kw_only=True, slots=True)
class CheckDomainAvailableSecretRespDto(WireBacked):
    """Wire model ``CheckDomainAvailableSecretRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, CheckDomainAvailableDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: CheckDomainAvailableDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class CheckExternalUserPermissionDataDto(WireBacked):
    """Wire model ``CheckExternalUserPermissionDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        check_result_list: ``checkResultList``, list[CheckExternalUserPermissionsRespDto], required
    """

    check_result_list: List[CheckExternalUserPermissionsRespDto] = _attrs.field(metadata={"wire": "checkResultList"})


@_attrs.define(kw_only=True, slots=True)
class CheckExternalUserPermissionDto:
    """Wire model ``CheckExternalUserPermissionDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        resources: ``resources``, list[str], required
        action: ``action``, str, required
        external_id: ``externalId``, str, required
        namespace_code: ``namespaceCode``, str, required
        judge_condition_enabled: ``judgeConditionEnabled``, bool, optional
        auth_env_params: ``authEnvParams``, AuthEnvParams, optional
    """

    resources: List[str] = _attrs.field(metadata={"wire": "resources"})
    action: str = _attrs.field(metadata={"wire": "action"})
    external_id: str = _attrs.field(metadata={"wire": "externalId"})
    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
    judge_condition_enabled: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "judgeConditionEnabled"})
    auth_env_params: AuthEnvParams | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "authEnvParams"})


@_attrs.define(kw_only=True, slots=True)
class CheckExternalUserPermissionRespDto(WireBacked):
    """Wire model ``CheckExternalUserPermissionRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        data: ``data``, CheckExternalUserPermissionDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    data: CheckExternalUserPermissionDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class CheckExternalUserPermissionsRespDto:
    """Wire model ``CheckExternalUserPermissionsRespDto`` (response side; optional fields default to None).

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
class CheckParamsDataPolicyRespDto:
    """Wire model ``CheckParamsDataPolicyRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        is_valid: ``isValid``, bool, required
        message: ``message``, str, optional
    """

    is_valid: bool = _attrs.field(metadata={"wire": "isValid"})
    message: str | None = _attrs.field(default=None, metadata={"wire": "message"})


@_attrs.define(kw_only=True, slots=True)
class CheckParamsDataPolicyResponseDto(WireBacked):
    """Wire model ``CheckParamsDataPolicyResponseDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, CheckParamsDataPolicyRespDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: CheckParamsDataPolicyRespDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class CheckParamsDataResourceRespDto:
    """Wire model ``CheckParamsDataResourceRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        is_valid: ``isValid``, bool, required
        message: ``message``, str, optional
    """

    is_valid: bool = _attrs.field(metadata={"wire": "isValid"})
    message: str | None = _attrs.field(default=None, metadata={"wire": "message"})


@_attrs.define(kw_only=True, slots=True)
class CheckParamsDataResourceResponseDto(WireBacked):
    """Wire model ``CheckParamsDataResourceResponseDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, CheckParamsDataResourceRespDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: CheckParamsDataResourceRespDto = _attrs.field(metadata={"wire": "data"})
