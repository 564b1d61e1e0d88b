# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (AsaAccountTargetDtoTargetType, ..., AuthenticateByADDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum
from genauth_async.models._redact import masked as _masked

if TYPE_CHECKING:
    from ._r7 import (
        RoleCodeDto,
    )
    from ._t1 import (
        TargetDto,
    )

__all__ = [
    "AsaAccountTargetDtoTargetType", "AssignAsaAccountItem", "AssignAsaAccountItemTargetType",
    "AssignAsaAccountsDto", "AssignRoleBatchDto", "AssignRoleDto", "AssociateTenantResourceDto",
    "AssociationExtIdpDto", "AssociationResourceDto", "AuthEnvParams", "AuthEnvParamsBrowserType",
    "AuthEnvParamsDeviceType", "AuthEnvParamsSystemType", "AuthenticateByADDto",
]


class AsaAccountTargetDtoTargetType(WireEnum):
    """Enum of ``AsaAccountTargetDto.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    DEPARTMENT = "DEPARTMENT"


@_attrs.define(kw_only=True, slots=True)
class AssignAsaAccountItem:
    """Wire model ``AssignAsaAccountItem`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        target_type: ``targetType``, AssignAsaAccountItemTargetType, required
        target_identifiers: ``targetIdentifiers``, list[str], required
    """

    target_type: AssignAsaAccountItemTargetType = _attrs.field(metadata={"wire": "targetType"})
    target_identifiers: List[str] = _attrs.field(metadata={"wire": "targetIdentifiers"})


class AssignAsaAccountItemTargetType(WireEnum):
    """Enum of ``AssignAsaAccountItem.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    DEPARTMENT = "DEPARTMENT"


@_attrs.define(kw_only=True, slots=True)
class AssignAsaAccountsDto:
    """Wire model ``AssignAsaAccountsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
        account_id: ``accountId``, str, required
        targets: ``targets``, list[AssignAsaAccountItem], required
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
    account_id: str = _attrs.field(metadata={"wire": "accountId"})
    targets: List[AssignAsaAccountItem] = _attrs.field(metadata={"wire": "targets"})


@_attrs.define(kw_only=True, slots=True)
class AssignRoleBatchDto:
    """Wire model ``AssignRoleBatchDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        targets: ``targets``, list[TargetDto], required
        roles: ``roles``, list[RoleCodeDto], required
    """

    targets: List[TargetDto] = _attrs.field(metadata={"wire": "targets"})
    roles: List[RoleCodeDto] = _attrs.field(metadata={"wire": "roles"})


@_attrs.define(kw_only=True, slots=True)
class AssignRoleDto:
    """Wire model ``AssignRoleDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        targets: ``targets``, list[TargetDto], required
        code: ``code``, str, required
        end_time: ``endTime``, int, optional
        enable_time: ``enableTime``, int, optional
        namespace: ``namespace``, str, optional
    """

    targets: List[TargetDto] = _attrs.field(metadata={"wire": "targets"})
    code: str = _attrs.field(metadata={"wire": "code"})
    end_time: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "endTime"})
    enable_time: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "enableTime"})
    namespace: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "namespace"})


@_attrs.define(kw_only=True, slots=True)
class AssociateTenantResourceDto:
    """Wire model ``AssociateTenantResourceDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        association: ``association``, bool, required
        app_id: ``appId``, str, required
        tenant_id: ``tenantId``, str, optional
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    association: bool = _attrs.field(metadata={"wire": "association"})
    app_id: str = _attrs.field(metadata={"wire": "appId"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})


@_attrs.define(kw_only=True, slots=True)
class AssociationExtIdpDto:
    """Wire model ``AssociationExtIdpDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        association: ``association``, bool, required
        id: ``id``, str, required
        tenant_id: ``tenantId``, str, optional
    """

    association: bool = _attrs.field(metadata={"wire": "association"})
    id: str = _attrs.field(metadata={"wire": "id"})
    tenant_id: str | None = _attrs.field(default=None, metadata={"wire": "tenantId"})


@_attrs.define(kw_only=True, slots=True)
class AssociationResourceDto:
    """Wire model ``AssociationResourceDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
        association: ``association``, bool, required
        code: ``code``, str, required
        tenant_id: ``tenantId``, str, optional
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
    association: bool = _attrs.field(metadata={"wire": "association"})
    code: str = _attrs.field(metadata={"wire": "code"})
    tenant_id: str | None = _attrs.field(default=None, metadata={"wire": "tenantId"})


@_attrs.define(kw_only=True, slots=True)
class AuthEnvParams:
    """Wire model ``AuthEnvParams`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        ip: ``ip``, str, optional
        city: ``city``, str, optional
        province: ``province``, str, optional
        country: ``country``, str, optional
        device_type: ``deviceType``, AuthEnvParamsDeviceType, optional
        system_type: ``systemType``, AuthEnvParamsSystemType, optional
        browser_type: ``browserType``, AuthEnvParamsBrowserType, optional
        request_date: ``requestDate``, str, optional
    """

    ip: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "ip"})
    city: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "city"})
    province: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "province"})
    country: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "country"})
    device_type: AuthEnvParamsDeviceType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "deviceType"})
    system_type: AuthEnvParamsSystemType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "systemType"})
    browser_type: AuthEnvParamsBrowserType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "browserType"})
    request_date: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "requestDate"})


class AuthEnvParamsBrowserType(WireEnum):
    """Enum of ``AuthEnvParams.browserType`` (unknown wire values are kept, not rejected)."""

    IE = "IE"
    CHROME = "Chrome"
    FIREFOX = "Firefox"
    SAFARI = "Safari"
    EDGE = "Edge"
    OPERA = "Opera"
    SAFE360 = "Safe360"
    QQBROWSER = "QQBrowser"


class AuthEnvParamsDeviceType(WireEnum):
    """Enum of ``AuthEnvParams.deviceType`` (unknown wire values are kept, not rejected)."""

    PC = "PC"
    MOBILE = "Mobile"


class AuthEnvParamsSystemType(WireEnum):
    """Enum of ``AuthEnvParams.systemType`` (unknown wire values are kept, not rejected)."""

    WINDOWS = "Windows"
    MAC_OS = "MacOS"
    ANDROID = "Android"
    I_OS = "iOS"


@_attrs.define(kw_only=True, slots=True)
class AuthenticateByADDto:
    """Wire model ``AuthenticateByADDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        password: ``password``, str, required
        s_am_account_name: ``sAMAccountName``, str, required
    """

    password: str = _attrs.field(repr=_masked, metadata={"wire": "password"})
    s_am_account_name: str = _attrs.field(metadata={"wire": "sAMAccountName"})
