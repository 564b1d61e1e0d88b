# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (GeneFastpassQRCodeInfoDto, ..., GenerateInviteeTokenDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked
from genauth_async.models._redact import masked as _masked

if TYPE_CHECKING:
    from ._f1 import (
        FastpassUserInfoDto,
    )
    from ._i5 import (
        InviteeContextDto,
    )

__all__ = [
    "GeneFastpassQRCodeInfoDto", "GeneFastpassQRCodeRespDto", "GenePushCodeDataDto",
    "GenePushCodeRespDto", "GeneQRCodeDataDto", "GeneQRCodeRespDto",
    "GenerateBindExtIdpLinkDataDto", "GenerateBindExtIdpLinkRespDto", "GenerateInvitationLinkDto",
    "GenerateInvitationLinkRespDto", "GenerateInviteTenantUserLink", "GenerateInviteeTokenDto",
]


@_attrs.define(kw_only=True, slots=True)
class GeneFastpassQRCodeInfoDto(WireBacked):
    """Wire model ``GeneFastpassQRCodeInfoDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        scene: ``scene``, str, required
        qrcode_id: ``qrcodeId``, str, required
        api_host: ``apiHost``, str, required
        user: ``user``, FastpassUserInfoDto, required
        app_id: ``appId``, str, required
        userpool: ``userpool``, FastpassUserInfoDto, required
    """

    scene: str = _attrs.field(metadata={"wire": "scene"})
    qrcode_id: str = _attrs.field(metadata={"wire": "qrcodeId"})
    api_host: str = _attrs.field(metadata={"wire": "apiHost"})
    user: FastpassUserInfoDto = _attrs.field(metadata={"wire": "user"})
    app_id: str = _attrs.field(metadata={"wire": "appId"})
    userpool: FastpassUserInfoDto = _attrs.field(metadata={"wire": "userpool"})


@_attrs.define(kw_only=True, slots=True)
class GeneFastpassQRCodeRespDto(WireBacked):
    """Wire model ``GeneFastpassQRCodeRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GeneFastpassQRCodeInfoDto, optional
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GeneFastpassQRCodeInfoDto | None = _attrs.field(default=None, metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GenePushCodeDataDto:
    """Wire model ``GenePushCodeDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        push_code_id: ``pushCodeId``, str, required
        expire_time: ``expireTime``, int, required
    """

    push_code_id: str = _attrs.field(metadata={"wire": "pushCodeId"})
    expire_time: int = _attrs.field(metadata={"wire": "expireTime"})


@_attrs.define(kw_only=True, slots=True)
class GenePushCodeRespDto(WireBacked):
    """Wire model ``GenePushCodeRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GenePushCodeDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GenePushCodeDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GeneQRCodeDataDto:
    """Wire model ``GeneQRCodeDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        qrcode_id: ``qrcodeId``, str, required
        url: ``url``, str, required
        custom_logo_url: ``customLogoUrl``, str, optional
    """

    qrcode_id: str = _attrs.field(metadata={"wire": "qrcodeId"})
    url: str = _attrs.field(metadata={"wire": "url"})
    custom_logo_url: str | None = _attrs.field(default=None, metadata={"wire": "customLogoUrl"})


@_attrs.define(kw_only=True, slots=True)
class GeneQRCodeRespDto(WireBacked):
    """Wire model ``GeneQRCodeRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GeneQRCodeDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GeneQRCodeDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GenerateBindExtIdpLinkDataDto:
    """Wire model ``GenerateBindExtIdpLinkDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        url: ``url``, str, required
    """

    url: str = _attrs.field(metadata={"wire": "url"})


@_attrs.define(kw_only=True, slots=True)
class GenerateBindExtIdpLinkRespDto(WireBacked):
    """Wire model ``GenerateBindExtIdpLinkRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GenerateBindExtIdpLinkDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GenerateBindExtIdpLinkDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GenerateInvitationLinkDto:
    """Wire model ``GenerateInvitationLinkDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        link: ``link``, str, required
    """

    link: str = _attrs.field(metadata={"wire": "link"})


@_attrs.define(kw_only=True, slots=True)
class GenerateInvitationLinkRespDto(WireBacked):
    """Wire model ``GenerateInvitationLinkRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GenerateInvitationLinkDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GenerateInvitationLinkDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GenerateInviteTenantUserLink:
    """Wire model ``GenerateInviteTenantUserLink`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        validity_term: ``validityTerm``, str, required
        emails: ``emails``, list[str], required
        app_id: ``appId``, str, required
        tenant_id: ``tenantId``, str, optional
    """

    validity_term: str = _attrs.field(metadata={"wire": "validityTerm"})
    emails: List[str] = _attrs.field(metadata={"wire": "emails"})
    app_id: str = _attrs.field(metadata={"wire": "appId"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})


@_attrs.define(kw_only=True, slots=True)
class GenerateInviteeTokenDto(WireBacked):
    """Wire model ``GenerateInviteeTokenDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        token: ``token``, str, optional
        invitation_context: ``invitationContext``, InviteeContextDto, optional
    """

    token: str | None = _attrs.field(default=None, repr=_masked, metadata={"wire": "token"})
    invitation_context: InviteeContextDto | None = _attrs.field(default=None, metadata={"wire": "invitationContext"})
