# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (SigninByMobileDto, ..., StrResourceAuthAction)."""

from __future__ import annotations

from typing import TYPE_CHECKING, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum
from genauth_async.models._redact import masked as _masked

if TYPE_CHECKING:
    from ._s6 import (
        SignInByAlipayPayloadDto, SignInByAmazonPayloadDto, SignInByApplePayloadDto,
        SignInByBaiduPayloadDto, SignInByDingTalkPayloadDto,
        SignInByDouyinMiniProgramCodeAndPhonePayloadDto,
    )
    from ._s7 import (
        SignInByDouyinMiniProgramCodePayloadDto, SignInByDouyinPayloadDto,
        SignInByFacebookPayloadDto, SignInByGiteePayloadDto, SignInByGithubPayloadDto,
        SignInByGitlabPayloadDto, SignInByGooglePayloadDto, SignInByHuaweiPayloadDto,
        SignInByKuaishouPayloadDto, SignInByLarkBlockPayloadDto, SignInByLarkInternalPayloadDto,
        SignInByLarkPublicPayloadDto, SignInByLinePayloadDto, SignInByLinkedInPayloadDto,
    )
    from ._s8 import (
        SignInByMobileOptionsDto, SignInByOPPOPayloadDto, SignInByQQPayloadDto,
        SignInBySlackPayloadDto, SignInByWechatMiniProgramCodeAndPhonePayloadDto,
        SignInByWechatMiniProgramCodePayloadDto, SignInByWechatMiniProgramPhonePayloadDto,
    )
    from ._s9 import (
        SignInByWechatPayloadDto, SignInByWechatworkAgencyPayloadDto, SignInByWechatworkDto,
        SignInByWeiboPayloadDto, SignInByXiaomiPayloadDto, SignInByYidunPayloadDto,
    )

__all__ = [
    "SigninByMobileDto", "SigninByMobileDtoConnection", "SortingDto", "SortingDtoField",
    "SortingDtoOrder", "StrAuthorize", "StrResourceAuthAction",
]


@_attrs.define(kw_only=True, slots=True)
class SigninByMobileDto:
    """Wire model ``SigninByMobileDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        ext_idp_connidentifier: ``extIdpConnidentifier``, str, required
        connection: ``connection``, SigninByMobileDtoConnection, required
        wechat_payload: ``wechatPayload``, SignInByWechatPayloadDto, optional
        apple_payload: ``applePayload``, SignInByApplePayloadDto, optional
        alipay_payload: ``alipayPayload``, SignInByAlipayPayloadDto, optional
        wechatwork_payload: ``wechatworkPayload``, SignInByWechatworkDto, optional
        wechatwork_agency_payload: ``wechatworkAgencyPayload``, SignInByWechatworkAgencyPayloadDto, optional
        lark_public_payload: ``larkPublicPayload``, SignInByLarkPublicPayloadDto, optional
        lark_internal_payload: ``larkInternalPayload``, SignInByLarkInternalPayloadDto, optional
        lark_block_payload: ``larkBlockPayload``, SignInByLarkBlockPayloadDto, optional
        yidun_payload: ``yidunPayload``, SignInByYidunPayloadDto, optional
        wechat_mini_program_code_payload: ``wechatMiniProgramCodePayload``, SignInByWechatMiniProgramCodePayloadDto, optional
        wechat_mini_program_phone_payload: ``wechatMiniProgramPhonePayload``, SignInByWechatMiniProgramPhonePayloadDto, optional
        wechat_mini_program_code_and_phone_payload: ``wechatMiniProgramCodeAndPhonePayload``, SignInByWechatMiniProgramCodeAndPhonePayloadDto, optional
        douyin_mini_program_code_payload: ``douyinMiniProgramCodePayload``, SignInByDouyinMiniProgramCodePayloadDto, optional
        douyin_mini_program_code_and_phone_payload: ``douyinMiniProgramCodeAndPhonePayload``, SignInByDouyinMiniProgramCodeAndPhonePayloadDto, optional
        google_payload: ``googlePayload``, SignInByGooglePayloadDto, optional
        facebook_payload: ``facebookPayload``, SignInByFacebookPayloadDto, optional
        qq_payload: ``qqPayload``, SignInByQQPayloadDto, optional
        weibo_payload: ``weiboPayload``, SignInByWeiboPayloadDto, optional
        baidu_payload: ``baiduPayload``, SignInByBaiduPayloadDto, optional
        linked_in_payload: ``linkedInPayload``, SignInByLinkedInPayloadDto, optional
        ding_talk_payload: ``dingTalkPayload``, SignInByDingTalkPayloadDto, optional
        github_payload: ``githubPayload``, SignInByGithubPayloadDto, optional
        gitee_payload: ``giteePayload``, SignInByGiteePayloadDto, optional
        gitlab_payload: ``gitlabPayload``, SignInByGitlabPayloadDto, optional
        douyin_payload: ``douyinPayload``, SignInByDouyinPayloadDto, optional
        kuaishou_payload: ``kuaishouPayload``, SignInByKuaishouPayloadDto, optional
        xiaomi_payload: ``xiaomiPayload``, SignInByXiaomiPayloadDto, optional
        line_payload: ``linePayload``, SignInByLinePayloadDto, optional
        slack_payload: ``slackPayload``, SignInBySlackPayloadDto, optional
        oppo_payload: ``oppoPayload``, SignInByOPPOPayloadDto, optional
        huawei_payload: ``huaweiPayload``, SignInByHuaweiPayloadDto, optional
        amazon_payload: ``amazonPayload``, SignInByAmazonPayloadDto, optional
        options: ``options``, SignInByMobileOptionsDto, optional
        client_id: ``client_id``, str, optional
        client_secret: ``client_secret``, str, optional
    """

    ext_idp_connidentifier: str = _attrs.field(metadata={"wire": "extIdpConnidentifier"})
    connection: SigninByMobileDtoConnection = _attrs.field(metadata={"wire": "connection"})
    wechat_payload: SignInByWechatPayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "wechatPayload"})
    apple_payload: SignInByApplePayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "applePayload"})
    alipay_payload: SignInByAlipayPayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "alipayPayload"})
    wechatwork_payload: SignInByWechatworkDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "wechatworkPayload"})
    wechatwork_agency_payload: SignInByWechatworkAgencyPayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "wechatworkAgencyPayload"})
    lark_public_payload: SignInByLarkPublicPayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "larkPublicPayload"})
    lark_internal_payload: SignInByLarkInternalPayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "larkInternalPayload"})
    lark_block_payload: SignInByLarkBlockPayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "larkBlockPayload"})
    yidun_payload: SignInByYidunPayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "yidunPayload"})
    wechat_mini_program_code_payload: SignInByWechatMiniProgramCodePayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "wechatMiniProgramCodePayload"})
    wechat_mini_program_phone_payload: SignInByWechatMiniProgramPhonePayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "wechatMiniProgramPhonePayload"})
    wechat_mini_program_code_and_phone_payload: SignInByWechatMiniProgramCodeAndPhonePayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "wechatMiniProgramCodeAndPhonePayload"})
    douyin_mini_program_code_payload: SignInByDouyinMiniProgramCodePayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "douyinMiniProgramCodePayload"})
    douyin_mini_program_code_and_phone_payload: SignInByDouyinMiniProgramCodeAndPhonePayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "douyinMiniProgramCodeAndPhonePayload"})
    google_payload: SignInByGooglePayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "googlePayload"})
    facebook_payload: SignInByFacebookPayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "facebookPayload"})
    qq_payload: SignInByQQPayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "qqPayload"})
    weibo_payload: SignInByWeiboPayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "weiboPayload"})
    baidu_payload: SignInByBaiduPayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "baiduPayload"})
    linked_in_payload: SignInByLinkedInPayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "linkedInPayload"})
    ding_talk_payload: SignInByDingTalkPayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "dingTalkPayload"})
    github_payload: SignInByGithubPayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "githubPayload"})
    gitee_payload: SignInByGiteePayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "giteePayload"})
    gitlab_payload: SignInByGitlabPayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "gitlabPayload"})
    douyin_payload: SignInByDouyinPayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "douyinPayload"})
    kuaishou_payload: SignInByKuaishouPayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "kuaishouPayload"})
    xiaomi_payload: SignInByXiaomiPayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "xiaomiPayload"})
    line_payload: SignInByLinePayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "linePayload"})
    slack_payload: SignInBySlackPayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "slackPayload"})
    oppo_payload: SignInByOPPOPayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "oppoPayload"})
    huawei_payload: SignInByHuaweiPayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "huaweiPayload"})
    amazon_payload: SignInByAmazonPayloadDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "amazonPayload"})
    options: SignInByMobileOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})
    client_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "client_id"})
    client_secret: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "client_secret"})


class SigninByMobileDtoConnection(WireEnum):
    """Enum of ``SigninByMobileDto.connection`` (unknown wire values are kept, not rejected)."""

    APPLE = "apple"
    WECHAT = "wechat"
    ALIPAY = "alipay"
    WECHATWORK = "wechatwork"
    WECHATWORK_AGENCY = "wechatwork_agency"
    LARK_INTERNAL = "lark_internal"
    LARK_PUBLIC = "lark_public"
    LARK_BLOCK = "lark_block"
    YIDUN = "yidun"
    WECHAT_MINI_PROGRAM_CODE = "wechat_mini_program_code"
    WECHAT_MINI_PROGRAM_PHONE = "wechat_mini_program_phone"
    WECHAT_MINI_PROGRAM_CODE_AND_PHONE = "wechat_mini_program_code_and_phone"
    GOOGLE = "google"
    FACEBOOK = "facebook"
    QQ = "qq"
    WEIBO = "weibo"
    BAIDU = "baidu"
    LINKEDIN = "linkedin"
    DINGTALK = "dingtalk"
    GITHUB = "github"
    GITEE = "gitee"
    GITLAB = "gitlab"
    DOUYIN = "douyin"
    KUAISHOU = "kuaishou"
    XIAOMI = "xiaomi"
    LINE = "line"
    SLACK = "slack"
    OPPO = "oppo"
    HUAWEI = "huawei"
    AMAZON = "amazon"
    DOUYIN_MINI_PROGRAM_CODE = "douyin_mini_program_code"
    DOUYIN_MINI_PROGRAM_CODE_AND_PHONE = "douyin_mini_program_code_and_phone"


@_attrs.define(kw_only=True, slots=True)
class SortingDto:
    """Wire model ``SortingDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        field: ``field``, SortingDtoField, required
        order: ``order``, SortingDtoOrder, required
    """

    field: SortingDtoField = _attrs.field(metadata={"wire": "field"})
    order: SortingDtoOrder = _attrs.field(metadata={"wire": "order"})


class SortingDtoField(WireEnum):
    """Enum of ``SortingDto.field`` (unknown wire values are kept, not rejected)."""

    ID = "id"
    CREATED_AT = "createdAt"
    UPDATED_AT = "updatedAt"
    EMAIL = "email"
    USERNAME = "username"
    EXTERNAL_ID = "externalId"
    PHONE = "phone"
    STATUS = "status"
    STATUS_CHANGED_AT = "statusChangedAt"
    PASSWORD_LAST_SET_AT = "passwordLastSetAt"
    LOGINS_COUNT = "loginsCount"
    GENDER = "gender"
    LAST_LOGIN = "lastLogin"
    USER_SOURCE_TYPE = "userSourceType"
    LAST_MFA_TIME = "lastMfaTime"
    PASSWORD_SECURITY_LEVEL = "passwordSecurityLevel"
    PHONE_COUNTRY_CODE = "phoneCountryCode"
    LAST_IP = "lastIp"


class SortingDtoOrder(WireEnum):
    """Enum of ``SortingDto.order`` (unknown wire values are kept, not rejected)."""

    DESC = "desc"
    ASC = "asc"


@_attrs.define(kw_only=True, slots=True)
class StrAuthorize:
    """Wire model ``StrAuthorize`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        value: ``value``, str, required
        actions: ``actions``, list[str], required
    """

    value: str = _attrs.field(metadata={"wire": "value"})
    actions: List[str] = _attrs.field(metadata={"wire": "actions"})


@_attrs.define(kw_only=True, slots=True)
class StrResourceAuthAction:
    """Wire model ``StrResourceAuthAction`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        value: ``value``, str, optional
        actions: ``actions``, list[str], optional
    """

    value: str | None = _attrs.field(default=None, metadata={"wire": "value"})
    actions: List[str] | None = _attrs.field(default=None, metadata={"wire": "actions"})
