# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (GetApplicationPermissionStrategyDataDtoPermissionStrategy, ..., GetAssignedAccountParamsTargetType)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum
from genauth_async.models._redact import masked as _masked

if TYPE_CHECKING:
    from ._a9 import (
        AsaAccountTargetDto,
    )
    from ._g3 import (
        GetApplicationPermissionStrategyDataDto,
    )

__all__ = [
    "GetApplicationPermissionStrategyDataDtoPermissionStrategy",
    "GetApplicationPermissionStrategyDto", "GetApplicationPermissionStrategyRespDto",
    "GetApplicationPublicConfigDto", "GetApplicationSecretDataDto", "GetApplicationSecretDto",
    "GetApplicationSecretRespDto", "GetApplicationSimpleInfoDto",
    "GetAsaAccountAssignedTargetDataDto", "GetAsaAccountAssignedTargetRespDto",
    "GetAsaAccountAssignedTargetsDto", "GetAsaAccountBatchDto", "GetAsaAccountDto",
    "GetAssignedAccountDto", "GetAssignedAccountParamsTargetType",
]


class GetApplicationPermissionStrategyDataDtoPermissionStrategy(WireEnum):
    """Enum of ``GetApplicationPermissionStrategyDataDto.permissionStrategy`` (unknown wire values are kept, not rejected)."""

    ALLOW_ALL = "ALLOW_ALL"
    DENY_ALL = "DENY_ALL"


@_attrs.define(kw_only=True, slots=True)
class GetApplicationPermissionStrategyDto:
    """Wire model ``GetApplicationPermissionStrategyDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_id: ``appId``, Any, optional
    """

    app_id: Any = _attrs.field(default=None, metadata={"wire": "appId"})


@_attrs.define(kw_only=True, slots=True)
class GetApplicationPermissionStrategyRespDto(WireBacked):
    """Wire model ``GetApplicationPermissionStrategyRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GetApplicationPermissionStrategyDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GetApplicationPermissionStrategyDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetApplicationPublicConfigDto:
    """Wire model ``GetApplicationPublicConfigDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_id: ``appId``, Any, optional
    """

    app_id: Any = _attrs.field(default=None, metadata={"wire": "appId"})


@_attrs.define(kw_only=True, slots=True)
class GetApplicationSecretDataDto:
    """Wire model ``GetApplicationSecretDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        secret: ``secret``, str, required
    """

    secret: str = _attrs.field(repr=_masked, metadata={"wire": "secret"})


@_attrs.define(kw_only=True, slots=True)
class GetApplicationSecretDto:
    """Wire model ``GetApplicationSecretDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_id: ``appId``, Any, optional
    """

    app_id: Any = _attrs.field(default=None, metadata={"wire": "appId"})


@_attrs.define(kw_only=True, slots=True)
class GetApplicationSecretRespDto(WireBacked):
    """Wire model ``GetApplicationSecretRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GetApplicationSecretDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GetApplicationSecretDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetApplicationSimpleInfoDto:
    """Wire model ``GetApplicationSimpleInfoDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_id: ``appId``, Any, optional
    """

    app_id: Any = _attrs.field(default=None, metadata={"wire": "appId"})


@_attrs.define(kw_only=True, slots=True)
class GetAsaAccountAssignedTargetDataDto(WireBacked):
    """Wire model ``GetAsaAccountAssignedTargetDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[AsaAccountTargetDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[AsaAccountTargetDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class GetAsaAccountAssignedTargetRespDto(WireBacked):
    """Wire model ``GetAsaAccountAssignedTargetRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GetAsaAccountAssignedTargetDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GetAsaAccountAssignedTargetDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetAsaAccountAssignedTargetsDto:
    """Wire model ``GetAsaAccountAssignedTargetsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_id: ``appId``, Any, optional
        account_id: ``accountId``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
    """

    app_id: Any = _attrs.field(default=None, metadata={"wire": "appId"})
    account_id: Any = _attrs.field(default=None, metadata={"wire": "accountId"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})


@_attrs.define(kw_only=True, slots=True)
class GetAsaAccountBatchDto:
    """Wire model ``GetAsaAccountBatchDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        account_ids: ``accountIds``, list[str], required
        app_id: ``appId``, str, required
    """

    account_ids: List[str] = _attrs.field(metadata={"wire": "accountIds"})
    app_id: str = _attrs.field(metadata={"wire": "appId"})


@_attrs.define(kw_only=True, slots=True)
class GetAsaAccountDto:
    """Wire model ``GetAsaAccountDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_id: ``appId``, Any, optional
        account_id: ``accountId``, Any, optional
    """

    app_id: Any = _attrs.field(default=None, metadata={"wire": "appId"})
    account_id: Any = _attrs.field(default=None, metadata={"wire": "accountId"})


@_attrs.define(kw_only=True, slots=True)
class GetAssignedAccountDto:
    """Wire model ``GetAssignedAccountDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_id: ``appId``, Any, optional
        target_type: ``targetType``, Any, optional
        target_identifier: ``targetIdentifier``, Any, optional
    """

    app_id: Any = _attrs.field(default=None, metadata={"wire": "appId"})
    target_type: Any = _attrs.field(default=None, metadata={"wire": "targetType"})
    target_identifier: Any = _attrs.field(default=None, metadata={"wire": "targetIdentifier"})


class GetAssignedAccountParamsTargetType(WireEnum):
    """Enum of ``GetAssignedAccountParams.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    DEPARTMENT = "DEPARTMENT"
