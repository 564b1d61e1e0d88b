# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CreateExtIdpConnDto`` and its enum (CreateExtIdpConnDtoType)."""

from __future__ import annotations

from typing import Any

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

__all__ = ["CreateExtIdpConnDto", "CreateExtIdpConnDtoType"]


@_attrs.define(kw_only=True, slots=True)
class CreateExtIdpConnDto:
    """Wire model ``CreateExtIdpConnDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        ext_idp_id: ``extIdpId``, str, required
        type: ``type``, CreateExtIdpConnDtoType, required
        identifier: ``identifier``, str, required
        display_name: ``displayName``, str, required
        fields: ``fields``, Any, required
        login_only: ``loginOnly``, bool, optional
        logo: ``logo``, str, optional
        tenant_id: ``tenantId``, str, optional
    """

    ext_idp_id: str = _attrs.field(metadata={"wire": "extIdpId"})
    type: CreateExtIdpConnDtoType = _attrs.field(metadata={"wire": "type"})
    identifier: str = _attrs.field(metadata={"wire": "identifier"})
    display_name: str = _attrs.field(metadata={"wire": "displayName"})
    fields: Any = _attrs.field(metadata={"wire": "fields"})
    login_only: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "loginOnly"})
    logo: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "logo"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})


class CreateExtIdpConnDtoType(WireEnum):
    """Enum of ``CreateExtIdpConnDto.type`` (unknown wire values are kept, not rejected)."""

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
