# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (I18nDto, ..., ImportOtpItemDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum
from genauth_async.models._redact import masked as _masked

if TYPE_CHECKING:
    from ._l1 import (
        LangObject,
    )

__all__ = [
    "I18nDto", "IPRuleDto", "ISsoPageCustomizationSettingsDto", "IdentityDto",
    "IdentityDtoProvider", "IdentityListRespDto", "ImportExportTemplateRespDto",
    "ImportInviteeDto", "ImportMetadataDto", "ImportModelDto", "ImportOtpItemDataDto",
    "ImportOtpItemDto",
]


@_attrs.define(kw_only=True, slots=True)
class I18nDto(WireBacked):
    """Wire model ``I18nDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        name: ``name``, LangObject, required
    """

    name: LangObject = _attrs.field(metadata={"wire": "name"})


@_attrs.define(kw_only=True, slots=True)
class IPRuleDto:
    """Wire model ``IPRuleDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        max_online_i_ps: ``maxOnlineIPs``, int, required
    """

    max_online_i_ps: int = _attrs.field(metadata={"wire": "maxOnlineIPs"})


@_attrs.define(kw_only=True, slots=True)
class ISsoPageCustomizationSettingsDto:
    """Wire model ``ISsoPageCustomizationSettingsDto`` (request side; optional fields default to UNSET)."""


@_attrs.define(kw_only=True, slots=True)
class IdentityDto:
    """Wire model ``IdentityDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        identity_id: ``identityId``, str, required
        ext_idp_id: ``extIdpId``, str, required
        provider: ``provider``, IdentityDtoProvider, required
        type: ``type``, str, required
        user_id_in_idp: ``userIdInIdp``, str, required
        user_info_in_idp: ``userInfoInIdp``, Any, required
        access_token: ``accessToken``, str, optional
        refresh_token: ``refreshToken``, str, optional
        origin_conn_ids: ``originConnIds``, list[str], required
    """

    identity_id: str = _attrs.field(metadata={"wire": "identityId"})
    ext_idp_id: str = _attrs.field(metadata={"wire": "extIdpId"})
    provider: IdentityDtoProvider = _attrs.field(metadata={"wire": "provider"})
    type: str = _attrs.field(metadata={"wire": "type"})
    user_id_in_idp: str = _attrs.field(metadata={"wire": "userIdInIdp"})
    user_info_in_idp: Any = _attrs.field(metadata={"wire": "userInfoInIdp"})
    access_token: str | None = _attrs.field(default=None, repr=_masked, metadata={"wire": "accessToken"})
    refresh_token: str | None = _attrs.field(default=None, repr=_masked, metadata={"wire": "refreshToken"})
    origin_conn_ids: List[str] = _attrs.field(metadata={"wire": "originConnIds"})


class IdentityDtoProvider(WireEnum):
    """Enum of ``IdentityDto.provider`` (unknown wire values are kept, not rejected)."""

    OIDC = "oidc"
    OAUTH2 = "oauth2"
    SAML = "saml"
    LDAP = "ldap"
    AD = "ad"
    CAS = "cas"
    AZURE_AD = "azure-ad"
    WECHAT = "wechat"
    GOOGLE = "google"
    QQ = "qq"
    WECHATWORK = "wechatwork"
    DINGTALK = "dingtalk"
    WEIBO = "weibo"
    GITHUB = "github"
    ALIPAY = "alipay"
    APPLE = "apple"
    BAIDU = "baidu"
    LARK = "lark"
    GITLAB = "gitlab"
    TWITTER = "twitter"
    FACEBOOK = "facebook"
    SLACK = "slack"
    LINKEDIN = "linkedin"
    YIDUN = "yidun"
    QINGCLOUD = "qingcloud"
    GITEE = "gitee"
    INSTAGRAM = "instagram"
    WELINK = "welink"
    HUAWEI = "huawei"
    HONOR = "honor"
    XIAOMI = "xiaomi"
    OPPO = "oppo"
    AWS = "aws"
    AMAZON = "amazon"
    DOUYIN = "douyin"
    KUAISHOU = "kuaishou"
    LINE = "line"
    SDBZ = "sdbz"
    ZJZWFW = "zjzwfw"
    ZZDING = "zzding"
    SEEYONA8V5 = "seeyona8v5"


@_attrs.define(kw_only=True, slots=True)
class IdentityListRespDto(WireBacked):
    """Wire model ``IdentityListRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[IdentityDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[IdentityDto] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ImportExportTemplateRespDto:
    """Wire model ``ImportExportTemplateRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        key: ``key``, str, required
        url: ``url``, str, required
    """

    key: str = _attrs.field(metadata={"wire": "key"})
    url: str = _attrs.field(metadata={"wire": "url"})


@_attrs.define(kw_only=True, slots=True)
class ImportInviteeDto:
    """Wire model ``ImportInviteeDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        success: ``success``, bool, required
        msg: ``msg``, bool, optional
        failed: ``failed``, list[Any], optional
        insert_res: ``insertRes``, list[Any], optional
    """

    success: bool = _attrs.field(metadata={"wire": "success"})
    msg: bool | None = _attrs.field(default=None, metadata={"wire": "msg"})
    failed: List[Any] | None = _attrs.field(default=None, metadata={"wire": "failed"})
    insert_res: List[Any] | None = _attrs.field(default=None, metadata={"wire": "insertRes"})


@_attrs.define(kw_only=True, slots=True)
class ImportMetadataDto:
    """Wire model ``ImportMetadataDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        file: ``file``, str, required
    """

    file: str = _attrs.field(metadata={"wire": "file"})


@_attrs.define(kw_only=True, slots=True)
class ImportModelDto:
    """Wire model ``ImportModelDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        file: ``file``, str, required
        model_id: ``modelId``, str, required
    """

    file: str = _attrs.field(metadata={"wire": "file"})
    model_id: str = _attrs.field(metadata={"wire": "modelId"})


@_attrs.define(kw_only=True, slots=True)
class ImportOtpItemDataDto:
    """Wire model ``ImportOtpItemDataDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        secret: ``secret``, str, required
        recovery_code: ``recoveryCode``, str, optional
    """

    secret: str = _attrs.field(repr=_masked, metadata={"wire": "secret"})
    recovery_code: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "recoveryCode"})


@_attrs.define(kw_only=True, slots=True)
class ImportOtpItemDto:
    """Wire model ``ImportOtpItemDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        otp: ``otp``, ImportOtpItemDataDto, required
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    otp: ImportOtpItemDataDto = _attrs.field(metadata={"wire": "otp"})
