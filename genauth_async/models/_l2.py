# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (LdapSetEnabledFlagDto, ..., ListAccessKeyRespDto)."""

from __future__ import annotations

from typing import Any

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum
from genauth_async.models._redact import masked as _masked

__all__ = [
    "LdapSetEnabledFlagDto", "LdapUpdateDto", "LegacyExchangeTokenParams",
    "LegacyExchangeTokenParamsResponseTokenType", "LegacyExchangeTokenResponse", "LinkExtidpDto",
    "LinkIdentity", "LinkIdentityDataDto", "LinkIdentityDto", "LinkIdentityResDto",
    "ListAccessKeyDto", "ListAccessKeyRespDto",
]


@_attrs.define(kw_only=True, slots=True)
class LdapSetEnabledFlagDto:
    """Wire model ``LdapSetEnabledFlagDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        enabled: ``enabled``, bool, required
    """

    enabled: bool = _attrs.field(metadata={"wire": "enabled"})


@_attrs.define(kw_only=True, slots=True)
class LdapUpdateDto:
    """Wire model ``LdapUpdateDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        bind_pwd: ``bindPwd``, str, optional
    """

    bind_pwd: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "bindPwd"})


@_attrs.define(kw_only=True, slots=True)
class LegacyExchangeTokenParams:
    """Wire model ``LegacyExchangeTokenParams`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        scope: ``scope``, str, required
        response_token_type: ``response_token_type``, LegacyExchangeTokenParamsResponseTokenType, required
        client_id: ``client_id``, str, required
        client_secret: ``client_secret``, str, optional
        id_token: ``id_token``, str, optional
        access_token: ``access_token``, str, optional
        exchange_token_ctx: ``exchange_token_ctx``, Any, optional
    """

    scope: str = _attrs.field(metadata={"wire": "scope"})
    response_token_type: LegacyExchangeTokenParamsResponseTokenType = _attrs.field(metadata={"wire": "response_token_type"})
    client_id: str = _attrs.field(metadata={"wire": "client_id"})
    client_secret: str | None = _attrs.field(default=None, repr=_masked, metadata={"wire": "client_secret"})
    id_token: str | None = _attrs.field(default=None, repr=_masked, metadata={"wire": "id_token"})
    access_token: str | None = _attrs.field(default=None, repr=_masked, metadata={"wire": "access_token"})
    exchange_token_ctx: Any = _attrs.field(default=None, metadata={"wire": "exchange_token_ctx"})


class LegacyExchangeTokenParamsResponseTokenType(WireEnum):
    """Enum of ``LegacyExchangeTokenParams.response_token_type`` (unknown wire values are kept, not rejected)."""

    ID_TOKEN = "id_token"
    ACCESS_TOKEN = "access_token"


@_attrs.define(kw_only=True, slots=True)
class LegacyExchangeTokenResponse:
    """Wire model ``LegacyExchangeTokenResponse`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        access_token: ``access_token``, str, optional
        id_token: ``id_token``, str, optional
    """

    access_token: str | None = _attrs.field(default=None, repr=_masked, metadata={"wire": "access_token"})
    id_token: str | None = _attrs.field(default=None, repr=_masked, metadata={"wire": "id_token"})


@_attrs.define(kw_only=True, slots=True)
class LinkExtidpDto:
    """Wire model ``LinkExtidpDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        ext_idp_conn_identifier: ``extIdpConnIdentifier``, Any, optional
        app_id: ``appId``, Any, optional
        id_token: ``idToken``, Any, optional
    """

    ext_idp_conn_identifier: Any = _attrs.field(default=None, metadata={"wire": "extIdpConnIdentifier"})
    app_id: Any = _attrs.field(default=None, metadata={"wire": "appId"})
    id_token: Any = _attrs.field(default=None, repr=_masked, metadata={"wire": "idToken"})


@_attrs.define(kw_only=True, slots=True)
class LinkIdentity:
    """Wire model ``LinkIdentity`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id_in_idp: ``userIdInIdp``, str, required
        user_id: ``userId``, str, required
        ext_idp_id: ``extIdpId``, str, required
        type: ``type``, str, optional
        is_social: ``isSocial``, bool, optional
    """

    user_id_in_idp: str = _attrs.field(metadata={"wire": "userIdInIdp"})
    user_id: str = _attrs.field(metadata={"wire": "userId"})
    ext_idp_id: str = _attrs.field(metadata={"wire": "extIdpId"})
    type: str | None = _attrs.field(default=None, metadata={"wire": "type"})
    is_social: bool | None = _attrs.field(default=None, metadata={"wire": "isSocial"})


@_attrs.define(kw_only=True, slots=True)
class LinkIdentityDataDto:
    """Wire model ``LinkIdentityDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        success: ``success``, bool, required
    """

    success: bool = _attrs.field(metadata={"wire": "success"})


@_attrs.define(kw_only=True, slots=True)
class LinkIdentityDto:
    """Wire model ``LinkIdentityDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_id_in_idp: ``userIdInIdp``, str, required
        user_id: ``userId``, str, required
        ext_idp_id: ``extIdpId``, str, required
        type: ``type``, str, optional
        is_social: ``isSocial``, bool, optional
    """

    user_id_in_idp: str = _attrs.field(metadata={"wire": "userIdInIdp"})
    user_id: str = _attrs.field(metadata={"wire": "userId"})
    ext_idp_id: str = _attrs.field(metadata={"wire": "extIdpId"})
    type: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "type"})
    is_social: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "isSocial"})


@_attrs.define(kw_only=True, slots=True)
class LinkIdentityResDto(WireBacked):
    """Wire model ``LinkIdentityResDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, LinkIdentityDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: LinkIdentityDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ListAccessKeyDto:
    """Wire model ``ListAccessKeyDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, Any, optional
        tenant_id: ``tenantId``, Any, optional
        type: ``type``, Any, optional
        status: ``status``, Any, optional
    """

    user_id: Any = _attrs.field(default=None, metadata={"wire": "userId"})
    tenant_id: Any = _attrs.field(default=None, metadata={"wire": "tenantId"})
    type: Any = _attrs.field(default=None, metadata={"wire": "type"})
    status: Any = _attrs.field(default=None, metadata={"wire": "status"})


@_attrs.define(kw_only=True, slots=True)
class ListAccessKeyRespDto:
    """Wire model ``ListAccessKeyRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        access_key_id: ``accessKeyId``, str, required
        access_key_secret: ``accessKeySecret``, str, required
        user_id: ``userId``, str, required
        created_at: ``createdAt``, str, required
        status: ``status``, str, required
        last_date: ``lastDate``, str, required
        user_pool_id: ``userPoolId``, str, required
        enable: ``enable``, bool, required
    """

    access_key_id: str = _attrs.field(metadata={"wire": "accessKeyId"})
    access_key_secret: str = _attrs.field(repr=_masked, metadata={"wire": "accessKeySecret"})
    user_id: str = _attrs.field(metadata={"wire": "userId"})
    created_at: str = _attrs.field(metadata={"wire": "createdAt"})
    status: str = _attrs.field(metadata={"wire": "status"})
    last_date: str = _attrs.field(metadata={"wire": "lastDate"})
    user_pool_id: str = _attrs.field(metadata={"wire": "userPoolId"})
    enable: bool = _attrs.field(metadata={"wire": "enable"})
