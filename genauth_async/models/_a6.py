# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (ApplicationEnabledExtIdpConnDtoExtIdpType, ..., ApplicationPermissionRecordItem)."""

from __future__ import annotations

from typing import TYPE_CHECKING, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum

if TYPE_CHECKING:
    from ._a4 import (
        ApplicationDefaultLoginMethod, ApplicationDefaultLoginMethodInput,
    )
    from ._a5 import (
        ApplicationDto, ApplicationEnabledExtIdpConnDto,
    )
    from ._a7 import (
        ApplicationPermissionRecordItemEffect, ApplicationPermissionRecordItemTargetType,
    )

__all__ = [
    "ApplicationEnabledExtIdpConnDtoExtIdpType", "ApplicationEnabledExtIdpConnInputDto",
    "ApplicationLoginConfigDto", "ApplicationLoginConfigDtoEnabledBasicLoginMethods",
    "ApplicationLoginConfigInputDto", "ApplicationLoginConfigInputDtoEnabledBasicLoginMethods",
    "ApplicationMfaDto", "ApplicationPaginatedDataDto", "ApplicationPaginatedRespDto",
    "ApplicationPermissionApplyApprovalObject", "ApplicationPermissionRecordItem",
]


class ApplicationEnabledExtIdpConnDtoExtIdpType(WireEnum):
    """Enum of ``ApplicationEnabledExtIdpConnDto.extIdpType`` (unknown wire values are kept, not rejected)."""

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
class ApplicationEnabledExtIdpConnInputDto:
    """Wire model ``ApplicationEnabledExtIdpConnInputDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        ext_idp_conn_id: ``extIdpConnId``, str, required
    """

    ext_idp_conn_id: str = _attrs.field(metadata={"wire": "extIdpConnId"})


@_attrs.define(kw_only=True, slots=True)
class ApplicationLoginConfigDto(WireBacked):
    """Wire model ``ApplicationLoginConfigDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        merge_login_and_register_page: ``mergeLoginAndRegisterPage``, bool, required
        enabled_basic_login_methods: ``enabledBasicLoginMethods``, list[ApplicationLoginConfigDtoEnabledBasicLoginMethods], required
        default_login_method: ``defaultLoginMethod``, ApplicationDefaultLoginMethod, required
        enabled_ext_idp_conns: ``enabledExtIdpConns``, list[ApplicationEnabledExtIdpConnDto], required
        show_authorization_page: ``showAuthorizationPage``, bool, required
    """

    merge_login_and_register_page: bool = _attrs.field(metadata={"wire": "mergeLoginAndRegisterPage"})
    enabled_basic_login_methods: List[ApplicationLoginConfigDtoEnabledBasicLoginMethods] = _attrs.field(metadata={"wire": "enabledBasicLoginMethods"})
    default_login_method: ApplicationDefaultLoginMethod = _attrs.field(metadata={"wire": "defaultLoginMethod"})
    enabled_ext_idp_conns: List[ApplicationEnabledExtIdpConnDto] = _attrs.field(metadata={"wire": "enabledExtIdpConns"})
    show_authorization_page: bool = _attrs.field(metadata={"wire": "showAuthorizationPage"})


class ApplicationLoginConfigDtoEnabledBasicLoginMethods(WireEnum):
    """Enum of ``ApplicationLoginConfigDto.enabledBasicLoginMethods`` (unknown wire values are kept, not rejected)."""

    PHONE_CODE = "PHONE_CODE"
    EMAIL_CODE = "EMAIL_CODE"
    PHONE_PASSWORD = "PHONE_PASSWORD"
    EMAIL_PASSWORD = "EMAIL_PASSWORD"
    USERNAME_PASSWORD = "USERNAME_PASSWORD"
    SELF_BUILT_APP_QRCODE = "SELF_BUILT_APP_QRCODE"


@_attrs.define(kw_only=True, slots=True)
class ApplicationLoginConfigInputDto:
    """Wire model ``ApplicationLoginConfigInputDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        merge_login_and_register_page: ``mergeLoginAndRegisterPage``, bool, optional
        enabled_basic_login_methods: ``enabledBasicLoginMethods``, list[ApplicationLoginConfigInputDtoEnabledBasicLoginMethods], optional
        default_login_method: ``defaultLoginMethod``, ApplicationDefaultLoginMethodInput, optional
        enabled_ext_idp_conn_ids: ``enabledExtIdpConnIds``, list[ApplicationEnabledExtIdpConnInputDto], optional
        enabled_all_ext_idp_conns: ``enabledAllExtIdpConns``, bool, optional
        show_authorization_page: ``showAuthorizationPage``, bool, required
    """

    merge_login_and_register_page: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "mergeLoginAndRegisterPage"})
    enabled_basic_login_methods: List[ApplicationLoginConfigInputDtoEnabledBasicLoginMethods] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "enabledBasicLoginMethods"})
    default_login_method: ApplicationDefaultLoginMethodInput | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "defaultLoginMethod"})
    enabled_ext_idp_conn_ids: List[ApplicationEnabledExtIdpConnInputDto] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "enabledExtIdpConnIds"})
    enabled_all_ext_idp_conns: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "enabledAllExtIdpConns"})
    show_authorization_page: bool = _attrs.field(metadata={"wire": "showAuthorizationPage"})


class ApplicationLoginConfigInputDtoEnabledBasicLoginMethods(WireEnum):
    """Enum of ``ApplicationLoginConfigInputDto.enabledBasicLoginMethods`` (unknown wire values are kept, not rejected)."""

    PHONE_CODE = "PHONE_CODE"
    EMAIL_CODE = "EMAIL_CODE"
    PHONE_PASSWORD = "PHONE_PASSWORD"
    EMAIL_PASSWORD = "EMAIL_PASSWORD"
    USERNAME_PASSWORD = "USERNAME_PASSWORD"
    SELF_BUILT_APP_QRCODE = "SELF_BUILT_APP_QRCODE"


@_attrs.define(kw_only=True, slots=True)
class ApplicationMfaDto:
    """Wire model ``ApplicationMfaDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        mfa_policy: ``mfaPolicy``, str, required
        status: ``status``, int, required
        sort: ``sort``, int, required
    """

    mfa_policy: str = _attrs.field(metadata={"wire": "mfaPolicy"})
    status: int = _attrs.field(metadata={"wire": "status"})
    sort: int = _attrs.field(metadata={"wire": "sort"})


@_attrs.define(kw_only=True, slots=True)
class ApplicationPaginatedDataDto(WireBacked):
    """Wire model ``ApplicationPaginatedDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        list: ``list``, list[ApplicationDto], required
        total_count: ``totalCount``, int, required
    """

    list: List[ApplicationDto] = _attrs.field(metadata={"wire": "list"})
    total_count: int = _attrs.field(metadata={"wire": "totalCount"})


@_attrs.define(kw_only=True, slots=True)
class ApplicationPaginatedRespDto(WireBacked):
    """Wire model ``ApplicationPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, ApplicationPaginatedDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: ApplicationPaginatedDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ApplicationPermissionApplyApprovalObject:
    """Wire model ``ApplicationPermissionApplyApprovalObject`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        object_id: ``objectId``, str, required
        object_name: ``objectName``, str, required
        logo: ``logo``, str, required
    """

    object_id: str = _attrs.field(metadata={"wire": "objectId"})
    object_name: str = _attrs.field(metadata={"wire": "objectName"})
    logo: str = _attrs.field(metadata={"wire": "logo"})


@_attrs.define(kw_only=True, slots=True)
class ApplicationPermissionRecordItem:
    """Wire model ``ApplicationPermissionRecordItem`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        target_type: ``targetType``, ApplicationPermissionRecordItemTargetType, required
        namespace_code: ``namespaceCode``, str, optional
        inherit_by_children: ``inheritByChildren``, bool, optional
        target_identifier: ``targetIdentifier``, list[str], required
        effect: ``effect``, ApplicationPermissionRecordItemEffect, required
    """

    target_type: ApplicationPermissionRecordItemTargetType = _attrs.field(metadata={"wire": "targetType"})
    namespace_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "namespaceCode"})
    inherit_by_children: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "inheritByChildren"})
    target_identifier: List[str] = _attrs.field(metadata={"wire": "targetIdentifier"})
    effect: ApplicationPermissionRecordItemEffect = _attrs.field(metadata={"wire": "effect"})
