# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (CreateTenantUserOptionsDtoPasswordEncryptType, ..., CreateTreeDataResourceResponseDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum
from genauth_async.models._redact import masked as _masked

if TYPE_CHECKING:
    from ._c18 import (
        CreateTenantUserOptionsDto,
    )
    from ._d1 import (
        DataResourceTreeStructs,
    )
    from ._e5 import (
        ExtendField,
    )

__all__ = [
    "CreateTenantUserOptionsDtoPasswordEncryptType", "CreateTenantUserReqDto",
    "CreateTenantUserReqDtoGender", "CreateTerminalDto", "CreateTerminalDtoType",
    "CreateTreeDataResourceDto", "CreateTreeDataResourceRespDto",
    "CreateTreeDataResourceRespDtoType", "CreateTreeDataResourceResponseDto",
]


class CreateTenantUserOptionsDtoPasswordEncryptType(WireEnum):
    """Enum of ``CreateTenantUserOptionsDto.passwordEncryptType`` (unknown wire values are kept, not rejected)."""

    SM2 = "sm2"
    RSA = "rsa"
    NONE = "none"


@_attrs.define(kw_only=True, slots=True)
class CreateTenantUserReqDto:
    """Wire model ``CreateTenantUserReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        tenant_id: ``tenantId``, str, required
        gender: ``gender``, CreateTenantUserReqDtoGender, required
        email: ``email``, str, optional
        phone: ``phone``, str, optional
        phone_country_code: ``phoneCountryCode``, str, optional
        username: ``username``, str, optional
        name: ``name``, str, optional
        nickname: ``nickname``, str, optional
        photo: ``photo``, str, optional
        birthdate: ``birthdate``, str, optional
        country: ``country``, str, optional
        province: ``province``, str, optional
        city: ``city``, str, optional
        address: ``address``, str, optional
        street_address: ``streetAddress``, str, optional
        postal_code: ``postalCode``, str, optional
        given_name: ``givenName``, str, optional
        family_name: ``familyName``, str, optional
        middle_name: ``middleName``, str, optional
        preferred_username: ``preferredUsername``, str, optional
        password: ``password``, str, optional
        salt: ``salt``, str, optional
        options: ``options``, CreateTenantUserOptionsDto, optional
    """

    tenant_id: str = _attrs.field(metadata={"wire": "tenantId"})
    gender: CreateTenantUserReqDtoGender = _attrs.field(metadata={"wire": "gender"})
    email: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "email"})
    phone: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phone"})
    phone_country_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phoneCountryCode"})
    username: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "username"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})
    nickname: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "nickname"})
    photo: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "photo"})
    birthdate: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "birthdate"})
    country: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "country"})
    province: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "province"})
    city: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "city"})
    address: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "address"})
    street_address: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "streetAddress"})
    postal_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "postalCode"})
    given_name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "givenName"})
    family_name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "familyName"})
    middle_name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "middleName"})
    preferred_username: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "preferredUsername"})
    password: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "password"})
    salt: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "salt"})
    options: CreateTenantUserOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})


class CreateTenantUserReqDtoGender(WireEnum):
    """Enum of ``CreateTenantUserReqDto.gender`` (unknown wire values are kept, not rejected)."""

    M = "M"
    F = "F"
    U = "U"


@_attrs.define(kw_only=True, slots=True)
class CreateTerminalDto:
    """Wire model ``CreateTerminalDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        custom_data: ``customData``, Any, required
        type: ``type``, CreateTerminalDtoType, required
        device_unique_id: ``deviceUniqueId``, str, required
        name: ``name``, str, optional
        version: ``version``, str, optional
        hks: ``hks``, str, optional
        fde: ``fde``, str, optional
        hor: ``hor``, bool, optional
        sn: ``sn``, str, optional
        producer: ``producer``, str, optional
        mod: ``mod``, str, optional
        os: ``os``, str, optional
        imei: ``imei``, str, optional
        meid: ``meid``, str, optional
        description: ``description``, str, optional
        language: ``language``, str, optional
        cookie: ``cookie``, bool, optional
        user_agent: ``userAgent``, str, optional
    """

    custom_data: Any = _attrs.field(metadata={"wire": "customData"})
    type: CreateTerminalDtoType = _attrs.field(metadata={"wire": "type"})
    device_unique_id: str = _attrs.field(metadata={"wire": "deviceUniqueId"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})
    version: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "version"})
    hks: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "hks"})
    fde: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "fde"})
    hor: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "hor"})
    sn: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sn"})
    producer: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "producer"})
    mod: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "mod"})
    os: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "os"})
    imei: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "imei"})
    meid: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "meid"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    language: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "language"})
    cookie: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "cookie"})
    user_agent: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "userAgent"})


class CreateTerminalDtoType(WireEnum):
    """Enum of ``CreateTerminalDto.type`` (unknown wire values are kept, not rejected)."""

    BROWSER = "Browser"
    MOBILE = "Mobile"
    DESKTOP = "Desktop"


@_attrs.define(kw_only=True, slots=True)
class CreateTreeDataResourceDto:
    """Wire model ``CreateTreeDataResourceDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        actions: ``actions``, list[str], required
        struct: ``struct``, list[DataResourceTreeStructs], required
        resource_code: ``resourceCode``, str, required
        resource_name: ``resourceName``, str, required
        namespace_code: ``namespaceCode``, str, required
        description: ``description``, str, optional
        extend_field_list: ``extendFieldList``, list[ExtendField], optional
    """

    actions: List[str] = _attrs.field(metadata={"wire": "actions"})
    struct: List[DataResourceTreeStructs] = _attrs.field(metadata={"wire": "struct"})
    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    resource_name: str = _attrs.field(metadata={"wire": "resourceName"})
    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    extend_field_list: List[ExtendField] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "extendFieldList"})


@_attrs.define(kw_only=True, slots=True)
class CreateTreeDataResourceRespDto(WireBacked):
    """Wire model ``CreateTreeDataResourceRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        resource_name: ``resourceName``, str, required
        resource_code: ``resourceCode``, str, required
        type: ``type``, CreateTreeDataResourceRespDtoType, required
        description: ``description``, str, optional
        struct: ``struct``, list[DataResourceTreeStructs], required
        actions: ``actions``, list[str], required
        extend_field_list: ``extendFieldList``, list[ExtendField], optional
    """

    resource_name: str = _attrs.field(metadata={"wire": "resourceName"})
    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    type: CreateTreeDataResourceRespDtoType = _attrs.field(metadata={"wire": "type"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
    struct: List[DataResourceTreeStructs] = _attrs.field(metadata={"wire": "struct"})
    actions: List[str] = _attrs.field(metadata={"wire": "actions"})
    extend_field_list: List[ExtendField] | None = _attrs.field(default=None, metadata={"wire": "extendFieldList"})


class CreateTreeDataResourceRespDtoType(WireEnum):
    """Enum of ``CreateTreeDataResourceRespDto.type`` (unknown wire values are kept, not rejected)."""

    TREE = "TREE"
    STRING = "STRING"
    ARRAY = "ARRAY"


@_attrs.define(kw_only=True, slots=True)
class CreateTreeDataResourceResponseDto(WireBacked):
    """Wire model ``CreateTreeDataResourceResponseDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, CreateTreeDataResourceRespDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: CreateTreeDataResourceRespDto = _attrs.field(metadata={"wire": "data"})
