# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (I18nDto, ..., IsUserInDepartmentRespDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

if TYPE_CHECKING:
    from ._a1 import (
        ApplicationPermissionApplyApprovalObject,
    )
    from ._c1 import (
        CommonUserDto,
    )
    from ._d import (
        DepartmentI18nDto,
    )
    from ._e import (
        ExtendsFieldDto, ExtraParams, errorEmailMsg,
    )
    from ._g1 import (
        GetInvitationPolicyDto,
    )
    from ._l1 import (
        LangObject,
    )
    from ._r import (
        RolePermissionApplyApprovalObject,
    )

__all__ = [
    "I18nDto", "IPRuleDto", "ISsoPageCustomizationSettingsDto", "IdentityDto",
    "IdentityDtoProvider", "IdentityListRespDto", "ImportExportTemplateRespDto",
    "ImportInviteeDto", "ImportMetadataDto", "ImportModelDto", "ImportOtpItemDataDto",
    "ImportOtpItemDto", "ImportOtpReqDto", "ImportTenantDataDto", "ImportTenantDto",
    "ImportTenantHistoryDataDto", "ImportTenantHistoryDto", "ImportTenantHistoryRespDto",
    "ImportTenantNotifyUseDataDto", "ImportTenantNotifyUserDto", "ImportTenantNotifyUserRespDto",
    "ImportTenantRespDto", "ImportUsersDto", "InitiatedApproval", "InitiatedApprovalListRes",
    "InitiatedApprovalObjectType", "InitiatedApprovalPageList", "InitiatedApprovalStatus",
    "InitiatedListParamsObjectType", "InvitationConfigDto", "InvitationDepartmentRespDto",
    "InvitationLinkConfigDto", "InvitationLinkConfigDtoInviteLinkDisuseRule",
    "InvitationLinkConfigDtoLinkExpiredTimeUnit", "InvitationLinkConfigDtoPageExpiredTimeUnit",
    "InvitationLinkDto", "InvitationPolicyUserAttributionListDto",
    "InvitationPolicyUserAttributionListDtoTargetType", "InvitationPostRespDto",
    "InvitationRosterDto", "InvitationRosterDtoStatus", "InvitationRosterPaginationDto",
    "InvitationRosterPaginationRespDto", "InvitationRosterSingleRespDto", "InvitationUserDto",
    "InvitationUserDtoSource", "InvitationUserDtoStatus", "InvitationUserPaginationDto",
    "InvitationUserPaginationRespDto", "InviteTenantUserRecord", "InviteTenantUserRecordListDto",
    "InviteTenantUserRecordListRespDto", "InviteTenantUsersDto", "InviteTenantUsersRespDto",
    "InviteeContextDto", "InviteeContextDtoSendVerifyCodeMethod", "InviteeProfileDto",
    "InviteeProfileDtoGender", "InviterDetailDto", "IpListCreateDto", "IpListDto",
    "IpListPaginatedRespDto", "IpListPagingDto", "IpListRespDto", "IsActionAllowedDataDto",
    "IsActionAllowedDto", "IsActionAllowedRespDtp", "IsSuccessDto", "IsSuccessRespDto",
    "IsUserExistsDto", "IsUserExistsReqDto", "IsUserExistsRespDto", "IsUserInDepartmentDataDto",
    "IsUserInDepartmentDto", "IsUserInDepartmentParamsDepartmentIdType",
    "IsUserInDepartmentRespDto",
]


@_attrs.define(kw_only=True, slots=True)
class I18nDto:
    """Wire model ``I18nDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        name: ``name``, LangObject, required
    """

    name: LangObject = _attrs.field(metadata={"wire": "name"})


@_attrs.define(kw_only=True, slots=True)
class IPRuleDto:
    """Wire model ``IPRuleDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        max_online_i_ps: ``maxOnlineIPs``, int, required
    """

    max_online_i_ps: int = _attrs.field(metadata={"wire": "maxOnlineIPs"})


@_attrs.define(kw_only=True, slots=True)
class ISsoPageCustomizationSettingsDto:
    """Wire model ``ISsoPageCustomizationSettingsDto`` (request side; optional fields default to UNSET)."""


@_attrs.define(kw_only=True, slots=True)
class IdentityDto:
    """Wire model ``IdentityDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        identity_id: ``identityId``, str, required
        ext_idp_id: ``extIdpId``, str, required
        provider: ``provider``, IdentityDtoProvider, required
        type: ``type``, str, required
        user_id_in_idp: ``userIdInIdp``, str, required
        user_info_in_idp: ``userInfoInIdp``, Any, required
        access_token: ``accessToken``, str, optional
        refresh_token: ``refreshToken``, str, optional
        origin_conn_ids: ``originConnIds``, list[str], required
    """

    identity_id: str = _attrs.field(metadata={"wire": "identityId"})
    ext_idp_id: str = _attrs.field(metadata={"wire": "extIdpId"})
    provider: IdentityDtoProvider = _attrs.field(metadata={"wire": "provider"})
    type: str = _attrs.field(metadata={"wire": "type"})
    user_id_in_idp: str = _attrs.field(metadata={"wire": "userIdInIdp"})
    user_info_in_idp: Any = _attrs.field(metadata={"wire": "userInfoInIdp"})
    access_token: str | None = _attrs.field(default=None, metadata={"wire": "accessToken"})
    refresh_token: str | None = _attrs.field(default=None, metadata={"wire": "refreshToken"})
    origin_conn_ids: List[str] = _attrs.field(metadata={"wire": "originConnIds"})


class IdentityDtoProvider(WireEnum):
    """Enum of ``IdentityDto.provider`` (unknown wire values are kept, not rejected)."""

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
class IdentityListRespDto:
    """Wire model ``IdentityListRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[IdentityDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[IdentityDto] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ImportExportTemplateRespDto:
    """Wire model ``ImportExportTemplateRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        key: ``key``, str, required
        url: ``url``, str, required
    """

    key: str = _attrs.field(metadata={"wire": "key"})
    url: str = _attrs.field(metadata={"wire": "url"})


@_attrs.define(kw_only=True, slots=True)
class ImportInviteeDto:
    """Wire model ``ImportInviteeDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        success: ``success``, bool, required
        msg: ``msg``, bool, optional
        failed: ``failed``, list[Any], optional
        insert_res: ``insertRes``, list[Any], optional
    """

    success: bool = _attrs.field(metadata={"wire": "success"})
    msg: bool | None = _attrs.field(default=None, metadata={"wire": "msg"})
    failed: List[Any] | None = _attrs.field(default=None, metadata={"wire": "failed"})
    insert_res: List[Any] | None = _attrs.field(default=None, metadata={"wire": "insertRes"})


@_attrs.define(kw_only=True, slots=True)
class ImportMetadataDto:
    """Wire model ``ImportMetadataDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        file: ``file``, str, required
    """

    file: str = _attrs.field(metadata={"wire": "file"})


@_attrs.define(kw_only=True, slots=True)
class ImportModelDto:
    """Wire model ``ImportModelDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        file: ``file``, str, required
        model_id: ``modelId``, str, required
    """

    file: str = _attrs.field(metadata={"wire": "file"})
    model_id: str = _attrs.field(metadata={"wire": "modelId"})


@_attrs.define(kw_only=True, slots=True)
class ImportOtpItemDataDto:
    """Wire model ``ImportOtpItemDataDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        secret: ``secret``, str, required
        recovery_code: ``recoveryCode``, str, optional
    """

    secret: str = _attrs.field(metadata={"wire": "secret"})
    recovery_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "recoveryCode"})


@_attrs.define(kw_only=True, slots=True)
class ImportOtpItemDto:
    """Wire model ``ImportOtpItemDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        otp: ``otp``, ImportOtpItemDataDto, required
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    otp: ImportOtpItemDataDto = _attrs.field(metadata={"wire": "otp"})


@_attrs.define(kw_only=True, slots=True)
class ImportOtpReqDto:
    """Wire model ``ImportOtpReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        list: ``list``, list[ImportOtpItemDto], required
    """

    list: List[ImportOtpItemDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class ImportTenantDataDto:
    """Wire model ``ImportTenantDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        success: ``success``, bool, required
    """

    success: bool = _attrs.field(metadata={"wire": "success"})


@_attrs.define(kw_only=True, slots=True)
class ImportTenantDto:
    """Wire model ``ImportTenantDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        excel_url: ``excelUrl``, str, required
    """

    excel_url: str = _attrs.field(metadata={"wire": "excelUrl"})


@_attrs.define(kw_only=True, slots=True)
class ImportTenantHistoryDataDto:
    """Wire model ``ImportTenantHistoryDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[Any], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[Any] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class ImportTenantHistoryDto:
    """Wire model ``ImportTenantHistoryDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
    """

    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})


@_attrs.define(kw_only=True, slots=True)
class ImportTenantHistoryRespDto:
    """Wire model ``ImportTenantHistoryRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, ImportTenantHistoryDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: ImportTenantHistoryDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ImportTenantNotifyUseDataDto:
    """Wire model ``ImportTenantNotifyUseDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[Any], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[Any] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class ImportTenantNotifyUserDto:
    """Wire model ``ImportTenantNotifyUserDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        import_id: ``importId``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
    """

    import_id: Any = _attrs.field(default=None, metadata={"wire": "importId"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})


@_attrs.define(kw_only=True, slots=True)
class ImportTenantNotifyUserRespDto:
    """Wire model ``ImportTenantNotifyUserRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, ImportTenantNotifyUseDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: ImportTenantNotifyUseDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ImportTenantRespDto:
    """Wire model ``ImportTenantRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, ImportTenantDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: ImportTenantDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ImportUsersDto:
    """Wire model ``ImportUsersDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        roster_id: ``rosterId``, str, required
        file: ``file``, str, required
    """

    roster_id: str = _attrs.field(metadata={"wire": "rosterId"})
    file: str = _attrs.field(metadata={"wire": "file"})


@_attrs.define(kw_only=True, slots=True)
class InitiatedApproval:
    """Wire model ``InitiatedApproval`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        approval_id: ``approvalId``, int, required
        number: ``number``, str, required
        status: ``status``, InitiatedApprovalStatus, required
        submit_time: ``submitTime``, str, required
        closed_time: ``closedTime``, str, optional
        object_type: ``objectType``, InitiatedApprovalObjectType, required
        approval_object_list: ``approvalObjectList``, RolePermissionApplyApprovalObject | ApplicationPermissionApplyApprovalObject, required
        extra_params: ``extraParams``, ExtraParams, optional
    """

    approval_id: int = _attrs.field(metadata={"wire": "approvalId"})
    number: str = _attrs.field(metadata={"wire": "number"})
    status: InitiatedApprovalStatus = _attrs.field(metadata={"wire": "status"})
    submit_time: str = _attrs.field(metadata={"wire": "submitTime"})
    closed_time: str | None = _attrs.field(default=None, metadata={"wire": "closedTime"})
    object_type: InitiatedApprovalObjectType = _attrs.field(metadata={"wire": "objectType"})
    approval_object_list: RolePermissionApplyApprovalObject | ApplicationPermissionApplyApprovalObject = _attrs.field(metadata={"wire": "approvalObjectList"})
    extra_params: ExtraParams | None = _attrs.field(default=None, metadata={"wire": "extraParams"})


@_attrs.define(kw_only=True, slots=True)
class InitiatedApprovalListRes:
    """Wire model ``InitiatedApprovalListRes`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, InitiatedApprovalPageList, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: InitiatedApprovalPageList = _attrs.field(metadata={"wire": "data"})


class InitiatedApprovalObjectType(WireEnum):
    """Enum of ``InitiatedApproval.objectType`` (unknown wire values are kept, not rejected)."""

    APP_PERMISSION_APPLY = "APP_PERMISSION_APPLY"
    ROLE_PERMISSION_APPLY = "ROLE_PERMISSION_APPLY"


@_attrs.define(kw_only=True, slots=True)
class InitiatedApprovalPageList:
    """Wire model ``InitiatedApprovalPageList`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        list: ``list``, list[InitiatedApproval], required
        total_count: ``totalCount``, int, required
    """

    list: List[InitiatedApproval] = _attrs.field(metadata={"wire": "list"})
    total_count: int = _attrs.field(metadata={"wire": "totalCount"})


class InitiatedApprovalStatus(WireEnum):
    """Enum of ``InitiatedApproval.status`` (unknown wire values are kept, not rejected)."""

    PENDING = "PENDING"
    AGREED = "AGREED"
    REFUSED = "REFUSED"


class InitiatedListParamsObjectType(WireEnum):
    """Enum of ``InitiatedListParams.objectType`` (unknown wire values are kept, not rejected)."""

    APP_PERMISSION_APPLY = "APP_PERMISSION_APPLY"
    ROLE_PERMISSION_APPLY = "ROLE_PERMISSION_APPLY"


@_attrs.define(kw_only=True, slots=True)
class InvitationConfigDto:
    """Wire model ``InvitationConfigDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        expired_time_of_day: ``expiredTimeOfDay``, int, required
        join_same_department: ``joinSameDepartment``, bool, required
        department_ids: ``departmentIds``, list[str], optional
        enabled_admin_consent: ``enabledAdminConsent``, bool, optional
    """

    expired_time_of_day: int = _attrs.field(metadata={"wire": "expiredTimeOfDay"})
    join_same_department: bool = _attrs.field(metadata={"wire": "joinSameDepartment"})
    department_ids: List[str] | None = _attrs.field(default=None, metadata={"wire": "departmentIds"})
    enabled_admin_consent: bool | None = _attrs.field(default=None, metadata={"wire": "enabledAdminConsent"})


@_attrs.define(kw_only=True, slots=True)
class InvitationDepartmentRespDto:
    """Wire model ``InvitationDepartmentRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        organization_code: ``organizationCode``, str, required
        department_id: ``departmentId``, str, required
        created_at: ``createdAt``, str, required
        updated_at: ``updatedAt``, str, optional
        open_department_id: ``openDepartmentId``, str, optional
        name: ``name``, str, required
        leader_user_ids: ``leaderUserIds``, list[str], optional
        description: ``description``, str, optional
        parent_department_id: ``parentDepartmentId``, str, required
        code: ``code``, str, optional
        parent_department_code: ``parentDepartmentCode``, str, required
        members_count: ``membersCount``, int, required
        has_children: ``hasChildren``, bool, required
        is_virtual_node: ``isVirtualNode``, bool, optional
        i18n: ``i18n``, DepartmentI18nDto, optional
        custom_data: ``customData``, Any, optional
        posts: ``posts``, list[str], optional
        post_id_list: ``postIdList``, list[str], optional
        status: ``status``, bool, optional
        allow: ``allow``, str, optional
        id: ``id``, str, required
        id_path: ``idPath``, list[str], optional
        name_path: ``namePath``, list[str], optional
        code_path: ``codePath``, str, optional
    """

    organization_code: str = _attrs.field(metadata={"wire": "organizationCode"})
    department_id: str = _attrs.field(metadata={"wire": "departmentId"})
    created_at: str = _attrs.field(metadata={"wire": "createdAt"})
    updated_at: str | None = _attrs.field(default=None, metadata={"wire": "updatedAt"})
    open_department_id: str | None = _attrs.field(default=None, metadata={"wire": "openDepartmentId"})
    name: str = _attrs.field(metadata={"wire": "name"})
    leader_user_ids: List[str] | None = _attrs.field(default=None, metadata={"wire": "leaderUserIds"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
    parent_department_id: str = _attrs.field(metadata={"wire": "parentDepartmentId"})
    code: str | None = _attrs.field(default=None, metadata={"wire": "code"})
    parent_department_code: str = _attrs.field(metadata={"wire": "parentDepartmentCode"})
    members_count: int = _attrs.field(metadata={"wire": "membersCount"})
    has_children: bool = _attrs.field(metadata={"wire": "hasChildren"})
    is_virtual_node: bool | None = _attrs.field(default=None, metadata={"wire": "isVirtualNode"})
    i18n: DepartmentI18nDto | None = _attrs.field(default=None, metadata={"wire": "i18n"})
    custom_data: Any = _attrs.field(default=None, metadata={"wire": "customData"})
    posts: List[str] | None = _attrs.field(default=None, metadata={"wire": "posts"})
    post_id_list: List[str] | None = _attrs.field(default=None, metadata={"wire": "postIdList"})
    status: bool | None = _attrs.field(default=None, metadata={"wire": "status"})
    allow: str | None = _attrs.field(default=None, metadata={"wire": "allow"})
    id: str = _attrs.field(metadata={"wire": "id"})
    id_path: List[str] | None = _attrs.field(default=None, metadata={"wire": "idPath"})
    name_path: List[str] | None = _attrs.field(default=None, metadata={"wire": "namePath"})
    code_path: str | None = _attrs.field(default=None, metadata={"wire": "codePath"})


@_attrs.define(kw_only=True, slots=True)
class InvitationLinkConfigDto:
    """Wire model ``InvitationLinkConfigDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        invite_link_disuse_rule: ``inviteLinkDisuseRule``, InvitationLinkConfigDtoInviteLinkDisuseRule, required
        link_expired_time_unit: ``linkExpiredTimeUnit``, InvitationLinkConfigDtoLinkExpiredTimeUnit, required
        link_expired_time_of_second: ``linkExpiredTimeOfSecond``, int, required
        page_expired_time_unit: ``pageExpiredTimeUnit``, InvitationLinkConfigDtoPageExpiredTimeUnit, required
        page_expired_time_of_second: ``pageExpiredTimeOfSecond``, int, required
    """

    invite_link_disuse_rule: InvitationLinkConfigDtoInviteLinkDisuseRule = _attrs.field(metadata={"wire": "inviteLinkDisuseRule"})
    link_expired_time_unit: InvitationLinkConfigDtoLinkExpiredTimeUnit = _attrs.field(metadata={"wire": "linkExpiredTimeUnit"})
    link_expired_time_of_second: int = _attrs.field(metadata={"wire": "linkExpiredTimeOfSecond"})
    page_expired_time_unit: InvitationLinkConfigDtoPageExpiredTimeUnit = _attrs.field(metadata={"wire": "pageExpiredTimeUnit"})
    page_expired_time_of_second: int = _attrs.field(metadata={"wire": "pageExpiredTimeOfSecond"})


class InvitationLinkConfigDtoInviteLinkDisuseRule(WireEnum):
    """Enum of ``InvitationLinkConfigDto.inviteLinkDisuseRule`` (unknown wire values are kept, not rejected)."""

    PERIOD = "period"
    AFTER_FIRST_CLICK = "afterFirstClick"


class InvitationLinkConfigDtoLinkExpiredTimeUnit(WireEnum):
    """Enum of ``InvitationLinkConfigDto.linkExpiredTimeUnit`` (unknown wire values are kept, not rejected)."""

    FOREVER = "forever"
    DAY = "day"
    HOUR = "hour"
    MINUTE = "minute"


class InvitationLinkConfigDtoPageExpiredTimeUnit(WireEnum):
    """Enum of ``InvitationLinkConfigDto.pageExpiredTimeUnit`` (unknown wire values are kept, not rejected)."""

    MINUTE = "minute"
    HOUR = "hour"
    DAY = "day"


@_attrs.define(kw_only=True, slots=True)
class InvitationLinkDto:
    """Wire model ``InvitationLinkDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        signature: ``signature``, str, required
        identifier: ``identifier``, str, required
        with_invitee_info: ``withInviteeInfo``, bool, optional
        with_invitation_settings: ``withInvitationSettings``, bool, optional
    """

    signature: str = _attrs.field(metadata={"wire": "signature"})
    identifier: str = _attrs.field(metadata={"wire": "identifier"})
    with_invitee_info: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withInviteeInfo"})
    with_invitation_settings: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withInvitationSettings"})


@_attrs.define(kw_only=True, slots=True)
class InvitationPolicyUserAttributionListDto:
    """Wire model ``InvitationPolicyUserAttributionListDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        target_identifiers: ``targetIdentifiers``, list[str], required
        namespace: ``namespace``, str, optional
        target_type: ``targetType``, InvitationPolicyUserAttributionListDtoTargetType, required
    """

    target_identifiers: List[str] = _attrs.field(metadata={"wire": "targetIdentifiers"})
    namespace: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "namespace"})
    target_type: InvitationPolicyUserAttributionListDtoTargetType = _attrs.field(metadata={"wire": "targetType"})


class InvitationPolicyUserAttributionListDtoTargetType(WireEnum):
    """Enum of ``InvitationPolicyUserAttributionListDto.targetType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT = "department"
    POST = "post"
    ROLE = "role"
    GROUP = "group"


@_attrs.define(kw_only=True, slots=True)
class InvitationPostRespDto:
    """Wire model ``InvitationPostRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        code: ``code``, str, required
        name: ``name``, str, required
        description: ``description``, str, optional
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    code: str = _attrs.field(metadata={"wire": "code"})
    name: str = _attrs.field(metadata={"wire": "name"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})


@_attrs.define(kw_only=True, slots=True)
class InvitationRosterDto:
    """Wire model ``InvitationRosterDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        roster_id: ``rosterId``, str, required
        name: ``name``, str, required
        policy_id: ``policyId``, str, optional
        status: ``status``, InvitationRosterDtoStatus, required
        creator_id: ``creatorId``, str, required
        creator_detail: ``creatorDetail``, CommonUserDto, optional
        created_at: ``createdAt``, str, required
        updated_at: ``updatedAt``, str, required
        user_count: ``userCount``, int, required
        assigned_policy: ``assignedPolicy``, GetInvitationPolicyDto, required
    """

    roster_id: str = _attrs.field(metadata={"wire": "rosterId"})
    name: str = _attrs.field(metadata={"wire": "name"})
    policy_id: str | None = _attrs.field(default=None, metadata={"wire": "policyId"})
    status: InvitationRosterDtoStatus = _attrs.field(metadata={"wire": "status"})
    creator_id: str = _attrs.field(metadata={"wire": "creatorId"})
    creator_detail: CommonUserDto | None = _attrs.field(default=None, metadata={"wire": "creatorDetail"})
    created_at: str = _attrs.field(metadata={"wire": "createdAt"})
    updated_at: str = _attrs.field(metadata={"wire": "updatedAt"})
    user_count: int = _attrs.field(metadata={"wire": "userCount"})
    assigned_policy: GetInvitationPolicyDto = _attrs.field(metadata={"wire": "assignedPolicy"})


class InvitationRosterDtoStatus(WireEnum):
    """Enum of ``InvitationRosterDto.status`` (unknown wire values are kept, not rejected)."""

    EDITING = "editing"
    INVITED = "invited"


@_attrs.define(kw_only=True, slots=True)
class InvitationRosterPaginationDto:
    """Wire model ``InvitationRosterPaginationDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, optional
        list: ``list``, list[InvitationRosterDto], required
    """

    total_count: int | None = _attrs.field(default=None, metadata={"wire": "totalCount"})
    list: List[InvitationRosterDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class InvitationRosterPaginationRespDto:
    """Wire model ``InvitationRosterPaginationRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, InvitationRosterPaginationDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: InvitationRosterPaginationDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class InvitationRosterSingleRespDto:
    """Wire model ``InvitationRosterSingleRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, InvitationRosterDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: InvitationRosterDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class InvitationUserDto:
    """Wire model ``InvitationUserDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        roster_id: ``rosterId``, str, required
        invitee_id: ``inviteeId``, str, required
        name: ``name``, str, required
        phone_country_code: ``phoneCountryCode``, str, optional
        phone: ``phone``, str, optional
        email: ``email``, str, required
        status: ``status``, InvitationUserDtoStatus, required
        source: ``source``, InvitationUserDtoSource, required
        creator_id: ``creatorId``, str, required
        creator_detail: ``creatorDetail``, CommonUserDto, optional
        created_at: ``createdAt``, str, required
        updated_at: ``updatedAt``, str, required
    """

    roster_id: str = _attrs.field(metadata={"wire": "rosterId"})
    invitee_id: str = _attrs.field(metadata={"wire": "inviteeId"})
    name: str = _attrs.field(metadata={"wire": "name"})
    phone_country_code: str | None = _attrs.field(default=None, metadata={"wire": "phoneCountryCode"})
    phone: str | None = _attrs.field(default=None, metadata={"wire": "phone"})
    email: str = _attrs.field(metadata={"wire": "email"})
    status: InvitationUserDtoStatus = _attrs.field(metadata={"wire": "status"})
    source: InvitationUserDtoSource = _attrs.field(metadata={"wire": "source"})
    creator_id: str = _attrs.field(metadata={"wire": "creatorId"})
    creator_detail: CommonUserDto | None = _attrs.field(default=None, metadata={"wire": "creatorDetail"})
    created_at: str = _attrs.field(metadata={"wire": "createdAt"})
    updated_at: str = _attrs.field(metadata={"wire": "updatedAt"})


class InvitationUserDtoSource(WireEnum):
    """Enum of ``InvitationUserDto.source`` (unknown wire values are kept, not rejected)."""

    MANUAL_CREATE = "manualCreate"
    FILE_IMPORT = "fileImport"


class InvitationUserDtoStatus(WireEnum):
    """Enum of ``InvitationUserDto.status`` (unknown wire values are kept, not rejected)."""

    INVITED = "invited"
    REGISTERING = "registering"
    REGISTERED = "registered"
    REVERTED = "reverted"
    NOT_INVITED = "notInvited"
    EXPIRED = "expired"
    INVITATION_SEND_FAIL = "invitationSendFail"
    JOINED_BY_OTHER = "joinedByOther"


@_attrs.define(kw_only=True, slots=True)
class InvitationUserPaginationDto:
    """Wire model ``InvitationUserPaginationDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, optional
        list: ``list``, list[InvitationUserDto], required
    """

    total_count: int | None = _attrs.field(default=None, metadata={"wire": "totalCount"})
    list: List[InvitationUserDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class InvitationUserPaginationRespDto:
    """Wire model ``InvitationUserPaginationRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, InvitationUserPaginationDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: InvitationUserPaginationDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class InviteTenantUserRecord:
    """Wire model ``InviteTenantUserRecord`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        record_id: ``recordId``, int, required
        invite_account: ``inviteAccount``, str, required
        verified_status: ``verifiedStatus``, str, required
        invite_link: ``inviteLink``, str, required
        created_at: ``createdAt``, str, required
        activated_at: ``activatedAt``, str, required
    """

    record_id: int = _attrs.field(metadata={"wire": "recordId"})
    invite_account: str = _attrs.field(metadata={"wire": "inviteAccount"})
    verified_status: str = _attrs.field(metadata={"wire": "verifiedStatus"})
    invite_link: str = _attrs.field(metadata={"wire": "inviteLink"})
    created_at: str = _attrs.field(metadata={"wire": "createdAt"})
    activated_at: str = _attrs.field(metadata={"wire": "activatedAt"})


@_attrs.define(kw_only=True, slots=True)
class InviteTenantUserRecordListDto:
    """Wire model ``InviteTenantUserRecordListDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[InviteTenantUserRecord], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[InviteTenantUserRecord] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class InviteTenantUserRecordListRespDto:
    """Wire model ``InviteTenantUserRecordListRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, InviteTenantUserRecordListDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: InviteTenantUserRecordListDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class InviteTenantUsersDto:
    """Wire model ``InviteTenantUsersDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        err_msgs: ``errMsgs``, list[errorEmailMsg], required
        list: ``list``, list[InviteTenantUserRecord], required
    """

    err_msgs: List[errorEmailMsg] = _attrs.field(metadata={"wire": "errMsgs"})
    list: List[InviteTenantUserRecord] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class InviteTenantUsersRespDto:
    """Wire model ``InviteTenantUsersRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, InviteTenantUsersDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: InviteTenantUsersDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class InviteeContextDto:
    """Wire model ``InviteeContextDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        enabled_identifier_verify: ``enabledIdentifierVerify``, bool, required
        send_verify_code_method: ``sendVerifyCodeMethod``, InviteeContextDtoSendVerifyCodeMethod, required
        enabled_info_fill: ``enabledInfoFill``, bool, required
        register_info_fill_msg: ``registerInfoFillMsg``, str, optional
        extends_fields: ``extendsFields``, list[ExtendsFieldDto], required
        extends_fields_i18n: ``extendsFieldsI18n``, Any, required
        extends_fields_options: ``extendsFieldsOptions``, list[Any], required
        email: ``email``, str, required
        phone: ``phone``, str, optional
        phone_country_code: ``phoneCountryCode``, str, optional
        invitee_name: ``inviteeName``, str, optional
        verify_code_max_err_count: ``verifyCodeMaxErrCount``, int, required
    """

    enabled_identifier_verify: bool = _attrs.field(metadata={"wire": "enabledIdentifierVerify"})
    send_verify_code_method: InviteeContextDtoSendVerifyCodeMethod = _attrs.field(metadata={"wire": "sendVerifyCodeMethod"})
    enabled_info_fill: bool = _attrs.field(metadata={"wire": "enabledInfoFill"})
    register_info_fill_msg: str | None = _attrs.field(default=None, metadata={"wire": "registerInfoFillMsg"})
    extends_fields: List[ExtendsFieldDto] = _attrs.field(metadata={"wire": "extendsFields"})
    extends_fields_i18n: Any = _attrs.field(metadata={"wire": "extendsFieldsI18n"})
    extends_fields_options: List[Any] = _attrs.field(metadata={"wire": "extendsFieldsOptions"})
    email: str = _attrs.field(metadata={"wire": "email"})
    phone: str | None = _attrs.field(default=None, metadata={"wire": "phone"})
    phone_country_code: str | None = _attrs.field(default=None, metadata={"wire": "phoneCountryCode"})
    invitee_name: str | None = _attrs.field(default=None, metadata={"wire": "inviteeName"})
    verify_code_max_err_count: int = _attrs.field(metadata={"wire": "verifyCodeMaxErrCount"})


class InviteeContextDtoSendVerifyCodeMethod(WireEnum):
    """Enum of ``InviteeContextDto.sendVerifyCodeMethod`` (unknown wire values are kept, not rejected)."""

    PRIORITY_SMS = "prioritySMS"
    PRIORITY_EMAIL = "priorityEmail"


@_attrs.define(kw_only=True, slots=True)
class InviteeProfileDto:
    """Wire model ``InviteeProfileDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        username: ``username``, str, optional
        nickname: ``nickname``, str, optional
        company: ``company``, str, optional
        photo: ``photo``, str, optional
        device: ``device``, str, optional
        browser: ``browser``, str, optional
        name: ``name``, str, optional
        given_name: ``givenName``, str, optional
        family_name: ``familyName``, str, optional
        middle_name: ``middleName``, str, optional
        profile: ``profile``, str, optional
        preferred_username: ``preferredUsername``, str, optional
        website: ``website``, str, optional
        gender: ``gender``, InviteeProfileDtoGender, optional
        birthdate: ``birthdate``, str, optional
        zoneinfo: ``zoneinfo``, str, optional
        locale: ``locale``, str, optional
        address: ``address``, str, optional
        formatted: ``formatted``, str, optional
        street_address: ``streetAddress``, str, optional
        locality: ``locality``, str, optional
        region: ``region``, str, optional
        postal_code: ``postalCode``, str, optional
        country: ``country``, str, optional
        email: ``email``, str, optional
        phone: ``phone``, str, optional
        phone_country_code: ``phoneCountryCode``, str, optional
        custom_data: ``customData``, Any, optional
    """

    username: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "username"})
    nickname: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "nickname"})
    company: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "company"})
    photo: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "photo"})
    device: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "device"})
    browser: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "browser"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})
    given_name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "givenName"})
    family_name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "familyName"})
    middle_name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "middleName"})
    profile: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "profile"})
    preferred_username: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "preferredUsername"})
    website: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "website"})
    gender: InviteeProfileDtoGender | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "gender"})
    birthdate: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "birthdate"})
    zoneinfo: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "zoneinfo"})
    locale: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "locale"})
    address: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "address"})
    formatted: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "formatted"})
    street_address: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "streetAddress"})
    locality: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "locality"})
    region: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "region"})
    postal_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "postalCode"})
    country: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "country"})
    email: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "email"})
    phone: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phone"})
    phone_country_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phoneCountryCode"})
    custom_data: Any = _attrs.field(default=_UNSET, metadata={"wire": "customData"})


class InviteeProfileDtoGender(WireEnum):
    """Enum of ``InviteeProfileDto.gender`` (unknown wire values are kept, not rejected)."""

    M = "M"
    F = "F"
    U = "U"


@_attrs.define(kw_only=True, slots=True)
class InviterDetailDto:
    """Wire model ``InviterDetailDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        display_name: ``displayName``, str, required
    """

    display_name: str = _attrs.field(metadata={"wire": "displayName"})


@_attrs.define(kw_only=True, slots=True)
class IpListCreateDto:
    """Wire model ``IpListCreateDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        expire_at: ``expireAt``, str, required
        limit_list: ``limitList``, list[str], required
        remove_type: ``removeType``, str, required
        add_type: ``addType``, str, required
        ip_type: ``ipType``, str, required
        ips: ``ips``, str, required
    """

    expire_at: str = _attrs.field(metadata={"wire": "expireAt"})
    limit_list: List[str] = _attrs.field(metadata={"wire": "limitList"})
    remove_type: str = _attrs.field(metadata={"wire": "removeType"})
    add_type: str = _attrs.field(metadata={"wire": "addType"})
    ip_type: str = _attrs.field(metadata={"wire": "ipType"})
    ips: str = _attrs.field(metadata={"wire": "ips"})


@_attrs.define(kw_only=True, slots=True)
class IpListDto:
    """Wire model ``IpListDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        ip_type: ``ipType``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
    """

    ip_type: Any = _attrs.field(default=None, metadata={"wire": "ipType"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})


@_attrs.define(kw_only=True, slots=True)
class IpListPaginatedRespDto:
    """Wire model ``IpListPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, IpListPagingDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: IpListPagingDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class IpListPagingDto:
    """Wire model ``IpListPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[IpListRespDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[IpListRespDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class IpListRespDto:
    """Wire model ``IpListRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        ip: ``ip``, str, required
        ip_type: ``ipType``, str, required
        add_type: ``addType``, str, required
        remove_type: ``removeType``, str, required
        limit_list: ``limitList``, list[str], required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    ip: str = _attrs.field(metadata={"wire": "ip"})
    ip_type: str = _attrs.field(metadata={"wire": "ipType"})
    add_type: str = _attrs.field(metadata={"wire": "addType"})
    remove_type: str = _attrs.field(metadata={"wire": "removeType"})
    limit_list: List[str] = _attrs.field(metadata={"wire": "limitList"})


@_attrs.define(kw_only=True, slots=True)
class IsActionAllowedDataDto:
    """Wire model ``IsActionAllowedDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        allowed: ``allowed``, bool, required
    """

    allowed: bool = _attrs.field(metadata={"wire": "allowed"})


@_attrs.define(kw_only=True, slots=True)
class IsActionAllowedDto:
    """Wire model ``IsActionAllowedDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        action: ``action``, str, required
        resource: ``resource``, str, required
        namespace: ``namespace``, str, optional
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    action: str = _attrs.field(metadata={"wire": "action"})
    resource: str = _attrs.field(metadata={"wire": "resource"})
    namespace: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "namespace"})


@_attrs.define(kw_only=True, slots=True)
class IsActionAllowedRespDtp:
    """Wire model ``IsActionAllowedRespDtp`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, IsActionAllowedDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: IsActionAllowedDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class IsSuccessDto:
    """Wire model ``IsSuccessDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        success: ``success``, bool, required
    """

    success: bool = _attrs.field(metadata={"wire": "success"})


@_attrs.define(kw_only=True, slots=True)
class IsSuccessRespDto:
    """Wire model ``IsSuccessRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, IsSuccessDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: IsSuccessDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class IsUserExistsDto:
    """Wire model ``IsUserExistsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        exists: ``exists``, bool, required
    """

    exists: bool = _attrs.field(metadata={"wire": "exists"})


@_attrs.define(kw_only=True, slots=True)
class IsUserExistsReqDto:
    """Wire model ``IsUserExistsReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        username: ``username``, str, optional
        email: ``email``, str, optional
        phone: ``phone``, str, optional
        external_id: ``externalId``, str, optional
    """

    username: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "username"})
    email: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "email"})
    phone: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phone"})
    external_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "externalId"})


@_attrs.define(kw_only=True, slots=True)
class IsUserExistsRespDto:
    """Wire model ``IsUserExistsRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, IsUserExistsDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: IsUserExistsDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class IsUserInDepartmentDataDto:
    """Wire model ``IsUserInDepartmentDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        in_department: ``inDepartment``, bool, required
    """

    in_department: bool = _attrs.field(metadata={"wire": "inDepartment"})


@_attrs.define(kw_only=True, slots=True)
class IsUserInDepartmentDto:
    """Wire model ``IsUserInDepartmentDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, Any, optional
        organization_code: ``organizationCode``, Any, optional
        department_id: ``departmentId``, Any, optional
        department_id_type: ``departmentIdType``, Any, optional
        include_children_departments: ``includeChildrenDepartments``, Any, optional
        tenant_id: ``tenantId``, Any, optional
    """

    user_id: Any = _attrs.field(default=None, metadata={"wire": "userId"})
    organization_code: Any = _attrs.field(default=None, metadata={"wire": "organizationCode"})
    department_id: Any = _attrs.field(default=None, metadata={"wire": "departmentId"})
    department_id_type: Any = _attrs.field(default=None, metadata={"wire": "departmentIdType"})
    include_children_departments: Any = _attrs.field(default=None, metadata={"wire": "includeChildrenDepartments"})
    tenant_id: Any = _attrs.field(default=None, metadata={"wire": "tenantId"})


class IsUserInDepartmentParamsDepartmentIdType(WireEnum):
    """Enum of ``IsUserInDepartmentParams.departmentIdType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT_ID = "department_id"
    OPEN_DEPARTMENT_ID = "open_department_id"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"
    CODE = "code"


@_attrs.define(kw_only=True, slots=True)
class IsUserInDepartmentRespDto:
    """Wire model ``IsUserInDepartmentRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, IsUserInDepartmentDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: IsUserInDepartmentDataDto = _attrs.field(metadata={"wire": "data"})
