# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (FactorDto, ..., FunctionFieldListResDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum
from genauth_async.models._redact import masked as _masked

if TYPE_CHECKING:
    from ._a11 import (
        AuthenticationCredentialDto,
    )
    from ._c6 import (
        Condition,
    )
    from ._e3 import (
        Expand,
    )
    from ._f2 import (
        FunctionModelFieldDto,
    )
    from ._s1 import (
        ScopeDto,
    )
    from ._s8 import (
        SignInByWebAuthnOptionsDto,
    )

__all__ = [
    "FactorDto", "FactorDtoFactorType", "FactorProfile", "FactorToEnrollDto",
    "FactorToEnrollDtoFactorType", "FastpassQRCodeRelationAppDto", "FastpassUserInfoDto",
    "FilterDto", "FinalizeWebAuthnLoginDto", "FindIpListParamsIpType",
    "FindRiskListPolicyParamsOptObject", "FindUserListParamsUserListType", "FinishLoginParams",
    "FunctionFieldListResDto",
]


@_attrs.define(kw_only=True, slots=True)
class FactorDto:
    """Wire model ``FactorDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        factor_id: ``factorId``, str, required
        factor_type: ``factorType``, FactorDtoFactorType, required
        profile: ``profile``, Any, required
    """

    factor_id: str = _attrs.field(metadata={"wire": "factorId"})
    factor_type: FactorDtoFactorType = _attrs.field(metadata={"wire": "factorType"})
    profile: Any = _attrs.field(metadata={"wire": "profile"})


class FactorDtoFactorType(WireEnum):
    """Enum of ``FactorDto.factorType`` (unknown wire values are kept, not rejected)."""

    OTP = "OTP"
    SMS = "SMS"
    EMAIL = "EMAIL"
    FACE = "FACE"


@_attrs.define(kw_only=True, slots=True)
class FactorProfile:
    """Wire model ``FactorProfile`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        phone_number: ``phoneNumber``, str, optional
        phone_country_code: ``phoneCountryCode``, str, optional
        email: ``email``, str, optional
    """

    phone_number: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phoneNumber"})
    phone_country_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phoneCountryCode"})
    email: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "email"})


@_attrs.define(kw_only=True, slots=True)
class FactorToEnrollDto:
    """Wire model ``FactorToEnrollDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        factor_type: ``factorType``, FactorToEnrollDtoFactorType, required
    """

    factor_type: FactorToEnrollDtoFactorType = _attrs.field(metadata={"wire": "factorType"})


class FactorToEnrollDtoFactorType(WireEnum):
    """Enum of ``FactorToEnrollDto.factorType`` (unknown wire values are kept, not rejected)."""

    OTP = "OTP"
    SMS = "SMS"
    EMAIL = "EMAIL"
    FACE = "FACE"


@_attrs.define(kw_only=True, slots=True)
class FastpassQRCodeRelationAppDto:
    """Wire model ``FastpassQRCodeRelationAppDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        name: ``name``, str, required
        logo: ``logo``, str, optional
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    name: str = _attrs.field(metadata={"wire": "name"})
    logo: str | None = _attrs.field(default=None, metadata={"wire": "logo"})


@_attrs.define(kw_only=True, slots=True)
class FastpassUserInfoDto:
    """Wire model ``FastpassUserInfoDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        display_name: ``displayName``, str, required
        photo: ``photo``, str, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    display_name: str = _attrs.field(metadata={"wire": "displayName"})
    photo: str = _attrs.field(metadata={"wire": "photo"})


@_attrs.define(kw_only=True, slots=True)
class FilterDto:
    """Wire model ``FilterDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        model_id: ``modelId``, str, required
        keywords: ``keywords``, str, optional
        conjunction: ``conjunction``, str, optional
        conditions: ``conditions``, list[Condition], optional
        sort: ``sort``, list[Any], optional
        page: ``page``, int, optional
        limit: ``limit``, int, optional
        fetch_all: ``fetchAll``, bool, optional
        with_path: ``withPath``, bool, optional
        show_field_id: ``showFieldId``, bool, optional
        preview_relation: ``previewRelation``, bool, optional
        get_relation_field_detail: ``getRelationFieldDetail``, bool, optional
        scope: ``scope``, ScopeDto, optional
        filter_relation: ``filterRelation``, ScopeDto, optional
        expand: ``expand``, list[Expand], optional
        get_nest_data: ``getNestData``, bool, optional
    """

    model_id: str = _attrs.field(metadata={"wire": "modelId"})
    keywords: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "keywords"})
    conjunction: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "conjunction"})
    conditions: List[Condition] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "conditions"})
    sort: List[Any] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sort"})
    page: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "page"})
    limit: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "limit"})
    fetch_all: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "fetchAll"})
    with_path: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withPath"})
    show_field_id: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "showFieldId"})
    preview_relation: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "previewRelation"})
    get_relation_field_detail: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "getRelationFieldDetail"})
    scope: ScopeDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "scope"})
    filter_relation: ScopeDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "filterRelation"})
    expand: List[Expand] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "expand"})
    get_nest_data: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "getNestData"})


@_attrs.define(kw_only=True, slots=True)
class FinalizeWebAuthnLoginDto:
    """Wire model ``FinalizeWebAuthnLoginDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        ticket: ``ticket``, str, required
        credential: ``credential``, AuthenticationCredentialDto, required
        options: ``options``, SignInByWebAuthnOptionsDto, optional
    """

    ticket: str = _attrs.field(repr=_masked, metadata={"wire": "ticket"})
    credential: AuthenticationCredentialDto = _attrs.field(metadata={"wire": "credential"})
    options: SignInByWebAuthnOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})


class FindIpListParamsIpType(WireEnum):
    """Enum of ``FindIpListParams.ipType`` (unknown wire values are kept, not rejected)."""

    BLACK = "BLACK"
    WHITE = "WHITE"


class FindRiskListPolicyParamsOptObject(WireEnum):
    """Enum of ``FindRiskListPolicyParams.optObject`` (unknown wire values are kept, not rejected)."""

    IP = "IP"
    USER = "USER"


class FindUserListParamsUserListType(WireEnum):
    """Enum of ``FindUserListParams.userListType`` (unknown wire values are kept, not rejected)."""

    BLACK = "BLACK"
    WHITE = "WHITE"


@_attrs.define(kw_only=True, slots=True)
class FinishLoginParams:
    """Wire model ``FinishLoginParams`` (response side; optional fields default to None)."""


@_attrs.define(kw_only=True, slots=True)
class FunctionFieldListResDto(WireBacked):
    """Wire model ``FunctionFieldListResDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[FunctionModelFieldDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[FunctionModelFieldDto] = _attrs.field(metadata={"wire": "data"})
