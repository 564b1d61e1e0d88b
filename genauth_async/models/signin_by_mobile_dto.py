# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SigninByMobileDto`` and its enum (SigninByMobileDtoConnection)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum
from genauth_async.models._redact import masked as _masked

from .sign_in_by_alipay_payload_dto import SignInByAlipayPayloadDto
from .sign_in_by_amazon_payload_dto import SignInByAmazonPayloadDto
from .sign_in_by_apple_payload_dto import SignInByApplePayloadDto
from .sign_in_by_baidu_payload_dto import SignInByBaiduPayloadDto
from .sign_in_by_ding_talk_payload_dto import SignInByDingTalkPayloadDto
from .sign_in_by_douyin_mini_program_code_and_phone_payload_dto import SignInByDouyinMiniProgramCodeAndPhonePayloadDto
from .sign_in_by_douyin_mini_program_code_payload_dto import SignInByDouyinMiniProgramCodePayloadDto
from .sign_in_by_douyin_payload_dto import SignInByDouyinPayloadDto
from .sign_in_by_facebook_payload_dto import SignInByFacebookPayloadDto
from .sign_in_by_gitee_payload_dto import SignInByGiteePayloadDto
from .sign_in_by_github_payload_dto import SignInByGithubPayloadDto
from .sign_in_by_gitlab_payload_dto import SignInByGitlabPayloadDto
from .sign_in_by_google_payload_dto import SignInByGooglePayloadDto
from .sign_in_by_huawei_payload_dto import SignInByHuaweiPayloadDto
from .sign_in_by_kuaishou_payload_dto import SignInByKuaishouPayloadDto
from .sign_in_by_lark_block_payload_dto import SignInByLarkBlockPayloadDto
from .sign_in_by_lark_internal_payload_dto import SignInByLarkInternalPayloadDto
from .sign_in_by_lark_public_payload_dto import SignInByLarkPublicPayloadDto
from .sign_in_by_line_payload_dto import SignInByLinePayloadDto
from .sign_in_by_linked_in_payload_dto import SignInByLinkedInPayloadDto
from .sign_in_by_mobile_options_dto import SignInByMobileOptionsDto
from .sign_in_by_oppo_payload_dto import SignInByOPPOPayloadDto
from .sign_in_by_qq_payload_dto import SignInByQQPayloadDto
from .sign_in_by_slack_payload_dto import SignInBySlackPayloadDto
from .sign_in_by_wechat_mini_program_code_and_phone_payload_dto import SignInByWechatMiniProgramCodeAndPhonePayloadDto
from .sign_in_by_wechat_mini_program_code_payload_dto import SignInByWechatMiniProgramCodePayloadDto
from .sign_in_by_wechat_mini_program_phone_payload_dto import SignInByWechatMiniProgramPhonePayloadDto
from .sign_in_by_wechat_payload_dto import SignInByWechatPayloadDto
from .sign_in_by_wechatwork_agency_payload_dto import SignInByWechatworkAgencyPayloadDto
from .sign_in_by_wechatwork_dto import SignInByWechatworkDto
from .sign_in_by_weibo_payload_dto import SignInByWeiboPayloadDto
from .sign_in_by_xiaomi_payload_dto import SignInByXiaomiPayloadDto
from .sign_in_by_yidun_payload_dto import SignInByYidunPayloadDto

__all__ = ["SigninByMobileDto", "SigninByMobileDtoConnection"]


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
