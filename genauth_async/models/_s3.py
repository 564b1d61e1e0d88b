# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (SendEmailRespDto, ..., SendRosterInvitationDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum
from genauth_async.models._redact import masked as _masked

if TYPE_CHECKING:
    from ._f1 import (
        FactorProfile,
    )
    from ._s4 import (
        SendTenantEmailDto, SendTenantSmsDto,
    )

__all__ = [
    "SendEmailRespDto", "SendEnrollFactorRequestDataDto", "SendEnrollFactorRequestDto",
    "SendEnrollFactorRequestDtoFactorType", "SendEnrollFactorRequestOtpDataDto",
    "SendEnrollFactorRequestRespDto", "SendGridEmailProviderConfig",
    "SendGridEmailProviderConfigInput", "SendInviteTenantUserEmailDto", "SendManyTenantEmailDto",
    "SendManyTenantSmsDto", "SendResetPasswordNotificationDto", "SendRosterInvitationBatchDto",
    "SendRosterInvitationDto",
]


@_attrs.define(kw_only=True, slots=True)
class SendEmailRespDto:
    """Wire model ``SendEmailRespDto`` (response side; optional fields default to None).

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
class SendEnrollFactorRequestDataDto(WireBacked):
    """Wire model ``SendEnrollFactorRequestDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        enrollment_token: ``enrollmentToken``, str, required
        otp_data: ``otpData``, SendEnrollFactorRequestOtpDataDto, optional
    """

    enrollment_token: str = _attrs.field(repr=_masked, metadata={"wire": "enrollmentToken"})
    otp_data: SendEnrollFactorRequestOtpDataDto | None = _attrs.field(default=None, metadata={"wire": "otpData"})


@_attrs.define(kw_only=True, slots=True)
class SendEnrollFactorRequestDto:
    """Wire model ``SendEnrollFactorRequestDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        profile: ``profile``, FactorProfile, required
        factor_type: ``factorType``, SendEnrollFactorRequestDtoFactorType, required
    """

    profile: FactorProfile = _attrs.field(metadata={"wire": "profile"})
    factor_type: SendEnrollFactorRequestDtoFactorType = _attrs.field(metadata={"wire": "factorType"})


class SendEnrollFactorRequestDtoFactorType(WireEnum):
    """Enum of ``SendEnrollFactorRequestDto.factorType`` (unknown wire values are kept, not rejected)."""

    OTP = "OTP"
    SMS = "SMS"
    EMAIL = "EMAIL"
    FACE = "FACE"


@_attrs.define(kw_only=True, slots=True)
class SendEnrollFactorRequestOtpDataDto:
    """Wire model ``SendEnrollFactorRequestOtpDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        qr_code_uri: ``qrCodeUri``, str, required
        qr_code_data_url: ``qrCodeDataUrl``, str, required
        recovery_code: ``recoveryCode``, str, required
    """

    qr_code_uri: str = _attrs.field(metadata={"wire": "qrCodeUri"})
    qr_code_data_url: str = _attrs.field(metadata={"wire": "qrCodeDataUrl"})
    recovery_code: str = _attrs.field(repr=_masked, metadata={"wire": "recoveryCode"})


@_attrs.define(kw_only=True, slots=True)
class SendEnrollFactorRequestRespDto(WireBacked):
    """Wire model ``SendEnrollFactorRequestRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, SendEnrollFactorRequestDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: SendEnrollFactorRequestDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class SendGridEmailProviderConfig:
    """Wire model ``SendGridEmailProviderConfig`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        sender: ``sender``, str, required
        apikey: ``apikey``, str, required
    """

    sender: str = _attrs.field(metadata={"wire": "sender"})
    apikey: str = _attrs.field(repr=_masked, metadata={"wire": "apikey"})


@_attrs.define(kw_only=True, slots=True)
class SendGridEmailProviderConfigInput:
    """Wire model ``SendGridEmailProviderConfigInput`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        sender: ``sender``, str, required
        apikey: ``apikey``, str, required
    """

    sender: str = _attrs.field(metadata={"wire": "sender"})
    apikey: str = _attrs.field(repr=_masked, metadata={"wire": "apikey"})


@_attrs.define(kw_only=True, slots=True)
class SendInviteTenantUserEmailDto:
    """Wire model ``SendInviteTenantUserEmailDto`` (request side; optional fields default to UNSET)."""


@_attrs.define(kw_only=True, slots=True)
class SendManyTenantEmailDto:
    """Wire model ``SendManyTenantEmailDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        admin_name: ``adminName``, str, required
        import_id: ``importId``, int, required
        users: ``users``, list[SendTenantEmailDto], required
    """

    admin_name: str = _attrs.field(metadata={"wire": "adminName"})
    import_id: int = _attrs.field(metadata={"wire": "importId"})
    users: List[SendTenantEmailDto] = _attrs.field(metadata={"wire": "users"})


@_attrs.define(kw_only=True, slots=True)
class SendManyTenantSmsDto:
    """Wire model ``SendManyTenantSmsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        admin_name: ``adminName``, str, required
        import_id: ``importId``, int, required
        users: ``users``, list[SendTenantSmsDto], required
    """

    admin_name: str = _attrs.field(metadata={"wire": "adminName"})
    import_id: int = _attrs.field(metadata={"wire": "importId"})
    users: List[SendTenantSmsDto] = _attrs.field(metadata={"wire": "users"})


@_attrs.define(kw_only=True, slots=True)
class SendResetPasswordNotificationDto:
    """Wire model ``SendResetPasswordNotificationDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        send_default_email_notification: ``sendDefaultEmailNotification``, bool, optional
        send_default_phone_notification: ``sendDefaultPhoneNotification``, bool, optional
        input_send_email_notification: ``inputSendEmailNotification``, str, optional
        input_send_phone_notification: ``inputSendPhoneNotification``, str, optional
        app_id: ``appId``, str, optional
    """

    send_default_email_notification: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sendDefaultEmailNotification"})
    send_default_phone_notification: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sendDefaultPhoneNotification"})
    input_send_email_notification: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "inputSendEmailNotification"})
    input_send_phone_notification: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "inputSendPhoneNotification"})
    app_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "appId"})


@_attrs.define(kw_only=True, slots=True)
class SendRosterInvitationBatchDto:
    """Wire model ``SendRosterInvitationBatchDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        invitee_ids: ``inviteeIds``, list[str], required
        roster_id: ``rosterId``, str, required
    """

    invitee_ids: List[str] = _attrs.field(metadata={"wire": "inviteeIds"})
    roster_id: str = _attrs.field(metadata={"wire": "rosterId"})


@_attrs.define(kw_only=True, slots=True)
class SendRosterInvitationDto:
    """Wire model ``SendRosterInvitationDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        roster_id: ``rosterId``, str, required
    """

    roster_id: str = _attrs.field(metadata={"wire": "rosterId"})
