# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (SignInByMobileOptionsDto, ..., SignInByWechatMiniProgramPhonePayloadDto)."""

from __future__ import annotations

from typing import Any

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset
from genauth_async.models._redact import masked as _masked

__all__ = [
    "SignInByMobileOptionsDto", "SignInByOPPOPayloadDto", "SignInByPassCodePayloadDto",
    "SignInByPasswordPayloadDto", "SignInByPushDto", "SignInByPushOptionsDto",
    "SignInByQQPayloadDto", "SignInBySlackPayloadDto", "SignInBySwitchOptionsDto",
    "SignInByWebAuthnOptionsDto", "SignInByWechatMiniProgramCodeAndPhonePayloadDto",
    "SignInByWechatMiniProgramCodePayloadDto", "SignInByWechatMiniProgramPhoneInfoPayloadDto",
    "SignInByWechatMiniProgramPhonePayloadDto",
]


@_attrs.define(kw_only=True, slots=True)
class SignInByMobileOptionsDto:
    """Wire model ``SignInByMobileOptionsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        scope: ``scope``, str, optional
        context: ``context``, Any, optional
        tenant_id: ``tenantId``, str, optional
        custom_data: ``customData``, Any, optional
    """

    scope: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "scope"})
    context: Any = _attrs.field(default=_UNSET, metadata={"wire": "context"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})
    custom_data: Any = _attrs.field(default=_UNSET, metadata={"wire": "customData"})


@_attrs.define(kw_only=True, slots=True)
class SignInByOPPOPayloadDto:
    """Wire model ``SignInByOPPOPayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
    """

    code: str = _attrs.field(repr=_masked, metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class SignInByPassCodePayloadDto:
    """Wire model ``SignInByPassCodePayloadDto`` (request side; optional fields default to UNSET).

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
class SignInByPasswordPayloadDto:
    """Wire model ``SignInByPasswordPayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        password: ``password``, str, required
        account: ``account``, str, optional
        email: ``email``, str, optional
        username: ``username``, str, optional
        phone: ``phone``, str, optional
    """

    password: str = _attrs.field(repr=_masked, metadata={"wire": "password"})
    account: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "account"})
    email: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "email"})
    username: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "username"})
    phone: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phone"})


@_attrs.define(kw_only=True, slots=True)
class SignInByPushDto:
    """Wire model ``SignInByPushDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        account: ``account``, str, required
        options: ``options``, SignInByPushOptionsDto, optional
    """

    account: str = _attrs.field(metadata={"wire": "account"})
    options: SignInByPushOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})


@_attrs.define(kw_only=True, slots=True)
class SignInByPushOptionsDto:
    """Wire model ``SignInByPushOptionsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        scope: ``scope``, str, optional
        context: ``context``, str, optional
        custom_data: ``customData``, Any, optional
    """

    scope: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "scope"})
    context: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "context"})
    custom_data: Any = _attrs.field(default=_UNSET, metadata={"wire": "customData"})


@_attrs.define(kw_only=True, slots=True)
class SignInByQQPayloadDto:
    """Wire model ``SignInByQQPayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        access_token: ``access_token``, str, required
    """

    access_token: str = _attrs.field(repr=_masked, metadata={"wire": "access_token"})


@_attrs.define(kw_only=True, slots=True)
class SignInBySlackPayloadDto:
    """Wire model ``SignInBySlackPayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
    """

    code: str = _attrs.field(repr=_masked, metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class SignInBySwitchOptionsDto:
    """Wire model ``SignInBySwitchOptionsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        scope: ``scope``, str, optional
        context: ``context``, Any, optional
        custom_data: ``customData``, Any, optional
    """

    scope: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "scope"})
    context: Any = _attrs.field(default=_UNSET, metadata={"wire": "context"})
    custom_data: Any = _attrs.field(default=_UNSET, metadata={"wire": "customData"})


@_attrs.define(kw_only=True, slots=True)
class SignInByWebAuthnOptionsDto:
    """Wire model ``SignInByWebAuthnOptionsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        scope: ``scope``, str, optional
        context: ``context``, Any, optional
        custom_data: ``customData``, Any, optional
    """

    scope: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "scope"})
    context: Any = _attrs.field(default=_UNSET, metadata={"wire": "context"})
    custom_data: Any = _attrs.field(default=_UNSET, metadata={"wire": "customData"})


@_attrs.define(kw_only=True, slots=True)
class SignInByWechatMiniProgramCodeAndPhonePayloadDto:
    """Wire model ``SignInByWechatMiniProgramCodeAndPhonePayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        wx_login_info: ``wxLoginInfo``, SignInByWechatMiniProgramCodePayloadDto, required
        wx_phone_info: ``wxPhoneInfo``, SignInByWechatMiniProgramPhoneInfoPayloadDto, required
    """

    wx_login_info: SignInByWechatMiniProgramCodePayloadDto = _attrs.field(metadata={"wire": "wxLoginInfo"})
    wx_phone_info: SignInByWechatMiniProgramPhoneInfoPayloadDto = _attrs.field(metadata={"wire": "wxPhoneInfo"})


@_attrs.define(kw_only=True, slots=True)
class SignInByWechatMiniProgramCodePayloadDto:
    """Wire model ``SignInByWechatMiniProgramCodePayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        encrypted_data: ``encryptedData``, str, optional
        iv: ``iv``, str, optional
        code: ``code``, str, required
    """

    encrypted_data: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "encryptedData"})
    iv: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "iv"})
    code: str = _attrs.field(repr=_masked, metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class SignInByWechatMiniProgramPhoneInfoPayloadDto:
    """Wire model ``SignInByWechatMiniProgramPhoneInfoPayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
    """

    code: str = _attrs.field(repr=_masked, metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class SignInByWechatMiniProgramPhonePayloadDto:
    """Wire model ``SignInByWechatMiniProgramPhonePayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        encrypted_data: ``encryptedData``, str, required
        iv: ``iv``, str, required
        code: ``code``, str, required
    """

    encrypted_data: str = _attrs.field(metadata={"wire": "encryptedData"})
    iv: str = _attrs.field(metadata={"wire": "iv"})
    code: str = _attrs.field(repr=_masked, metadata={"wire": "code"})
