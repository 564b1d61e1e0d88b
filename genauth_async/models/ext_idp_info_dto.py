# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ExtIdpInfoDto`` and its enums (ExtIdpInfoDtoExtIdpType, ExtIdpInfoDtoType)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireEnum

__all__ = ["ExtIdpInfoDto", "ExtIdpInfoDtoExtIdpType", "ExtIdpInfoDtoType"]


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


class ExtIdpInfoDtoType(WireEnum):
    """Enum of ``ExtIdpInfoDto.type`` (unknown wire values are kept, not rejected)."""

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
