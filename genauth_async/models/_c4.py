# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (CheckQRCodeStatusDataDto, ..., CheckSessionStatusDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum
from genauth_async.models._redact import masked as _masked

if TYPE_CHECKING:
    from ._l16 import (
        LoginTokenResponseDataDto,
    )
    from ._q import (
        QRCodeStatusBriefUserInfoDto,
    )
    from ._r7 import (
        RoleCodeDto,
    )

__all__ = [
    "CheckQRCodeStatusDataDto", "CheckQRCodeStatusRespDto", "CheckQrCodeStatusDataDtoStatus",
    "CheckQrcodeStatusDto", "CheckResourcePermissionDataDto", "CheckResourcePermissionRespDto",
    "CheckResourcePermissionsRespDto", "CheckRoleMutualExclusionReqDto",
    "CheckRoleMutualExclusionRespDto", "CheckRoleMutualExclusionResultDto", "CheckRoleParamsDto",
    "CheckRoleParamsRespDto", "CheckSessionStatusDataDto", "CheckSessionStatusDto",
]


@_attrs.define(kw_only=True, slots=True)
class CheckQRCodeStatusDataDto(WireBacked):
    """Wire model ``CheckQRCodeStatusDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status: ``status``, CheckQrCodeStatusDataDtoStatus, required
        ticket: ``ticket``, str, optional
        brief_user_info: ``briefUserInfo``, QRCodeStatusBriefUserInfoDto, optional
        token_set: ``tokenSet``, LoginTokenResponseDataDto, optional
    """

    status: CheckQrCodeStatusDataDtoStatus = _attrs.field(metadata={"wire": "status"})
    ticket: str | None = _attrs.field(default=None, repr=_masked, metadata={"wire": "ticket"})
    brief_user_info: QRCodeStatusBriefUserInfoDto | None = _attrs.field(default=None, metadata={"wire": "briefUserInfo"})
    token_set: LoginTokenResponseDataDto | None = _attrs.field(default=None, metadata={"wire": "tokenSet"})


@_attrs.define(kw_only=True, slots=True)
class CheckQRCodeStatusRespDto(WireBacked):
    """Wire model ``CheckQRCodeStatusRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, CheckQRCodeStatusDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: CheckQRCodeStatusDataDto = _attrs.field(metadata={"wire": "data"})


class CheckQrCodeStatusDataDtoStatus(WireEnum):
    """Enum of ``CheckQRCodeStatusDataDto.status`` (unknown wire values are kept, not rejected)."""

    PENDING = "PENDING"
    SCANNED = "SCANNED"
    AUTHORIZED = "AUTHORIZED"
    CANCELLED = "CANCELLED"
    EXPIRED = "EXPIRED"
    ERROR = "ERROR"


@_attrs.define(kw_only=True, slots=True)
class CheckQrcodeStatusDto:
    """Wire model ``CheckQrcodeStatusDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        qrcode_id: ``qrcodeId``, Any, optional
    """

    qrcode_id: Any = _attrs.field(default=None, metadata={"wire": "qrcodeId"})


@_attrs.define(kw_only=True, slots=True)
class CheckResourcePermissionDataDto(WireBacked):
    """Wire model ``CheckResourcePermissionDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        check_result_list: ``checkResultList``, list[CheckResourcePermissionRespDto], required
    """

    check_result_list: List[CheckResourcePermissionRespDto] = _attrs.field(metadata={"wire": "checkResultList"})


@_attrs.define(kw_only=True, slots=True)
class CheckResourcePermissionRespDto:
    """Wire model ``CheckResourcePermissionRespDto`` (response side; optional fields default to None).

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
class CheckResourcePermissionsRespDto(WireBacked):
    """Wire model ``CheckResourcePermissionsRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, CheckResourcePermissionDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: CheckResourcePermissionDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class CheckRoleMutualExclusionReqDto:
    """Wire model ``CheckRoleMutualExclusionReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        roles: ``roles``, list[RoleCodeDto], required
    """

    roles: List[RoleCodeDto] = _attrs.field(metadata={"wire": "roles"})


@_attrs.define(kw_only=True, slots=True)
class CheckRoleMutualExclusionRespDto(WireBacked):
    """Wire model ``CheckRoleMutualExclusionRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, CheckRoleMutualExclusionResultDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: CheckRoleMutualExclusionResultDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class CheckRoleMutualExclusionResultDto:
    """Wire model ``CheckRoleMutualExclusionResultDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        exist_mutually_exclusive: ``existMutuallyExclusive``, bool, required
    """

    exist_mutually_exclusive: bool = _attrs.field(metadata={"wire": "existMutuallyExclusive"})


@_attrs.define(kw_only=True, slots=True)
class CheckRoleParamsDto:
    """Wire model ``CheckRoleParamsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        namespace: ``namespace``, str, required
        name: ``name``, str, optional
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    namespace: str = _attrs.field(metadata={"wire": "namespace"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})


@_attrs.define(kw_only=True, slots=True)
class CheckRoleParamsRespDto:
    """Wire model ``CheckRoleParamsRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        is_valid: ``isValid``, bool, required
        message: ``message``, bool, required
    """

    is_valid: bool = _attrs.field(metadata={"wire": "isValid"})
    message: bool = _attrs.field(metadata={"wire": "message"})


@_attrs.define(kw_only=True, slots=True)
class CheckSessionStatusDataDto:
    """Wire model ``CheckSessionStatusDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        active: ``active``, bool, required
    """

    active: bool = _attrs.field(metadata={"wire": "active"})


@_attrs.define(kw_only=True, slots=True)
class CheckSessionStatusDto:
    """Wire model ``CheckSessionStatusDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
        user_id: ``userId``, str, required
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
    user_id: str = _attrs.field(metadata={"wire": "userId"})
