# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (ValidatePEMKeyDto, ..., VerifyDeleteAccountRequestDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum
from genauth_async.models._redact import masked as _masked

if TYPE_CHECKING:
    from ._a11 import (
        AuthenticationCredentialDto,
    )
    from ._d2 import (
        DeleteAccountByEmailPassCodeDto, DeleteAccountByPasswordDto,
    )
    from ._d3 import (
        DeleteAccountByPhonePassCodeDto,
    )
    from ._l16 import (
        LoginTokenResponseDataDto,
    )
    from ._s8 import (
        SignInByWebAuthnOptionsDto,
    )
    from ._v2 import (
        VerifyDeleteAccountRequestDtoVerifyMethod,
    )

__all__ = [
    "ValidatePEMKeyDto", "ValidatePasswordDto", "ValidatePasswordDtoPasswordEncryptType",
    "ValidatePasswordRespDto", "ValidatePasswordResultDto", "VerifyAuthenticationDto",
    "VerifyAuthenticationResultDto", "VerifyAuthenticationResultRespDto", "VerifyConfigAppDto",
    "VerifyConfigDataDto", "VerifyConfigInfoRespDto", "VerifyDeleteAccountRequestDataDto",
    "VerifyDeleteAccountRequestDto",
]


@_attrs.define(kw_only=True, slots=True)
class ValidatePEMKeyDto:
    """Wire model ``ValidatePEMKeyDto`` (response side; optional fields default to None)."""


@_attrs.define(kw_only=True, slots=True)
class ValidatePasswordDto:
    """Wire model ``ValidatePasswordDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        phone: ``phone``, str, optional
        email: ``email``, str, optional
        username: ``username``, str, optional
        phone_country_code: ``phoneCountryCode``, str, optional
        password: ``password``, str, optional
        password_encrypt_type: ``passwordEncryptType``, ValidatePasswordDtoPasswordEncryptType, optional
    """

    phone: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phone"})
    email: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "email"})
    username: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "username"})
    phone_country_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phoneCountryCode"})
    password: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "password"})
    password_encrypt_type: ValidatePasswordDtoPasswordEncryptType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "passwordEncryptType"})


class ValidatePasswordDtoPasswordEncryptType(WireEnum):
    """Enum of ``ValidatePasswordDto.passwordEncryptType`` (unknown wire values are kept, not rejected)."""

    SM2 = "sm2"
    RSA = "rsa"
    NONE = "none"


@_attrs.define(kw_only=True, slots=True)
class ValidatePasswordRespDto(WireBacked):
    """Wire model ``ValidatePasswordRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, ValidatePasswordResultDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: ValidatePasswordResultDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ValidatePasswordResultDto:
    """Wire model ``ValidatePasswordResultDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        valid: ``valid``, bool, required
    """

    valid: bool = _attrs.field(metadata={"wire": "valid"})


@_attrs.define(kw_only=True, slots=True)
class VerifyAuthenticationDto:
    """Wire model ``VerifyAuthenticationDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        ticket: ``ticket``, str, required
        authentication_credential: ``authenticationCredential``, AuthenticationCredentialDto, required
        options: ``options``, SignInByWebAuthnOptionsDto, optional
    """

    ticket: str = _attrs.field(repr=_masked, metadata={"wire": "ticket"})
    authentication_credential: AuthenticationCredentialDto = _attrs.field(metadata={"wire": "authenticationCredential"})
    options: SignInByWebAuthnOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})


@_attrs.define(kw_only=True, slots=True)
class VerifyAuthenticationResultDto(WireBacked):
    """Wire model ``VerifyAuthenticationResultDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        verified: ``verified``, bool, required
        token_set: ``tokenSet``, LoginTokenResponseDataDto, optional
    """

    verified: bool = _attrs.field(metadata={"wire": "verified"})
    token_set: LoginTokenResponseDataDto | None = _attrs.field(default=None, metadata={"wire": "tokenSet"})


@_attrs.define(kw_only=True, slots=True)
class VerifyAuthenticationResultRespDto(WireBacked):
    """Wire model ``VerifyAuthenticationResultRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, VerifyAuthenticationResultDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: VerifyAuthenticationResultDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class VerifyConfigAppDto:
    """Wire model ``VerifyConfigAppDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        keywords: ``keywords``, Any, optional
    """

    keywords: Any = _attrs.field(default=None, metadata={"wire": "keywords"})


@_attrs.define(kw_only=True, slots=True)
class VerifyConfigDataDto:
    """Wire model ``VerifyConfigDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        app_id: ``appId``, str, required
        is_win_login: ``isWinLogin``, bool, optional
        is_win_change_pwd: ``isWinChangePwd``, bool, optional
        app_secret: ``appSecret``, str, required
        public_key: ``publicKey``, str, required
        auth_address: ``authAddress``, str, required
        logo: ``logo``, str, required
        name: ``name``, str, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    app_id: str = _attrs.field(metadata={"wire": "appId"})
    is_win_login: bool | None = _attrs.field(default=None, metadata={"wire": "isWinLogin"})
    is_win_change_pwd: bool | None = _attrs.field(default=None, metadata={"wire": "isWinChangePwd"})
    app_secret: str = _attrs.field(repr=_masked, metadata={"wire": "appSecret"})
    public_key: str = _attrs.field(metadata={"wire": "publicKey"})
    auth_address: str = _attrs.field(metadata={"wire": "authAddress"})
    logo: str = _attrs.field(metadata={"wire": "logo"})
    name: str = _attrs.field(metadata={"wire": "name"})


@_attrs.define(kw_only=True, slots=True)
class VerifyConfigInfoRespDto(WireBacked):
    """Wire model ``VerifyConfigInfoRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, VerifyConfigDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: VerifyConfigDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class VerifyDeleteAccountRequestDataDto:
    """Wire model ``VerifyDeleteAccountRequestDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        delete_account_token: ``deleteAccountToken``, str, required
        token_expires_in: ``tokenExpiresIn``, int, required
    """

    delete_account_token: str = _attrs.field(repr=_masked, metadata={"wire": "deleteAccountToken"})
    token_expires_in: int = _attrs.field(metadata={"wire": "tokenExpiresIn"})


@_attrs.define(kw_only=True, slots=True)
class VerifyDeleteAccountRequestDto:
    """Wire model ``VerifyDeleteAccountRequestDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        verify_method: ``verifyMethod``, VerifyDeleteAccountRequestDtoVerifyMethod, required
        phone_pass_code_payload: ``phonePassCodePayload``, DeleteAccountByPhonePassCodeDto, optional
        email_pass_code_payload: ``emailPassCodePayload``, DeleteAccountByEmailPassCodeDto, optional
        password_payload: ``passwordPayload``, DeleteAccountByPasswordDto, optional
    """

    verify_method: VerifyDeleteAccountRequestDtoVerifyMethod = _attrs.field(metadata={"wire": "verifyMethod"})
    phone_pass_code_payload: DeleteAccountByPhonePassCodeDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phonePassCodePayload"})
    email_pass_code_payload: DeleteAccountByEmailPassCodeDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "emailPassCodePayload"})
    password_payload: DeleteAccountByPasswordDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "passwordPayload"})
