# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (InvitationUserPaginationRespDto, ..., InviteeContextDtoSendVerifyCodeMethod)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum

if TYPE_CHECKING:
    from ._e5 import (
        ExtendsFieldDto,
    )
    from ._e6 import (
        errorEmailMsg,
    )
    from ._i4 import (
        InvitationUserPaginationDto,
    )

__all__ = [
    "InvitationUserPaginationRespDto", "InviteTenantUserRecord", "InviteTenantUserRecordListDto",
    "InviteTenantUserRecordListRespDto", "InviteTenantUsersDto", "InviteTenantUsersRespDto",
    "InviteeContextDto", "InviteeContextDtoSendVerifyCodeMethod",
]


@_attrs.define(kw_only=True, slots=True)
class InvitationUserPaginationRespDto(WireBacked):
    """Wire model ``InvitationUserPaginationRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, InvitationUserPaginationDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: InvitationUserPaginationDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class InviteTenantUserRecord:
    """Wire model ``InviteTenantUserRecord`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        record_id: ``recordId``, int, required
        invite_account: ``inviteAccount``, str, required
        verified_status: ``verifiedStatus``, str, required
        invite_link: ``inviteLink``, str, required
        created_at: ``createdAt``, str, required
        activated_at: ``activatedAt``, str, required
    """

    record_id: int = _attrs.field(metadata={"wire": "recordId"})
    invite_account: str = _attrs.field(metadata={"wire": "inviteAccount"})
    verified_status: str = _attrs.field(metadata={"wire": "verifiedStatus"})
    invite_link: str = _attrs.field(metadata={"wire": "inviteLink"})
    created_at: str = _attrs.field(metadata={"wire": "createdAt"})
    activated_at: str = _attrs.field(metadata={"wire": "activatedAt"})


@_attrs.define(kw_only=True, slots=True)
class InviteTenantUserRecordListDto(WireBacked):
    """Wire model ``InviteTenantUserRecordListDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[InviteTenantUserRecord], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[InviteTenantUserRecord] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class InviteTenantUserRecordListRespDto(WireBacked):
    """Wire model ``InviteTenantUserRecordListRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, InviteTenantUserRecordListDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: InviteTenantUserRecordListDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class InviteTenantUsersDto(WireBacked):
    """Wire model ``InviteTenantUsersDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        err_msgs: ``errMsgs``, list[errorEmailMsg], required
        list: ``list``, list[InviteTenantUserRecord], required
    """

    err_msgs: List[errorEmailMsg] = _attrs.field(metadata={"wire": "errMsgs"})
    list: List[InviteTenantUserRecord] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class InviteTenantUsersRespDto(WireBacked):
    """Wire model ``InviteTenantUsersRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, InviteTenantUsersDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: InviteTenantUsersDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class InviteeContextDto(WireBacked):
    """Wire model ``InviteeContextDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        enabled_identifier_verify: ``enabledIdentifierVerify``, bool, required
        send_verify_code_method: ``sendVerifyCodeMethod``, InviteeContextDtoSendVerifyCodeMethod, required
        enabled_info_fill: ``enabledInfoFill``, bool, required
        register_info_fill_msg: ``registerInfoFillMsg``, str, optional
        extends_fields: ``extendsFields``, list[ExtendsFieldDto], required
        extends_fields_i18n: ``extendsFieldsI18n``, Any, required
        extends_fields_options: ``extendsFieldsOptions``, list[Any], required
        email: ``email``, str, required
        phone: ``phone``, str, optional
        phone_country_code: ``phoneCountryCode``, str, optional
        invitee_name: ``inviteeName``, str, optional
        verify_code_max_err_count: ``verifyCodeMaxErrCount``, int, required
    """

    enabled_identifier_verify: bool = _attrs.field(metadata={"wire": "enabledIdentifierVerify"})
    send_verify_code_method: InviteeContextDtoSendVerifyCodeMethod = _attrs.field(metadata={"wire": "sendVerifyCodeMethod"})
    enabled_info_fill: bool = _attrs.field(metadata={"wire": "enabledInfoFill"})
    register_info_fill_msg: str | None = _attrs.field(default=None, metadata={"wire": "registerInfoFillMsg"})
    extends_fields: List[ExtendsFieldDto] = _attrs.field(metadata={"wire": "extendsFields"})
    extends_fields_i18n: Any = _attrs.field(metadata={"wire": "extendsFieldsI18n"})
    extends_fields_options: List[Any] = _attrs.field(metadata={"wire": "extendsFieldsOptions"})
    email: str = _attrs.field(metadata={"wire": "email"})
    phone: str | None = _attrs.field(default=None, metadata={"wire": "phone"})
    phone_country_code: str | None = _attrs.field(default=None, metadata={"wire": "phoneCountryCode"})
    invitee_name: str | None = _attrs.field(default=None, metadata={"wire": "inviteeName"})
    verify_code_max_err_count: int = _attrs.field(metadata={"wire": "verifyCodeMaxErrCount"})


class InviteeContextDtoSendVerifyCodeMethod(WireEnum):
    """Enum of ``InviteeContextDto.sendVerifyCodeMethod`` (unknown wire values are kept, not rejected)."""

    PRIORITY_SMS = "prioritySMS"
    PRIORITY_EMAIL = "priorityEmail"
