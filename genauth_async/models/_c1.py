# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (CancelSyncRiskOperationDto, ..., CreateDepartmentTreeRespDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

if TYPE_CHECKING:
    from ._a1 import (
        AliExmailEmailProviderConfigInput, ApplicationBrandingConfig,
        ApplicationBrandingConfigInputDto, ApplicationLoginConfigDto,
        ApplicationLoginConfigInputDto, ApplicationRegisterConfig,
        ApplicationRegisterConfigInputDto, AuthEnvParams,
    )
    from ._c3 import (
        CurrentUsageRespDto,
    )
    from ._d import (
        DataResourceTreeStructs, DataStatementPermissionDto, DepartmentI18nDto,
    )
    from ._e import (
        ExtendField, ExtraParams,
    )
    from ._g2 import (
        GetOrdersRes,
    )
    from ._g3 import (
        GoodsPackageDto,
    )
    from ._l1 import (
        LangObject,
    )
    from ._l2 import (
        LoginTokenResponseDataDto,
    )
    from ._m import (
        MauPeriodUsageHistory,
    )
    from ._o import (
        OIDCConfig, OauthIdpConfig, Option, OrderItem,
    )
    from ._q import (
        QRCodeStatusBriefUserInfoDto,
    )
    from ._r import (
        ResourceAction, Result, RightItemRes, RoleCodeDto,
    )
    from ._s1 import (
        SMTPEmailProviderConfigInput, SamlIdpConfig, SendGridEmailProviderConfigInput,
    )
    from ._s2 import (
        SubjectDto,
    )
    from ._t import (
        TencentExmailEmailProviderConfigInput,
    )
    from ._u2 import (
        UserInfoDto,
    )

__all__ = [
    "CancelSyncRiskOperationDto", "CancelSyncRiskOperationsDataDto",
    "CancelSyncRiskOperationsRespDto", "CaptchaCodeDto", "CasIdPConfig", "CellDto",
    "ChangeEmailStrategyDto", "ChangeExtIdpAssociationStateDto", "ChangeExtIdpConnStateDto",
    "ChangePhoneStrategyDto", "ChangePushCodeStatusDto", "ChangePushCodeStatusDtoAction",
    "ChangeQRCodeStatusDto", "ChangeQrCodeStatusDtoAction", "ChangeUserPoolTenantExtIdpConnDto",
    "CheckDataPolicyExistsDto", "CheckDataResourceExistsDto", "CheckDeviceCredentialIdDto",
    "CheckDomainAvailable", "CheckDomainAvailableDataDto", "CheckDomainAvailableSecretRespDto",
    "CheckExternalUserPermissionDataDto", "CheckExternalUserPermissionDto",
    "CheckExternalUserPermissionRespDto", "CheckExternalUserPermissionsRespDto",
    "CheckParamsDataPolicyRespDto", "CheckParamsDataPolicyResponseDto",
    "CheckParamsDataResourceRespDto", "CheckParamsDataResourceResponseDto",
    "CheckPermissionArrayResourceDto", "CheckPermissionDataDto", "CheckPermissionDto",
    "CheckPermissionNamespaceExistsDto", "CheckPermissionNamespaceExistsRespDto",
    "CheckPermissionRespDto", "CheckPermissionStringResourceDto", "CheckPermissionTreeResourceDto",
    "CheckPermissionsRespDto", "CheckPushCodeStatusDataDto", "CheckPushCodeStatusDataDtoStatus",
    "CheckPushCodeStatusRespDto", "CheckPushcodeStatusDto", "CheckQRCodeStatusDataDto",
    "CheckQRCodeStatusRespDto", "CheckQrCodeStatusDataDtoStatus", "CheckQrcodeStatusDto",
    "CheckResourcePermissionDataDto", "CheckResourcePermissionRespDto",
    "CheckResourcePermissionsRespDto", "CheckRoleMutualExclusionReqDto",
    "CheckRoleMutualExclusionRespDto", "CheckRoleMutualExclusionResultDto", "CheckRoleParamsDto",
    "CheckRoleParamsRespDto", "CheckSessionStatusDataDto", "CheckSessionStatusDto",
    "CheckSessionStatusRespDto", "CheckUserSameLevelPermissionDataDto",
    "CheckUserSameLevelPermissionDto", "CheckUserSameLevelPermissionRespDto",
    "CheckUserSameLevelPermissionResponseDto", "ClickCostContactDto", "ClosedListParamsObjectType",
    "CombineFilterItemDto", "CombineFilterItemDtoOperator", "CombineFiltersBaseDto",
    "CombineFiltersBaseDtoType", "CommonResourceDto", "CommonResourceDtoType",
    "CommonResourcePaginatedRespDto", "CommonResourcePagingDto", "CommonResponseDto",
    "CommonUserDto", "Condition", "Config", "ConfigEmailProviderDto", "ConfigEmailProviderDtoType",
    "CookieSettingsDto", "CopyInvitationPolicyDto", "CopyRowRelationDto", "CostCurrentPackageInfo",
    "CostGetAllRightItemRespDto", "CostGetCurrentPackageRespDto", "CostGetCurrentUsageRespDto",
    "CostGetMauPeriodUsageHistoryRespDto", "CostGetOrderDetailRespDto", "CostGetOrderPayDetail",
    "CostGetOrderPayDetailRespDto", "CostGetOrdersRespDto", "CountCustomFieldsDto",
    "CountryDetailInfo", "CreateAccessKeyDto", "CreateAccessKeyRespDto",
    "CreateAccessKeyResponseDto", "CreateAdminRoleDto", "CreateApplicationDto",
    "CreateApplicationDtoAppType", "CreateApplicationDtoDefaultProtocol",
    "CreateApplicationRespDataDto", "CreateApplicationRespDataDtoAppType",
    "CreateApplicationRespDataDtoDefaultProtocol", "CreateApplicationRespDto", "CreateApprovalDto",
    "CreateApprovalReq", "CreateApprovalReqObjectType", "CreateApprovalRes",
    "CreateArrayDataResourceDto", "CreateArrayDataResourceRespDto",
    "CreateArrayDataResourceRespDtoType", "CreateArrayDataResourceResponseDto",
    "CreateAsaAccountDto", "CreateAsaAccountsBatchDto", "CreateAsaAccountsBatchItemDto",
    "CreateAuthorizeDataPolicyDto", "CreateDataPolicyDto", "CreateDataPolicyRespDto",
    "CreateDataPolicyResponseDto", "CreateDataResourceDto", "CreateDataResourceDtoType",
    "CreateDataResourceRespDto", "CreateDataResourceRespDtoType", "CreateDataResourceResponseDto",
    "CreateDepartmentReqDto", "CreateDepartmentReqDtoDepartmentIdType",
    "CreateDepartmentTreeReqDto", "CreateDepartmentTreeRespDto",
]


@_attrs.define(kw_only=True, slots=True)
class CancelSyncRiskOperationDto:
    """Wire model ``CancelSyncRiskOperationDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        sync_risk_operation_ids: ``syncRiskOperationIds``, list[int], required
    """

    sync_risk_operation_ids: List[int] = _attrs.field(metadata={"wire": "syncRiskOperationIds"})


@_attrs.define(kw_only=True, slots=True)
class CancelSyncRiskOperationsDataDto:
    """Wire model ``CancelSyncRiskOperationsDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        success_list: ``successList``, list[int], required
        faild_list: ``faildList``, list[int], required
    """

    success_list: List[int] = _attrs.field(metadata={"wire": "successList"})
    faild_list: List[int] = _attrs.field(metadata={"wire": "faildList"})


@_attrs.define(kw_only=True, slots=True)
class CancelSyncRiskOperationsRespDto:
    """Wire model ``CancelSyncRiskOperationsRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, CancelSyncRiskOperationsDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: CancelSyncRiskOperationsDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class CaptchaCodeDto:
    """Wire model ``CaptchaCodeDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        r: ``r``, Any, optional
    """

    r: Any = _attrs.field(default=None, metadata={"wire": "r"})


@_attrs.define(kw_only=True, slots=True)
class CasIdPConfig:
    """Wire model ``CasIdPConfig`` (request side; optional fields default to UNSET)."""


@_attrs.define(kw_only=True, slots=True)
class CellDto:
    """Wire model ``CellDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        field_id: ``fieldId``, str, required
        value: ``value``, Any, required
    """

    field_id: str = _attrs.field(metadata={"wire": "fieldId"})
    value: Any = _attrs.field(metadata={"wire": "value"})


@_attrs.define(kw_only=True, slots=True)
class ChangeEmailStrategyDto:
    """Wire model ``ChangeEmailStrategyDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        verify_old_email: ``verifyOldEmail``, bool, required
    """

    verify_old_email: bool = _attrs.field(metadata={"wire": "verifyOldEmail"})


@_attrs.define(kw_only=True, slots=True)
class ChangeExtIdpAssociationStateDto:
    """Wire model ``ChangeExtIdpAssociationStateDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        association: ``association``, bool, required
        tenant_id: ``tenantId``, str, optional
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    association: bool = _attrs.field(metadata={"wire": "association"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})


@_attrs.define(kw_only=True, slots=True)
class ChangeExtIdpConnStateDto:
    """Wire model ``ChangeExtIdpConnStateDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        enabled: ``enabled``, bool, required
        app_id: ``appId``, str, required
        tenant_id: ``tenantId``, str, optional
        app_ids: ``appIds``, list[str], optional
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    enabled: bool = _attrs.field(metadata={"wire": "enabled"})
    app_id: str = _attrs.field(metadata={"wire": "appId"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})
    app_ids: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "appIds"})


@_attrs.define(kw_only=True, slots=True)
class ChangePhoneStrategyDto:
    """Wire model ``ChangePhoneStrategyDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        verify_old_phone: ``verifyOldPhone``, bool, required
    """

    verify_old_phone: bool = _attrs.field(metadata={"wire": "verifyOldPhone"})


@_attrs.define(kw_only=True, slots=True)
class ChangePushCodeStatusDto:
    """Wire model ``ChangePushCodeStatusDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        push_code_id: ``pushCodeId``, str, required
        action: ``action``, ChangePushCodeStatusDtoAction, required
    """

    push_code_id: str = _attrs.field(metadata={"wire": "pushCodeId"})
    action: ChangePushCodeStatusDtoAction = _attrs.field(metadata={"wire": "action"})


class ChangePushCodeStatusDtoAction(WireEnum):
    """Enum of ``ChangePushCodeStatusDto.action`` (unknown wire values are kept, not rejected)."""

    CONFIRM = "CONFIRM"
    CANCEL = "CANCEL"


@_attrs.define(kw_only=True, slots=True)
class ChangeQRCodeStatusDto:
    """Wire model ``ChangeQRCodeStatusDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        qrcode_id: ``qrcodeId``, str, required
        action: ``action``, ChangeQrCodeStatusDtoAction, required
    """

    qrcode_id: str = _attrs.field(metadata={"wire": "qrcodeId"})
    action: ChangeQrCodeStatusDtoAction = _attrs.field(metadata={"wire": "action"})


class ChangeQrCodeStatusDtoAction(WireEnum):
    """Enum of ``ChangeQRCodeStatusDto.action`` (unknown wire values are kept, not rejected)."""

    SCAN = "SCAN"
    CONFIRM = "CONFIRM"
    CANCEL = "CANCEL"


@_attrs.define(kw_only=True, slots=True)
class ChangeUserPoolTenantExtIdpConnDto:
    """Wire model ``ChangeUserPoolTenantExtIdpConnDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        enabled: ``enabled``, bool, required
        conn_ids: ``connIds``, list[str], required
    """

    enabled: bool = _attrs.field(metadata={"wire": "enabled"})
    conn_ids: List[str] = _attrs.field(metadata={"wire": "connIds"})


@_attrs.define(kw_only=True, slots=True)
class CheckDataPolicyExistsDto:
    """Wire model ``CheckDataPolicyExistsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        policy_name: ``policyName``, Any, optional
    """

    policy_name: Any = _attrs.field(default=None, metadata={"wire": "policyName"})


@_attrs.define(kw_only=True, slots=True)
class CheckDataResourceExistsDto:
    """Wire model ``CheckDataResourceExistsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        namespace_code: ``namespaceCode``, Any, optional
        resource_name: ``resourceName``, Any, optional
        resource_code: ``resourceCode``, Any, optional
    """

    namespace_code: Any = _attrs.field(default=None, metadata={"wire": "namespaceCode"})
    resource_name: Any = _attrs.field(default=None, metadata={"wire": "resourceName"})
    resource_code: Any = _attrs.field(default=None, metadata={"wire": "resourceCode"})


@_attrs.define(kw_only=True, slots=True)
class CheckDeviceCredentialIdDto:
    """Wire model ``CheckDeviceCredentialIdDto`` (request side; optional fields default to UNSET)."""


@_attrs.define(kw_only=True, slots=True)
class CheckDomainAvailable:
    """Wire model ``CheckDomainAvailable`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        domain: ``domain``, str, required
    """

    domain: str = _attrs.field(metadata={"wire": "domain"})


@_attrs.define(kw_only=True, slots=True)
class CheckDomainAvailableDataDto:
    """Wire model ``CheckDomainAvailableDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        available: ``available``, bool, required
    """

    available: bool = _attrs.field(metadata={"wire": "available"})


@_attrs.define(kw_only=True, slots=True)
class CheckDomainAvailableSecretRespDto:
    """Wire model ``CheckDomainAvailableSecretRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, CheckDomainAvailableDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: CheckDomainAvailableDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class CheckExternalUserPermissionDataDto:
    """Wire model ``CheckExternalUserPermissionDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        check_result_list: ``checkResultList``, list[CheckExternalUserPermissionsRespDto], required
    """

    check_result_list: List[CheckExternalUserPermissionsRespDto] = _attrs.field(metadata={"wire": "checkResultList"})


@_attrs.define(kw_only=True, slots=True)
class CheckExternalUserPermissionDto:
    """Wire model ``CheckExternalUserPermissionDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        resources: ``resources``, list[str], required
        action: ``action``, str, required
        external_id: ``externalId``, str, required
        namespace_code: ``namespaceCode``, str, required
        judge_condition_enabled: ``judgeConditionEnabled``, bool, optional
        auth_env_params: ``authEnvParams``, AuthEnvParams, optional
    """

    resources: List[str] = _attrs.field(metadata={"wire": "resources"})
    action: str = _attrs.field(metadata={"wire": "action"})
    external_id: str = _attrs.field(metadata={"wire": "externalId"})
    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
    judge_condition_enabled: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "judgeConditionEnabled"})
    auth_env_params: AuthEnvParams | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "authEnvParams"})


@_attrs.define(kw_only=True, slots=True)
class CheckExternalUserPermissionRespDto:
    """Wire model ``CheckExternalUserPermissionRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        data: ``data``, CheckExternalUserPermissionDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    data: CheckExternalUserPermissionDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class CheckExternalUserPermissionsRespDto:
    """Wire model ``CheckExternalUserPermissionsRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        namespace_code: ``namespaceCode``, str, required
        action: ``action``, str, required
        resource: ``resource``, str, required
        enabled: ``enabled``, bool, required
    """

    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
    action: str = _attrs.field(metadata={"wire": "action"})
    resource: str = _attrs.field(metadata={"wire": "resource"})
    enabled: bool = _attrs.field(metadata={"wire": "enabled"})


@_attrs.define(kw_only=True, slots=True)
class CheckParamsDataPolicyRespDto:
    """Wire model ``CheckParamsDataPolicyRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        is_valid: ``isValid``, bool, required
        message: ``message``, str, optional
    """

    is_valid: bool = _attrs.field(metadata={"wire": "isValid"})
    message: str | None = _attrs.field(default=None, metadata={"wire": "message"})


@_attrs.define(kw_only=True, slots=True)
class CheckParamsDataPolicyResponseDto:
    """Wire model ``CheckParamsDataPolicyResponseDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, CheckParamsDataPolicyRespDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: CheckParamsDataPolicyRespDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class CheckParamsDataResourceRespDto:
    """Wire model ``CheckParamsDataResourceRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        is_valid: ``isValid``, bool, required
        message: ``message``, str, optional
    """

    is_valid: bool = _attrs.field(metadata={"wire": "isValid"})
    message: str | None = _attrs.field(default=None, metadata={"wire": "message"})


@_attrs.define(kw_only=True, slots=True)
class CheckParamsDataResourceResponseDto:
    """Wire model ``CheckParamsDataResourceResponseDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, CheckParamsDataResourceRespDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: CheckParamsDataResourceRespDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class CheckPermissionArrayResourceDto:
    """Wire model ``CheckPermissionArrayResourceDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        resources: ``resources``, list[str], required
        action: ``action``, str, required
    """

    resources: List[str] = _attrs.field(metadata={"wire": "resources"})
    action: str = _attrs.field(metadata={"wire": "action"})


@_attrs.define(kw_only=True, slots=True)
class CheckPermissionDataDto:
    """Wire model ``CheckPermissionDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        check_result_list: ``checkResultList``, list[CheckPermissionsRespDto], required
    """

    check_result_list: List[CheckPermissionsRespDto] = _attrs.field(metadata={"wire": "checkResultList"})


@_attrs.define(kw_only=True, slots=True)
class CheckPermissionDto:
    """Wire model ``CheckPermissionDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        resources: ``resources``, list[str], required
        action: ``action``, str, required
        user_id: ``userId``, str, required
        namespace_code: ``namespaceCode``, str, required
        judge_condition_enabled: ``judgeConditionEnabled``, bool, optional
        auth_env_params: ``authEnvParams``, AuthEnvParams, optional
    """

    resources: List[str] = _attrs.field(metadata={"wire": "resources"})
    action: str = _attrs.field(metadata={"wire": "action"})
    user_id: str = _attrs.field(metadata={"wire": "userId"})
    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
    judge_condition_enabled: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "judgeConditionEnabled"})
    auth_env_params: AuthEnvParams | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "authEnvParams"})


@_attrs.define(kw_only=True, slots=True)
class CheckPermissionNamespaceExistsDto:
    """Wire model ``CheckPermissionNamespaceExistsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, optional
        name: ``name``, str, optional
    """

    code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "code"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})


@_attrs.define(kw_only=True, slots=True)
class CheckPermissionNamespaceExistsRespDto:
    """Wire model ``CheckPermissionNamespaceExistsRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        is_valid: ``isValid``, bool, required
        message: ``message``, str, optional
    """

    is_valid: bool = _attrs.field(metadata={"wire": "isValid"})
    message: str | None = _attrs.field(default=None, metadata={"wire": "message"})


@_attrs.define(kw_only=True, slots=True)
class CheckPermissionRespDto:
    """Wire model ``CheckPermissionRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        data: ``data``, CheckPermissionDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    data: CheckPermissionDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class CheckPermissionStringResourceDto:
    """Wire model ``CheckPermissionStringResourceDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        resources: ``resources``, list[str], required
        action: ``action``, str, required
    """

    resources: List[str] = _attrs.field(metadata={"wire": "resources"})
    action: str = _attrs.field(metadata={"wire": "action"})


@_attrs.define(kw_only=True, slots=True)
class CheckPermissionTreeResourceDto:
    """Wire model ``CheckPermissionTreeResourceDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        resources: ``resources``, list[str], required
        action: ``action``, str, required
    """

    resources: List[str] = _attrs.field(metadata={"wire": "resources"})
    action: str = _attrs.field(metadata={"wire": "action"})


@_attrs.define(kw_only=True, slots=True)
class CheckPermissionsRespDto:
    """Wire model ``CheckPermissionsRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        namespace_code: ``namespaceCode``, str, required
        action: ``action``, str, required
        resource: ``resource``, str, required
        enabled: ``enabled``, bool, required
    """

    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
    action: str = _attrs.field(metadata={"wire": "action"})
    resource: str = _attrs.field(metadata={"wire": "resource"})
    enabled: bool = _attrs.field(metadata={"wire": "enabled"})


@_attrs.define(kw_only=True, slots=True)
class CheckPushCodeStatusDataDto:
    """Wire model ``CheckPushCodeStatusDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status: ``status``, CheckPushCodeStatusDataDtoStatus, required
        token_set: ``tokenSet``, LoginTokenResponseDataDto, optional
    """

    status: CheckPushCodeStatusDataDtoStatus = _attrs.field(metadata={"wire": "status"})
    token_set: LoginTokenResponseDataDto | None = _attrs.field(default=None, metadata={"wire": "tokenSet"})


class CheckPushCodeStatusDataDtoStatus(WireEnum):
    """Enum of ``CheckPushCodeStatusDataDto.status`` (unknown wire values are kept, not rejected)."""

    PUSHED = "PUSHED"
    AUTHORIZED = "AUTHORIZED"
    CANCELLED = "CANCELLED"
    EXPIRED = "EXPIRED"
    ERROR = "ERROR"


@_attrs.define(kw_only=True, slots=True)
class CheckPushCodeStatusRespDto:
    """Wire model ``CheckPushCodeStatusRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, CheckPushCodeStatusDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: CheckPushCodeStatusDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class CheckPushcodeStatusDto:
    """Wire model ``CheckPushcodeStatusDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        push_code_id: ``pushCodeId``, Any, optional
    """

    push_code_id: Any = _attrs.field(default=None, metadata={"wire": "pushCodeId"})


@_attrs.define(kw_only=True, slots=True)
class CheckQRCodeStatusDataDto:
    """Wire model ``CheckQRCodeStatusDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status: ``status``, CheckQrCodeStatusDataDtoStatus, required
        ticket: ``ticket``, str, optional
        brief_user_info: ``briefUserInfo``, QRCodeStatusBriefUserInfoDto, optional
        token_set: ``tokenSet``, LoginTokenResponseDataDto, optional
    """

    status: CheckQrCodeStatusDataDtoStatus = _attrs.field(metadata={"wire": "status"})
    ticket: str | None = _attrs.field(default=None, metadata={"wire": "ticket"})
    brief_user_info: QRCodeStatusBriefUserInfoDto | None = _attrs.field(default=None, metadata={"wire": "briefUserInfo"})
    token_set: LoginTokenResponseDataDto | None = _attrs.field(default=None, metadata={"wire": "tokenSet"})


@_attrs.define(kw_only=True, slots=True)
class CheckQRCodeStatusRespDto:
    """Wire model ``CheckQRCodeStatusRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, CheckQRCodeStatusDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: CheckQRCodeStatusDataDto = _attrs.field(metadata={"wire": "data"})


class CheckQrCodeStatusDataDtoStatus(WireEnum):
    """Enum of ``CheckQRCodeStatusDataDto.status`` (unknown wire values are kept, not rejected)."""

    PENDING = "PENDING"
    SCANNED = "SCANNED"
    AUTHORIZED = "AUTHORIZED"
    CANCELLED = "CANCELLED"
    EXPIRED = "EXPIRED"
    ERROR = "ERROR"


@_attrs.define(kw_only=True, slots=True)
class CheckQrcodeStatusDto:
    """Wire model ``CheckQrcodeStatusDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        qrcode_id: ``qrcodeId``, Any, optional
    """

    qrcode_id: Any = _attrs.field(default=None, metadata={"wire": "qrcodeId"})


@_attrs.define(kw_only=True, slots=True)
class CheckResourcePermissionDataDto:
    """Wire model ``CheckResourcePermissionDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        check_result_list: ``checkResultList``, list[CheckResourcePermissionRespDto], required
    """

    check_result_list: List[CheckResourcePermissionRespDto] = _attrs.field(metadata={"wire": "checkResultList"})


@_attrs.define(kw_only=True, slots=True)
class CheckResourcePermissionRespDto:
    """Wire model ``CheckResourcePermissionRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        namespace_code: ``namespaceCode``, str, required
        action: ``action``, str, required
        resource: ``resource``, str, required
        enabled: ``enabled``, bool, required
    """

    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
    action: str = _attrs.field(metadata={"wire": "action"})
    resource: str = _attrs.field(metadata={"wire": "resource"})
    enabled: bool = _attrs.field(metadata={"wire": "enabled"})


@_attrs.define(kw_only=True, slots=True)
class CheckResourcePermissionsRespDto:
    """Wire model ``CheckResourcePermissionsRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, CheckResourcePermissionDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: CheckResourcePermissionDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class CheckRoleMutualExclusionReqDto:
    """Wire model ``CheckRoleMutualExclusionReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        roles: ``roles``, list[RoleCodeDto], required
    """

    roles: List[RoleCodeDto] = _attrs.field(metadata={"wire": "roles"})


@_attrs.define(kw_only=True, slots=True)
class CheckRoleMutualExclusionRespDto:
    """Wire model ``CheckRoleMutualExclusionRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, CheckRoleMutualExclusionResultDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: CheckRoleMutualExclusionResultDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class CheckRoleMutualExclusionResultDto:
    """Wire model ``CheckRoleMutualExclusionResultDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        exist_mutually_exclusive: ``existMutuallyExclusive``, bool, required
    """

    exist_mutually_exclusive: bool = _attrs.field(metadata={"wire": "existMutuallyExclusive"})


@_attrs.define(kw_only=True, slots=True)
class CheckRoleParamsDto:
    """Wire model ``CheckRoleParamsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        namespace: ``namespace``, str, required
        name: ``name``, str, optional
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    namespace: str = _attrs.field(metadata={"wire": "namespace"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})


@_attrs.define(kw_only=True, slots=True)
class CheckRoleParamsRespDto:
    """Wire model ``CheckRoleParamsRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        is_valid: ``isValid``, bool, required
        message: ``message``, bool, required
    """

    is_valid: bool = _attrs.field(metadata={"wire": "isValid"})
    message: bool = _attrs.field(metadata={"wire": "message"})


@_attrs.define(kw_only=True, slots=True)
class CheckSessionStatusDataDto:
    """Wire model ``CheckSessionStatusDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        active: ``active``, bool, required
    """

    active: bool = _attrs.field(metadata={"wire": "active"})


@_attrs.define(kw_only=True, slots=True)
class CheckSessionStatusDto:
    """Wire model ``CheckSessionStatusDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
        user_id: ``userId``, str, required
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
    user_id: str = _attrs.field(metadata={"wire": "userId"})


@_attrs.define(kw_only=True, slots=True)
class CheckSessionStatusRespDto:
    """Wire model ``CheckSessionStatusRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, CheckSessionStatusDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: CheckSessionStatusDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class CheckUserSameLevelPermissionDataDto:
    """Wire model ``CheckUserSameLevelPermissionDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        check_level_result_list: ``checkLevelResultList``, list[CheckUserSameLevelPermissionRespDto], required
    """

    check_level_result_list: List[CheckUserSameLevelPermissionRespDto] = _attrs.field(metadata={"wire": "checkLevelResultList"})


@_attrs.define(kw_only=True, slots=True)
class CheckUserSameLevelPermissionDto:
    """Wire model ``CheckUserSameLevelPermissionDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        resource_node_codes: ``resourceNodeCodes``, list[str], required
        resource: ``resource``, str, required
        action: ``action``, str, required
        user_id: ``userId``, str, required
        namespace_code: ``namespaceCode``, str, required
        judge_condition_enabled: ``judgeConditionEnabled``, bool, optional
        auth_env_params: ``authEnvParams``, AuthEnvParams, optional
    """

    resource_node_codes: List[str] = _attrs.field(metadata={"wire": "resourceNodeCodes"})
    resource: str = _attrs.field(metadata={"wire": "resource"})
    action: str = _attrs.field(metadata={"wire": "action"})
    user_id: str = _attrs.field(metadata={"wire": "userId"})
    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
    judge_condition_enabled: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "judgeConditionEnabled"})
    auth_env_params: AuthEnvParams | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "authEnvParams"})


@_attrs.define(kw_only=True, slots=True)
class CheckUserSameLevelPermissionRespDto:
    """Wire model ``CheckUserSameLevelPermissionRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        action: ``action``, str, required
        resource_node_code: ``resourceNodeCode``, str, required
        enabled: ``enabled``, bool, required
    """

    action: str = _attrs.field(metadata={"wire": "action"})
    resource_node_code: str = _attrs.field(metadata={"wire": "resourceNodeCode"})
    enabled: bool = _attrs.field(metadata={"wire": "enabled"})


@_attrs.define(kw_only=True, slots=True)
class CheckUserSameLevelPermissionResponseDto:
    """Wire model ``CheckUserSameLevelPermissionResponseDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, CheckUserSameLevelPermissionDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: CheckUserSameLevelPermissionDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ClickCostContactDto:
    """Wire model ``ClickCostContactDto`` (response side; optional fields default to None)."""


class ClosedListParamsObjectType(WireEnum):
    """Enum of ``ClosedListParams.objectType`` (unknown wire values are kept, not rejected)."""

    APP_PERMISSION_APPLY = "APP_PERMISSION_APPLY"
    ROLE_PERMISSION_APPLY = "ROLE_PERMISSION_APPLY"


@_attrs.define(kw_only=True, slots=True)
class CombineFilterItemDto:
    """Wire model ``CombineFilterItemDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        type: ``type``, str, required
        operator: ``operator``, CombineFilterItemDtoOperator, required
        value: ``value``, str | int, required
    """

    type: str = _attrs.field(metadata={"wire": "type"})
    operator: CombineFilterItemDtoOperator = _attrs.field(metadata={"wire": "operator"})
    value: str | int = _attrs.field(metadata={"wire": "value"})


class CombineFilterItemDtoOperator(WireEnum):
    """Enum of ``CombineFilterItemDto.operator`` (unknown wire values are kept, not rejected)."""

    EQUAL = "EQUAL"
    NOT_EQUAL = "NOT_EQUAL"
    CONTAINS = "CONTAINS"
    NOT_CONTAINS = "NOT_CONTAINS"
    IS_NULL = "IS_NULL"
    NOT_NULL = "NOT_NULL"
    IN = "IN"
    NOT_IN = "NOT_IN"
    GREATER = "GREATER"
    LESSER = "LESSER"
    BETWEEN = "BETWEEN"


@_attrs.define(kw_only=True, slots=True)
class CombineFiltersBaseDto:
    """Wire model ``CombineFiltersBaseDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        type: ``type``, CombineFiltersBaseDtoType, required
        filters: ``filters``, list[CombineFilterItemDto], required
    """

    type: CombineFiltersBaseDtoType = _attrs.field(metadata={"wire": "type"})
    filters: List[CombineFilterItemDto] = _attrs.field(metadata={"wire": "filters"})


class CombineFiltersBaseDtoType(WireEnum):
    """Enum of ``CombineFiltersBaseDto.type`` (unknown wire values are kept, not rejected)."""

    AND = "and"
    OR = "or"


@_attrs.define(kw_only=True, slots=True)
class CommonResourceDto:
    """Wire model ``CommonResourceDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        description: ``description``, str, optional
        name: ``name``, str, optional
        type: ``type``, CommonResourceDtoType, required
        actions: ``actions``, list[ResourceAction], optional
        api_identifier: ``apiIdentifier``, str, optional
        namespace: ``namespace``, str, optional
        linked_to_tenant: ``linkedToTenant``, bool, optional
        id: ``id``, str, required
        namespace_id: ``namespaceId``, int, required
        namespace_name: ``namespaceName``, str, required
        user_pool_id: ``userPoolId``, str, required
        created_at: ``createdAt``, str, required
        updated_at: ``updatedAt``, str, required
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
    name: str | None = _attrs.field(default=None, metadata={"wire": "name"})
    type: CommonResourceDtoType = _attrs.field(metadata={"wire": "type"})
    actions: List[ResourceAction] | None = _attrs.field(default=None, metadata={"wire": "actions"})
    api_identifier: str | None = _attrs.field(default=None, metadata={"wire": "apiIdentifier"})
    namespace: str | None = _attrs.field(default=None, metadata={"wire": "namespace"})
    linked_to_tenant: bool | None = _attrs.field(default=None, metadata={"wire": "linkedToTenant"})
    id: str = _attrs.field(metadata={"wire": "id"})
    namespace_id: int = _attrs.field(metadata={"wire": "namespaceId"})
    namespace_name: str = _attrs.field(metadata={"wire": "namespaceName"})
    user_pool_id: str = _attrs.field(metadata={"wire": "userPoolId"})
    created_at: str = _attrs.field(metadata={"wire": "createdAt"})
    updated_at: str = _attrs.field(metadata={"wire": "updatedAt"})


class CommonResourceDtoType(WireEnum):
    """Enum of ``CommonResourceDto.type`` (unknown wire values are kept, not rejected)."""

    DATA = "DATA"
    API = "API"
    MENU = "MENU"
    BUTTON = "BUTTON"
    UI = "UI"


@_attrs.define(kw_only=True, slots=True)
class CommonResourcePaginatedRespDto:
    """Wire model ``CommonResourcePaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, CommonResourcePagingDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: CommonResourcePagingDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class CommonResourcePagingDto:
    """Wire model ``CommonResourcePagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        total_count: ``totalCount``, int, required
        list: ``list``, list[CommonResourceDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[CommonResourceDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class CommonResponseDto:
    """Wire model ``CommonResponseDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})


@_attrs.define(kw_only=True, slots=True)
class CommonUserDto:
    """Wire model ``CommonUserDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        display_name: ``displayName``, str, optional
        photo: ``photo``, str, optional
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    display_name: str | None = _attrs.field(default=None, metadata={"wire": "displayName"})
    photo: str | None = _attrs.field(default=None, metadata={"wire": "photo"})


@_attrs.define(kw_only=True, slots=True)
class Condition:
    """Wire model ``Condition`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        key: ``key``, str, required
        value: ``value``, Any, required
        operator: ``operator``, str, required
    """

    key: str = _attrs.field(metadata={"wire": "key"})
    value: Any = _attrs.field(metadata={"wire": "value"})
    operator: str = _attrs.field(metadata={"wire": "operator"})


@_attrs.define(kw_only=True, slots=True)
class Config:
    """Wire model ``Config`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        options: ``options``, list[Option], required
    """

    options: List[Option] = _attrs.field(metadata={"wire": "options"})


@_attrs.define(kw_only=True, slots=True)
class ConfigEmailProviderDto:
    """Wire model ``ConfigEmailProviderDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        type: ``type``, ConfigEmailProviderDtoType, required
        enabled: ``enabled``, bool, required
        smtp_config: ``smtpConfig``, SMTPEmailProviderConfigInput, optional
        send_grid_config: ``sendGridConfig``, SendGridEmailProviderConfigInput, optional
        ali_exmail_config: ``aliExmailConfig``, AliExmailEmailProviderConfigInput, optional
        tencent_exmail_config: ``tencentExmailConfig``, TencentExmailEmailProviderConfigInput, optional
    """

    type: ConfigEmailProviderDtoType = _attrs.field(metadata={"wire": "type"})
    enabled: bool = _attrs.field(metadata={"wire": "enabled"})
    smtp_config: SMTPEmailProviderConfigInput | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "smtpConfig"})
    send_grid_config: SendGridEmailProviderConfigInput | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sendGridConfig"})
    ali_exmail_config: AliExmailEmailProviderConfigInput | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "aliExmailConfig"})
    tencent_exmail_config: TencentExmailEmailProviderConfigInput | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tencentExmailConfig"})


class ConfigEmailProviderDtoType(WireEnum):
    """Enum of ``ConfigEmailProviderDto.type`` (unknown wire values are kept, not rejected)."""

    ALI = "ali"
    QQ = "qq"
    SENDGRID = "sendgrid"
    CUSTOM = "custom"


@_attrs.define(kw_only=True, slots=True)
class CookieSettingsDto:
    """Wire model ``CookieSettingsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        cookie_expires_in: ``cookieExpiresIn``, int, required
        cookie_expires_on_browser_session: ``cookieExpiresOnBrowserSession``, bool, required
    """

    cookie_expires_in: int = _attrs.field(metadata={"wire": "cookieExpiresIn"})
    cookie_expires_on_browser_session: bool = _attrs.field(metadata={"wire": "cookieExpiresOnBrowserSession"})


@_attrs.define(kw_only=True, slots=True)
class CopyInvitationPolicyDto:
    """Wire model ``CopyInvitationPolicyDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        policy_id: ``policyId``, str, required
    """

    policy_id: str = _attrs.field(metadata={"wire": "policyId"})


@_attrs.define(kw_only=True, slots=True)
class CopyRowRelationDto:
    """Wire model ``CopyRowRelationDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        relation_row_id: ``relationRowId``, str, required
        row_id: ``rowId``, str, required
        model_id: ``modelId``, str, required
    """

    relation_row_id: str = _attrs.field(metadata={"wire": "relationRowId"})
    row_id: str = _attrs.field(metadata={"wire": "rowId"})
    model_id: str = _attrs.field(metadata={"wire": "modelId"})


@_attrs.define(kw_only=True, slots=True)
class CostCurrentPackageInfo:
    """Wire model ``CostCurrentPackageInfo`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        end_time: ``endTime``, str, required
        overdue_days: ``overdueDays``, str, required
        goods_package: ``goodsPackage``, GoodsPackageDto, required
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    end_time: str = _attrs.field(metadata={"wire": "endTime"})
    overdue_days: str = _attrs.field(metadata={"wire": "overdueDays"})
    goods_package: GoodsPackageDto = _attrs.field(metadata={"wire": "goodsPackage"})


@_attrs.define(kw_only=True, slots=True)
class CostGetAllRightItemRespDto:
    """Wire model ``CostGetAllRightItemRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, RightItemRes, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: RightItemRes = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class CostGetCurrentPackageRespDto:
    """Wire model ``CostGetCurrentPackageRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, CostCurrentPackageInfo, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: CostCurrentPackageInfo = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class CostGetCurrentUsageRespDto:
    """Wire model ``CostGetCurrentUsageRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, CurrentUsageRespDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: CurrentUsageRespDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class CostGetMauPeriodUsageHistoryRespDto:
    """Wire model ``CostGetMauPeriodUsageHistoryRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, MauPeriodUsageHistory, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: MauPeriodUsageHistory = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class CostGetOrderDetailRespDto:
    """Wire model ``CostGetOrderDetailRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, OrderItem, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: OrderItem = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class CostGetOrderPayDetail:
    """Wire model ``CostGetOrderPayDetail`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        order_no: ``orderNo``, str, required
        channel_order_no: ``channelOrderNo``, str, required
        paid_amount: ``paidAmount``, str, required
        paid_time: ``paidTime``, str, required
        paid_account_no: ``paidAccountNo``, str, required
        pay_status: ``payStatus``, str, required
        create_time: ``createTime``, str, required
        pay_type: ``payType``, str, required
    """

    order_no: str = _attrs.field(metadata={"wire": "orderNo"})
    channel_order_no: str = _attrs.field(metadata={"wire": "channelOrderNo"})
    paid_amount: str = _attrs.field(metadata={"wire": "paidAmount"})
    paid_time: str = _attrs.field(metadata={"wire": "paidTime"})
    paid_account_no: str = _attrs.field(metadata={"wire": "paidAccountNo"})
    pay_status: str = _attrs.field(metadata={"wire": "payStatus"})
    create_time: str = _attrs.field(metadata={"wire": "createTime"})
    pay_type: str = _attrs.field(metadata={"wire": "payType"})


@_attrs.define(kw_only=True, slots=True)
class CostGetOrderPayDetailRespDto:
    """Wire model ``CostGetOrderPayDetailRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, CostGetOrderPayDetail, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: CostGetOrderPayDetail = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class CostGetOrdersRespDto:
    """Wire model ``CostGetOrdersRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GetOrdersRes, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GetOrdersRes = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class CountCustomFieldsDto:
    """Wire model ``CountCustomFieldsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        all: ``all``, int, required
        user_visible: ``userVisible``, int, required
        admin_visible: ``adminVisible``, int, required
    """

    all: int = _attrs.field(metadata={"wire": "all"})
    user_visible: int = _attrs.field(metadata={"wire": "userVisible"})
    admin_visible: int = _attrs.field(metadata={"wire": "adminVisible"})


@_attrs.define(kw_only=True, slots=True)
class CountryDetailInfo:
    """Wire model ``CountryDetailInfo`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        alpha2: ``alpha2``, str, required
        alpha3: ``alpha3``, str, required
        phone_country_code: ``phoneCountryCode``, str, required
        flag: ``flag``, str, required
        name: ``name``, LangObject, required
    """

    alpha2: str = _attrs.field(metadata={"wire": "alpha2"})
    alpha3: str = _attrs.field(metadata={"wire": "alpha3"})
    phone_country_code: str = _attrs.field(metadata={"wire": "phoneCountryCode"})
    flag: str = _attrs.field(metadata={"wire": "flag"})
    name: LangObject = _attrs.field(metadata={"wire": "name"})


@_attrs.define(kw_only=True, slots=True)
class CreateAccessKeyDto:
    """Wire model ``CreateAccessKeyDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        type: ``type``, str, required
        user_id: ``userId``, str, optional
        tenant_id: ``tenantId``, str, optional
    """

    type: str = _attrs.field(metadata={"wire": "type"})
    user_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "userId"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})


@_attrs.define(kw_only=True, slots=True)
class CreateAccessKeyRespDto:
    """Wire model ``CreateAccessKeyRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        access_key_id: ``accessKeyId``, str, required
        access_key_secret: ``accessKeySecret``, str, required
        user_id: ``userId``, str, required
        created_at: ``createdAt``, str, required
        status: ``status``, str, required
        last_date: ``lastDate``, str, required
        user_pool_id: ``userPoolId``, str, required
        enable: ``enable``, bool, required
    """

    access_key_id: str = _attrs.field(metadata={"wire": "accessKeyId"})
    access_key_secret: str = _attrs.field(metadata={"wire": "accessKeySecret"})
    user_id: str = _attrs.field(metadata={"wire": "userId"})
    created_at: str = _attrs.field(metadata={"wire": "createdAt"})
    status: str = _attrs.field(metadata={"wire": "status"})
    last_date: str = _attrs.field(metadata={"wire": "lastDate"})
    user_pool_id: str = _attrs.field(metadata={"wire": "userPoolId"})
    enable: bool = _attrs.field(metadata={"wire": "enable"})


@_attrs.define(kw_only=True, slots=True)
class CreateAccessKeyResponseDto:
    """Wire model ``CreateAccessKeyResponseDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[CreateAccessKeyRespDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[CreateAccessKeyRespDto] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class CreateAdminRoleDto:
    """Wire model ``CreateAdminRoleDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        name: ``name``, str, required
        code: ``code``, str, required
        description: ``description``, str, optional
    """

    name: str = _attrs.field(metadata={"wire": "name"})
    code: str = _attrs.field(metadata={"wire": "code"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})


@_attrs.define(kw_only=True, slots=True)
class CreateApplicationDto:
    """Wire model ``CreateApplicationDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        app_name: ``appName``, str, required
        template: ``template``, str, optional
        template_data: ``templateData``, Any, optional
        app_identifier: ``appIdentifier``, str, optional
        app_logo: ``appLogo``, str, optional
        app_description: ``appDescription``, str, optional
        app_type: ``appType``, CreateApplicationDtoAppType, optional
        default_protocol: ``defaultProtocol``, CreateApplicationDtoDefaultProtocol, optional
        redirect_uris: ``redirectUris``, list[str], optional
        logout_redirect_uris: ``logoutRedirectUris``, list[str], optional
        init_login_uri: ``initLoginUri``, str, optional
        sso_enabled: ``ssoEnabled``, bool, optional
        oidc_config: ``oidcConfig``, OIDCConfig, optional
        saml_provider_enabled: ``samlProviderEnabled``, bool, optional
        saml_config: ``samlConfig``, SamlIdpConfig, optional
        oauth_provider_enabled: ``oauthProviderEnabled``, bool, optional
        oauth_config: ``oauthConfig``, OauthIdpConfig, optional
        cas_provider_enabled: ``casProviderEnabled``, bool, optional
        cas_config: ``casConfig``, CasIdPConfig, optional
        login_config: ``loginConfig``, ApplicationLoginConfigInputDto, optional
        register_config: ``registerConfig``, ApplicationRegisterConfigInputDto, optional
        branding_config: ``brandingConfig``, ApplicationBrandingConfigInputDto, optional
    """

    app_name: str = _attrs.field(metadata={"wire": "appName"})
    template: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "template"})
    template_data: Any = _attrs.field(default=_UNSET, metadata={"wire": "templateData"})
    app_identifier: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "appIdentifier"})
    app_logo: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "appLogo"})
    app_description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "appDescription"})
    app_type: CreateApplicationDtoAppType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "appType"})
    default_protocol: CreateApplicationDtoDefaultProtocol | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "defaultProtocol"})
    redirect_uris: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "redirectUris"})
    logout_redirect_uris: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "logoutRedirectUris"})
    init_login_uri: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "initLoginUri"})
    sso_enabled: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "ssoEnabled"})
    oidc_config: OIDCConfig | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "oidcConfig"})
    saml_provider_enabled: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "samlProviderEnabled"})
    saml_config: SamlIdpConfig | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "samlConfig"})
    oauth_provider_enabled: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "oauthProviderEnabled"})
    oauth_config: OauthIdpConfig | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "oauthConfig"})
    cas_provider_enabled: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "casProviderEnabled"})
    cas_config: CasIdPConfig | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "casConfig"})
    login_config: ApplicationLoginConfigInputDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "loginConfig"})
    register_config: ApplicationRegisterConfigInputDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "registerConfig"})
    branding_config: ApplicationBrandingConfigInputDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "brandingConfig"})


class CreateApplicationDtoAppType(WireEnum):
    """Enum of ``CreateApplicationDto.appType`` (unknown wire values are kept, not rejected)."""

    WEB = "web"
    SPA = "spa"
    NATIVE = "native"
    API = "api"
    MFA = "mfa"
    MINI_PROGRAM = "mini-program"
    GATEWAY_APP = "gateway-app"
    GATEWAY_AGENT = "gateway-agent"


class CreateApplicationDtoDefaultProtocol(WireEnum):
    """Enum of ``CreateApplicationDto.defaultProtocol`` (unknown wire values are kept, not rejected)."""

    OIDC = "oidc"
    OAUTH = "oauth"
    SAML = "saml"
    CAS = "cas"
    ASA = "asa"


@_attrs.define(kw_only=True, slots=True)
class CreateApplicationRespDataDto:
    """Wire model ``CreateApplicationRespDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
        app_identifier: ``appIdentifier``, str, required
        app_name: ``appName``, str, required
        app_logo: ``appLogo``, str, required
        app_description: ``appDescription``, str, optional
        app_type: ``appType``, CreateApplicationRespDataDtoAppType, required
        user_pool_id: ``userPoolId``, str, required
        is_integrate_app: ``isIntegrateApp``, bool, required
        default_protocol: ``defaultProtocol``, CreateApplicationRespDataDtoDefaultProtocol, required
        redirect_uris: ``redirectUris``, list[str], required
        logout_redirect_uris: ``logoutRedirectUris``, list[str], required
        init_login_uri: ``initLoginUri``, str, required
        sso_enabled: ``ssoEnabled``, bool, required
        sso_enabled_at: ``ssoEnabledAt``, str, optional
        login_config: ``loginConfig``, ApplicationLoginConfigDto, required
        register_config: ``registerConfig``, ApplicationRegisterConfig, required
        branding_config: ``brandingConfig``, ApplicationBrandingConfig, required
        oidc_config: ``oidcConfig``, OIDCConfig, required
        saml_provider_enabled: ``samlProviderEnabled``, bool, required
        saml_config: ``samlConfig``, SamlIdpConfig, optional
        oauth_provider_enabled: ``oauthProviderEnabled``, bool, required
        oauth_config: ``oauthConfig``, OauthIdpConfig, optional
        cas_provider_enabled: ``casProviderEnabled``, bool, required
        cas_config: ``casConfig``, CasIdPConfig, optional
        custom_branding_enabled: ``customBrandingEnabled``, bool, required
        custom_security_enabled: ``customSecurityEnabled``, bool, required
        template: ``template``, str, optional
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
    app_identifier: str = _attrs.field(metadata={"wire": "appIdentifier"})
    app_name: str = _attrs.field(metadata={"wire": "appName"})
    app_logo: str = _attrs.field(metadata={"wire": "appLogo"})
    app_description: str | None = _attrs.field(default=None, metadata={"wire": "appDescription"})
    app_type: CreateApplicationRespDataDtoAppType = _attrs.field(metadata={"wire": "appType"})
    user_pool_id: str = _attrs.field(metadata={"wire": "userPoolId"})
    is_integrate_app: bool = _attrs.field(metadata={"wire": "isIntegrateApp"})
    default_protocol: CreateApplicationRespDataDtoDefaultProtocol = _attrs.field(metadata={"wire": "defaultProtocol"})
    redirect_uris: List[str] = _attrs.field(metadata={"wire": "redirectUris"})
    logout_redirect_uris: List[str] = _attrs.field(metadata={"wire": "logoutRedirectUris"})
    init_login_uri: str = _attrs.field(metadata={"wire": "initLoginUri"})
    sso_enabled: bool = _attrs.field(metadata={"wire": "ssoEnabled"})
    sso_enabled_at: str | None = _attrs.field(default=None, metadata={"wire": "ssoEnabledAt"})
    login_config: ApplicationLoginConfigDto = _attrs.field(metadata={"wire": "loginConfig"})
    register_config: ApplicationRegisterConfig = _attrs.field(metadata={"wire": "registerConfig"})
    branding_config: ApplicationBrandingConfig = _attrs.field(metadata={"wire": "brandingConfig"})
    oidc_config: OIDCConfig = _attrs.field(metadata={"wire": "oidcConfig"})
    saml_provider_enabled: bool = _attrs.field(metadata={"wire": "samlProviderEnabled"})
    saml_config: SamlIdpConfig | None = _attrs.field(default=None, metadata={"wire": "samlConfig"})
    oauth_provider_enabled: bool = _attrs.field(metadata={"wire": "oauthProviderEnabled"})
    oauth_config: OauthIdpConfig | None = _attrs.field(default=None, metadata={"wire": "oauthConfig"})
    cas_provider_enabled: bool = _attrs.field(metadata={"wire": "casProviderEnabled"})
    cas_config: CasIdPConfig | None = _attrs.field(default=None, metadata={"wire": "casConfig"})
    custom_branding_enabled: bool = _attrs.field(metadata={"wire": "customBrandingEnabled"})
    custom_security_enabled: bool = _attrs.field(metadata={"wire": "customSecurityEnabled"})
    template: str | None = _attrs.field(default=None, metadata={"wire": "template"})


class CreateApplicationRespDataDtoAppType(WireEnum):
    """Enum of ``CreateApplicationRespDataDto.appType`` (unknown wire values are kept, not rejected)."""

    WEB = "web"
    SPA = "spa"
    NATIVE = "native"
    API = "api"
    MFA = "mfa"
    MINI_PROGRAM = "mini-program"
    GATEWAY_APP = "gateway-app"
    GATEWAY_AGENT = "gateway-agent"


class CreateApplicationRespDataDtoDefaultProtocol(WireEnum):
    """Enum of ``CreateApplicationRespDataDto.defaultProtocol`` (unknown wire values are kept, not rejected)."""

    OIDC = "oidc"
    OAUTH = "oauth"
    SAML = "saml"
    CAS = "cas"
    ASA = "asa"


@_attrs.define(kw_only=True, slots=True)
class CreateApplicationRespDto:
    """Wire model ``CreateApplicationRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, CreateApplicationRespDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: CreateApplicationRespDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class CreateApprovalDto:
    """Wire model ``CreateApprovalDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        approval_id: ``approvalId``, int, required
        number: ``number``, str, required
    """

    approval_id: int = _attrs.field(metadata={"wire": "approvalId"})
    number: str = _attrs.field(metadata={"wire": "number"})


@_attrs.define(kw_only=True, slots=True)
class CreateApprovalReq:
    """Wire model ``CreateApprovalReq`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        object_type: ``objectType``, CreateApprovalReqObjectType, required
        object_id: ``objectId``, str, required
        extra_params: ``extraParams``, ExtraParams, optional
    """

    object_type: CreateApprovalReqObjectType = _attrs.field(metadata={"wire": "objectType"})
    object_id: str = _attrs.field(metadata={"wire": "objectId"})
    extra_params: ExtraParams | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "extraParams"})


class CreateApprovalReqObjectType(WireEnum):
    """Enum of ``CreateApprovalReq.objectType`` (unknown wire values are kept, not rejected)."""

    APP_PERMISSION_APPLY = "APP_PERMISSION_APPLY"
    ROLE_PERMISSION_APPLY = "ROLE_PERMISSION_APPLY"


@_attrs.define(kw_only=True, slots=True)
class CreateApprovalRes:
    """Wire model ``CreateApprovalRes`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, CreateApprovalDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: CreateApprovalDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class CreateArrayDataResourceDto:
    """Wire model ``CreateArrayDataResourceDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        actions: ``actions``, list[str], required
        struct: ``struct``, list[str], required
        resource_code: ``resourceCode``, str, required
        resource_name: ``resourceName``, str, required
        namespace_code: ``namespaceCode``, str, required
        description: ``description``, str, optional
    """

    actions: List[str] = _attrs.field(metadata={"wire": "actions"})
    struct: List[str] = _attrs.field(metadata={"wire": "struct"})
    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    resource_name: str = _attrs.field(metadata={"wire": "resourceName"})
    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})


@_attrs.define(kw_only=True, slots=True)
class CreateArrayDataResourceRespDto:
    """Wire model ``CreateArrayDataResourceRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        resource_name: ``resourceName``, str, required
        resource_code: ``resourceCode``, str, required
        type: ``type``, CreateArrayDataResourceRespDtoType, required
        description: ``description``, str, optional
        struct: ``struct``, list[str], required
        actions: ``actions``, list[str], required
    """

    resource_name: str = _attrs.field(metadata={"wire": "resourceName"})
    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    type: CreateArrayDataResourceRespDtoType = _attrs.field(metadata={"wire": "type"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
    struct: List[str] = _attrs.field(metadata={"wire": "struct"})
    actions: List[str] = _attrs.field(metadata={"wire": "actions"})


class CreateArrayDataResourceRespDtoType(WireEnum):
    """Enum of ``CreateArrayDataResourceRespDto.type`` (unknown wire values are kept, not rejected)."""

    TREE = "TREE"
    STRING = "STRING"
    ARRAY = "ARRAY"


@_attrs.define(kw_only=True, slots=True)
class CreateArrayDataResourceResponseDto:
    """Wire model ``CreateArrayDataResourceResponseDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, CreateArrayDataResourceRespDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: CreateArrayDataResourceRespDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class CreateAsaAccountDto:
    """Wire model ``CreateAsaAccountDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        account_info: ``accountInfo``, Any, required
        app_id: ``appId``, str, required
    """

    account_info: Any = _attrs.field(metadata={"wire": "accountInfo"})
    app_id: str = _attrs.field(metadata={"wire": "appId"})


@_attrs.define(kw_only=True, slots=True)
class CreateAsaAccountsBatchDto:
    """Wire model ``CreateAsaAccountsBatchDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        list: ``list``, list[CreateAsaAccountsBatchItemDto], required
        app_id: ``appId``, str, required
    """

    list: List[CreateAsaAccountsBatchItemDto] = _attrs.field(metadata={"wire": "list"})
    app_id: str = _attrs.field(metadata={"wire": "appId"})


@_attrs.define(kw_only=True, slots=True)
class CreateAsaAccountsBatchItemDto:
    """Wire model ``CreateAsaAccountsBatchItemDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        account_info: ``accountInfo``, Any, required
    """

    account_info: Any = _attrs.field(metadata={"wire": "accountInfo"})


@_attrs.define(kw_only=True, slots=True)
class CreateAuthorizeDataPolicyDto:
    """Wire model ``CreateAuthorizeDataPolicyDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        target_list: ``targetList``, list[SubjectDto], required
        policy_ids: ``policyIds``, list[str], required
    """

    target_list: List[SubjectDto] = _attrs.field(metadata={"wire": "targetList"})
    policy_ids: List[str] = _attrs.field(metadata={"wire": "policyIds"})


@_attrs.define(kw_only=True, slots=True)
class CreateDataPolicyDto:
    """Wire model ``CreateDataPolicyDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        statement_list: ``statementList``, list[DataStatementPermissionDto], required
        policy_name: ``policyName``, str, required
        description: ``description``, str, optional
    """

    statement_list: List[DataStatementPermissionDto] = _attrs.field(metadata={"wire": "statementList"})
    policy_name: str = _attrs.field(metadata={"wire": "policyName"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})


@_attrs.define(kw_only=True, slots=True)
class CreateDataPolicyRespDto:
    """Wire model ``CreateDataPolicyRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        policy_id: ``policyId``, str, required
        policy_name: ``policyName``, str, required
        description: ``description``, str, optional
        created_at: ``createdAt``, str, required
        updated_at: ``updatedAt``, str, required
    """

    policy_id: str = _attrs.field(metadata={"wire": "policyId"})
    policy_name: str = _attrs.field(metadata={"wire": "policyName"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
    created_at: str = _attrs.field(metadata={"wire": "createdAt"})
    updated_at: str = _attrs.field(metadata={"wire": "updatedAt"})


@_attrs.define(kw_only=True, slots=True)
class CreateDataPolicyResponseDto:
    """Wire model ``CreateDataPolicyResponseDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, CreateDataPolicyRespDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: CreateDataPolicyRespDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class CreateDataResourceDto:
    """Wire model ``CreateDataResourceDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        actions: ``actions``, list[str], required
        struct: ``struct``, DataResourceTreeStructs | str | list[str], required
        type: ``type``, CreateDataResourceDtoType, required
        resource_code: ``resourceCode``, str, required
        resource_name: ``resourceName``, str, required
        namespace_code: ``namespaceCode``, str, required
        description: ``description``, str, optional
        extend_field_list: ``extendFieldList``, list[ExtendField], optional
    """

    actions: List[str] = _attrs.field(metadata={"wire": "actions"})
    struct: DataResourceTreeStructs | str | List[str] = _attrs.field(metadata={"wire": "struct"})
    type: CreateDataResourceDtoType = _attrs.field(metadata={"wire": "type"})
    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    resource_name: str = _attrs.field(metadata={"wire": "resourceName"})
    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    extend_field_list: List[ExtendField] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "extendFieldList"})


class CreateDataResourceDtoType(WireEnum):
    """Enum of ``CreateDataResourceDto.type`` (unknown wire values are kept, not rejected)."""

    TREE = "TREE"
    STRING = "STRING"
    ARRAY = "ARRAY"


@_attrs.define(kw_only=True, slots=True)
class CreateDataResourceRespDto:
    """Wire model ``CreateDataResourceRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        resource_name: ``resourceName``, str, required
        resource_code: ``resourceCode``, str, required
        type: ``type``, CreateDataResourceRespDtoType, required
        description: ``description``, str, optional
        struct: ``struct``, DataResourceTreeStructs | str | list[str], required
        extend_field_list: ``extendFieldList``, list[ExtendField], optional
        actions: ``actions``, list[str], required
    """

    resource_name: str = _attrs.field(metadata={"wire": "resourceName"})
    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    type: CreateDataResourceRespDtoType = _attrs.field(metadata={"wire": "type"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
    struct: DataResourceTreeStructs | str | List[str] = _attrs.field(metadata={"wire": "struct"})
    extend_field_list: List[ExtendField] | None = _attrs.field(default=None, metadata={"wire": "extendFieldList"})
    actions: List[str] = _attrs.field(metadata={"wire": "actions"})


class CreateDataResourceRespDtoType(WireEnum):
    """Enum of ``CreateDataResourceRespDto.type`` (unknown wire values are kept, not rejected)."""

    TREE = "TREE"
    STRING = "STRING"
    ARRAY = "ARRAY"


@_attrs.define(kw_only=True, slots=True)
class CreateDataResourceResponseDto:
    """Wire model ``CreateDataResourceResponseDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, CreateDataResourceRespDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: CreateDataResourceRespDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class CreateDepartmentReqDto:
    """Wire model ``CreateDepartmentReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        organization_code: ``organizationCode``, str, required
        name: ``name``, str, required
        parent_department_id: ``parentDepartmentId``, str, required
        metadata: ``metadata``, Any, required
        open_department_id: ``openDepartmentId``, str, optional
        description: ``description``, str, optional
        code: ``code``, str, optional
        is_virtual_node: ``isVirtualNode``, bool, optional
        i18n: ``i18n``, DepartmentI18nDto, optional
        custom_data: ``customData``, Any, optional
        department_id_type: ``departmentIdType``, CreateDepartmentReqDtoDepartmentIdType, optional
        post_id_list: ``postIdList``, list[str], optional
        tenant_id: ``tenantId``, str, optional
    """

    organization_code: str = _attrs.field(metadata={"wire": "organizationCode"})
    name: str = _attrs.field(metadata={"wire": "name"})
    parent_department_id: str = _attrs.field(metadata={"wire": "parentDepartmentId"})
    metadata: Any = _attrs.field(metadata={"wire": "metadata"})
    open_department_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "openDepartmentId"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "code"})
    is_virtual_node: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "isVirtualNode"})
    i18n: DepartmentI18nDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "i18n"})
    custom_data: Any = _attrs.field(default=_UNSET, metadata={"wire": "customData"})
    department_id_type: CreateDepartmentReqDtoDepartmentIdType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "departmentIdType"})
    post_id_list: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "postIdList"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})


class CreateDepartmentReqDtoDepartmentIdType(WireEnum):
    """Enum of ``CreateDepartmentReqDto.departmentIdType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT_ID = "department_id"
    OPEN_DEPARTMENT_ID = "open_department_id"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"
    CODE = "code"


@_attrs.define(kw_only=True, slots=True)
class CreateDepartmentTreeReqDto:
    """Wire model ``CreateDepartmentTreeReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        name: ``name``, str, required
        children: ``children``, list[str], optional
        members: ``members``, UserInfoDto, optional
        tenant_id: ``tenantId``, str, optional
    """

    name: str = _attrs.field(metadata={"wire": "name"})
    children: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "children"})
    members: UserInfoDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "members"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})


@_attrs.define(kw_only=True, slots=True)
class CreateDepartmentTreeRespDto:
    """Wire model ``CreateDepartmentTreeRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, Result, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: Result = _attrs.field(metadata={"wire": "data"})
