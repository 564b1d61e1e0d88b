# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SignInOptionsDto`` and its enum (SignInOptionsDtoPasswordEncryptType)."""

from __future__ import annotations

from typing import Any

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum
from genauth_async.models._redact import masked as _masked

__all__ = ["SignInOptionsDto", "SignInOptionsDtoPasswordEncryptType"]


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
