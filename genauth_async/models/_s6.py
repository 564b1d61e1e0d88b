# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (SetUserDepartmentDto, ..., SignInByDouyinMiniProgramCodeAndPhonePayloadDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum
from genauth_async.models._redact import masked as _masked

if TYPE_CHECKING:
    from ._s7 import (
        SignInByDouyinMiniProgramCodePayloadDto, SignInByDouyinMiniProgramPhoneInfoPayloadDto,
    )

__all__ = [
    "SetUserDepartmentDto", "SetUserDepartmentsDto", "SetUserDepartmentsOptionsDto",
    "SetUserDepartmentsOptionsDtoUserIdType", "SetUserGroupsDto",
    "SetUserOfPublicAccountBatchReqDto", "SetUserPostsDto", "SetUserRolesDto",
    "SignInByAdPayloadDto", "SignInByAlipayPayloadDto", "SignInByAmazonPayloadDto",
    "SignInByApplePayloadDto", "SignInByBaiduPayloadDto", "SignInByDingTalkPayloadDto",
    "SignInByDouyinMiniProgramCodeAndPhonePayloadDto",
]


@_attrs.define(kw_only=True, slots=True)
class SetUserDepartmentDto:
    """Wire model ``SetUserDepartmentDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        department_id: ``departmentId``, str, required
        is_leader: ``isLeader``, bool, optional
        is_main_department: ``isMainDepartment``, bool, optional
    """

    department_id: str = _attrs.field(metadata={"wire": "departmentId"})
    is_leader: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "isLeader"})
    is_main_department: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "isMainDepartment"})


@_attrs.define(kw_only=True, slots=True)
class SetUserDepartmentsDto:
    """Wire model ``SetUserDepartmentsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        departments: ``departments``, list[SetUserDepartmentDto], required
        options: ``options``, SetUserDepartmentsOptionsDto, optional
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    departments: List[SetUserDepartmentDto] = _attrs.field(metadata={"wire": "departments"})
    options: SetUserDepartmentsOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})


@_attrs.define(kw_only=True, slots=True)
class SetUserDepartmentsOptionsDto:
    """Wire model ``SetUserDepartmentsOptionsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_id_type: ``userIdType``, SetUserDepartmentsOptionsDtoUserIdType, optional
    """

    user_id_type: SetUserDepartmentsOptionsDtoUserIdType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "userIdType"})


class SetUserDepartmentsOptionsDtoUserIdType(WireEnum):
    """Enum of ``SetUserDepartmentsOptionsDto.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


@_attrs.define(kw_only=True, slots=True)
class SetUserGroupsDto:
    """Wire model ``SetUserGroupsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        group_ids: ``groupIds``, list[str], required
        user_id: ``userId``, str, required
    """

    group_ids: List[str] = _attrs.field(metadata={"wire": "groupIds"})
    user_id: str = _attrs.field(metadata={"wire": "userId"})


@_attrs.define(kw_only=True, slots=True)
class SetUserOfPublicAccountBatchReqDto:
    """Wire model ``SetUserOfPublicAccountBatchReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        public_account_ids: ``publicAccountIds``, list[str], required
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    public_account_ids: List[str] = _attrs.field(metadata={"wire": "publicAccountIds"})


@_attrs.define(kw_only=True, slots=True)
class SetUserPostsDto:
    """Wire model ``SetUserPostsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        post_ids: ``postIds``, list[str], required
        user_id: ``userId``, str, required
    """

    post_ids: List[str] = _attrs.field(metadata={"wire": "postIds"})
    user_id: str = _attrs.field(metadata={"wire": "userId"})


@_attrs.define(kw_only=True, slots=True)
class SetUserRolesDto:
    """Wire model ``SetUserRolesDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        role_ids: ``roleIds``, list[str], required
        user_id: ``userId``, str, required
    """

    role_ids: List[str] = _attrs.field(metadata={"wire": "roleIds"})
    user_id: str = _attrs.field(metadata={"wire": "userId"})


@_attrs.define(kw_only=True, slots=True)
class SignInByAdPayloadDto:
    """Wire model ``SignInByAdPayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        password: ``password``, str, required
        s_am_account_name: ``sAMAccountName``, str, required
    """

    password: str = _attrs.field(repr=_masked, metadata={"wire": "password"})
    s_am_account_name: str = _attrs.field(metadata={"wire": "sAMAccountName"})


@_attrs.define(kw_only=True, slots=True)
class SignInByAlipayPayloadDto:
    """Wire model ``SignInByAlipayPayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, optional
    """

    code: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class SignInByAmazonPayloadDto:
    """Wire model ``SignInByAmazonPayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        access_token: ``access_token``, str, required
    """

    access_token: str = _attrs.field(repr=_masked, metadata={"wire": "access_token"})


@_attrs.define(kw_only=True, slots=True)
class SignInByApplePayloadDto:
    """Wire model ``SignInByApplePayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, optional
    """

    code: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class SignInByBaiduPayloadDto:
    """Wire model ``SignInByBaiduPayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, optional
        access_token: ``access_token``, str, optional
    """

    code: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "code"})
    access_token: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "access_token"})


@_attrs.define(kw_only=True, slots=True)
class SignInByDingTalkPayloadDto:
    """Wire model ``SignInByDingTalkPayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        is_sns_code: ``isSnsCode``, bool, optional
    """

    code: str = _attrs.field(repr=_masked, metadata={"wire": "code"})
    is_sns_code: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "isSnsCode"})


@_attrs.define(kw_only=True, slots=True)
class SignInByDouyinMiniProgramCodeAndPhonePayloadDto:
    """Wire model ``SignInByDouyinMiniProgramCodeAndPhonePayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        login_params: ``loginParams``, SignInByDouyinMiniProgramCodePayloadDto, required
        phone_params: ``phoneParams``, SignInByDouyinMiniProgramPhoneInfoPayloadDto, required
    """

    login_params: SignInByDouyinMiniProgramCodePayloadDto = _attrs.field(metadata={"wire": "loginParams"})
    phone_params: SignInByDouyinMiniProgramPhoneInfoPayloadDto = _attrs.field(metadata={"wire": "phoneParams"})
