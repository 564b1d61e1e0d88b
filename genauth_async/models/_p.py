# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (PaginationDto, ..., PublicKeyCredentialUserEntityDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

if TYPE_CHECKING:
    from ._c1 import (
        CheckPermissionNamespaceExistsRespDto, CombineFiltersBaseDto,
    )
    from ._g1 import (
        GetInvitationPolicyDto,
    )
    from ._i import (
        InviteeProfileDto,
    )
    from ._l1 import (
        LastExecuteStatus,
    )
    from ._r import (
        ResetPasswordVerify,
    )
    from ._s1 import (
        SignInBySwitchOptionsDto,
    )
    from ._u1 import (
        UniversalInvitationApplicantData, UpdateExtendsFieldDto,
    )

__all__ = [
    "PaginationDto", "PaginationInvitationPolicyDataDto", "PaginationInvitationPolicyQueryDto",
    "PaginationInvitationPolicyRespDto", "PaginationUniversalInvitationApplicantDataDto",
    "PaginationUniversalInvitationApplicantQueryDto",
    "PaginationUniversalInvitationApplicantRespDto", "ParsedUserAgent", "PasswordResetVerifyResp",
    "PendListParamsObjectType", "PermissionNamespaceCheckExistsRespDto",
    "PermissionNamespaceListPaginatedRespDto", "PermissionNamespaceListPagingDto",
    "PermissionNamespaceRolesListPaginatedRespDto", "PermissionNamespaceRolesListPagingDto",
    "PermissionNamespaceRolesListRespDto", "PermissionNamespacesListRespDto", "Person",
    "PipelineFunctionDto", "PipelineFunctionDtoScene", "PipelineFunctionDtoStatus",
    "PipelineFunctionPaginatedRespDto", "PipelineFunctionPagingDto",
    "PipelineFunctionSingleRespDto", "PolicyBo", "PolicyCondition", "PolicyConditionOperator",
    "PolicyConditionParam", "PolicyExtendsFieldsDto", "PolicyInviteJoinedOptionsDto",
    "PolicyInviteeJoinedDto", "PolicyInviteeJoinedDtoReceiverType", "PostDto", "PostInfoDto",
    "PostItemDto", "PostListRespDto", "PostPaginatedRespDto", "PostPagingDto", "PostRespDto",
    "PreCheckCodeDataDto", "PreCheckCodeDto", "PreCheckCodeDtoCodeType", "PreCheckCodeRespDto",
    "PreCheckEmailCodeDto", "PreCheckEmailCodeDtoChannel", "PreCheckSmsCodeDto",
    "PreCheckSmsCodeDtoChannel", "PreviewEmailTemplateDataDto", "PreviewEmailTemplateDto",
    "PreviewEmailTemplateDtoTplEngine", "PreviewEmailTemplateDtoType",
    "PreviewEmailTemplateRespDto", "PrincipalAuthenticationInfoDto",
    "PrincipalAuthenticationInfoPaginatedRespDto", "PrincipalAuthenticationInfoPagingDto",
    "PubEventDto", "PubEventRespDataDto", "PubEventRespDto", "PublicAccountDto",
    "PublicAccountDtoGender", "PublicAccountDtoStatus", "PublicAccountDtoUserSourceType",
    "PublicAccountDtoWorkStatus", "PublicAccountListRespDto", "PublicAccountPaginatedRespDto",
    "PublicAccountPagingDto", "PublicAccountSingleRespDto", "PublicAccountSwitchLoginDto",
    "PublicKeyCredentialCreationOptionsDto", "PublicKeyCredentialDescriptorDto",
    "PublicKeyCredentialParametersDto", "PublicKeyCredentialRequestOptionsDto",
    "PublicKeyCredentialRpEntityDto", "PublicKeyCredentialUserEntityDto",
]


@_attrs.define(kw_only=True, slots=True)
class PaginationDto:
    """Wire model ``PaginationDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        page: ``page``, int, optional
        limit: ``limit``, int, optional
    """

    page: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "page"})
    limit: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "limit"})


@_attrs.define(kw_only=True, slots=True)
class PaginationInvitationPolicyDataDto:
    """Wire model ``PaginationInvitationPolicyDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[GetInvitationPolicyDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[GetInvitationPolicyDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class PaginationInvitationPolicyQueryDto:
    """Wire model ``PaginationInvitationPolicyQueryDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        page: ``page``, int, optional
        limit: ``limit``, int, optional
        keywords: ``keywords``, str, optional
        filter: ``filter``, CombineFiltersBaseDto, optional
        with_creator_detail: ``withCreatorDetail``, bool, optional
    """

    page: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "page"})
    limit: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "limit"})
    keywords: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "keywords"})
    filter: CombineFiltersBaseDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "filter"})
    with_creator_detail: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withCreatorDetail"})


@_attrs.define(kw_only=True, slots=True)
class PaginationInvitationPolicyRespDto:
    """Wire model ``PaginationInvitationPolicyRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, PaginationInvitationPolicyDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: PaginationInvitationPolicyDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class PaginationUniversalInvitationApplicantDataDto:
    """Wire model ``PaginationUniversalInvitationApplicantDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[UniversalInvitationApplicantData], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[UniversalInvitationApplicantData] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class PaginationUniversalInvitationApplicantQueryDto:
    """Wire model ``PaginationUniversalInvitationApplicantQueryDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        page: ``page``, int, optional
        limit: ``limit``, int, optional
        keywords: ``keywords``, str, optional
        filter: ``filter``, CombineFiltersBaseDto, optional
        with_invitor_detail: ``withInvitorDetail``, bool, optional
        with_operator_detail: ``withOperatorDetail``, bool, optional
    """

    page: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "page"})
    limit: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "limit"})
    keywords: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "keywords"})
    filter: CombineFiltersBaseDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "filter"})
    with_invitor_detail: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withInvitorDetail"})
    with_operator_detail: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withOperatorDetail"})


@_attrs.define(kw_only=True, slots=True)
class PaginationUniversalInvitationApplicantRespDto:
    """Wire model ``PaginationUniversalInvitationApplicantRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, PaginationUniversalInvitationApplicantDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: PaginationUniversalInvitationApplicantDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ParsedUserAgent:
    """Wire model ``ParsedUserAgent`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        device: ``device``, str, required
        name: ``name``, str, required
        os: ``os``, str, required
    """

    device: str = _attrs.field(metadata={"wire": "device"})
    name: str = _attrs.field(metadata={"wire": "name"})
    os: str = _attrs.field(metadata={"wire": "os"})


@_attrs.define(kw_only=True, slots=True)
class PasswordResetVerifyResp:
    """Wire model ``PasswordResetVerifyResp`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, ResetPasswordVerify, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: ResetPasswordVerify = _attrs.field(metadata={"wire": "data"})


class PendListParamsObjectType(WireEnum):
    """Enum of ``PendListParams.objectType`` (unknown wire values are kept, not rejected)."""

    APP_PERMISSION_APPLY = "APP_PERMISSION_APPLY"
    ROLE_PERMISSION_APPLY = "ROLE_PERMISSION_APPLY"


@_attrs.define(kw_only=True, slots=True)
class PermissionNamespaceCheckExistsRespDto:
    """Wire model ``PermissionNamespaceCheckExistsRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, CheckPermissionNamespaceExistsRespDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: CheckPermissionNamespaceExistsRespDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class PermissionNamespaceListPaginatedRespDto:
    """Wire model ``PermissionNamespaceListPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, PermissionNamespaceListPagingDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: PermissionNamespaceListPagingDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class PermissionNamespaceListPagingDto:
    """Wire model ``PermissionNamespaceListPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[PermissionNamespacesListRespDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[PermissionNamespacesListRespDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class PermissionNamespaceRolesListPaginatedRespDto:
    """Wire model ``PermissionNamespaceRolesListPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, PermissionNamespaceRolesListPagingDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: PermissionNamespaceRolesListPagingDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class PermissionNamespaceRolesListPagingDto:
    """Wire model ``PermissionNamespaceRolesListPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[PermissionNamespaceRolesListRespDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[PermissionNamespaceRolesListRespDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class PermissionNamespaceRolesListRespDto:
    """Wire model ``PermissionNamespaceRolesListRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        name: ``name``, str, required
        code: ``code``, str, required
        description: ``description``, str, optional
        namespace: ``namespace``, str, required
        updated_at: ``updatedAt``, str, required
    """

    name: str = _attrs.field(metadata={"wire": "name"})
    code: str = _attrs.field(metadata={"wire": "code"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
    namespace: str = _attrs.field(metadata={"wire": "namespace"})
    updated_at: str = _attrs.field(metadata={"wire": "updatedAt"})


@_attrs.define(kw_only=True, slots=True)
class PermissionNamespacesListRespDto:
    """Wire model ``PermissionNamespacesListRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        name: ``name``, str, required
        code: ``code``, str, required
        description: ``description``, str, optional
        status: ``status``, int, optional
    """

    name: str = _attrs.field(metadata={"wire": "name"})
    code: str = _attrs.field(metadata={"wire": "code"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
    status: int | None = _attrs.field(default=None, metadata={"wire": "status"})


@_attrs.define(kw_only=True, slots=True)
class Person:
    """Wire model ``Person`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        app_id: ``appId``, Any, optional
    """

    user_id: Any = _attrs.field(default=None, metadata={"wire": "userId"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    app_id: Any = _attrs.field(default=None, metadata={"wire": "appId"})


@_attrs.define(kw_only=True, slots=True)
class PipelineFunctionDto:
    """Wire model ``PipelineFunctionDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        func_id: ``funcId``, str, required
        func_name: ``funcName``, str, required
        func_description: ``funcDescription``, str, optional
        scene: ``scene``, PipelineFunctionDtoScene, required
        created_at: ``createdAt``, str, required
        updated_at: ``updatedAt``, str, required
        is_asynchronous: ``isAsynchronous``, bool, required
        timeout: ``timeout``, int, required
        terminate_on_timeout: ``terminateOnTimeout``, bool, required
        source_code: ``sourceCode``, str, required
        status: ``status``, PipelineFunctionDtoStatus, required
        upload_err_msg: ``uploadErrMsg``, str, optional
        enabled: ``enabled``, bool, required
        is_cloud: ``isCloud``, bool, required
        last_execute_status: ``lastExecuteStatus``, LastExecuteStatus, required
    """

    func_id: str = _attrs.field(metadata={"wire": "funcId"})
    func_name: str = _attrs.field(metadata={"wire": "funcName"})
    func_description: str | None = _attrs.field(default=None, metadata={"wire": "funcDescription"})
    scene: PipelineFunctionDtoScene = _attrs.field(metadata={"wire": "scene"})
    created_at: str = _attrs.field(metadata={"wire": "createdAt"})
    updated_at: str = _attrs.field(metadata={"wire": "updatedAt"})
    is_asynchronous: bool = _attrs.field(metadata={"wire": "isAsynchronous"})
    timeout: int = _attrs.field(metadata={"wire": "timeout"})
    terminate_on_timeout: bool = _attrs.field(metadata={"wire": "terminateOnTimeout"})
    source_code: str = _attrs.field(metadata={"wire": "sourceCode"})
    status: PipelineFunctionDtoStatus = _attrs.field(metadata={"wire": "status"})
    upload_err_msg: str | None = _attrs.field(default=None, metadata={"wire": "uploadErrMsg"})
    enabled: bool = _attrs.field(metadata={"wire": "enabled"})
    is_cloud: bool = _attrs.field(metadata={"wire": "isCloud"})
    last_execute_status: LastExecuteStatus = _attrs.field(metadata={"wire": "lastExecuteStatus"})


class PipelineFunctionDtoScene(WireEnum):
    """Enum of ``PipelineFunctionDto.scene`` (unknown wire values are kept, not rejected)."""

    PRE_REGISTER = "PRE_REGISTER"
    POST_REGISTER = "POST_REGISTER"
    PRE_AUTHENTICATION = "PRE_AUTHENTICATION"
    POST_AUTHENTICATION = "POST_AUTHENTICATION"
    PRE_OIDC_ID_TOKEN_ISSUED = "PRE_OIDC_ID_TOKEN_ISSUED"
    PRE_OIDC_ACCESS_TOKEN_ISSUED = "PRE_OIDC_ACCESS_TOKEN_ISSUED"
    PRE_COMPLETE_USER_INFO = "PRE_COMPLETE_USER_INFO"
    PRE_MFA_VERIFY = "PRE_MFA_VERIFY"
    POST_MFA_VERIFY = "POST_MFA_VERIFY"


class PipelineFunctionDtoStatus(WireEnum):
    """Enum of ``PipelineFunctionDto.status`` (unknown wire values are kept, not rejected)."""

    UPLOADING = "uploading"
    SUCCESS = "success"
    FAILED = "failed"


@_attrs.define(kw_only=True, slots=True)
class PipelineFunctionPaginatedRespDto:
    """Wire model ``PipelineFunctionPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, PipelineFunctionPagingDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: PipelineFunctionPagingDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class PipelineFunctionPagingDto:
    """Wire model ``PipelineFunctionPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[PipelineFunctionDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[PipelineFunctionDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class PipelineFunctionSingleRespDto:
    """Wire model ``PipelineFunctionSingleRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, PipelineFunctionDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: PipelineFunctionDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class PolicyBo:
    """Wire model ``PolicyBo`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        data_policy_id: ``dataPolicyId``, str, required
        data_policy_name: ``dataPolicyName``, str, required
    """

    data_policy_id: str = _attrs.field(metadata={"wire": "dataPolicyId"})
    data_policy_name: str = _attrs.field(metadata={"wire": "dataPolicyName"})


@_attrs.define(kw_only=True, slots=True)
class PolicyCondition:
    """Wire model ``PolicyCondition`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        param: ``param``, PolicyConditionParam, required
        operator: ``operator``, PolicyConditionOperator, required
        value: ``value``, str, required
    """

    param: PolicyConditionParam = _attrs.field(metadata={"wire": "param"})
    operator: PolicyConditionOperator = _attrs.field(metadata={"wire": "operator"})
    value: str = _attrs.field(metadata={"wire": "value"})


class PolicyConditionOperator(WireEnum):
    """Enum of ``PolicyCondition.operator`` (unknown wire values are kept, not rejected)."""

    BOOL = "Bool"
    DATE_EQUALS = "DateEquals"
    DATE_NOT_EQUALS = "DateNotEquals"
    DATE_LESS_THAN = "DateLessThan"
    DATE_LESS_THAN_EQUALS = "DateLessThanEquals"
    DATE_GREATER_THAN = "DateGreaterThan"
    DATE_GREATER_THAN_EQUALS = "DateGreaterThanEquals"
    IP_ADDRESS = "IpAddress"
    NOT_IP_ADDRESS = "NotIpAddress"
    NUMERIC_EQUALS = "NumericEquals"
    NUMERIC_NOT_EQUALS = "NumericNotEquals"
    NUMERIC_LESS_THAN = "NumericLessThan"
    NUMERIC_LESS_THAN_EQUALS = "NumericLessThanEquals"
    NUMERIC_GREATER_THAN = "NumericGreaterThan"
    NUMERIC_GREATER_THAN_EQUALS = "NumericGreaterThanEquals"
    STRING_EQUALS = "StringEquals"
    STRING_NOT_EQUALS = "StringNotEquals"
    STRING_EQUALS_IGNORE_CASE = "StringEqualsIgnoreCase"
    STRING_NOT_EQUALS_IGNORE_CASE = "StringNotEqualsIgnoreCase"
    STRING_LIKE = "StringLike"
    STRING_NOT_LIKE = "StringNotLike"
    LIST_CONTAINS = "ListContains"


class PolicyConditionParam(WireEnum):
    """Enum of ``PolicyCondition.param`` (unknown wire values are kept, not rejected)."""

    USER_POOL_ID = "UserPoolId"
    APP_ID = "AppId"
    REQUEST_FROM = "RequestFrom"
    USER_ID = "UserId"
    USER_ARN = "UserArn"
    CURRENT_TIME = "CurrentTime"
    EPOCH_TIME = "EpochTime"
    SOURCE_IP = "SourceIp"
    USER = "User"
    MULTI_FACTOR_AUTH_PRESENT = "MultiFactorAuthPresent"
    MULTI_FACTOR_AUTH_AGE = "MultiFactorAuthAge"
    USER_AGENT = "UserAgent"
    REFERER = "Referer"
    DEVICE = "Device"
    OS = "OS"
    COUNTRY = "Country"
    PROVINCE = "Province"
    CITY = "City"
    DEVICE_CHANGED = "DeviceChanged"
    DEVICE_UNTRUSTED = "DeviceUntrusted"
    PROXY_UNTRUSTED = "ProxyUntrusted"
    LOGGED_IN_APPS = "LoggedInApps"
    NAMESPACE = "Namespace"


@_attrs.define(kw_only=True, slots=True)
class PolicyExtendsFieldsDto:
    """Wire model ``PolicyExtendsFieldsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        extends_field: ``extendsField``, UpdateExtendsFieldDto, required
        action: ``action``, str, required
        policy_id: ``policyId``, str, required
        new_order: ``newOrder``, list[str], optional
    """

    extends_field: UpdateExtendsFieldDto = _attrs.field(metadata={"wire": "extendsField"})
    action: str = _attrs.field(metadata={"wire": "action"})
    policy_id: str = _attrs.field(metadata={"wire": "policyId"})
    new_order: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "newOrder"})


@_attrs.define(kw_only=True, slots=True)
class PolicyInviteJoinedOptionsDto:
    """Wire model ``PolicyInviteJoinedOptionsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        phone_pass_code_for_information_completion: ``phonePassCodeForInformationCompletion``, str, optional
        email_pass_code_for_information_completion: ``emailPassCodeForInformationCompletion``, str, optional
    """

    phone_pass_code_for_information_completion: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phonePassCodeForInformationCompletion"})
    email_pass_code_for_information_completion: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "emailPassCodeForInformationCompletion"})


@_attrs.define(kw_only=True, slots=True)
class PolicyInviteeJoinedDto:
    """Wire model ``PolicyInviteeJoinedDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        token: ``token``, str, required
        code: ``code``, str, optional
        receiver_type: ``receiverType``, PolicyInviteeJoinedDtoReceiverType, optional
        profile: ``profile``, InviteeProfileDto, optional
        options: ``options``, PolicyInviteJoinedOptionsDto, optional
    """

    token: str = _attrs.field(metadata={"wire": "token"})
    code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "code"})
    receiver_type: PolicyInviteeJoinedDtoReceiverType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "receiverType"})
    profile: InviteeProfileDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "profile"})
    options: PolicyInviteJoinedOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})


class PolicyInviteeJoinedDtoReceiverType(WireEnum):
    """Enum of ``PolicyInviteeJoinedDto.receiverType`` (unknown wire values are kept, not rejected)."""

    SMS_CODE = "smsCode"
    EMAIL_CODE = "emailCode"


@_attrs.define(kw_only=True, slots=True)
class PostDto:
    """Wire model ``PostDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, optional
        code: ``code``, str, required
        name: ``name``, str, required
        description: ``description``, str, optional
    """

    id: str | None = _attrs.field(default=None, metadata={"wire": "id"})
    code: str = _attrs.field(metadata={"wire": "code"})
    name: str = _attrs.field(metadata={"wire": "name"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})


@_attrs.define(kw_only=True, slots=True)
class PostInfoDto:
    """Wire model ``PostInfoDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, optional
        code: ``code``, str, required
        name: ``name``, str, required
        description: ``description``, str, optional
        department_id_list: ``departmentIdList``, list[str], required
    """

    id: str | None = _attrs.field(default=None, metadata={"wire": "id"})
    code: str = _attrs.field(metadata={"wire": "code"})
    name: str = _attrs.field(metadata={"wire": "name"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
    department_id_list: List[str] = _attrs.field(metadata={"wire": "departmentIdList"})


@_attrs.define(kw_only=True, slots=True)
class PostItemDto:
    """Wire model ``PostItemDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, optional
        code: ``code``, str, required
        name: ``name``, str, required
        description: ``description``, str, optional
        user_count: ``userCount``, int, required
        department_count: ``departmentCount``, int, required
        metadata_source: ``metadataSource``, list[str], required
    """

    id: str | None = _attrs.field(default=None, metadata={"wire": "id"})
    code: str = _attrs.field(metadata={"wire": "code"})
    name: str = _attrs.field(metadata={"wire": "name"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
    user_count: int = _attrs.field(metadata={"wire": "userCount"})
    department_count: int = _attrs.field(metadata={"wire": "departmentCount"})
    metadata_source: List[str] = _attrs.field(metadata={"wire": "metadataSource"})


@_attrs.define(kw_only=True, slots=True)
class PostListRespDto:
    """Wire model ``PostListRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[PostDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[PostDto] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class PostPaginatedRespDto:
    """Wire model ``PostPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, PostPagingDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: PostPagingDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class PostPagingDto:
    """Wire model ``PostPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[PostItemDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[PostItemDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class PostRespDto:
    """Wire model ``PostRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, PostDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: PostDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class PreCheckCodeDataDto:
    """Wire model ``PreCheckCodeDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        is_valid: ``isValid``, bool, required
        message: ``message``, str, optional
    """

    is_valid: bool = _attrs.field(metadata={"wire": "isValid"})
    message: str | None = _attrs.field(default=None, metadata={"wire": "message"})


@_attrs.define(kw_only=True, slots=True)
class PreCheckCodeDto:
    """Wire model ``PreCheckCodeDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code_type: ``codeType``, PreCheckCodeDtoCodeType, required
        sms_code_payload: ``smsCodePayload``, PreCheckSmsCodeDto, optional
        email_code_payload: ``emailCodePayload``, PreCheckEmailCodeDto, optional
    """

    code_type: PreCheckCodeDtoCodeType = _attrs.field(metadata={"wire": "codeType"})
    sms_code_payload: PreCheckSmsCodeDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "smsCodePayload"})
    email_code_payload: PreCheckEmailCodeDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "emailCodePayload"})


class PreCheckCodeDtoCodeType(WireEnum):
    """Enum of ``PreCheckCodeDto.codeType`` (unknown wire values are kept, not rejected)."""

    SMS = "SMS"
    EMAIL = "EMAIL"


@_attrs.define(kw_only=True, slots=True)
class PreCheckCodeRespDto:
    """Wire model ``PreCheckCodeRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, PreCheckCodeDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: PreCheckCodeDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class PreCheckEmailCodeDto:
    """Wire model ``PreCheckEmailCodeDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        email: ``email``, str, required
        pass_code: ``passCode``, str, required
        channel: ``channel``, PreCheckEmailCodeDtoChannel, required
    """

    email: str = _attrs.field(metadata={"wire": "email"})
    pass_code: str = _attrs.field(metadata={"wire": "passCode"})
    channel: PreCheckEmailCodeDtoChannel = _attrs.field(metadata={"wire": "channel"})


class PreCheckEmailCodeDtoChannel(WireEnum):
    """Enum of ``PreCheckEmailCodeDto.channel`` (unknown wire values are kept, not rejected)."""

    CHANNEL_LOGIN = "CHANNEL_LOGIN"
    CHANNEL_REGISTER = "CHANNEL_REGISTER"
    CHANNEL_RESET_PASSWORD = "CHANNEL_RESET_PASSWORD"
    CHANNEL_VERIFY_EMAIL_LINK = "CHANNEL_VERIFY_EMAIL_LINK"
    CHANNEL_UPDATE_EMAIL = "CHANNEL_UPDATE_EMAIL"
    CHANNEL_BIND_EMAIL = "CHANNEL_BIND_EMAIL"
    CHANNEL_UNBIND_EMAIL = "CHANNEL_UNBIND_EMAIL"
    CHANNEL_VERIFY_MFA = "CHANNEL_VERIFY_MFA"
    CHANNEL_UNLOCK_ACCOUNT = "CHANNEL_UNLOCK_ACCOUNT"
    CHANNEL_COMPLETE_EMAIL = "CHANNEL_COMPLETE_EMAIL"
    CHANNEL_DELETE_ACCOUNT = "CHANNEL_DELETE_ACCOUNT"


@_attrs.define(kw_only=True, slots=True)
class PreCheckSmsCodeDto:
    """Wire model ``PreCheckSmsCodeDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        phone: ``phone``, str, required
        pass_code: ``passCode``, str, required
        phone_country_code: ``phoneCountryCode``, str, optional
        channel: ``channel``, PreCheckSmsCodeDtoChannel, required
    """

    phone: str = _attrs.field(metadata={"wire": "phone"})
    pass_code: str = _attrs.field(metadata={"wire": "passCode"})
    phone_country_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phoneCountryCode"})
    channel: PreCheckSmsCodeDtoChannel = _attrs.field(metadata={"wire": "channel"})


class PreCheckSmsCodeDtoChannel(WireEnum):
    """Enum of ``PreCheckSmsCodeDto.channel`` (unknown wire values are kept, not rejected)."""

    CHANNEL_LOGIN = "CHANNEL_LOGIN"
    CHANNEL_REGISTER = "CHANNEL_REGISTER"
    CHANNEL_RESET_PASSWORD = "CHANNEL_RESET_PASSWORD"
    CHANNEL_BIND_PHONE = "CHANNEL_BIND_PHONE"
    CHANNEL_UNBIND_PHONE = "CHANNEL_UNBIND_PHONE"
    CHANNEL_BIND_MFA = "CHANNEL_BIND_MFA"
    CHANNEL_VERIFY_MFA = "CHANNEL_VERIFY_MFA"
    CHANNEL_UNBIND_MFA = "CHANNEL_UNBIND_MFA"
    CHANNEL_COMPLETE_PHONE = "CHANNEL_COMPLETE_PHONE"
    CHANNEL_IDENTITY_VERIFICATION = "CHANNEL_IDENTITY_VERIFICATION"
    CHANNEL_DELETE_ACCOUNT = "CHANNEL_DELETE_ACCOUNT"


@_attrs.define(kw_only=True, slots=True)
class PreviewEmailTemplateDataDto:
    """Wire model ``PreviewEmailTemplateDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        content: ``content``, str, required
        subject: ``subject``, str, required
        sender: ``sender``, str, required
    """

    content: str = _attrs.field(metadata={"wire": "content"})
    subject: str = _attrs.field(metadata={"wire": "subject"})
    sender: str = _attrs.field(metadata={"wire": "sender"})


@_attrs.define(kw_only=True, slots=True)
class PreviewEmailTemplateDto:
    """Wire model ``PreviewEmailTemplateDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        type: ``type``, PreviewEmailTemplateDtoType, required
        content: ``content``, str, optional
        subject: ``subject``, str, optional
        sender: ``sender``, str, optional
        expires_in: ``expiresIn``, int, optional
        tpl_engine: ``tplEngine``, PreviewEmailTemplateDtoTplEngine, optional
    """

    type: PreviewEmailTemplateDtoType = _attrs.field(metadata={"wire": "type"})
    content: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "content"})
    subject: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "subject"})
    sender: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sender"})
    expires_in: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "expiresIn"})
    tpl_engine: PreviewEmailTemplateDtoTplEngine | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tplEngine"})


class PreviewEmailTemplateDtoTplEngine(WireEnum):
    """Enum of ``PreviewEmailTemplateDto.tplEngine`` (unknown wire values are kept, not rejected)."""

    HANDLEBAR = "handlebar"
    EJS = "ejs"


class PreviewEmailTemplateDtoType(WireEnum):
    """Enum of ``PreviewEmailTemplateDto.type`` (unknown wire values are kept, not rejected)."""

    WELCOME_EMAIL = "WELCOME_EMAIL"
    FIRST_CREATED_USER = "FIRST_CREATED_USER"
    REGISTER_VERIFY_CODE = "REGISTER_VERIFY_CODE"
    LOGIN_VERIFY_CODE = "LOGIN_VERIFY_CODE"
    MFA_VERIFY_CODE = "MFA_VERIFY_CODE"
    INFORMATION_COMPLETION_VERIFY_CODE = "INFORMATION_COMPLETION_VERIFY_CODE"
    FIRST_EMAIL_LOGIN_VERIFY = "FIRST_EMAIL_LOGIN_VERIFY"
    CONSOLE_CONDUCTED_VERIFY = "CONSOLE_CONDUCTED_VERIFY"
    USER_PASSWORD_UPDATE_REMIND = "USER_PASSWORD_UPDATE_REMIND"
    ADMIN_RESET_USER_PASSWORD_NOTIFICATION = "ADMIN_RESET_USER_PASSWORD_NOTIFICATION"
    USER_PASSWORD_RESET_NOTIFICATION = "USER_PASSWORD_RESET_NOTIFICATION"
    RESET_PASSWORD_VERIFY_CODE = "RESET_PASSWORD_VERIFY_CODE"
    SELF_UNLOCKING_VERIFY_CODE = "SELF_UNLOCKING_VERIFY_CODE"
    EMAIL_BIND_VERIFY_CODE = "EMAIL_BIND_VERIFY_CODE"
    EMAIL_UNBIND_VERIFY_CODE = "EMAIL_UNBIND_VERIFY_CODE"


@_attrs.define(kw_only=True, slots=True)
class PreviewEmailTemplateRespDto:
    """Wire model ``PreviewEmailTemplateRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        data: ``data``, PreviewEmailTemplateDataDto, required
    """

    data: PreviewEmailTemplateDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class PrincipalAuthenticationInfoDto:
    """Wire model ``PrincipalAuthenticationInfoDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        authenticated: ``authenticated``, bool, required
        principal_type: ``principalType``, str, required
        principal_code: ``principalCode``, str, required
        principal_name: ``principalName``, str, required
        authenticated_at: ``authenticatedAt``, str, required
    """

    authenticated: bool = _attrs.field(metadata={"wire": "authenticated"})
    principal_type: str = _attrs.field(metadata={"wire": "principalType"})
    principal_code: str = _attrs.field(metadata={"wire": "principalCode"})
    principal_name: str = _attrs.field(metadata={"wire": "principalName"})
    authenticated_at: str = _attrs.field(metadata={"wire": "authenticatedAt"})


@_attrs.define(kw_only=True, slots=True)
class PrincipalAuthenticationInfoPaginatedRespDto:
    """Wire model ``PrincipalAuthenticationInfoPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, PrincipalAuthenticationInfoPagingDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: PrincipalAuthenticationInfoPagingDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class PrincipalAuthenticationInfoPagingDto:
    """Wire model ``PrincipalAuthenticationInfoPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[PrincipalAuthenticationInfoDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[PrincipalAuthenticationInfoDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class PubEventDto:
    """Wire model ``PubEventDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        event_type: ``eventType``, str, required
        event_data: ``eventData``, Any, required
    """

    event_type: str = _attrs.field(metadata={"wire": "eventType"})
    event_data: Any = _attrs.field(metadata={"wire": "eventData"})


@_attrs.define(kw_only=True, slots=True)
class PubEventRespDataDto:
    """Wire model ``PubEventRespDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        success: ``success``, bool, required
        err_msg: ``errMsg``, bool, optional
    """

    success: bool = _attrs.field(metadata={"wire": "success"})
    err_msg: bool | None = _attrs.field(default=None, metadata={"wire": "errMsg"})


@_attrs.define(kw_only=True, slots=True)
class PubEventRespDto:
    """Wire model ``PubEventRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, PubEventRespDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: PubEventRespDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class PublicAccountDto:
    """Wire model ``PublicAccountDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        created_at: ``createdAt``, str, required
        updated_at: ``updatedAt``, str, required
        status: ``status``, PublicAccountDtoStatus, required
        work_status: ``workStatus``, PublicAccountDtoWorkStatus, required
        external_id: ``externalId``, str, optional
        email: ``email``, str, optional
        phone: ``phone``, str, optional
        phone_country_code: ``phoneCountryCode``, str, optional
        username: ``username``, str, optional
        name: ``name``, str, optional
        nickname: ``nickname``, str, optional
        photo: ``photo``, str, optional
        logins_count: ``loginsCount``, int, optional
        last_login: ``lastLogin``, str, optional
        last_ip: ``lastIp``, str, optional
        gender: ``gender``, PublicAccountDtoGender, required
        email_verified: ``emailVerified``, bool, required
        phone_verified: ``phoneVerified``, bool, required
        password_last_set_at: ``passwordLastSetAt``, str, optional
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
        user_source_type: ``userSourceType``, PublicAccountDtoUserSourceType, required
        user_source_id: ``userSourceId``, str, optional
        last_login_app: ``lastLoginApp``, str, optional
        main_department_id: ``mainDepartmentId``, str, optional
        last_mfa_time: ``lastMfaTime``, str, optional
        password_security_level: ``passwordSecurityLevel``, int, optional
        reset_password_on_next_login: ``resetPasswordOnNextLogin``, bool, optional
        register_source: ``registerSource``, list[str], optional
        department_ids: ``departmentIds``, list[str], optional
        identity_number: ``identityNumber``, str, optional
        custom_data: ``customData``, Any, optional
        status_changed_at: ``statusChangedAt``, str, optional
        tenant_id: ``tenantId``, str, optional
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    created_at: str = _attrs.field(metadata={"wire": "createdAt"})
    updated_at: str = _attrs.field(metadata={"wire": "updatedAt"})
    status: PublicAccountDtoStatus = _attrs.field(metadata={"wire": "status"})
    work_status: PublicAccountDtoWorkStatus = _attrs.field(metadata={"wire": "workStatus"})
    external_id: str | None = _attrs.field(default=None, metadata={"wire": "externalId"})
    email: str | None = _attrs.field(default=None, metadata={"wire": "email"})
    phone: str | None = _attrs.field(default=None, metadata={"wire": "phone"})
    phone_country_code: str | None = _attrs.field(default=None, metadata={"wire": "phoneCountryCode"})
    username: str | None = _attrs.field(default=None, metadata={"wire": "username"})
    name: str | None = _attrs.field(default=None, metadata={"wire": "name"})
    nickname: str | None = _attrs.field(default=None, metadata={"wire": "nickname"})
    photo: str | None = _attrs.field(default=None, metadata={"wire": "photo"})
    logins_count: int | None = _attrs.field(default=None, metadata={"wire": "loginsCount"})
    last_login: str | None = _attrs.field(default=None, metadata={"wire": "lastLogin"})
    last_ip: str | None = _attrs.field(default=None, metadata={"wire": "lastIp"})
    gender: PublicAccountDtoGender = _attrs.field(metadata={"wire": "gender"})
    email_verified: bool = _attrs.field(metadata={"wire": "emailVerified"})
    phone_verified: bool = _attrs.field(metadata={"wire": "phoneVerified"})
    password_last_set_at: str | None = _attrs.field(default=None, metadata={"wire": "passwordLastSetAt"})
    birthdate: str | None = _attrs.field(default=None, metadata={"wire": "birthdate"})
    country: str | None = _attrs.field(default=None, metadata={"wire": "country"})
    province: str | None = _attrs.field(default=None, metadata={"wire": "province"})
    city: str | None = _attrs.field(default=None, metadata={"wire": "city"})
    address: str | None = _attrs.field(default=None, metadata={"wire": "address"})
    street_address: str | None = _attrs.field(default=None, metadata={"wire": "streetAddress"})
    postal_code: str | None = _attrs.field(default=None, metadata={"wire": "postalCode"})
    company: str | None = _attrs.field(default=None, metadata={"wire": "company"})
    browser: str | None = _attrs.field(default=None, metadata={"wire": "browser"})
    device: str | None = _attrs.field(default=None, metadata={"wire": "device"})
    given_name: str | None = _attrs.field(default=None, metadata={"wire": "givenName"})
    family_name: str | None = _attrs.field(default=None, metadata={"wire": "familyName"})
    middle_name: str | None = _attrs.field(default=None, metadata={"wire": "middleName"})
    profile: str | None = _attrs.field(default=None, metadata={"wire": "profile"})
    preferred_username: str | None = _attrs.field(default=None, metadata={"wire": "preferredUsername"})
    website: str | None = _attrs.field(default=None, metadata={"wire": "website"})
    zoneinfo: str | None = _attrs.field(default=None, metadata={"wire": "zoneinfo"})
    locale: str | None = _attrs.field(default=None, metadata={"wire": "locale"})
    formatted: str | None = _attrs.field(default=None, metadata={"wire": "formatted"})
    region: str | None = _attrs.field(default=None, metadata={"wire": "region"})
    user_source_type: PublicAccountDtoUserSourceType = _attrs.field(metadata={"wire": "userSourceType"})
    user_source_id: str | None = _attrs.field(default=None, metadata={"wire": "userSourceId"})
    last_login_app: str | None = _attrs.field(default=None, metadata={"wire": "lastLoginApp"})
    main_department_id: str | None = _attrs.field(default=None, metadata={"wire": "mainDepartmentId"})
    last_mfa_time: str | None = _attrs.field(default=None, metadata={"wire": "lastMfaTime"})
    password_security_level: int | None = _attrs.field(default=None, metadata={"wire": "passwordSecurityLevel"})
    reset_password_on_next_login: bool | None = _attrs.field(default=None, metadata={"wire": "resetPasswordOnNextLogin"})
    register_source: List[str] | None = _attrs.field(default=None, metadata={"wire": "registerSource"})
    department_ids: List[str] | None = _attrs.field(default=None, metadata={"wire": "departmentIds"})
    identity_number: str | None = _attrs.field(default=None, metadata={"wire": "identityNumber"})
    custom_data: Any = _attrs.field(default=None, metadata={"wire": "customData"})
    status_changed_at: str | None = _attrs.field(default=None, metadata={"wire": "statusChangedAt"})
    tenant_id: str | None = _attrs.field(default=None, metadata={"wire": "tenantId"})


class PublicAccountDtoGender(WireEnum):
    """Enum of ``PublicAccountDto.gender`` (unknown wire values are kept, not rejected)."""

    M = "M"
    F = "F"
    U = "U"


class PublicAccountDtoStatus(WireEnum):
    """Enum of ``PublicAccountDto.status`` (unknown wire values are kept, not rejected)."""

    SUSPENDED = "Suspended"
    RESIGNED = "Resigned"
    ACTIVATED = "Activated"
    ARCHIVED = "Archived"
    DEACTIVATED = "Deactivated"


class PublicAccountDtoUserSourceType(WireEnum):
    """Enum of ``PublicAccountDto.userSourceType`` (unknown wire values are kept, not rejected)."""

    EXCEL = "excel"
    REGISTER = "register"
    ADMIN_CREATED = "adminCreated"
    SYNC = "sync"


class PublicAccountDtoWorkStatus(WireEnum):
    """Enum of ``PublicAccountDto.workStatus`` (unknown wire values are kept, not rejected)."""

    CLOSED = "Closed"
    ACTIVE = "Active"


@_attrs.define(kw_only=True, slots=True)
class PublicAccountListRespDto:
    """Wire model ``PublicAccountListRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[PublicAccountDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[PublicAccountDto] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class PublicAccountPaginatedRespDto:
    """Wire model ``PublicAccountPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, PublicAccountPagingDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: PublicAccountPagingDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class PublicAccountPagingDto:
    """Wire model ``PublicAccountPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[PublicAccountDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[PublicAccountDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class PublicAccountSingleRespDto:
    """Wire model ``PublicAccountSingleRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, PublicAccountDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: PublicAccountDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class PublicAccountSwitchLoginDto:
    """Wire model ``PublicAccountSwitchLoginDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        target_user_id: ``targetUserId``, str, required
        options: ``options``, SignInBySwitchOptionsDto, optional
    """

    target_user_id: str = _attrs.field(metadata={"wire": "targetUserId"})
    options: SignInBySwitchOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})


@_attrs.define(kw_only=True, slots=True)
class PublicKeyCredentialCreationOptionsDto:
    """Wire model ``PublicKeyCredentialCreationOptionsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        challenge: ``challenge``, str, required
        exclude_credentials: ``excludeCredentials``, list[PublicKeyCredentialDescriptorDto], required
        pub_key_cred_params: ``pubKeyCredParams``, list[PublicKeyCredentialParametersDto], required
        rp: ``rp``, PublicKeyCredentialRpEntityDto, required
        timeout: ``timeout``, int, required
        user: ``user``, PublicKeyCredentialUserEntityDto, required
    """

    challenge: str = _attrs.field(metadata={"wire": "challenge"})
    exclude_credentials: List[PublicKeyCredentialDescriptorDto] = _attrs.field(metadata={"wire": "excludeCredentials"})
    pub_key_cred_params: List[PublicKeyCredentialParametersDto] = _attrs.field(metadata={"wire": "pubKeyCredParams"})
    rp: PublicKeyCredentialRpEntityDto = _attrs.field(metadata={"wire": "rp"})
    timeout: int = _attrs.field(metadata={"wire": "timeout"})
    user: PublicKeyCredentialUserEntityDto = _attrs.field(metadata={"wire": "user"})


@_attrs.define(kw_only=True, slots=True)
class PublicKeyCredentialDescriptorDto:
    """Wire model ``PublicKeyCredentialDescriptorDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        transports: ``transports``, list[str], required
        type: ``type``, str, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    transports: List[str] = _attrs.field(metadata={"wire": "transports"})
    type: str = _attrs.field(metadata={"wire": "type"})


@_attrs.define(kw_only=True, slots=True)
class PublicKeyCredentialParametersDto:
    """Wire model ``PublicKeyCredentialParametersDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        alg: ``alg``, int, required
        type: ``type``, str, required
    """

    alg: int = _attrs.field(metadata={"wire": "alg"})
    type: str = _attrs.field(metadata={"wire": "type"})


@_attrs.define(kw_only=True, slots=True)
class PublicKeyCredentialRequestOptionsDto:
    """Wire model ``PublicKeyCredentialRequestOptionsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        challenge: ``challenge``, str, required
        allow_credentials: ``allowCredentials``, list[PublicKeyCredentialDescriptorDto], optional
        rp_id: ``rpId``, str, required
        timeout: ``timeout``, int, required
    """

    challenge: str = _attrs.field(metadata={"wire": "challenge"})
    allow_credentials: List[PublicKeyCredentialDescriptorDto] | None = _attrs.field(default=None, metadata={"wire": "allowCredentials"})
    rp_id: str = _attrs.field(metadata={"wire": "rpId"})
    timeout: int = _attrs.field(metadata={"wire": "timeout"})


@_attrs.define(kw_only=True, slots=True)
class PublicKeyCredentialRpEntityDto:
    """Wire model ``PublicKeyCredentialRpEntityDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        name: ``name``, str, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    name: str = _attrs.field(metadata={"wire": "name"})


@_attrs.define(kw_only=True, slots=True)
class PublicKeyCredentialUserEntityDto:
    """Wire model ``PublicKeyCredentialUserEntityDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        name: ``name``, str, required
        display_name: ``displayName``, str, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    name: str = _attrs.field(metadata={"wire": "name"})
    display_name: str = _attrs.field(metadata={"wire": "displayName"})
