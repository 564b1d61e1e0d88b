# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ConfigEmailProviderDto`` and its enum (ConfigEmailProviderDtoType)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

from .ali_exmail_email_provider_config_input import AliExmailEmailProviderConfigInput
from .send_grid_email_provider_config_input import SendGridEmailProviderConfigInput
from .smtp_email_provider_config_input import SMTPEmailProviderConfigInput
from .tencent_exmail_email_provider_config_input import TencentExmailEmailProviderConfigInput

__all__ = ["ConfigEmailProviderDto", "ConfigEmailProviderDtoType"]


@_attrs.define(kw_only=True, slots=True)
class ConfigEmailProviderDto:
    """Wire model ``ConfigEmailProviderDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        type: ``type``, ConfigEmailProviderDtoType, required
        enabled: ``enabled``, bool, required
        smtp_config: ``smtpConfig``, SMTPEmailProviderConfigInput, optional
        send_grid_config: ``sendGridConfig``, SendGridEmailProviderConfigInput, optional
        ali_exmail_config: ``aliExmailConfig``, AliExmailEmailProviderConfigInput, optional
        tencent_exmail_config: ``tencentExmailConfig``, TencentExmailEmailProviderConfigInput, optional
    """

    type: ConfigEmailProviderDtoType = _attrs.field(metadata={"wire": "type"})
    enabled: bool = _attrs.field(metadata={"wire": "enabled"})
    smtp_config: SMTPEmailProviderConfigInput | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "smtpConfig"})
    send_grid_config: SendGridEmailProviderConfigInput | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sendGridConfig"})
    ali_exmail_config: AliExmailEmailProviderConfigInput | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "aliExmailConfig"})
    tencent_exmail_config: TencentExmailEmailProviderConfigInput | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tencentExmailConfig"})


class ConfigEmailProviderDtoType(WireEnum):
    """Enum of ``ConfigEmailProviderDto.type`` (unknown wire values are kept, not rejected)."""

    ALI = "ali"
    QQ = "qq"
    SENDGRID = "sendgrid"
    CUSTOM = "custom"
