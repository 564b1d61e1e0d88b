# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CreateIdentityDto`` and its enum (CreateIdentityDtoProvider)."""

from __future__ import annotations

from typing import Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum
from genauth_async.models._redact import masked as _masked

__all__ = ["CreateIdentityDto", "CreateIdentityDtoProvider"]


@_attrs.define(kw_only=True, slots=True)
class CreateIdentityDto:
    """Wire model ``CreateIdentityDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        ext_idp_id: ``extIdpId``, str, required
        provider: ``provider``, CreateIdentityDtoProvider, required
        type: ``type``, str, required
        user_id_in_idp: ``userIdInIdp``, str, required
        user_info_in_idp: ``userInfoInIdp``, Any, required
        access_token: ``accessToken``, str, optional
        refresh_token: ``refreshToken``, str, optional
        origin_conn_ids: ``originConnIds``, list[str], required
    """

    ext_idp_id: str = _attrs.field(metadata={"wire": "extIdpId"})
    provider: CreateIdentityDtoProvider = _attrs.field(metadata={"wire": "provider"})
    type: str = _attrs.field(metadata={"wire": "type"})
    user_id_in_idp: str = _attrs.field(metadata={"wire": "userIdInIdp"})
    user_info_in_idp: Any = _attrs.field(metadata={"wire": "userInfoInIdp"})
    access_token: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "accessToken"})
    refresh_token: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "refreshToken"})
    origin_conn_ids: List[str] = _attrs.field(metadata={"wire": "originConnIds"})


class CreateIdentityDtoProvider(WireEnum):
    """Enum of ``CreateIdentityDto.provider`` (unknown wire values are kept, not rejected)."""

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
