# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (ExtIdpConnDetailType, ..., ExtIdpInfoDtoExtIdpType)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum

if TYPE_CHECKING:
    from ._e5 import (
        ExtIdpInfoDtoType,
    )

__all__ = [
    "ExtIdpConnDetailType", "ExtIdpConnStateByAppsParamsType", "ExtIdpDetail",
    "ExtIdpDetailSingleRespDto", "ExtIdpDto", "ExtIdpInfoDto", "ExtIdpInfoDtoExtIdpType",
]


class ExtIdpConnDetailType(WireEnum):
    """Enum of ``ExtIdpConnDetail.type`` (unknown wire values are kept, not rejected)."""

    OIDC = "oidc"
    OAUTH = "oauth"
    SAML = "saml"
    LDAP = "ldap"
    AD = "ad"
    CAS = "cas"
    AZURE_AD = "azure-ad"
    ALIPAY = "alipay"
    FACEBOOK = "facebook"
    FACEBOOK_MOBILE = "facebook:mobile"
    TWITTER = "twitter"
    GOOGLE_MOBILE = "google:mobile"
    GOOGLE = "google"
    WECHAT_PC = "wechat:pc"
    WECHAT_MOBILE = "wechat:mobile"
    WECHAT_WEBPAGE_AUTHORIZATION = "wechat:webpage-authorization"
    WECHATMP_QRCODE = "wechatmp-qrcode"
    WECHAT_MINIPROGRAM_DEFAULT = "wechat:miniprogram:default"
    WECHAT_MINIPROGRAM_QRCONNECT = "wechat:miniprogram:qrconnect"
    WECHAT_MINIPROGRAM_APP_LAUNCH = "wechat:miniprogram:app-launch"
    GITHUB = "github"
    GITHUB_MOBILE = "github:mobile"
    QQ = "qq"
    QQ_MOBILE = "qq:mobile"
    WECHATWORK_CORP_QRCONNECT = "wechatwork:corp:qrconnect"
    WECHATWORK_AGENCY_QRCONNECT = "wechatwork:agency:qrconnect"
    WECHATWORK_SERVICE_PROVIDER_QRCONNECT = "wechatwork:service-provider:qrconnect"
    WECHATWORK_MOBILE = "wechatwork:mobile"
    WECHATWORK_AGENCY_MOBILE = "wechatwork:agency:mobile"
    DINGTALK = "dingtalk"
    DINGTALK_MOBILE = "dingtalk:mobile"
    DINGTALK_PROVIDER = "dingtalk:provider"
    WEIBO = "weibo"
    WEIBO_MOBILE = "weibo:mobile"
    APPLE = "apple"
    APPLE_WEB = "apple:web"
    BAIDU = "baidu"
    BAIDU_MOBILE = "baidu:mobile"
    LARK_INTERNAL = "lark-internal"
    LARK_PUBLIC = "lark-public"
    LARK_BLOCK = "lark-block"
    GITLAB = "gitlab"
    GITLAB_MOBILE = "gitlab:mobile"
    LINKEDIN = "linkedin"
    LINKEDIN_MOBILE = "linkedin:mobile"
    SLACK = "slack"
    SLACK_MOBILE = "slack:mobile"
    YIDUN = "yidun"
    QINGCLOUD = "qingcloud"
    GITEE = "gitee"
    GITEE_MOBILE = "gitee:mobile"
    INSTAGRAM = "instagram"
    WELINK = "welink"
    AD_KERBEROS = "ad-kerberos"
    HUAWEI = "huawei"
    HUAWEI_MOBILE = "huawei:mobile"
    HONOR = "honor"
    XIAOMI = "xiaomi"
    XIAOMI_MOBILE = "xiaomi:mobile"
    AWS = "aws"
    AMAZON = "amazon"
    AMAZON_MOBILE = "amazon:mobile"
    DOUYIN_MOBILE = "douyin:mobile"
    DOUYIN_MINIPROGRAM_DEFAULT = "douyin:miniprogram:default"
    KUAISHOU_MOBILE = "kuaishou:mobile"
    LINE_MOBILE = "line:mobile"
    OPPO_MOBILE = "oppo:mobile"
    WECHATWORK_QRCONNECT_OF_AUTHING_AGENCY = "wechatwork:qrconnect:of:authing:agency"
    SDBZ = "sdbz"
    ZJZWFW_QRCODE = "zjzwfw-qrcode"
    ZZDING = "zzding"
    SEEYONA8V5 = "seeyona8v5"


class ExtIdpConnStateByAppsParamsType(WireEnum):
    """Enum of ``ExtIdpConnStateByAppsParams.type`` (unknown wire values are kept, not rejected)."""

    SOCIAL = "social"
    ENTERPRISE = "enterprise"


@_attrs.define(kw_only=True, slots=True)
class ExtIdpDetail:
    """Wire model ``ExtIdpDetail`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        name: ``name``, str, required
        logo: ``logo``, str, required
        tenant_id: ``tenantId``, str, optional
        type: ``type``, str, required
        connections: ``connections``, Any, required
        auto_join: ``autoJoin``, bool, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    name: str = _attrs.field(metadata={"wire": "name"})
    logo: str = _attrs.field(metadata={"wire": "logo"})
    tenant_id: str | None = _attrs.field(default=None, metadata={"wire": "tenantId"})
    type: str = _attrs.field(metadata={"wire": "type"})
    connections: Any = _attrs.field(metadata={"wire": "connections"})
    auto_join: bool = _attrs.field(metadata={"wire": "autoJoin"})


@_attrs.define(kw_only=True, slots=True)
class ExtIdpDetailSingleRespDto(WireBacked):
    """Wire model ``ExtIdpDetailSingleRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, ExtIdpDetail, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: ExtIdpDetail = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ExtIdpDto:
    """Wire model ``ExtIdpDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        name: ``name``, str, required
        logo: ``logo``, str, required
        tenant_id: ``tenantId``, str, optional
        type: ``type``, str, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    name: str = _attrs.field(metadata={"wire": "name"})
    logo: str = _attrs.field(metadata={"wire": "logo"})
    tenant_id: str | None = _attrs.field(default=None, metadata={"wire": "tenantId"})
    type: str = _attrs.field(metadata={"wire": "type"})


@_attrs.define(kw_only=True, slots=True)
class ExtIdpInfoDto:
    """Wire model ``ExtIdpInfoDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        identifier: ``identifier``, str, required
        ext_idp_id: ``extIdpId``, str, required
        type: ``type``, ExtIdpInfoDtoType, required
        ext_idp_type: ``extIdpType``, ExtIdpInfoDtoExtIdpType, required
        bind_url: ``bindUrl``, str, required
        name: ``name``, str, required
        name_en: ``name_en``, str, optional
        desc: ``desc``, str, optional
        desc_en: ``desc_en``, str, optional
        logo: ``logo``, str, optional
    """

    identifier: str = _attrs.field(metadata={"wire": "identifier"})
    ext_idp_id: str = _attrs.field(metadata={"wire": "extIdpId"})
    type: ExtIdpInfoDtoType = _attrs.field(metadata={"wire": "type"})
    ext_idp_type: ExtIdpInfoDtoExtIdpType = _attrs.field(metadata={"wire": "extIdpType"})
    bind_url: str = _attrs.field(metadata={"wire": "bindUrl"})
    name: str = _attrs.field(metadata={"wire": "name"})
    name_en: str | None = _attrs.field(default=None, metadata={"wire": "name_en"})
    desc: str | None = _attrs.field(default=None, metadata={"wire": "desc"})
    desc_en: str | None = _attrs.field(default=None, metadata={"wire": "desc_en"})
    logo: str | None = _attrs.field(default=None, metadata={"wire": "logo"})


class ExtIdpInfoDtoExtIdpType(WireEnum):
    """Enum of ``ExtIdpInfoDto.extIdpType`` (unknown wire values are kept, not rejected)."""

    SOCIAL = "social"
    ENTERPRISE = "enterprise"
