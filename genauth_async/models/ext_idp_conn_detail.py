# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ExtIdpConnDetail`` and its enums (ExtIdpConnDetailAssociationMode, ExtIdpConnDetailType)."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireEnum

__all__ = ["ExtIdpConnDetail", "ExtIdpConnDetailAssociationMode", "ExtIdpConnDetailType"]


@_attrs.define(kw_only=True, slots=True)
class ExtIdpConnDetail:
    """Wire model ``ExtIdpConnDetail`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        type: ``type``, ExtIdpConnDetailType, required
        ext_idp_id: ``extIdpId``, str, required
        logo: ``logo``, str, required
        identifier: ``identifier``, str, optional
        display_name: ``displayName``, str, optional
        login_only: ``loginOnly``, bool, required
        association_mode: ``associationMode``, ExtIdpConnDetailAssociationMode, required
        challenge_binding_methods: ``challengeBindingMethods``, list[str], required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    type: ExtIdpConnDetailType = _attrs.field(metadata={"wire": "type"})
    ext_idp_id: str = _attrs.field(metadata={"wire": "extIdpId"})
    logo: str = _attrs.field(metadata={"wire": "logo"})
    identifier: str | None = _attrs.field(default=None, metadata={"wire": "identifier"})
    display_name: str | None = _attrs.field(default=None, metadata={"wire": "displayName"})
    login_only: bool = _attrs.field(metadata={"wire": "loginOnly"})
    association_mode: ExtIdpConnDetailAssociationMode = _attrs.field(metadata={"wire": "associationMode"})
    challenge_binding_methods: List[str] = _attrs.field(metadata={"wire": "challengeBindingMethods"})


class ExtIdpConnDetailAssociationMode(WireEnum):
    """Enum of ``ExtIdpConnDetail.associationMode`` (unknown wire values are kept, not rejected)."""

    NONE = "none"
    FIELD = "field"
    CHALLENGE = "challenge"


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
