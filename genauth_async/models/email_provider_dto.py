# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``EmailProviderDto`` and its enum (EmailProviderDtoType)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum

from .ali_exmail_email_provider_config import AliExmailEmailProviderConfig
from .send_grid_email_provider_config import SendGridEmailProviderConfig
from .smtp_email_provider_config import SMTPEmailProviderConfig
from .tencent_exmail_email_provider_config import TencentExmailEmailProviderConfig

__all__ = ["EmailProviderDto", "EmailProviderDtoType"]


@_attrs.define(kw_only=True, slots=True)
class EmailProviderDto(WireBacked):
    """Wire model ``EmailProviderDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        enabled: ``enabled``, bool, required
        type: ``type``, EmailProviderDtoType, optional
        smtp_config: ``smtpConfig``, SMTPEmailProviderConfig, optional
        send_grid_config: ``sendGridConfig``, SendGridEmailProviderConfig, optional
        ali_exmail_config: ``aliExmailConfig``, AliExmailEmailProviderConfig, optional
        tencent_exmail_config: ``tencentExmailConfig``, TencentExmailEmailProviderConfig, optional
    """

    enabled: bool = _attrs.field(metadata={"wire": "enabled"})
    type: EmailProviderDtoType | None = _attrs.field(default=None, metadata={"wire": "type"})
    smtp_config: SMTPEmailProviderConfig | None = _attrs.field(default=None, metadata={"wire": "smtpConfig"})
    send_grid_config: SendGridEmailProviderConfig | None = _attrs.field(default=None, metadata={"wire": "sendGridConfig"})
    ali_exmail_config: AliExmailEmailProviderConfig | None = _attrs.field(default=None, metadata={"wire": "aliExmailConfig"})
    tencent_exmail_config: TencentExmailEmailProviderConfig | None = _attrs.field(default=None, metadata={"wire": "tencentExmailConfig"})


class EmailProviderDtoType(WireEnum):
    """Enum of ``EmailProviderDto.type`` (unknown wire values are kept, not rejected)."""

    ALI = "ali"
    QQ = "qq"
    SENDGRID = "sendgrid"
    CUSTOM = "custom"
