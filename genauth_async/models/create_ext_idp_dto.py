# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CreateExtIdpDto`` and its enum (CreateExtIdpDtoType)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

__all__ = ["CreateExtIdpDto", "CreateExtIdpDtoType"]


@_attrs.define(kw_only=True, slots=True)
class CreateExtIdpDto:
    """Wire model ``CreateExtIdpDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        name: ``name``, str, required
        type: ``type``, CreateExtIdpDtoType, required
        tenant_id: ``tenantId``, str, optional
    """

    name: str = _attrs.field(metadata={"wire": "name"})
    type: CreateExtIdpDtoType = _attrs.field(metadata={"wire": "type"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})


class CreateExtIdpDtoType(WireEnum):
    """Enum of ``CreateExtIdpDto.type`` (unknown wire values are kept, not rejected)."""

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
