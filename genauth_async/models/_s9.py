# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (SignInByWechatPayloadDto, ..., SignUpDtoConnection)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum
from genauth_async.models._redact import masked as _masked

if TYPE_CHECKING:
    from ._s10 import (
        SignUpOptionsDto, SignUpProfileDto,
    )

__all__ = [
    "SignInByWechatPayloadDto", "SignInByWechatworkAgencyPayloadDto", "SignInByWechatworkDto",
    "SignInByWeiboPayloadDto", "SignInByXiaomiPayloadDto", "SignInByYidunPayloadDto",
    "SignInFastpassDto", "SignInFastpassOptionsDto", "SignInOptionsDto",
    "SignInOptionsDtoPasswordEncryptType", "SignUpByPassCodeDto", "SignUpByPasswordDto",
    "SignUpDto", "SignUpDtoConnection",
]


@_attrs.define(kw_only=True, slots=True)
class SignInByWechatPayloadDto:
    """Wire model ``SignInByWechatPayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, optional
    """

    code: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class SignInByWechatworkAgencyPayloadDto:
    """Wire model ``SignInByWechatworkAgencyPayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, optional
    """

    code: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class SignInByWechatworkDto:
    """Wire model ``SignInByWechatworkDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, optional
    """

    code: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class SignInByWeiboPayloadDto:
    """Wire model ``SignInByWeiboPayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        access_token: ``access_token``, str, required
    """

    access_token: str = _attrs.field(repr=_masked, metadata={"wire": "access_token"})


@_attrs.define(kw_only=True, slots=True)
class SignInByXiaomiPayloadDto:
    """Wire model ``SignInByXiaomiPayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
    """

    code: str = _attrs.field(repr=_masked, metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class SignInByYidunPayloadDto:
    """Wire model ``SignInByYidunPayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        token: ``token``, str, optional
        access_token: ``accessToken``, str, optional
    """

    token: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "token"})
    access_token: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "accessToken"})


@_attrs.define(kw_only=True, slots=True)
class SignInFastpassDto:
    """Wire model ``SignInFastpassDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        options: ``options``, SignInFastpassOptionsDto, optional
    """

    options: SignInFastpassOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})


@_attrs.define(kw_only=True, slots=True)
class SignInFastpassOptionsDto:
    """Wire model ``SignInFastpassOptionsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        scope: ``scope``, str, optional
        context: ``context``, Any, optional
        custom_data: ``customData``, Any, optional
    """

    scope: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "scope"})
    context: Any = _attrs.field(default=_UNSET, metadata={"wire": "context"})
    custom_data: Any = _attrs.field(default=_UNSET, metadata={"wire": "customData"})


@_attrs.define(kw_only=True, slots=True)
class SignInOptionsDto:
    """Wire model ``SignInOptionsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        scope: ``scope``, str, optional
        client_ip: ``clientIp``, str, optional
        context: ``context``, Any, optional
        tenant_id: ``tenantId``, str, optional
        custom_data: ``customData``, Any, optional
        auto_register: ``autoRegister``, bool, optional
        captcha_code: ``captchaCode``, str, optional
        captcha_token: ``captchaToken``, str, optional
        password_encrypt_type: ``passwordEncryptType``, SignInOptionsDtoPasswordEncryptType, optional
    """

    scope: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "scope"})
    client_ip: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "clientIp"})
    context: Any = _attrs.field(default=_UNSET, metadata={"wire": "context"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})
    custom_data: Any = _attrs.field(default=_UNSET, metadata={"wire": "customData"})
    auto_register: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "autoRegister"})
    captcha_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "captchaCode"})
    captcha_token: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "captchaToken"})
    password_encrypt_type: SignInOptionsDtoPasswordEncryptType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "passwordEncryptType"})


class SignInOptionsDtoPasswordEncryptType(WireEnum):
    """Enum of ``SignInOptionsDto.passwordEncryptType`` (unknown wire values are kept, not rejected)."""

    SM2 = "sm2"
    RSA = "rsa"
    NONE = "none"


@_attrs.define(kw_only=True, slots=True)
class SignUpByPassCodeDto:
    """Wire model ``SignUpByPassCodeDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        pass_code: ``passCode``, str, required
        email: ``email``, str, optional
        phone: ``phone``, str, optional
        phone_country_code: ``phoneCountryCode``, str, optional
    """

    pass_code: str = _attrs.field(repr=_masked, metadata={"wire": "passCode"})
    email: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "email"})
    phone: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phone"})
    phone_country_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phoneCountryCode"})


@_attrs.define(kw_only=True, slots=True)
class SignUpByPasswordDto:
    """Wire model ``SignUpByPasswordDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        password: ``password``, str, required
        username: ``username``, str, optional
        email: ``email``, str, optional
    """

    password: str = _attrs.field(repr=_masked, metadata={"wire": "password"})
    username: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "username"})
    email: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "email"})


@_attrs.define(kw_only=True, slots=True)
class SignUpDto:
    """Wire model ``SignUpDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        connection: ``connection``, SignUpDtoConnection, required
        password_payload: ``passwordPayload``, SignUpByPasswordDto, optional
        pass_code_payload: ``passCodePayload``, SignUpByPassCodeDto, optional
        profile: ``profile``, SignUpProfileDto, optional
        options: ``options``, SignUpOptionsDto, optional
    """

    connection: SignUpDtoConnection = _attrs.field(metadata={"wire": "connection"})
    password_payload: SignUpByPasswordDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "passwordPayload"})
    pass_code_payload: SignUpByPassCodeDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "passCodePayload"})
    profile: SignUpProfileDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "profile"})
    options: SignUpOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})


class SignUpDtoConnection(WireEnum):
    """Enum of ``SignUpDto.connection`` (unknown wire values are kept, not rejected)."""

    PASSWORD = "PASSWORD"
    PASSCODE = "PASSCODE"
