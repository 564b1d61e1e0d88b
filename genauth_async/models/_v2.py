# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (VerifyDeleteAccountRequestDtoVerifyMethod, ..., VerifyUpdatePhoneRequestData)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum
from genauth_async.models._redact import masked as _masked

if TYPE_CHECKING:
    from ._r1 import (
        RegistrationCredentialDto,
    )
    from ._r3 import (
        ResetPasswordByEmailPassCodeDto, ResetPasswordByPhonePassCodeDto,
    )
    from ._u4 import (
        UpdateEmailByEmailPassCodeDto,
    )
    from ._v1 import (
        VerifyDeleteAccountRequestDataDto,
    )

__all__ = [
    "VerifyDeleteAccountRequestDtoVerifyMethod", "VerifyDeleteAccountRequestRespDto",
    "VerifyInviteCodeDto", "VerifyInviteCodeDtoReceiverType", "VerifyRegistrationDto",
    "VerifyRegistrationDtoAuthenticatorCode", "VerifyRegistrationResultDto",
    "VerifyRegistrationResultRespDto", "VerifyResetPasswordRequestDto",
    "VerifyResetPasswordRequestDtoVerifyMethod", "VerifyUpdateEmailRequestData",
    "VerifyUpdateEmailRequestDto", "VerifyUpdateEmailRequestDtoVerifyMethod",
    "VerifyUpdateEmailRequestRespDto", "VerifyUpdatePhoneRequestData",
]


class VerifyDeleteAccountRequestDtoVerifyMethod(WireEnum):
    """Enum of ``VerifyDeleteAccountRequestDto.verifyMethod`` (unknown wire values are kept, not rejected)."""

    PHONE_PASSCODE = "PHONE_PASSCODE"
    EMAIL_PASSCODE = "EMAIL_PASSCODE"
    PASSWORD = "PASSWORD"


@_attrs.define(kw_only=True, slots=True)
class VerifyDeleteAccountRequestRespDto(WireBacked):
    """Wire model ``VerifyDeleteAccountRequestRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, VerifyDeleteAccountRequestDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: VerifyDeleteAccountRequestDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class VerifyInviteCodeDto:
    """Wire model ``VerifyInviteCodeDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        receiver_type: ``receiverType``, VerifyInviteCodeDtoReceiverType, required
        code: ``code``, str, required
        token: ``token``, str, required
    """

    receiver_type: VerifyInviteCodeDtoReceiverType = _attrs.field(metadata={"wire": "receiverType"})
    code: str = _attrs.field(repr=_masked, metadata={"wire": "code"})
    token: str = _attrs.field(repr=_masked, metadata={"wire": "token"})


class VerifyInviteCodeDtoReceiverType(WireEnum):
    """Enum of ``VerifyInviteCodeDto.receiverType`` (unknown wire values are kept, not rejected)."""

    SMS_CODE = "smsCode"
    EMAIL_CODE = "emailCode"


@_attrs.define(kw_only=True, slots=True)
class VerifyRegistrationDto:
    """Wire model ``VerifyRegistrationDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        ticket: ``ticket``, str, required
        registration_credential: ``registrationCredential``, RegistrationCredentialDto, required
        authenticator_code: ``authenticatorCode``, VerifyRegistrationDtoAuthenticatorCode, optional
    """

    ticket: str = _attrs.field(repr=_masked, metadata={"wire": "ticket"})
    registration_credential: RegistrationCredentialDto = _attrs.field(metadata={"wire": "registrationCredential"})
    authenticator_code: VerifyRegistrationDtoAuthenticatorCode | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "authenticatorCode"})


class VerifyRegistrationDtoAuthenticatorCode(WireEnum):
    """Enum of ``VerifyRegistrationDto.authenticatorCode`` (unknown wire values are kept, not rejected)."""

    FINGERPRINT = "fingerprint"
    FACE = "face"
    OTHER = "other"


@_attrs.define(kw_only=True, slots=True)
class VerifyRegistrationResultDto:
    """Wire model ``VerifyRegistrationResultDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        verified: ``verified``, bool, required
    """

    verified: bool = _attrs.field(metadata={"wire": "verified"})


@_attrs.define(kw_only=True, slots=True)
class VerifyRegistrationResultRespDto(WireBacked):
    """Wire model ``VerifyRegistrationResultRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, VerifyRegistrationResultDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: VerifyRegistrationResultDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class VerifyResetPasswordRequestDto:
    """Wire model ``VerifyResetPasswordRequestDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        verify_method: ``verifyMethod``, VerifyResetPasswordRequestDtoVerifyMethod, required
        phone_pass_code_payload: ``phonePassCodePayload``, ResetPasswordByPhonePassCodeDto, optional
        email_pass_code_payload: ``emailPassCodePayload``, ResetPasswordByEmailPassCodeDto, optional
    """

    verify_method: VerifyResetPasswordRequestDtoVerifyMethod = _attrs.field(metadata={"wire": "verifyMethod"})
    phone_pass_code_payload: ResetPasswordByPhonePassCodeDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phonePassCodePayload"})
    email_pass_code_payload: ResetPasswordByEmailPassCodeDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "emailPassCodePayload"})


class VerifyResetPasswordRequestDtoVerifyMethod(WireEnum):
    """Enum of ``VerifyResetPasswordRequestDto.verifyMethod`` (unknown wire values are kept, not rejected)."""

    EMAIL_PASSCODE = "EMAIL_PASSCODE"
    PHONE_PASSCODE = "PHONE_PASSCODE"


@_attrs.define(kw_only=True, slots=True)
class VerifyUpdateEmailRequestData:
    """Wire model ``VerifyUpdateEmailRequestData`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        update_email_token: ``updateEmailToken``, str, required
        token_expires_in: ``tokenExpiresIn``, int, required
    """

    update_email_token: str = _attrs.field(repr=_masked, metadata={"wire": "updateEmailToken"})
    token_expires_in: int = _attrs.field(metadata={"wire": "tokenExpiresIn"})


@_attrs.define(kw_only=True, slots=True)
class VerifyUpdateEmailRequestDto:
    """Wire model ``VerifyUpdateEmailRequestDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        email_pass_code_payload: ``emailPassCodePayload``, UpdateEmailByEmailPassCodeDto, required
        verify_method: ``verifyMethod``, VerifyUpdateEmailRequestDtoVerifyMethod, required
    """

    email_pass_code_payload: UpdateEmailByEmailPassCodeDto = _attrs.field(metadata={"wire": "emailPassCodePayload"})
    verify_method: VerifyUpdateEmailRequestDtoVerifyMethod = _attrs.field(metadata={"wire": "verifyMethod"})


class VerifyUpdateEmailRequestDtoVerifyMethod(WireEnum):
    """Enum of ``VerifyUpdateEmailRequestDto.verifyMethod`` (unknown wire values are kept, not rejected)."""

    EMAIL_PASSCODE = "EMAIL_PASSCODE"


@_attrs.define(kw_only=True, slots=True)
class VerifyUpdateEmailRequestRespDto(WireBacked):
    """Wire model ``VerifyUpdateEmailRequestRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, VerifyUpdateEmailRequestData, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: VerifyUpdateEmailRequestData = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class VerifyUpdatePhoneRequestData:
    """Wire model ``VerifyUpdatePhoneRequestData`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        update_phone_token: ``updatePhoneToken``, str, required
        token_expires_in: ``tokenExpiresIn``, int, required
    """

    update_phone_token: str = _attrs.field(repr=_masked, metadata={"wire": "updatePhoneToken"})
    token_expires_in: int = _attrs.field(metadata={"wire": "tokenExpiresIn"})
