# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (SendSMSDto, ..., SetCustomDataReqDtoTargetType)."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum

__all__ = [
    "SendSMSDto", "SendSMSRespDto", "SendSmsBatchDataDto", "SendSmsBatchRespDto",
    "SendSmsDtoChannel", "SendTenantEmailDto", "SendTenantSmsDto", "SetCustomDataDto",
    "SetCustomDataReqDto", "SetCustomDataReqDtoTargetType",
]


@_attrs.define(kw_only=True, slots=True)
class SendSMSDto:
    """Wire model ``SendSMSDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        channel: ``channel``, SendSmsDtoChannel, required
        phone_number: ``phoneNumber``, str, required
        phone_country_code: ``phoneCountryCode``, str, optional
    """

    channel: SendSmsDtoChannel = _attrs.field(metadata={"wire": "channel"})
    phone_number: str = _attrs.field(metadata={"wire": "phoneNumber"})
    phone_country_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phoneCountryCode"})


@_attrs.define(kw_only=True, slots=True)
class SendSMSRespDto:
    """Wire model ``SendSMSRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})


@_attrs.define(kw_only=True, slots=True)
class SendSmsBatchDataDto:
    """Wire model ``SendSmsBatchDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        success: ``success``, bool, required
    """

    success: bool = _attrs.field(metadata={"wire": "success"})


@_attrs.define(kw_only=True, slots=True)
class SendSmsBatchRespDto(WireBacked):
    """Wire model ``SendSmsBatchRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, SendSmsBatchDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: SendSmsBatchDataDto = _attrs.field(metadata={"wire": "data"})


class SendSmsDtoChannel(WireEnum):
    """Enum of ``SendSMSDto.channel`` (unknown wire values are kept, not rejected)."""

    CHANNEL_LOGIN = "CHANNEL_LOGIN"
    CHANNEL_REGISTER = "CHANNEL_REGISTER"
    CHANNEL_RESET_PASSWORD = "CHANNEL_RESET_PASSWORD"
    CHANNEL_BIND_PHONE = "CHANNEL_BIND_PHONE"
    CHANNEL_UNBIND_PHONE = "CHANNEL_UNBIND_PHONE"
    CHANNEL_BIND_MFA = "CHANNEL_BIND_MFA"
    CHANNEL_VERIFY_MFA = "CHANNEL_VERIFY_MFA"
    CHANNEL_UNBIND_MFA = "CHANNEL_UNBIND_MFA"
    CHANNEL_COMPLETE_PHONE = "CHANNEL_COMPLETE_PHONE"
    CHANNEL_IDENTITY_VERIFICATION = "CHANNEL_IDENTITY_VERIFICATION"
    CHANNEL_DELETE_ACCOUNT = "CHANNEL_DELETE_ACCOUNT"


@_attrs.define(kw_only=True, slots=True)
class SendTenantEmailDto:
    """Wire model ``SendTenantEmailDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        admin_name: ``adminName``, str, required
        user_name: ``userName``, str, required
        email: ``email``, str, required
        identifier: ``identifier``, str, required
        tenant_id: ``tenantId``, str, required
        tenant_name: ``tenantName``, str, required
    """

    admin_name: str = _attrs.field(metadata={"wire": "adminName"})
    user_name: str = _attrs.field(metadata={"wire": "userName"})
    email: str = _attrs.field(metadata={"wire": "email"})
    identifier: str = _attrs.field(metadata={"wire": "identifier"})
    tenant_id: str = _attrs.field(metadata={"wire": "tenantId"})
    tenant_name: str = _attrs.field(metadata={"wire": "tenantName"})


@_attrs.define(kw_only=True, slots=True)
class SendTenantSmsDto:
    """Wire model ``SendTenantSmsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        admin_name: ``adminName``, str, required
        user_name: ``userName``, str, required
        identifier: ``identifier``, str, required
        phone: ``phone``, str, required
        phone_country_code: ``phoneCountryCode``, str, required
        tenant_id: ``tenantId``, str, required
        tenant_name: ``tenantName``, str, required
    """

    admin_name: str = _attrs.field(metadata={"wire": "adminName"})
    user_name: str = _attrs.field(metadata={"wire": "userName"})
    identifier: str = _attrs.field(metadata={"wire": "identifier"})
    phone: str = _attrs.field(metadata={"wire": "phone"})
    phone_country_code: str = _attrs.field(metadata={"wire": "phoneCountryCode"})
    tenant_id: str = _attrs.field(metadata={"wire": "tenantId"})
    tenant_name: str = _attrs.field(metadata={"wire": "tenantName"})


@_attrs.define(kw_only=True, slots=True)
class SetCustomDataDto:
    """Wire model ``SetCustomDataDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        tenant_id: ``tenantId``, str, optional
        key: ``key``, str, required
        value: ``value``, str, required
    """

    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})
    key: str = _attrs.field(metadata={"wire": "key"})
    value: str = _attrs.field(metadata={"wire": "value"})


@_attrs.define(kw_only=True, slots=True)
class SetCustomDataReqDto:
    """Wire model ``SetCustomDataReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        list: ``list``, list[SetCustomDataDto], required
        target_identifier: ``targetIdentifier``, str, required
        target_type: ``targetType``, SetCustomDataReqDtoTargetType, required
        tenant_id: ``tenantId``, str, optional
        namespace: ``namespace``, str, optional
    """

    list: List[SetCustomDataDto] = _attrs.field(metadata={"wire": "list"})
    target_identifier: str = _attrs.field(metadata={"wire": "targetIdentifier"})
    target_type: SetCustomDataReqDtoTargetType = _attrs.field(metadata={"wire": "targetType"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})
    namespace: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "namespace"})


class SetCustomDataReqDtoTargetType(WireEnum):
    """Enum of ``SetCustomDataReqDto.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    DEPARTMENT = "DEPARTMENT"
