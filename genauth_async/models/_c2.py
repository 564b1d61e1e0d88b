# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (CreateDnefReq, ..., CreateWebhookDtoEvents)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

if TYPE_CHECKING:
    from ._c1 import (
        Condition, Config,
    )
    from ._d import (
        DataResourceTreeStructs, DefaultPasswordConfigDto, DropDownItemDto,
    )
    from ._e import (
        ExtendField,
    )
    from ._g3 import (
        GroupDto,
    )
    from ._i import (
        InvitationLinkConfigDto,
    )
    from ._o import (
        OrganizationNameI18nDto,
    )
    from ._p import (
        PostInfoDto,
    )
    from ._r import (
        ResourceAction, RoleListItem,
    )
    from ._s1 import (
        SendCreateAccountNotificationDto,
    )
    from ._s2 import (
        SyncTaskClientConfig, SyncTaskFieldMapping, SyncTaskProvisioningScope,
        SyncTaskTimedScheduler,
    )
    from ._t import (
        TenantDto,
    )
    from ._w import (
        WebhookRetryConfigV3Dto,
    )

__all__ = [
    "CreateDnefReq", "CreateDnefReqValueType", "CreateEventAppDto", "CreateExtIdpConnDto",
    "CreateExtIdpConnDtoType", "CreateExtIdpDto", "CreateExtIdpDtoType", "CreateFunctionModelDto",
    "CreateFunctionModelDtoDataType", "CreateFunctionModelDtoType", "CreateFunctionModelFieldDto",
    "CreateFunctionModelFieldDtoType", "CreateGroupBatchReqDto", "CreateGroupReqDto",
    "CreateIdentityDto", "CreateIdentityDtoProvider", "CreateInvitationPolicyDto",
    "CreateInvitationPolicyDtoInviteMethod", "CreateInvitationPolicyDtoSendVerifyCodeMethod",
    "CreateInvitationRosterDto", "CreateMultipleTenantAdminDto", "CreateNamespaceDto",
    "CreateNamespacesBatchDto", "CreateNamespacesBatchItemDto", "CreateOperateModelDto",
    "CreateOrUpdateGroupDataDto", "CreateOrUpdateGroupReqDto", "CreateOrUpdateGroupRespDto",
    "CreateOrganizationReqDto", "CreatePermissionNamespaceDto", "CreatePermissionNamespaceRespDto",
    "CreatePermissionNamespaceResponseDto", "CreatePermissionNamespacesBatchDto",
    "CreatePermissionNamespacesBatchItemDto", "CreatePipelineFunctionDto",
    "CreatePipelineFunctionDtoScene", "CreatePostDto", "CreatePostRespDto",
    "CreatePublicAccountBatchReqDto", "CreatePublicAccountFromUserDto",
    "CreatePublicAccountOptionsDto", "CreatePublicAccountOptionsDtoDepartmentIdType",
    "CreatePublicAccountOptionsDtoPasswordEncryptType", "CreatePublicAccountOtpDto",
    "CreatePublicAccountReqDto", "CreatePublicAccountReqDtoGender",
    "CreatePublicAccountReqDtoStatus", "CreateRelationValueDto", "CreateResourceBatchItemDto",
    "CreateResourceBatchItemDtoType", "CreateResourceDto", "CreateResourceDtoType",
    "CreateResourcesBatchDto", "CreateRoleDto", "CreateRolesBatch", "CreateRosterUserInfoDto",
    "CreateRowDto", "CreateStringDataResourceDto", "CreateStringDataResourceRespDto",
    "CreateStringDataResourceRespDtoType", "CreateStringDataResourceResponseDto",
    "CreateSyncTaskDto", "CreateSyncTaskDtoSyncTaskFlow", "CreateSyncTaskDtoSyncTaskTrigger",
    "CreateSyncTaskDtoSyncTaskType", "CreateTenantCooperatorDto", "CreateTenantDto",
    "CreateTenantEnterpriseCertificationBodyDto", "CreateTenantRespDto",
    "CreateTenantUserOptionsDto", "CreateTenantUserOptionsDtoPasswordEncryptType",
    "CreateTenantUserReqDto", "CreateTenantUserReqDtoGender", "CreateTerminalDto",
    "CreateTerminalDtoType", "CreateTreeDataResourceDto", "CreateTreeDataResourceRespDto",
    "CreateTreeDataResourceRespDtoType", "CreateTreeDataResourceResponseDto", "CreateUEBADto",
    "CreateUEBARespDto", "CreateUserBatchReqDto", "CreateUserInfoDto", "CreateUserInfoDtoGender",
    "CreateUserInfoDtoStatus", "CreateUserOptionsDto", "CreateUserOptionsDtoDepartmentIdType",
    "CreateUserOptionsDtoPasswordEncryptType", "CreateUserOtpDto", "CreateUserReqDto",
    "CreateUserReqDtoGender", "CreateUserReqDtoStatus", "CreateWebhookDto",
    "CreateWebhookDtoContentType", "CreateWebhookDtoEvents",
]


@_attrs.define(kw_only=True, slots=True)
class CreateDnefReq:
    """Wire model ``CreateDnefReq`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        resource_code: ``resourceCode``, str, required
        namespace_code: ``namespaceCode``, str, required
        label: ``label``, str, required
        value_type: ``valueType``, CreateDnefReqValueType, required
        key: ``key``, str, required
        description: ``description``, str, optional
        config: ``config``, Config, optional
    """

    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
    label: str = _attrs.field(metadata={"wire": "label"})
    value_type: CreateDnefReqValueType = _attrs.field(metadata={"wire": "valueType"})
    key: str = _attrs.field(metadata={"wire": "key"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    config: Config | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "config"})


class CreateDnefReqValueType(WireEnum):
    """Enum of ``CreateDnefReq.valueType`` (unknown wire values are kept, not rejected)."""

    STRING = "STRING"
    SELECT = "SELECT"


@_attrs.define(kw_only=True, slots=True)
class CreateEventAppDto:
    """Wire model ``CreateEventAppDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        logo: ``logo``, str, required
        name: ``name``, str, required
        identifier: ``identifier``, str, required
    """

    logo: str = _attrs.field(metadata={"wire": "logo"})
    name: str = _attrs.field(metadata={"wire": "name"})
    identifier: str = _attrs.field(metadata={"wire": "identifier"})


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


@_attrs.define(kw_only=True, slots=True)
class CreateFunctionModelDto:
    """Wire model ``CreateFunctionModelDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        parent_key: ``parentKey``, str, required
        enable: ``enable``, bool, required
        type: ``type``, CreateFunctionModelDtoType, required
        description: ``description``, str, required
        name: ``name``, str, required
        data_type: ``dataType``, CreateFunctionModelDtoDataType, optional
    """

    parent_key: str = _attrs.field(metadata={"wire": "parentKey"})
    enable: bool = _attrs.field(metadata={"wire": "enable"})
    type: CreateFunctionModelDtoType = _attrs.field(metadata={"wire": "type"})
    description: str = _attrs.field(metadata={"wire": "description"})
    name: str = _attrs.field(metadata={"wire": "name"})
    data_type: CreateFunctionModelDtoDataType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "dataType"})


class CreateFunctionModelDtoDataType(WireEnum):
    """Enum of ``CreateFunctionModelDto.dataType`` (unknown wire values are kept, not rejected)."""

    LIST = "list"
    TREE = "tree"


class CreateFunctionModelDtoType(WireEnum):
    """Enum of ``CreateFunctionModelDto.type`` (unknown wire values are kept, not rejected)."""

    UEBA = "ueba"
    USER = "user"
    POST = "post"
    GROUP = "group"
    DEPARTMENT = "department"
    ORGANIZATION = "organization"
    DEVICE = "device"
    DEVICE_RELY = "device_rely"
    CUSTOM = "custom"


@_attrs.define(kw_only=True, slots=True)
class CreateFunctionModelFieldDto:
    """Wire model ``CreateFunctionModelFieldDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_visible: ``userVisible``, bool, required
        relation_optional_range: ``relationOptionalRange``, Condition, required
        relation_show_key: ``relationShowKey``, str, required
        relation_multiple: ``relationMultiple``, bool, required
        relation_type: ``relationType``, str, required
        for_login: ``forLogin``, bool, required
        fuzzy_search: ``fuzzySearch``, bool, required
        drop_down: ``dropDown``, DropDownItemDto, required
        format: ``format``, int, required
        regexp: ``regexp``, str, required
        min: ``min``, int, required
        max: ``max``, int, required
        max_length: ``maxLength``, int, required
        unique: ``unique``, bool, required
        require: ``require``, bool, required
        default: ``default``, Any, required
        help: ``help``, str, required
        editable: ``editable``, bool, required
        show: ``show``, bool, required
        type: ``type``, CreateFunctionModelFieldDtoType, required
        key: ``key``, str, required
        name: ``name``, str, required
        model_id: ``modelId``, str, required
    """

    user_visible: bool = _attrs.field(metadata={"wire": "userVisible"})
    relation_optional_range: Condition = _attrs.field(metadata={"wire": "relationOptionalRange"})
    relation_show_key: str = _attrs.field(metadata={"wire": "relationShowKey"})
    relation_multiple: bool = _attrs.field(metadata={"wire": "relationMultiple"})
    relation_type: str = _attrs.field(metadata={"wire": "relationType"})
    for_login: bool = _attrs.field(metadata={"wire": "forLogin"})
    fuzzy_search: bool = _attrs.field(metadata={"wire": "fuzzySearch"})
    drop_down: DropDownItemDto = _attrs.field(metadata={"wire": "dropDown"})
    format: int = _attrs.field(metadata={"wire": "format"})
    regexp: str = _attrs.field(metadata={"wire": "regexp"})
    min: int = _attrs.field(metadata={"wire": "min"})
    max: int = _attrs.field(metadata={"wire": "max"})
    max_length: int = _attrs.field(metadata={"wire": "maxLength"})
    unique: bool = _attrs.field(metadata={"wire": "unique"})
    require: bool = _attrs.field(metadata={"wire": "require"})
    default: Any = _attrs.field(metadata={"wire": "default"})
    help: str = _attrs.field(metadata={"wire": "help"})
    editable: bool = _attrs.field(metadata={"wire": "editable"})
    show: bool = _attrs.field(metadata={"wire": "show"})
    type: CreateFunctionModelFieldDtoType = _attrs.field(metadata={"wire": "type"})
    key: str = _attrs.field(metadata={"wire": "key"})
    name: str = _attrs.field(metadata={"wire": "name"})
    model_id: str = _attrs.field(metadata={"wire": "modelId"})


class CreateFunctionModelFieldDtoType(WireEnum):
    """Enum of ``CreateFunctionModelFieldDto.type`` (unknown wire values are kept, not rejected)."""

    TEXT = "Text"
    TEXTAREA = "Textarea"
    NUMBER = "Number"
    BOOLEAN = "Boolean"
    DATE = "Date"
    ENUM = "Enum"
    RELATION = "Relation"
    REVERSE_RELATION = "ReverseRelation"
    ARRAY = "Array"


@_attrs.define(kw_only=True, slots=True)
class CreateGroupBatchReqDto:
    """Wire model ``CreateGroupBatchReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        list: ``list``, list[CreateGroupReqDto], required
    """

    list: List[CreateGroupReqDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class CreateGroupReqDto:
    """Wire model ``CreateGroupReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        type: ``type``, str, required
        description: ``description``, str, required
        name: ``name``, str, required
        code: ``code``, str, required
        custom_data: ``customData``, Any, optional
    """

    type: str = _attrs.field(metadata={"wire": "type"})
    description: str = _attrs.field(metadata={"wire": "description"})
    name: str = _attrs.field(metadata={"wire": "name"})
    code: str = _attrs.field(metadata={"wire": "code"})
    custom_data: Any = _attrs.field(default=_UNSET, metadata={"wire": "customData"})


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
    access_token: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "accessToken"})
    refresh_token: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "refreshToken"})
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


@_attrs.define(kw_only=True, slots=True)
class CreateInvitationPolicyDto:
    """Wire model ``CreateInvitationPolicyDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        name: ``name``, str, required
        invite_method: ``inviteMethod``, CreateInvitationPolicyDtoInviteMethod, optional
        invite_link_config: ``inviteLinkConfig``, InvitationLinkConfigDto, optional
        default_password_config: ``defaultPasswordConfig``, DefaultPasswordConfigDto, optional
        show_password_in_invite_email: ``showPasswordInInviteEmail``, bool, optional
        enabled_identifier_verify: ``enabledIdentifierVerify``, bool, optional
        send_verify_code_method: ``sendVerifyCodeMethod``, CreateInvitationPolicyDtoSendVerifyCodeMethod, optional
        enabled_info_fill: ``enabledInfoFill``, bool, optional
        register_info_fill_msg: ``registerInfoFillMsg``, str, optional
        enabled_ext_idp: ``enabledExtIdp``, bool, optional
        allow_skip_bind_ext_idp: ``allowSkipBindExtIdp``, bool, optional
        ext_idp_bind_msg: ``extIdpBindMsg``, str, optional
        ext_idp_conn_ids: ``extIdpConnIds``, list[str], optional
        extends_fields: ``extendsFields``, list[str], optional
    """

    name: str = _attrs.field(metadata={"wire": "name"})
    invite_method: CreateInvitationPolicyDtoInviteMethod | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "inviteMethod"})
    invite_link_config: InvitationLinkConfigDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "inviteLinkConfig"})
    default_password_config: DefaultPasswordConfigDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "defaultPasswordConfig"})
    show_password_in_invite_email: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "showPasswordInInviteEmail"})
    enabled_identifier_verify: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "enabledIdentifierVerify"})
    send_verify_code_method: CreateInvitationPolicyDtoSendVerifyCodeMethod | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sendVerifyCodeMethod"})
    enabled_info_fill: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "enabledInfoFill"})
    register_info_fill_msg: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "registerInfoFillMsg"})
    enabled_ext_idp: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "enabledExtIdp"})
    allow_skip_bind_ext_idp: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "allowSkipBindExtIdp"})
    ext_idp_bind_msg: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "extIdpBindMsg"})
    ext_idp_conn_ids: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "extIdpConnIds"})
    extends_fields: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "extendsFields"})


class CreateInvitationPolicyDtoInviteMethod(WireEnum):
    """Enum of ``CreateInvitationPolicyDto.inviteMethod`` (unknown wire values are kept, not rejected)."""

    EMAIL = "email"


class CreateInvitationPolicyDtoSendVerifyCodeMethod(WireEnum):
    """Enum of ``CreateInvitationPolicyDto.sendVerifyCodeMethod`` (unknown wire values are kept, not rejected)."""

    PRIORITY_SMS = "prioritySMS"
    PRIORITY_EMAIL = "priorityEmail"


@_attrs.define(kw_only=True, slots=True)
class CreateInvitationRosterDto:
    """Wire model ``CreateInvitationRosterDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        name: ``name``, str, required
    """

    name: str = _attrs.field(metadata={"wire": "name"})


@_attrs.define(kw_only=True, slots=True)
class CreateMultipleTenantAdminDto:
    """Wire model ``CreateMultipleTenantAdminDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        tenant_ids: ``tenantIds``, list[str], required
        user_id: ``userId``, str, required
        api_authorized: ``apiAuthorized``, bool, optional
        send_phone_notification: ``sendPhoneNotification``, bool, optional
        send_email_notification: ``sendEmailNotification``, bool, optional
    """

    tenant_ids: List[str] = _attrs.field(metadata={"wire": "tenantIds"})
    user_id: str = _attrs.field(metadata={"wire": "userId"})
    api_authorized: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "apiAuthorized"})
    send_phone_notification: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sendPhoneNotification"})
    send_email_notification: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sendEmailNotification"})


@_attrs.define(kw_only=True, slots=True)
class CreateNamespaceDto:
    """Wire model ``CreateNamespaceDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        name: ``name``, str, optional
        description: ``description``, str, optional
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})


@_attrs.define(kw_only=True, slots=True)
class CreateNamespacesBatchDto:
    """Wire model ``CreateNamespacesBatchDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        list: ``list``, list[CreateNamespacesBatchItemDto], required
    """

    list: List[CreateNamespacesBatchItemDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class CreateNamespacesBatchItemDto:
    """Wire model ``CreateNamespacesBatchItemDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        name: ``name``, str, optional
        description: ``description``, str, optional
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})


@_attrs.define(kw_only=True, slots=True)
class CreateOperateModelDto:
    """Wire model ``CreateOperateModelDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        show: ``show``, bool, required
        icon: ``icon``, str, required
        config: ``config``, Any, required
        operate_name: ``operateName``, str, required
        operate_key: ``operateKey``, str, required
        model_id: ``modelId``, str, required
    """

    show: bool = _attrs.field(metadata={"wire": "show"})
    icon: str = _attrs.field(metadata={"wire": "icon"})
    config: Any = _attrs.field(metadata={"wire": "config"})
    operate_name: str = _attrs.field(metadata={"wire": "operateName"})
    operate_key: str = _attrs.field(metadata={"wire": "operateKey"})
    model_id: str = _attrs.field(metadata={"wire": "modelId"})


@_attrs.define(kw_only=True, slots=True)
class CreateOrUpdateGroupDataDto:
    """Wire model ``CreateOrUpdateGroupDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        created: ``created``, bool, required
        data: ``data``, GroupDto, required
    """

    created: bool = _attrs.field(metadata={"wire": "created"})
    data: GroupDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class CreateOrUpdateGroupReqDto:
    """Wire model ``CreateOrUpdateGroupReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        type: ``type``, str, required
        description: ``description``, str, required
        name: ``name``, str, required
        code: ``code``, str, required
    """

    type: str = _attrs.field(metadata={"wire": "type"})
    description: str = _attrs.field(metadata={"wire": "description"})
    name: str = _attrs.field(metadata={"wire": "name"})
    code: str = _attrs.field(metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class CreateOrUpdateGroupRespDto:
    """Wire model ``CreateOrUpdateGroupRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, CreateOrUpdateGroupDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: CreateOrUpdateGroupDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class CreateOrganizationReqDto:
    """Wire model ``CreateOrganizationReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        metadata: ``metadata``, Any, required
        organization_name: ``organizationName``, str, required
        organization_code: ``organizationCode``, str, required
        description: ``description``, str, optional
        open_department_id: ``openDepartmentId``, str, optional
        i18n: ``i18n``, OrganizationNameI18nDto, optional
        tenant_id: ``tenantId``, str, optional
        post_id_list: ``postIdList``, list[str], optional
    """

    metadata: Any = _attrs.field(metadata={"wire": "metadata"})
    organization_name: str = _attrs.field(metadata={"wire": "organizationName"})
    organization_code: str = _attrs.field(metadata={"wire": "organizationCode"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    open_department_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "openDepartmentId"})
    i18n: OrganizationNameI18nDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "i18n"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})
    post_id_list: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "postIdList"})


@_attrs.define(kw_only=True, slots=True)
class CreatePermissionNamespaceDto:
    """Wire model ``CreatePermissionNamespaceDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        name: ``name``, str, required
        code: ``code``, str, required
        description: ``description``, str, optional
    """

    name: str = _attrs.field(metadata={"wire": "name"})
    code: str = _attrs.field(metadata={"wire": "code"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})


@_attrs.define(kw_only=True, slots=True)
class CreatePermissionNamespaceRespDto:
    """Wire model ``CreatePermissionNamespaceRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        name: ``name``, str, required
        description: ``description``, str, optional
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    name: str = _attrs.field(metadata={"wire": "name"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})


@_attrs.define(kw_only=True, slots=True)
class CreatePermissionNamespaceResponseDto:
    """Wire model ``CreatePermissionNamespaceResponseDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, CreatePermissionNamespaceRespDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: CreatePermissionNamespaceRespDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class CreatePermissionNamespacesBatchDto:
    """Wire model ``CreatePermissionNamespacesBatchDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        list: ``list``, list[CreatePermissionNamespacesBatchItemDto], required
    """

    list: List[CreatePermissionNamespacesBatchItemDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class CreatePermissionNamespacesBatchItemDto:
    """Wire model ``CreatePermissionNamespacesBatchItemDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        name: ``name``, str, required
        description: ``description``, str, optional
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    name: str = _attrs.field(metadata={"wire": "name"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})


@_attrs.define(kw_only=True, slots=True)
class CreatePipelineFunctionDto:
    """Wire model ``CreatePipelineFunctionDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        source_code: ``sourceCode``, str, required
        scene: ``scene``, CreatePipelineFunctionDtoScene, required
        func_name: ``funcName``, str, required
        func_description: ``funcDescription``, str, optional
        is_asynchronous: ``isAsynchronous``, bool, optional
        timeout: ``timeout``, int, optional
        terminate_on_timeout: ``terminateOnTimeout``, bool, optional
        enabled: ``enabled``, bool, optional
    """

    source_code: str = _attrs.field(metadata={"wire": "sourceCode"})
    scene: CreatePipelineFunctionDtoScene = _attrs.field(metadata={"wire": "scene"})
    func_name: str = _attrs.field(metadata={"wire": "funcName"})
    func_description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "funcDescription"})
    is_asynchronous: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "isAsynchronous"})
    timeout: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "timeout"})
    terminate_on_timeout: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "terminateOnTimeout"})
    enabled: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "enabled"})


class CreatePipelineFunctionDtoScene(WireEnum):
    """Enum of ``CreatePipelineFunctionDto.scene`` (unknown wire values are kept, not rejected)."""

    PRE_REGISTER = "PRE_REGISTER"
    POST_REGISTER = "POST_REGISTER"
    PRE_AUTHENTICATION = "PRE_AUTHENTICATION"
    POST_AUTHENTICATION = "POST_AUTHENTICATION"
    PRE_OIDC_ID_TOKEN_ISSUED = "PRE_OIDC_ID_TOKEN_ISSUED"
    PRE_OIDC_ACCESS_TOKEN_ISSUED = "PRE_OIDC_ACCESS_TOKEN_ISSUED"
    PRE_COMPLETE_USER_INFO = "PRE_COMPLETE_USER_INFO"
    PRE_MFA_VERIFY = "PRE_MFA_VERIFY"
    POST_MFA_VERIFY = "POST_MFA_VERIFY"


@_attrs.define(kw_only=True, slots=True)
class CreatePostDto:
    """Wire model ``CreatePostDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        name: ``name``, str, required
        id: ``id``, str, optional
        description: ``description``, str, optional
        department_id_list: ``departmentIdList``, str, optional
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    name: str = _attrs.field(metadata={"wire": "name"})
    id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "id"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    department_id_list: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "departmentIdList"})


@_attrs.define(kw_only=True, slots=True)
class CreatePostRespDto:
    """Wire model ``CreatePostRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, PostInfoDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: PostInfoDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class CreatePublicAccountBatchReqDto:
    """Wire model ``CreatePublicAccountBatchReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        list: ``list``, list[CreatePublicAccountReqDto], required
        options: ``options``, CreatePublicAccountOptionsDto, optional
    """

    list: List[CreatePublicAccountReqDto] = _attrs.field(metadata={"wire": "list"})
    options: CreatePublicAccountOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})


@_attrs.define(kw_only=True, slots=True)
class CreatePublicAccountFromUserDto:
    """Wire model ``CreatePublicAccountFromUserDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})


@_attrs.define(kw_only=True, slots=True)
class CreatePublicAccountOptionsDto:
    """Wire model ``CreatePublicAccountOptionsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        keep_password: ``keepPassword``, bool, optional
        auto_generate_password: ``autoGeneratePassword``, bool, optional
        reset_password_on_first_login: ``resetPasswordOnFirstLogin``, bool, optional
        department_id_type: ``departmentIdType``, CreatePublicAccountOptionsDtoDepartmentIdType, optional
        send_notification: ``sendNotification``, SendCreateAccountNotificationDto, optional
        password_encrypt_type: ``passwordEncryptType``, CreatePublicAccountOptionsDtoPasswordEncryptType, optional
    """

    keep_password: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "keepPassword"})
    auto_generate_password: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "autoGeneratePassword"})
    reset_password_on_first_login: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "resetPasswordOnFirstLogin"})
    department_id_type: CreatePublicAccountOptionsDtoDepartmentIdType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "departmentIdType"})
    send_notification: SendCreateAccountNotificationDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sendNotification"})
    password_encrypt_type: CreatePublicAccountOptionsDtoPasswordEncryptType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "passwordEncryptType"})


class CreatePublicAccountOptionsDtoDepartmentIdType(WireEnum):
    """Enum of ``CreatePublicAccountOptionsDto.departmentIdType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT_ID = "department_id"
    OPEN_DEPARTMENT_ID = "open_department_id"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"
    CODE = "code"


class CreatePublicAccountOptionsDtoPasswordEncryptType(WireEnum):
    """Enum of ``CreatePublicAccountOptionsDto.passwordEncryptType`` (unknown wire values are kept, not rejected)."""

    SM2 = "sm2"
    RSA = "rsa"
    NONE = "none"


@_attrs.define(kw_only=True, slots=True)
class CreatePublicAccountOtpDto:
    """Wire model ``CreatePublicAccountOtpDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        secret: ``secret``, str, required
        recovery_code: ``recoveryCode``, str, optional
    """

    secret: str = _attrs.field(metadata={"wire": "secret"})
    recovery_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "recoveryCode"})


@_attrs.define(kw_only=True, slots=True)
class CreatePublicAccountReqDto:
    """Wire model ``CreatePublicAccountReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        status: ``status``, CreatePublicAccountReqDtoStatus, optional
        email: ``email``, str, optional
        phone: ``phone``, str, optional
        phone_country_code: ``phoneCountryCode``, str, optional
        username: ``username``, str, optional
        external_id: ``externalId``, str, optional
        name: ``name``, str, optional
        nickname: ``nickname``, str, optional
        photo: ``photo``, str, optional
        gender: ``gender``, CreatePublicAccountReqDtoGender, optional
        email_verified: ``emailVerified``, bool, optional
        phone_verified: ``phoneVerified``, bool, optional
        birthdate: ``birthdate``, str, optional
        country: ``country``, str, optional
        province: ``province``, str, optional
        city: ``city``, str, optional
        address: ``address``, str, optional
        street_address: ``streetAddress``, str, optional
        postal_code: ``postalCode``, str, optional
        company: ``company``, str, optional
        browser: ``browser``, str, optional
        device: ``device``, str, optional
        given_name: ``givenName``, str, optional
        family_name: ``familyName``, str, optional
        middle_name: ``middleName``, str, optional
        profile: ``profile``, str, optional
        preferred_username: ``preferredUsername``, str, optional
        website: ``website``, str, optional
        zoneinfo: ``zoneinfo``, str, optional
        locale: ``locale``, str, optional
        formatted: ``formatted``, str, optional
        region: ``region``, str, optional
        password: ``password``, str, optional
        salt: ``salt``, str, optional
        otp: ``otp``, CreatePublicAccountOtpDto, optional
        department_ids: ``departmentIds``, list[str], optional
        custom_data: ``customData``, Any, optional
        identity_number: ``identityNumber``, str, optional
        options: ``options``, CreatePublicAccountOptionsDto, optional
    """

    status: CreatePublicAccountReqDtoStatus | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "status"})
    email: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "email"})
    phone: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phone"})
    phone_country_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phoneCountryCode"})
    username: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "username"})
    external_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "externalId"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})
    nickname: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "nickname"})
    photo: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "photo"})
    gender: CreatePublicAccountReqDtoGender | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "gender"})
    email_verified: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "emailVerified"})
    phone_verified: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phoneVerified"})
    birthdate: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "birthdate"})
    country: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "country"})
    province: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "province"})
    city: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "city"})
    address: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "address"})
    street_address: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "streetAddress"})
    postal_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "postalCode"})
    company: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "company"})
    browser: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "browser"})
    device: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "device"})
    given_name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "givenName"})
    family_name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "familyName"})
    middle_name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "middleName"})
    profile: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "profile"})
    preferred_username: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "preferredUsername"})
    website: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "website"})
    zoneinfo: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "zoneinfo"})
    locale: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "locale"})
    formatted: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "formatted"})
    region: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "region"})
    password: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "password"})
    salt: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "salt"})
    otp: CreatePublicAccountOtpDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "otp"})
    department_ids: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "departmentIds"})
    custom_data: Any = _attrs.field(default=_UNSET, metadata={"wire": "customData"})
    identity_number: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "identityNumber"})
    options: CreatePublicAccountOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})


class CreatePublicAccountReqDtoGender(WireEnum):
    """Enum of ``CreatePublicAccountReqDto.gender`` (unknown wire values are kept, not rejected)."""

    M = "M"
    F = "F"
    U = "U"


class CreatePublicAccountReqDtoStatus(WireEnum):
    """Enum of ``CreatePublicAccountReqDto.status`` (unknown wire values are kept, not rejected)."""

    SUSPENDED = "Suspended"
    RESIGNED = "Resigned"
    ACTIVATED = "Activated"
    ARCHIVED = "Archived"
    DEACTIVATED = "Deactivated"


@_attrs.define(kw_only=True, slots=True)
class CreateRelationValueDto:
    """Wire model ``CreateRelationValueDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        value_list: ``valueList``, list[str], required
        row_id: ``rowId``, str, required
        field_id: ``fieldId``, str, required
        model_id: ``modelId``, str, required
    """

    value_list: List[str] = _attrs.field(metadata={"wire": "valueList"})
    row_id: str = _attrs.field(metadata={"wire": "rowId"})
    field_id: str = _attrs.field(metadata={"wire": "fieldId"})
    model_id: str = _attrs.field(metadata={"wire": "modelId"})


@_attrs.define(kw_only=True, slots=True)
class CreateResourceBatchItemDto:
    """Wire model ``CreateResourceBatchItemDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        description: ``description``, str, optional
        name: ``name``, str, optional
        type: ``type``, CreateResourceBatchItemDtoType, required
        actions: ``actions``, list[ResourceAction], optional
        api_identifier: ``apiIdentifier``, str, optional
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})
    type: CreateResourceBatchItemDtoType = _attrs.field(metadata={"wire": "type"})
    actions: List[ResourceAction] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "actions"})
    api_identifier: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "apiIdentifier"})


class CreateResourceBatchItemDtoType(WireEnum):
    """Enum of ``CreateResourceBatchItemDto.type`` (unknown wire values are kept, not rejected)."""

    DATA = "DATA"
    API = "API"
    MENU = "MENU"
    BUTTON = "BUTTON"
    UI = "UI"


@_attrs.define(kw_only=True, slots=True)
class CreateResourceDto:
    """Wire model ``CreateResourceDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        type: ``type``, CreateResourceDtoType, required
        code: ``code``, str, required
        description: ``description``, str, optional
        name: ``name``, str, optional
        actions: ``actions``, list[ResourceAction], optional
        api_identifier: ``apiIdentifier``, str, optional
        namespace: ``namespace``, str, optional
    """

    type: CreateResourceDtoType = _attrs.field(metadata={"wire": "type"})
    code: str = _attrs.field(metadata={"wire": "code"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})
    actions: List[ResourceAction] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "actions"})
    api_identifier: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "apiIdentifier"})
    namespace: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "namespace"})


class CreateResourceDtoType(WireEnum):
    """Enum of ``CreateResourceDto.type`` (unknown wire values are kept, not rejected)."""

    DATA = "DATA"
    API = "API"
    MENU = "MENU"
    BUTTON = "BUTTON"
    UI = "UI"


@_attrs.define(kw_only=True, slots=True)
class CreateResourcesBatchDto:
    """Wire model ``CreateResourcesBatchDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        list: ``list``, list[CreateResourceBatchItemDto], required
        namespace: ``namespace``, str, optional
    """

    list: List[CreateResourceBatchItemDto] = _attrs.field(metadata={"wire": "list"})
    namespace: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "namespace"})


@_attrs.define(kw_only=True, slots=True)
class CreateRoleDto:
    """Wire model ``CreateRoleDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        name: ``name``, str, optional
        namespace: ``namespace``, str, optional
        description: ``description``, str, optional
        disable_time: ``disableTime``, str, optional
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})
    namespace: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "namespace"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    disable_time: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "disableTime"})


@_attrs.define(kw_only=True, slots=True)
class CreateRolesBatch:
    """Wire model ``CreateRolesBatch`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        list: ``list``, list[RoleListItem], required
    """

    list: List[RoleListItem] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class CreateRosterUserInfoDto:
    """Wire model ``CreateRosterUserInfoDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        roster_id: ``rosterId``, str, required
        name: ``name``, str, required
        email: ``email``, str, required
        phone_country_code: ``phoneCountryCode``, str, optional
        phone: ``phone``, str, optional
    """

    roster_id: str = _attrs.field(metadata={"wire": "rosterId"})
    name: str = _attrs.field(metadata={"wire": "name"})
    email: str = _attrs.field(metadata={"wire": "email"})
    phone_country_code: str | None = _attrs.field(default=None, metadata={"wire": "phoneCountryCode"})
    phone: str | None = _attrs.field(default=None, metadata={"wire": "phone"})


@_attrs.define(kw_only=True, slots=True)
class CreateRowDto:
    """Wire model ``CreateRowDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        data: ``data``, Any, required
        model_id: ``modelId``, str, required
        row_id: ``rowId``, str, optional
    """

    data: Any = _attrs.field(metadata={"wire": "data"})
    model_id: str = _attrs.field(metadata={"wire": "modelId"})
    row_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "rowId"})


@_attrs.define(kw_only=True, slots=True)
class CreateStringDataResourceDto:
    """Wire model ``CreateStringDataResourceDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        actions: ``actions``, list[str], required
        struct: ``struct``, str, required
        resource_code: ``resourceCode``, str, required
        resource_name: ``resourceName``, str, required
        namespace_code: ``namespaceCode``, str, required
        description: ``description``, str, optional
    """

    actions: List[str] = _attrs.field(metadata={"wire": "actions"})
    struct: str = _attrs.field(metadata={"wire": "struct"})
    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    resource_name: str = _attrs.field(metadata={"wire": "resourceName"})
    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})


@_attrs.define(kw_only=True, slots=True)
class CreateStringDataResourceRespDto:
    """Wire model ``CreateStringDataResourceRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        resource_name: ``resourceName``, str, required
        resource_code: ``resourceCode``, str, required
        type: ``type``, CreateStringDataResourceRespDtoType, required
        description: ``description``, str, optional
        struct: ``struct``, str, required
        actions: ``actions``, list[str], required
    """

    resource_name: str = _attrs.field(metadata={"wire": "resourceName"})
    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    type: CreateStringDataResourceRespDtoType = _attrs.field(metadata={"wire": "type"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
    struct: str = _attrs.field(metadata={"wire": "struct"})
    actions: List[str] = _attrs.field(metadata={"wire": "actions"})


class CreateStringDataResourceRespDtoType(WireEnum):
    """Enum of ``CreateStringDataResourceRespDto.type`` (unknown wire values are kept, not rejected)."""

    TREE = "TREE"
    STRING = "STRING"
    ARRAY = "ARRAY"


@_attrs.define(kw_only=True, slots=True)
class CreateStringDataResourceResponseDto:
    """Wire model ``CreateStringDataResourceResponseDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, CreateStringDataResourceRespDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: CreateStringDataResourceRespDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class CreateSyncTaskDto:
    """Wire model ``CreateSyncTaskDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        field_mapping: ``fieldMapping``, list[SyncTaskFieldMapping], required
        sync_task_trigger: ``syncTaskTrigger``, CreateSyncTaskDtoSyncTaskTrigger, required
        sync_task_flow: ``syncTaskFlow``, CreateSyncTaskDtoSyncTaskFlow, required
        client_config: ``clientConfig``, SyncTaskClientConfig, required
        sync_task_type: ``syncTaskType``, CreateSyncTaskDtoSyncTaskType, required
        sync_task_name: ``syncTaskName``, str, required
        organization_code: ``organizationCode``, str, optional
        provisioning_scope: ``provisioningScope``, SyncTaskProvisioningScope, optional
        timed_scheduler: ``timedScheduler``, SyncTaskTimedScheduler, optional
    """

    field_mapping: List[SyncTaskFieldMapping] = _attrs.field(metadata={"wire": "fieldMapping"})
    sync_task_trigger: CreateSyncTaskDtoSyncTaskTrigger = _attrs.field(metadata={"wire": "syncTaskTrigger"})
    sync_task_flow: CreateSyncTaskDtoSyncTaskFlow = _attrs.field(metadata={"wire": "syncTaskFlow"})
    client_config: SyncTaskClientConfig = _attrs.field(metadata={"wire": "clientConfig"})
    sync_task_type: CreateSyncTaskDtoSyncTaskType = _attrs.field(metadata={"wire": "syncTaskType"})
    sync_task_name: str = _attrs.field(metadata={"wire": "syncTaskName"})
    organization_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "organizationCode"})
    provisioning_scope: SyncTaskProvisioningScope | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "provisioningScope"})
    timed_scheduler: SyncTaskTimedScheduler | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "timedScheduler"})


class CreateSyncTaskDtoSyncTaskFlow(WireEnum):
    """Enum of ``CreateSyncTaskDto.syncTaskFlow`` (unknown wire values are kept, not rejected)."""

    UPSTREAM = "upstream"
    DOWNSTREAM = "downstream"


class CreateSyncTaskDtoSyncTaskTrigger(WireEnum):
    """Enum of ``CreateSyncTaskDto.syncTaskTrigger`` (unknown wire values are kept, not rejected)."""

    MANUALLY = "manually"
    TIMED = "timed"
    AUTOMATIC = "automatic"


class CreateSyncTaskDtoSyncTaskType(WireEnum):
    """Enum of ``CreateSyncTaskDto.syncTaskType`` (unknown wire values are kept, not rejected)."""

    LARK = "lark"
    LARK_INTERNATIONAL = "lark-international"
    WECHATWORK = "wechatwork"
    DINGTALK = "dingtalk"
    ACTIVE_DIRECTORY = "active-directory"
    ITALENT = "italent"
    MAYCUR = "maycur"
    LDAP = "ldap"
    MOKA = "moka"
    FXIAOKE = "fxiaoke"
    SCIM = "scim"
    XIAOSHOUYI = "xiaoshouyi"
    KAYANG = "kayang"
    CUSTOM = "custom"


@_attrs.define(kw_only=True, slots=True)
class CreateTenantCooperatorDto:
    """Wire model ``CreateTenantCooperatorDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        policies: ``policies``, list[str], required
        user_id: ``userId``, str, required
        api_authorized: ``apiAuthorized``, bool, optional
        send_phone_notification: ``sendPhoneNotification``, bool, optional
        send_email_notification: ``sendEmailNotification``, bool, optional
    """

    policies: List[str] = _attrs.field(metadata={"wire": "policies"})
    user_id: str = _attrs.field(metadata={"wire": "userId"})
    api_authorized: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "apiAuthorized"})
    send_phone_notification: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sendPhoneNotification"})
    send_email_notification: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sendEmailNotification"})


@_attrs.define(kw_only=True, slots=True)
class CreateTenantDto:
    """Wire model ``CreateTenantDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        name: ``name``, str, required
        app_ids: ``appIds``, list[str], required
        logo: ``logo``, list[str], optional
        description: ``description``, str, optional
        reject_hint: ``rejectHint``, str, optional
        source_app_id: ``sourceAppId``, str, optional
        enterprise_domains: ``enterpriseDomains``, list[str], optional
        expire_time: ``expireTime``, str, optional
        mau_amount: ``mauAmount``, int, optional
        member_amount: ``memberAmount``, int, optional
        admin_amount: ``adminAmount``, int, optional
    """

    name: str = _attrs.field(metadata={"wire": "name"})
    app_ids: List[str] = _attrs.field(metadata={"wire": "appIds"})
    logo: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "logo"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    reject_hint: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "rejectHint"})
    source_app_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sourceAppId"})
    enterprise_domains: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "enterpriseDomains"})
    expire_time: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "expireTime"})
    mau_amount: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "mauAmount"})
    member_amount: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "memberAmount"})
    admin_amount: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "adminAmount"})


@_attrs.define(kw_only=True, slots=True)
class CreateTenantEnterpriseCertificationBodyDto:
    """Wire model ``CreateTenantEnterpriseCertificationBodyDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        business_name: ``businessName``, str, required
        business_license: ``businessLicense``, str, required
        business_registration_name: ``businessRegistrationName``, str, required
        unified_social_credit: ``unifiedSocialCredit``, str, required
        legal_representative_name: ``legalRepresentativeName``, str, required
        national_identification_number: ``nationalIdentificationNumber``, str, required
        personal_bank_card_number: ``personalBankCardNumber``, str, required
        bank_reserved_phone: ``bankReservedPhone``, str, required
        tenant_id: ``tenantId``, str, required
    """

    business_name: str = _attrs.field(metadata={"wire": "businessName"})
    business_license: str = _attrs.field(metadata={"wire": "businessLicense"})
    business_registration_name: str = _attrs.field(metadata={"wire": "businessRegistrationName"})
    unified_social_credit: str = _attrs.field(metadata={"wire": "unifiedSocialCredit"})
    legal_representative_name: str = _attrs.field(metadata={"wire": "legalRepresentativeName"})
    national_identification_number: str = _attrs.field(metadata={"wire": "nationalIdentificationNumber"})
    personal_bank_card_number: str = _attrs.field(metadata={"wire": "personalBankCardNumber"})
    bank_reserved_phone: str = _attrs.field(metadata={"wire": "bankReservedPhone"})
    tenant_id: str = _attrs.field(metadata={"wire": "tenantId"})


@_attrs.define(kw_only=True, slots=True)
class CreateTenantRespDto:
    """Wire model ``CreateTenantRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, TenantDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: TenantDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class CreateTenantUserOptionsDto:
    """Wire model ``CreateTenantUserOptionsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        keep_password: ``keepPassword``, bool, optional
        auto_generate_password: ``autoGeneratePassword``, bool, optional
        reset_password_on_first_login: ``resetPasswordOnFirstLogin``, bool, optional
        password_encrypt_type: ``passwordEncryptType``, CreateTenantUserOptionsDtoPasswordEncryptType, optional
    """

    keep_password: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "keepPassword"})
    auto_generate_password: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "autoGeneratePassword"})
    reset_password_on_first_login: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "resetPasswordOnFirstLogin"})
    password_encrypt_type: CreateTenantUserOptionsDtoPasswordEncryptType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "passwordEncryptType"})


class CreateTenantUserOptionsDtoPasswordEncryptType(WireEnum):
    """Enum of ``CreateTenantUserOptionsDto.passwordEncryptType`` (unknown wire values are kept, not rejected)."""

    SM2 = "sm2"
    RSA = "rsa"
    NONE = "none"


@_attrs.define(kw_only=True, slots=True)
class CreateTenantUserReqDto:
    """Wire model ``CreateTenantUserReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        tenant_id: ``tenantId``, str, required
        gender: ``gender``, CreateTenantUserReqDtoGender, required
        email: ``email``, str, optional
        phone: ``phone``, str, optional
        phone_country_code: ``phoneCountryCode``, str, optional
        username: ``username``, str, optional
        name: ``name``, str, optional
        nickname: ``nickname``, str, optional
        photo: ``photo``, str, optional
        birthdate: ``birthdate``, str, optional
        country: ``country``, str, optional
        province: ``province``, str, optional
        city: ``city``, str, optional
        address: ``address``, str, optional
        street_address: ``streetAddress``, str, optional
        postal_code: ``postalCode``, str, optional
        given_name: ``givenName``, str, optional
        family_name: ``familyName``, str, optional
        middle_name: ``middleName``, str, optional
        preferred_username: ``preferredUsername``, str, optional
        password: ``password``, str, optional
        salt: ``salt``, str, optional
        options: ``options``, CreateTenantUserOptionsDto, optional
    """

    tenant_id: str = _attrs.field(metadata={"wire": "tenantId"})
    gender: CreateTenantUserReqDtoGender = _attrs.field(metadata={"wire": "gender"})
    email: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "email"})
    phone: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phone"})
    phone_country_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phoneCountryCode"})
    username: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "username"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})
    nickname: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "nickname"})
    photo: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "photo"})
    birthdate: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "birthdate"})
    country: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "country"})
    province: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "province"})
    city: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "city"})
    address: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "address"})
    street_address: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "streetAddress"})
    postal_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "postalCode"})
    given_name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "givenName"})
    family_name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "familyName"})
    middle_name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "middleName"})
    preferred_username: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "preferredUsername"})
    password: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "password"})
    salt: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "salt"})
    options: CreateTenantUserOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})


class CreateTenantUserReqDtoGender(WireEnum):
    """Enum of ``CreateTenantUserReqDto.gender`` (unknown wire values are kept, not rejected)."""

    M = "M"
    F = "F"
    U = "U"


@_attrs.define(kw_only=True, slots=True)
class CreateTerminalDto:
    """Wire model ``CreateTerminalDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        custom_data: ``customData``, Any, required
        type: ``type``, CreateTerminalDtoType, required
        device_unique_id: ``deviceUniqueId``, str, required
        name: ``name``, str, optional
        version: ``version``, str, optional
        hks: ``hks``, str, optional
        fde: ``fde``, str, optional
        hor: ``hor``, bool, optional
        sn: ``sn``, str, optional
        producer: ``producer``, str, optional
        mod: ``mod``, str, optional
        os: ``os``, str, optional
        imei: ``imei``, str, optional
        meid: ``meid``, str, optional
        description: ``description``, str, optional
        language: ``language``, str, optional
        cookie: ``cookie``, bool, optional
        user_agent: ``userAgent``, str, optional
    """

    custom_data: Any = _attrs.field(metadata={"wire": "customData"})
    type: CreateTerminalDtoType = _attrs.field(metadata={"wire": "type"})
    device_unique_id: str = _attrs.field(metadata={"wire": "deviceUniqueId"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})
    version: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "version"})
    hks: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "hks"})
    fde: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "fde"})
    hor: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "hor"})
    sn: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sn"})
    producer: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "producer"})
    mod: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "mod"})
    os: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "os"})
    imei: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "imei"})
    meid: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "meid"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    language: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "language"})
    cookie: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "cookie"})
    user_agent: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "userAgent"})


class CreateTerminalDtoType(WireEnum):
    """Enum of ``CreateTerminalDto.type`` (unknown wire values are kept, not rejected)."""

    BROWSER = "Browser"
    MOBILE = "Mobile"
    DESKTOP = "Desktop"


@_attrs.define(kw_only=True, slots=True)
class CreateTreeDataResourceDto:
    """Wire model ``CreateTreeDataResourceDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        actions: ``actions``, list[str], required
        struct: ``struct``, list[DataResourceTreeStructs], required
        resource_code: ``resourceCode``, str, required
        resource_name: ``resourceName``, str, required
        namespace_code: ``namespaceCode``, str, required
        description: ``description``, str, optional
        extend_field_list: ``extendFieldList``, list[ExtendField], optional
    """

    actions: List[str] = _attrs.field(metadata={"wire": "actions"})
    struct: List[DataResourceTreeStructs] = _attrs.field(metadata={"wire": "struct"})
    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    resource_name: str = _attrs.field(metadata={"wire": "resourceName"})
    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    extend_field_list: List[ExtendField] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "extendFieldList"})


@_attrs.define(kw_only=True, slots=True)
class CreateTreeDataResourceRespDto:
    """Wire model ``CreateTreeDataResourceRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        resource_name: ``resourceName``, str, required
        resource_code: ``resourceCode``, str, required
        type: ``type``, CreateTreeDataResourceRespDtoType, required
        description: ``description``, str, optional
        struct: ``struct``, list[DataResourceTreeStructs], required
        actions: ``actions``, list[str], required
        extend_field_list: ``extendFieldList``, list[ExtendField], optional
    """

    resource_name: str = _attrs.field(metadata={"wire": "resourceName"})
    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    type: CreateTreeDataResourceRespDtoType = _attrs.field(metadata={"wire": "type"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
    struct: List[DataResourceTreeStructs] = _attrs.field(metadata={"wire": "struct"})
    actions: List[str] = _attrs.field(metadata={"wire": "actions"})
    extend_field_list: List[ExtendField] | None = _attrs.field(default=None, metadata={"wire": "extendFieldList"})


class CreateTreeDataResourceRespDtoType(WireEnum):
    """Enum of ``CreateTreeDataResourceRespDto.type`` (unknown wire values are kept, not rejected)."""

    TREE = "TREE"
    STRING = "STRING"
    ARRAY = "ARRAY"


@_attrs.define(kw_only=True, slots=True)
class CreateTreeDataResourceResponseDto:
    """Wire model ``CreateTreeDataResourceResponseDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, CreateTreeDataResourceRespDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: CreateTreeDataResourceRespDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class CreateUEBADto:
    """Wire model ``CreateUEBADto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        data: ``data``, Any, required
        model_id: ``modelId``, str, optional
    """

    data: Any = _attrs.field(metadata={"wire": "data"})
    model_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "modelId"})


@_attrs.define(kw_only=True, slots=True)
class CreateUEBARespDto:
    """Wire model ``CreateUEBARespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, Any, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: Any = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class CreateUserBatchReqDto:
    """Wire model ``CreateUserBatchReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        list: ``list``, list[CreateUserInfoDto], required
        options: ``options``, CreateUserOptionsDto, optional
    """

    list: List[CreateUserInfoDto] = _attrs.field(metadata={"wire": "list"})
    options: CreateUserOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})


@_attrs.define(kw_only=True, slots=True)
class CreateUserInfoDto:
    """Wire model ``CreateUserInfoDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        status: ``status``, CreateUserInfoDtoStatus, optional
        email: ``email``, str, optional
        phone: ``phone``, str, optional
        phone_country_code: ``phoneCountryCode``, str, optional
        username: ``username``, str, optional
        external_id: ``externalId``, str, optional
        name: ``name``, str, optional
        nickname: ``nickname``, str, optional
        photo: ``photo``, str, optional
        gender: ``gender``, CreateUserInfoDtoGender, optional
        email_verified: ``emailVerified``, bool, optional
        phone_verified: ``phoneVerified``, bool, optional
        birthdate: ``birthdate``, str, optional
        country: ``country``, str, optional
        province: ``province``, str, optional
        city: ``city``, str, optional
        address: ``address``, str, optional
        street_address: ``streetAddress``, str, optional
        postal_code: ``postalCode``, str, optional
        company: ``company``, str, optional
        browser: ``browser``, str, optional
        device: ``device``, str, optional
        given_name: ``givenName``, str, optional
        family_name: ``familyName``, str, optional
        middle_name: ``middleName``, str, optional
        profile: ``profile``, str, optional
        preferred_username: ``preferredUsername``, str, optional
        website: ``website``, str, optional
        zoneinfo: ``zoneinfo``, str, optional
        locale: ``locale``, str, optional
        formatted: ``formatted``, str, optional
        region: ``region``, str, optional
        password: ``password``, str, optional
        salt: ``salt``, str, optional
        tenant_ids: ``tenantIds``, list[str], optional
        otp: ``otp``, CreateUserOtpDto, optional
        department_ids: ``departmentIds``, list[str], optional
        custom_data: ``customData``, Any, optional
        metadata_source: ``metadataSource``, Any, optional
        identities: ``identities``, list[CreateIdentityDto], optional
        identity_number: ``identityNumber``, str, optional
    """

    status: CreateUserInfoDtoStatus | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "status"})
    email: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "email"})
    phone: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phone"})
    phone_country_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phoneCountryCode"})
    username: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "username"})
    external_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "externalId"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})
    nickname: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "nickname"})
    photo: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "photo"})
    gender: CreateUserInfoDtoGender | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "gender"})
    email_verified: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "emailVerified"})
    phone_verified: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phoneVerified"})
    birthdate: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "birthdate"})
    country: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "country"})
    province: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "province"})
    city: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "city"})
    address: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "address"})
    street_address: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "streetAddress"})
    postal_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "postalCode"})
    company: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "company"})
    browser: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "browser"})
    device: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "device"})
    given_name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "givenName"})
    family_name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "familyName"})
    middle_name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "middleName"})
    profile: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "profile"})
    preferred_username: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "preferredUsername"})
    website: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "website"})
    zoneinfo: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "zoneinfo"})
    locale: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "locale"})
    formatted: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "formatted"})
    region: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "region"})
    password: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "password"})
    salt: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "salt"})
    tenant_ids: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantIds"})
    otp: CreateUserOtpDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "otp"})
    department_ids: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "departmentIds"})
    custom_data: Any = _attrs.field(default=_UNSET, metadata={"wire": "customData"})
    metadata_source: Any = _attrs.field(default=_UNSET, metadata={"wire": "metadataSource"})
    identities: List[CreateIdentityDto] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "identities"})
    identity_number: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "identityNumber"})


class CreateUserInfoDtoGender(WireEnum):
    """Enum of ``CreateUserInfoDto.gender`` (unknown wire values are kept, not rejected)."""

    M = "M"
    F = "F"
    U = "U"


class CreateUserInfoDtoStatus(WireEnum):
    """Enum of ``CreateUserInfoDto.status`` (unknown wire values are kept, not rejected)."""

    SUSPENDED = "Suspended"
    RESIGNED = "Resigned"
    ACTIVATED = "Activated"
    ARCHIVED = "Archived"
    DEACTIVATED = "Deactivated"


@_attrs.define(kw_only=True, slots=True)
class CreateUserOptionsDto:
    """Wire model ``CreateUserOptionsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        keep_password: ``keepPassword``, bool, optional
        auto_generate_password: ``autoGeneratePassword``, bool, optional
        reset_password_on_first_login: ``resetPasswordOnFirstLogin``, bool, optional
        department_id_type: ``departmentIdType``, CreateUserOptionsDtoDepartmentIdType, optional
        send_notification: ``sendNotification``, SendCreateAccountNotificationDto, optional
        password_encrypt_type: ``passwordEncryptType``, CreateUserOptionsDtoPasswordEncryptType, optional
    """

    keep_password: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "keepPassword"})
    auto_generate_password: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "autoGeneratePassword"})
    reset_password_on_first_login: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "resetPasswordOnFirstLogin"})
    department_id_type: CreateUserOptionsDtoDepartmentIdType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "departmentIdType"})
    send_notification: SendCreateAccountNotificationDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sendNotification"})
    password_encrypt_type: CreateUserOptionsDtoPasswordEncryptType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "passwordEncryptType"})


class CreateUserOptionsDtoDepartmentIdType(WireEnum):
    """Enum of ``CreateUserOptionsDto.departmentIdType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT_ID = "department_id"
    OPEN_DEPARTMENT_ID = "open_department_id"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"
    CODE = "code"


class CreateUserOptionsDtoPasswordEncryptType(WireEnum):
    """Enum of ``CreateUserOptionsDto.passwordEncryptType`` (unknown wire values are kept, not rejected)."""

    SM2 = "sm2"
    RSA = "rsa"
    NONE = "none"


@_attrs.define(kw_only=True, slots=True)
class CreateUserOtpDto:
    """Wire model ``CreateUserOtpDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        secret: ``secret``, str, required
        recovery_code: ``recoveryCode``, str, optional
    """

    secret: str = _attrs.field(metadata={"wire": "secret"})
    recovery_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "recoveryCode"})


@_attrs.define(kw_only=True, slots=True)
class CreateUserReqDto:
    """Wire model ``CreateUserReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        status: ``status``, CreateUserReqDtoStatus, optional
        email: ``email``, str, optional
        phone: ``phone``, str, optional
        phone_country_code: ``phoneCountryCode``, str, optional
        username: ``username``, str, optional
        external_id: ``externalId``, str, optional
        name: ``name``, str, optional
        nickname: ``nickname``, str, optional
        photo: ``photo``, str, optional
        gender: ``gender``, CreateUserReqDtoGender, optional
        email_verified: ``emailVerified``, bool, optional
        phone_verified: ``phoneVerified``, bool, optional
        birthdate: ``birthdate``, str, optional
        country: ``country``, str, optional
        province: ``province``, str, optional
        city: ``city``, str, optional
        address: ``address``, str, optional
        street_address: ``streetAddress``, str, optional
        postal_code: ``postalCode``, str, optional
        company: ``company``, str, optional
        browser: ``browser``, str, optional
        device: ``device``, str, optional
        given_name: ``givenName``, str, optional
        family_name: ``familyName``, str, optional
        middle_name: ``middleName``, str, optional
        profile: ``profile``, str, optional
        preferred_username: ``preferredUsername``, str, optional
        website: ``website``, str, optional
        zoneinfo: ``zoneinfo``, str, optional
        locale: ``locale``, str, optional
        formatted: ``formatted``, str, optional
        region: ``region``, str, optional
        password: ``password``, str, optional
        salt: ``salt``, str, optional
        tenant_ids: ``tenantIds``, list[str], optional
        otp: ``otp``, CreateUserOtpDto, optional
        department_ids: ``departmentIds``, list[str], optional
        custom_data: ``customData``, Any, optional
        metadata_source: ``metadataSource``, Any, optional
        identities: ``identities``, list[CreateIdentityDto], optional
        identity_number: ``identityNumber``, str, optional
        options: ``options``, CreateUserOptionsDto, optional
    """

    status: CreateUserReqDtoStatus | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "status"})
    email: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "email"})
    phone: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phone"})
    phone_country_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phoneCountryCode"})
    username: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "username"})
    external_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "externalId"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})
    nickname: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "nickname"})
    photo: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "photo"})
    gender: CreateUserReqDtoGender | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "gender"})
    email_verified: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "emailVerified"})
    phone_verified: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phoneVerified"})
    birthdate: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "birthdate"})
    country: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "country"})
    province: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "province"})
    city: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "city"})
    address: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "address"})
    street_address: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "streetAddress"})
    postal_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "postalCode"})
    company: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "company"})
    browser: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "browser"})
    device: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "device"})
    given_name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "givenName"})
    family_name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "familyName"})
    middle_name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "middleName"})
    profile: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "profile"})
    preferred_username: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "preferredUsername"})
    website: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "website"})
    zoneinfo: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "zoneinfo"})
    locale: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "locale"})
    formatted: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "formatted"})
    region: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "region"})
    password: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "password"})
    salt: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "salt"})
    tenant_ids: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantIds"})
    otp: CreateUserOtpDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "otp"})
    department_ids: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "departmentIds"})
    custom_data: Any = _attrs.field(default=_UNSET, metadata={"wire": "customData"})
    metadata_source: Any = _attrs.field(default=_UNSET, metadata={"wire": "metadataSource"})
    identities: List[CreateIdentityDto] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "identities"})
    identity_number: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "identityNumber"})
    options: CreateUserOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})


class CreateUserReqDtoGender(WireEnum):
    """Enum of ``CreateUserReqDto.gender`` (unknown wire values are kept, not rejected)."""

    M = "M"
    F = "F"
    U = "U"


class CreateUserReqDtoStatus(WireEnum):
    """Enum of ``CreateUserReqDto.status`` (unknown wire values are kept, not rejected)."""

    SUSPENDED = "Suspended"
    RESIGNED = "Resigned"
    ACTIVATED = "Activated"
    ARCHIVED = "Archived"
    DEACTIVATED = "Deactivated"


@_attrs.define(kw_only=True, slots=True)
class CreateWebhookDto:
    """Wire model ``CreateWebhookDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        content_type: ``contentType``, CreateWebhookDtoContentType, required
        events: ``events``, list[CreateWebhookDtoEvents], required
        url: ``url``, str, required
        name: ``name``, str, required
        enabled: ``enabled``, bool, optional
        secret: ``secret``, str, optional
        retry_config: ``retryConfig``, WebhookRetryConfigV3Dto, optional
    """

    content_type: CreateWebhookDtoContentType = _attrs.field(metadata={"wire": "contentType"})
    events: List[CreateWebhookDtoEvents] = _attrs.field(metadata={"wire": "events"})
    url: str = _attrs.field(metadata={"wire": "url"})
    name: str = _attrs.field(metadata={"wire": "name"})
    enabled: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "enabled"})
    secret: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "secret"})
    retry_config: WebhookRetryConfigV3Dto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "retryConfig"})


class CreateWebhookDtoContentType(WireEnum):
    """Enum of ``CreateWebhookDto.contentType`` (unknown wire values are kept, not rejected)."""

    APPLICATION_JSON = "application/json"
    APPLICATION_X_WWW_FORM_URLENCODED = "application/x-www-form-urlencoded"


class CreateWebhookDtoEvents(WireEnum):
    """Enum of ``CreateWebhookDto.events`` (unknown wire values are kept, not rejected)."""

    TEST = "test"
    REGISTER = "register"
    LOGIN = "login"
    MFA_VERIFIED = "mfa:verified"
    KICK = "kick"
    USER_CREATED = "user:created"
    USER_PASSWORD_CHANGED = "user:password-changed"
    USER_UPDATED = "user:updated"
    USER_EMAIL_VERIFIED = "user:email-verified"
    USER_ARCHIVED = "user:archived"
    USER_UNARCHIVED = "user:unarchived"
    USER_BLOCKED = "user:blocked"
    USER_UNBLOCKED = "user:unblocked"
    USER_DELETED = "user:deleted"
    USER_REGISTER_WHITELIST_ADDED = "user:register-whitelist-added"
    USER_REGISTER_WHITELIST_DELETED = "user:register-whitelist-deleted"
    USER_UDV_CHANGED = "user:udv-changed"
    USER_LINK_ACCOUNT = "user:link-account"
    USER_PASSWORD_UPDATE_REMIND = "user:password-update-remind"
    USER_ORGANIZATION_NODE_UPDATE = "user:organization-node-update"
    PERMISSION_REVOKE = "permission:revoke"
    PERMISSION_ADD = "permission:add"
    RESOURCE_CREATED = "resource:created"
    RESOURCE_DELETE = "resource:delete"
    RESOURCE_UPDATED = "resource:updated"
    ROLE_CREATED = "role:created"
    ROLE_UPDATED = "role:updated"
    ROLE_DELETED = "role:deleted"
    ROLE_DISABLE = "role:disable"
    ROLE_ASSIGNED = "role:assigned"
    SUBJECT_REMOVE = "subject:remove"
    ROLE_UNASSIGNED = "role:unassigned"
    ROLE_UDV_CHANGED = "role:udv-changed"
    APPLICATION_MFA_ENABLED = "application:mfa:enabled"
    APPLICATION_MFA_DISABLED = "application:mfa:disabled"
    GROUP_CREATED = "group:created"
    GROUP_UPDATED = "group:updated"
    GROUP_DELETED = "group:deleted"
    GROUP_MEMBER_ADDED = "group:member-added"
    GROUP_MEMBER_REMOVED = "group:member-removed"
    ORGANIZATION_CREATED = "organization:created"
    ORGANIZATION_IMPORTED = "organization:imported"
    ORGANIZATION_DELETED = "organization:deleted"
    ORGANIZATION_NODE_ADDED = "organization:node-added"
    ORGANIZATION_NODE_UPDATED = "organization:node-updated"
    ORGANIZATION_TREE_UPDATED = "organization:tree-updated"
    ORGANIZATION_NODE_DELETED = "organization:node-deleted"
    ORGANIZATION_NODE_MOVED = "organization:node-moved"
    ORGANIZATION_MEMBER_ADDED = "organization:member-added"
    ORGANIZATION_MEMBER_REMOVED = "organization:member-removed"
    ORGANIZATION_UDV_CHANGED = "organization:udv-changed"
    PRIVILEGE_NAMESPACE_CREATED = "privilege-namespace:created"
    PRIVILEGE_NAMESPACE_UPDATED = "privilege-namespace:updated"
    PRIVILEGE_NAMESPACE_DELETED = "privilege-namespace:deleted"
    USER_POOL_COOPERATOR_ADDED = "user-pool:cooperator-added"
    USER_POOL_COOPERATOR_REMOVED = "user-pool:cooperator-removed"
    USER_POOL_SECRET_REFRESHED = "user-pool:secret-refreshed"
    USER_POOL_UPDATED = "user-pool:updated"
    USER_POOL_UDF_ADDED = "user-pool:udf-added"
    USER_POOL_UDF_DELETED = "user-pool:udf-deleted"
    USER_POOL_ENV_ADDED = "user-pool:env-added"
    USER_POOL_ENV_DELETED = "user-pool:env-deleted"
    USER_POOL_ENV_UPDATED = "user-pool:env-updated"
    USER_POOL_LAUNCHPAD_APP_INSTALLED = "user-pool:launchpad-app-installed"
    USER_POOL_LAUNCHPAD_APP_UNINSTALLED = "user-pool:launchpad-app-uninstalled"
    APPLICATION_CREATED = "application:created"
    APPLICATION_UPDATED = "application:updated"
    APPLICATION_DELETED = "application:deleted"
    APPLICATION_SECRET_REFRESHED = "application:secret-refreshed"
    DATA_RESOURCE_CREATED = "data-resource:created"
    DATA_RESOURCE_UPDATED = "data-resource:updated"
    DATA_RESOURCE_DELETED = "data-resource:deleted"
    DATA_STRATEGY_PERMISSION_REVOKE = "data-strategy-permission:revoke"
    DATA_STRATEGY_PERMISSION_ADD = "data-strategy-permission:add"
    UNUSUAL_LOCATION_LOGIN = "unusual-location:login"
    REFRESH_TOKEN = "refresh-token"
