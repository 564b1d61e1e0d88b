# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (DataPoliciesPaginatedRespDto, ..., DropDownItemDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

if TYPE_CHECKING:
    from ._a1 import (
        ArrayOrStringActionDto,
    )
    from ._e import (
        ExtendField,
    )
    from ._l1 import (
        LangObject, ListDataPoliciesRespDto, ListDataResourcesRespDto,
    )
    from ._l2 import (
        ListSimpleDataPoliciesRespDto,
    )
    from ._r import (
        RoleCodeAndNamespaceDto,
    )

__all__ = [
    "DataPoliciesPaginatedRespDto", "DataPoliciesSimplePaginatedRespDto",
    "DataResourceActionListDto", "DataResourcePolicyArrayStructs",
    "DataResourcePolicyStringStructs", "DataResourcePolicyTreeStructs",
    "DataResourceSimpleRespDto", "DataResourceTreeStructs", "DataResourcesPaginatedRespDto",
    "DataStatementPermissionDto", "DataStatementPermissionDtoEffect", "DataSubjectRespDto",
    "DataSubjectRespDtoTargetType", "DecryptDouyinMiniProgramDataDto",
    "DecryptDouyinMiniProgramDataRespDto", "DecryptDouyinMiniProgramPhoneDataDto",
    "DecryptDouyinMiniProgramPhoneDto", "DecryptDouyinMiniProgramPhoneRespDto",
    "DecryptWechatMiniProgramDataDto", "DecryptWechatMiniProgramDataRespDto",
    "DefaultPasswordConfigDto", "DefaultPasswordConfigDtoType", "DefineEventDto",
    "DeleteAccessKeyDto", "DeleteAccounDto", "DeleteAccountByEmailPassCodeDto",
    "DeleteAccountByPasswordDto", "DeleteAccountByPasswordDtoPasswordEncryptType",
    "DeleteAccountByPhonePassCodeDto", "DeleteAdminRoleDto", "DeleteApplicationDto",
    "DeleteApplicationPermissionRecord", "DeleteApplicationPermissionRecordItem",
    "DeleteApplicationPermissionRecordItemTargetType", "DeleteAsaAccountBatchDto",
    "DeleteAsaAccountDto", "DeleteAuthorizeDataPolicyDto",
    "DeleteAuthorizeDataPolicyDtoTargetType", "DeleteCommonResourcesBatchDto",
    "DeleteCustomFieldDto", "DeleteCustomFieldDtoTargetType", "DeleteCustomFieldsReqDto",
    "DeleteDataPolicyDto", "DeleteDataResourceDto", "DeleteDepartmentReqDto",
    "DeleteDepartmentReqDtoDepartmentIdType", "DeleteDepartmentSyncRelationReqDto",
    "DeleteDepartmentSyncRelationReqDtoDepartmentIdType",
    "DeleteDeviceExclusiveValidScopeSettingsByIdsDto",
    "DeleteDeviceExclusiveWhiteListSettingsByIdsDto",
    "DeleteDeviceExclusiveWhiteListSettingsByIdsDtoTargetType", "DeleteDnefReq",
    "DeleteExtIdpConnDto", "DeleteExtIdpDto", "DeleteGroupsReqDto",
    "DeleteInvitationPolicyByIdsDto", "DeleteInvitationRosterBatchDto",
    "DeleteInvitationRosterDto", "DeleteMultipleTenantAdminBodyDto", "DeleteNamespaceDto",
    "DeleteNamespacesBatchDto", "DeleteOrganizationReqDto", "DeletePermissionNamespaceDto",
    "DeletePermissionNamespacesBatchDto", "DeletePipelineFunctionDto",
    "DeletePublicAccountsBatchDto", "DeletePublicAccountsBatchOptionsDto",
    "DeletePublicAccountsBatchOptionsDtoUserIdType", "DeleteResourceDto",
    "DeleteResourcesBatchDto", "DeleteRoleBatchDto", "DeleteRoleDto", "DeleteRosterUsersDto",
    "DeleteTenantCooperatorBodyDto", "DeleteTenantDto", "DeleteTenantUsersDto",
    "DeleteTerminalDto", "DeleteTerminalUserDto", "DeleteUserSyncRelationReqDto",
    "DeleteUserSyncRelationReqDtoUserIdType", "DeleteUsersBatchDto", "DeleteUsersBatchOptionsDto",
    "DeleteUsersBatchOptionsDtoUserIdType", "DeleteWebhookDto", "DeleteWebhookRespDto",
    "DeleteWhitelistDto", "DeleteWhitelistDtoType", "DeleteWhitelistOfAppDto",
    "DeleteWhitelistOfAppDtoType", "DepartmentDto", "DepartmentI18nDto", "DepartmentListRespDto",
    "DepartmentPaginatedRespDto", "DepartmentPagingDto", "DepartmentSingleRespDto",
    "DepartmentSortingDto", "DepartmentSortingDtoField", "DepartmentSortingDtoOrder",
    "DetailAuthSubjectParamsTargetType", "DeviceExclusiveValidScopeAppDataDto", "DeviceInfo",
    "DeviceInfoStatus", "DeviceInfoType", "DeviceRuleDto", "DeviceStatusRespDto",
    "DeviceStatusResponseDataDto", "DeviceStatusResponseDataDtoStatus", "DnefPaginatedRespDto",
    "DropDownItemDto",
]


@_attrs.define(kw_only=True, slots=True)
class DataPoliciesPaginatedRespDto:
    """Wire model ``DataPoliciesPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[ListDataPoliciesRespDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[ListDataPoliciesRespDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class DataPoliciesSimplePaginatedRespDto:
    """Wire model ``DataPoliciesSimplePaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, optional
        list: ``list``, list[ListSimpleDataPoliciesRespDto], required
    """

    total_count: int | None = _attrs.field(default=None, metadata={"wire": "totalCount"})
    list: List[ListSimpleDataPoliciesRespDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class DataResourceActionListDto:
    """Wire model ``DataResourceActionListDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        node_path: ``nodePath``, str, required
        node_actions: ``nodeActions``, list[str], required
    """

    node_path: str = _attrs.field(metadata={"wire": "nodePath"})
    node_actions: List[str] = _attrs.field(metadata={"wire": "nodeActions"})


@_attrs.define(kw_only=True, slots=True)
class DataResourcePolicyArrayStructs:
    """Wire model ``DataResourcePolicyArrayStructs`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        operation_type: ``operationType``, str, required
        action_list: ``actionList``, list[ArrayOrStringActionDto], required
    """

    operation_type: str = _attrs.field(metadata={"wire": "operationType"})
    action_list: List[ArrayOrStringActionDto] = _attrs.field(metadata={"wire": "actionList"})


@_attrs.define(kw_only=True, slots=True)
class DataResourcePolicyStringStructs:
    """Wire model ``DataResourcePolicyStringStructs`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        operation_type: ``operationType``, str, required
        action_list: ``actionList``, list[ArrayOrStringActionDto], required
    """

    operation_type: str = _attrs.field(metadata={"wire": "operationType"})
    action_list: List[ArrayOrStringActionDto] = _attrs.field(metadata={"wire": "actionList"})


@_attrs.define(kw_only=True, slots=True)
class DataResourcePolicyTreeStructs:
    """Wire model ``DataResourcePolicyTreeStructs`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        value: ``value``, str, optional
        name: ``name``, str, required
        action: ``action``, str, required
        enabled: ``enabled``, bool, required
        children: ``children``, list[str], optional
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    value: str | None = _attrs.field(default=None, metadata={"wire": "value"})
    name: str = _attrs.field(metadata={"wire": "name"})
    action: str = _attrs.field(metadata={"wire": "action"})
    enabled: bool = _attrs.field(metadata={"wire": "enabled"})
    children: List[str] | None = _attrs.field(default=None, metadata={"wire": "children"})


@_attrs.define(kw_only=True, slots=True)
class DataResourceSimpleRespDto:
    """Wire model ``DataResourceSimpleRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        resource_id: ``resourceId``, str, required
        resource_name: ``resourceName``, str, required
    """

    resource_id: str = _attrs.field(metadata={"wire": "resourceId"})
    resource_name: str = _attrs.field(metadata={"wire": "resourceName"})


@_attrs.define(kw_only=True, slots=True)
class DataResourceTreeStructs:
    """Wire model ``DataResourceTreeStructs`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        name: ``name``, str, required
        value: ``value``, str, optional
        children: ``children``, list[Any], optional
        extend_field_value: ``extendFieldValue``, Any, optional
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    name: str = _attrs.field(metadata={"wire": "name"})
    value: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "value"})
    children: List[Any] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "children"})
    extend_field_value: Any = _attrs.field(default=_UNSET, metadata={"wire": "extendFieldValue"})


@_attrs.define(kw_only=True, slots=True)
class DataResourcesPaginatedRespDto:
    """Wire model ``DataResourcesPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[ListDataResourcesRespDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[ListDataResourcesRespDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class DataStatementPermissionDto:
    """Wire model ``DataStatementPermissionDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        effect: ``effect``, DataStatementPermissionDtoEffect, required
        permissions: ``permissions``, list[str], required
    """

    effect: DataStatementPermissionDtoEffect = _attrs.field(metadata={"wire": "effect"})
    permissions: List[str] = _attrs.field(metadata={"wire": "permissions"})


class DataStatementPermissionDtoEffect(WireEnum):
    """Enum of ``DataStatementPermissionDto.effect`` (unknown wire values are kept, not rejected)."""

    DENY = "DENY"
    ALLOW = "ALLOW"


@_attrs.define(kw_only=True, slots=True)
class DataSubjectRespDto:
    """Wire model ``DataSubjectRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        target_identifier: ``targetIdentifier``, str, required
        target_type: ``targetType``, DataSubjectRespDtoTargetType, required
        target_name: ``targetName``, str, required
        authorization_time: ``authorizationTime``, str, required
    """

    target_identifier: str = _attrs.field(metadata={"wire": "targetIdentifier"})
    target_type: DataSubjectRespDtoTargetType = _attrs.field(metadata={"wire": "targetType"})
    target_name: str = _attrs.field(metadata={"wire": "targetName"})
    authorization_time: str = _attrs.field(metadata={"wire": "authorizationTime"})


class DataSubjectRespDtoTargetType(WireEnum):
    """Enum of ``DataSubjectRespDto.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ORG = "ORG"
    GROUP = "GROUP"
    ROLE = "ROLE"


@_attrs.define(kw_only=True, slots=True)
class DecryptDouyinMiniProgramDataDto:
    """Wire model ``DecryptDouyinMiniProgramDataDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        iv: ``iv``, str, required
        encrypted_data: ``encryptedData``, str, required
        ext_idp_connidentifier: ``extIdpConnidentifier``, str, required
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    iv: str = _attrs.field(metadata={"wire": "iv"})
    encrypted_data: str = _attrs.field(metadata={"wire": "encryptedData"})
    ext_idp_connidentifier: str = _attrs.field(metadata={"wire": "extIdpConnidentifier"})


@_attrs.define(kw_only=True, slots=True)
class DecryptDouyinMiniProgramDataRespDto:
    """Wire model ``DecryptDouyinMiniProgramDataRespDto`` (response side; optional fields default to None).

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
class DecryptDouyinMiniProgramPhoneDataDto:
    """Wire model ``DecryptDouyinMiniProgramPhoneDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        phone_number: ``phoneNumber``, str, required
        pure_phone_number: ``purePhoneNumber``, str, required
        country_code: ``countryCode``, str, required
    """

    phone_number: str = _attrs.field(metadata={"wire": "phoneNumber"})
    pure_phone_number: str = _attrs.field(metadata={"wire": "purePhoneNumber"})
    country_code: str = _attrs.field(metadata={"wire": "countryCode"})


@_attrs.define(kw_only=True, slots=True)
class DecryptDouyinMiniProgramPhoneDto:
    """Wire model ``DecryptDouyinMiniProgramPhoneDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        ext_idp_connidentifier: ``extIdpConnidentifier``, str, required
        encrypted_data: ``encryptedData``, str, required
        iv: ``iv``, str, required
        code: ``code``, str, required
    """

    ext_idp_connidentifier: str = _attrs.field(metadata={"wire": "extIdpConnidentifier"})
    encrypted_data: str = _attrs.field(metadata={"wire": "encryptedData"})
    iv: str = _attrs.field(metadata={"wire": "iv"})
    code: str = _attrs.field(metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class DecryptDouyinMiniProgramPhoneRespDto:
    """Wire model ``DecryptDouyinMiniProgramPhoneRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, DecryptDouyinMiniProgramPhoneDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: DecryptDouyinMiniProgramPhoneDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class DecryptWechatMiniProgramDataDto:
    """Wire model ``DecryptWechatMiniProgramDataDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        iv: ``iv``, str, required
        encrypted_data: ``encryptedData``, str, required
        ext_idp_connidentifier: ``extIdpConnidentifier``, str, required
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    iv: str = _attrs.field(metadata={"wire": "iv"})
    encrypted_data: str = _attrs.field(metadata={"wire": "encryptedData"})
    ext_idp_connidentifier: str = _attrs.field(metadata={"wire": "extIdpConnidentifier"})


@_attrs.define(kw_only=True, slots=True)
class DecryptWechatMiniProgramDataRespDto:
    """Wire model ``DecryptWechatMiniProgramDataRespDto`` (response side; optional fields default to None).

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
class DefaultPasswordConfigDto:
    """Wire model ``DefaultPasswordConfigDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        type: ``type``, DefaultPasswordConfigDtoType, required
        custom: ``custom``, str, optional
    """

    type: DefaultPasswordConfigDtoType = _attrs.field(metadata={"wire": "type"})
    custom: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "custom"})


class DefaultPasswordConfigDtoType(WireEnum):
    """Enum of ``DefaultPasswordConfigDto.type`` (unknown wire values are kept, not rejected)."""

    RANDOM = "random"
    CUSTOM = "custom"


@_attrs.define(kw_only=True, slots=True)
class DefineEventDto:
    """Wire model ``DefineEventDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        event_description: ``eventDescription``, str, required
        event_type: ``eventType``, str, required
    """

    event_description: str = _attrs.field(metadata={"wire": "eventDescription"})
    event_type: str = _attrs.field(metadata={"wire": "eventType"})


@_attrs.define(kw_only=True, slots=True)
class DeleteAccessKeyDto:
    """Wire model ``DeleteAccessKeyDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        access_key_id: ``accessKeyId``, str, required
    """

    access_key_id: str = _attrs.field(metadata={"wire": "accessKeyId"})


@_attrs.define(kw_only=True, slots=True)
class DeleteAccounDto:
    """Wire model ``DeleteAccounDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        delete_account_token: ``deleteAccountToken``, str, required
    """

    delete_account_token: str = _attrs.field(metadata={"wire": "deleteAccountToken"})


@_attrs.define(kw_only=True, slots=True)
class DeleteAccountByEmailPassCodeDto:
    """Wire model ``DeleteAccountByEmailPassCodeDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        email: ``email``, str, optional
        pass_code: ``passCode``, str, required
    """

    email: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "email"})
    pass_code: str = _attrs.field(metadata={"wire": "passCode"})


@_attrs.define(kw_only=True, slots=True)
class DeleteAccountByPasswordDto:
    """Wire model ``DeleteAccountByPasswordDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        password: ``password``, str, required
        password_encrypt_type: ``passwordEncryptType``, DeleteAccountByPasswordDtoPasswordEncryptType, optional
    """

    password: str = _attrs.field(metadata={"wire": "password"})
    password_encrypt_type: DeleteAccountByPasswordDtoPasswordEncryptType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "passwordEncryptType"})


class DeleteAccountByPasswordDtoPasswordEncryptType(WireEnum):
    """Enum of ``DeleteAccountByPasswordDto.passwordEncryptType`` (unknown wire values are kept, not rejected)."""

    SM2 = "sm2"
    RSA = "rsa"
    NONE = "none"


@_attrs.define(kw_only=True, slots=True)
class DeleteAccountByPhonePassCodeDto:
    """Wire model ``DeleteAccountByPhonePassCodeDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        phone_number: ``phoneNumber``, str, required
        pass_code: ``passCode``, str, required
        phone_country_code: ``phoneCountryCode``, str, optional
    """

    phone_number: str = _attrs.field(metadata={"wire": "phoneNumber"})
    pass_code: str = _attrs.field(metadata={"wire": "passCode"})
    phone_country_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phoneCountryCode"})


@_attrs.define(kw_only=True, slots=True)
class DeleteAdminRoleDto:
    """Wire model ``DeleteAdminRoleDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code_list: ``codeList``, list[str], required
    """

    code_list: List[str] = _attrs.field(metadata={"wire": "codeList"})


@_attrs.define(kw_only=True, slots=True)
class DeleteApplicationDto:
    """Wire model ``DeleteApplicationDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})


@_attrs.define(kw_only=True, slots=True)
class DeleteApplicationPermissionRecord:
    """Wire model ``DeleteApplicationPermissionRecord`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        list: ``list``, list[DeleteApplicationPermissionRecordItem], required
        app_id: ``appId``, str, required
    """

    list: List[DeleteApplicationPermissionRecordItem] = _attrs.field(metadata={"wire": "list"})
    app_id: str = _attrs.field(metadata={"wire": "appId"})


@_attrs.define(kw_only=True, slots=True)
class DeleteApplicationPermissionRecordItem:
    """Wire model ``DeleteApplicationPermissionRecordItem`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        target_type: ``targetType``, DeleteApplicationPermissionRecordItemTargetType, required
        namespace_code: ``namespaceCode``, str, optional
        target_identifier: ``targetIdentifier``, list[str], required
    """

    target_type: DeleteApplicationPermissionRecordItemTargetType = _attrs.field(metadata={"wire": "targetType"})
    namespace_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "namespaceCode"})
    target_identifier: List[str] = _attrs.field(metadata={"wire": "targetIdentifier"})


class DeleteApplicationPermissionRecordItemTargetType(WireEnum):
    """Enum of ``DeleteApplicationPermissionRecordItem.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    ORG = "ORG"


@_attrs.define(kw_only=True, slots=True)
class DeleteAsaAccountBatchDto:
    """Wire model ``DeleteAsaAccountBatchDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        account_ids: ``accountIds``, list[str], required
        app_id: ``appId``, str, required
    """

    account_ids: List[str] = _attrs.field(metadata={"wire": "accountIds"})
    app_id: str = _attrs.field(metadata={"wire": "appId"})


@_attrs.define(kw_only=True, slots=True)
class DeleteAsaAccountDto:
    """Wire model ``DeleteAsaAccountDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        account_id: ``accountId``, str, required
        app_id: ``appId``, str, required
    """

    account_id: str = _attrs.field(metadata={"wire": "accountId"})
    app_id: str = _attrs.field(metadata={"wire": "appId"})


@_attrs.define(kw_only=True, slots=True)
class DeleteAuthorizeDataPolicyDto:
    """Wire model ``DeleteAuthorizeDataPolicyDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        target_type: ``targetType``, DeleteAuthorizeDataPolicyDtoTargetType, required
        target_identifier: ``targetIdentifier``, str, required
        policy_id: ``policyId``, str, required
    """

    target_type: DeleteAuthorizeDataPolicyDtoTargetType = _attrs.field(metadata={"wire": "targetType"})
    target_identifier: str = _attrs.field(metadata={"wire": "targetIdentifier"})
    policy_id: str = _attrs.field(metadata={"wire": "policyId"})


class DeleteAuthorizeDataPolicyDtoTargetType(WireEnum):
    """Enum of ``DeleteAuthorizeDataPolicyDto.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ORG = "ORG"
    GROUP = "GROUP"
    ROLE = "ROLE"


@_attrs.define(kw_only=True, slots=True)
class DeleteCommonResourcesBatchDto:
    """Wire model ``DeleteCommonResourcesBatchDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        ids: ``ids``, list[str], required
    """

    ids: List[str] = _attrs.field(metadata={"wire": "ids"})


@_attrs.define(kw_only=True, slots=True)
class DeleteCustomFieldDto:
    """Wire model ``DeleteCustomFieldDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        target_type: ``targetType``, DeleteCustomFieldDtoTargetType, required
        key: ``key``, str, required
    """

    target_type: DeleteCustomFieldDtoTargetType = _attrs.field(metadata={"wire": "targetType"})
    key: str = _attrs.field(metadata={"wire": "key"})


class DeleteCustomFieldDtoTargetType(WireEnum):
    """Enum of ``DeleteCustomFieldDto.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    DEPARTMENT = "DEPARTMENT"


@_attrs.define(kw_only=True, slots=True)
class DeleteCustomFieldsReqDto:
    """Wire model ``DeleteCustomFieldsReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        tenant_id: ``tenantId``, str, required
        list: ``list``, list[DeleteCustomFieldDto], required
    """

    tenant_id: str = _attrs.field(metadata={"wire": "tenantId"})
    list: List[DeleteCustomFieldDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class DeleteDataPolicyDto:
    """Wire model ``DeleteDataPolicyDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        policy_id: ``policyId``, str, required
    """

    policy_id: str = _attrs.field(metadata={"wire": "policyId"})


@_attrs.define(kw_only=True, slots=True)
class DeleteDataResourceDto:
    """Wire model ``DeleteDataResourceDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        resource_code: ``resourceCode``, str, required
        namespace_code: ``namespaceCode``, str, required
    """

    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})


@_attrs.define(kw_only=True, slots=True)
class DeleteDepartmentReqDto:
    """Wire model ``DeleteDepartmentReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        organization_code: ``organizationCode``, str, required
        department_id: ``departmentId``, str, required
        department_id_type: ``departmentIdType``, DeleteDepartmentReqDtoDepartmentIdType, optional
        tenant_id: ``tenantId``, str, optional
    """

    organization_code: str = _attrs.field(metadata={"wire": "organizationCode"})
    department_id: str = _attrs.field(metadata={"wire": "departmentId"})
    department_id_type: DeleteDepartmentReqDtoDepartmentIdType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "departmentIdType"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})


class DeleteDepartmentReqDtoDepartmentIdType(WireEnum):
    """Enum of ``DeleteDepartmentReqDto.departmentIdType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT_ID = "department_id"
    OPEN_DEPARTMENT_ID = "open_department_id"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"
    CODE = "code"


@_attrs.define(kw_only=True, slots=True)
class DeleteDepartmentSyncRelationReqDto:
    """Wire model ``DeleteDepartmentSyncRelationReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        provider: ``provider``, str, required
        department_id: ``departmentId``, str, required
        organization_code: ``organizationCode``, str, required
        department_id_type: ``departmentIdType``, DeleteDepartmentSyncRelationReqDtoDepartmentIdType, optional
    """

    provider: str = _attrs.field(metadata={"wire": "provider"})
    department_id: str = _attrs.field(metadata={"wire": "departmentId"})
    organization_code: str = _attrs.field(metadata={"wire": "organizationCode"})
    department_id_type: DeleteDepartmentSyncRelationReqDtoDepartmentIdType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "departmentIdType"})


class DeleteDepartmentSyncRelationReqDtoDepartmentIdType(WireEnum):
    """Enum of ``DeleteDepartmentSyncRelationReqDto.departmentIdType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT_ID = "department_id"
    OPEN_DEPARTMENT_ID = "open_department_id"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"
    CODE = "code"


@_attrs.define(kw_only=True, slots=True)
class DeleteDeviceExclusiveValidScopeSettingsByIdsDto:
    """Wire model ``DeleteDeviceExclusiveValidScopeSettingsByIdsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})


@_attrs.define(kw_only=True, slots=True)
class DeleteDeviceExclusiveWhiteListSettingsByIdsDto:
    """Wire model ``DeleteDeviceExclusiveWhiteListSettingsByIdsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        target_type: ``targetType``, DeleteDeviceExclusiveWhiteListSettingsByIdsDtoTargetType, required
        target_id: ``targetId``, str, required
    """

    target_type: DeleteDeviceExclusiveWhiteListSettingsByIdsDtoTargetType = _attrs.field(metadata={"wire": "targetType"})
    target_id: str = _attrs.field(metadata={"wire": "targetId"})


class DeleteDeviceExclusiveWhiteListSettingsByIdsDtoTargetType(WireEnum):
    """Enum of ``DeleteDeviceExclusiveWhiteListSettingsByIdsDto.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    GROUP = "GROUP"
    ROLE = "ROLE"


@_attrs.define(kw_only=True, slots=True)
class DeleteDnefReq:
    """Wire model ``DeleteDnefReq`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        key: ``key``, str, required
        resource_code: ``resourceCode``, str, required
        namespace_code: ``namespaceCode``, str, required
    """

    key: str = _attrs.field(metadata={"wire": "key"})
    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})


@_attrs.define(kw_only=True, slots=True)
class DeleteExtIdpConnDto:
    """Wire model ``DeleteExtIdpConnDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        tenant_id: ``tenantId``, str, optional
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})


@_attrs.define(kw_only=True, slots=True)
class DeleteExtIdpDto:
    """Wire model ``DeleteExtIdpDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        tenant_id: ``tenantId``, str, optional
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})


@_attrs.define(kw_only=True, slots=True)
class DeleteGroupsReqDto:
    """Wire model ``DeleteGroupsReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code_list: ``codeList``, list[str], required
    """

    code_list: List[str] = _attrs.field(metadata={"wire": "codeList"})


@_attrs.define(kw_only=True, slots=True)
class DeleteInvitationPolicyByIdsDto:
    """Wire model ``DeleteInvitationPolicyByIdsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        policy_ids: ``policyIds``, list[str], required
    """

    policy_ids: List[str] = _attrs.field(metadata={"wire": "policyIds"})


@_attrs.define(kw_only=True, slots=True)
class DeleteInvitationRosterBatchDto:
    """Wire model ``DeleteInvitationRosterBatchDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        ids: ``ids``, list[str], required
    """

    ids: List[str] = _attrs.field(metadata={"wire": "ids"})


@_attrs.define(kw_only=True, slots=True)
class DeleteInvitationRosterDto:
    """Wire model ``DeleteInvitationRosterDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})


@_attrs.define(kw_only=True, slots=True)
class DeleteMultipleTenantAdminBodyDto:
    """Wire model ``DeleteMultipleTenantAdminBodyDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})


@_attrs.define(kw_only=True, slots=True)
class DeleteNamespaceDto:
    """Wire model ``DeleteNamespaceDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
    """

    code: str = _attrs.field(metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class DeleteNamespacesBatchDto:
    """Wire model ``DeleteNamespacesBatchDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code_list: ``codeList``, list[str], required
    """

    code_list: List[str] = _attrs.field(metadata={"wire": "codeList"})


@_attrs.define(kw_only=True, slots=True)
class DeleteOrganizationReqDto:
    """Wire model ``DeleteOrganizationReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        organization_code: ``organizationCode``, str, required
        tenant_id: ``tenantId``, str, optional
    """

    organization_code: str = _attrs.field(metadata={"wire": "organizationCode"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})


@_attrs.define(kw_only=True, slots=True)
class DeletePermissionNamespaceDto:
    """Wire model ``DeletePermissionNamespaceDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
    """

    code: str = _attrs.field(metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class DeletePermissionNamespacesBatchDto:
    """Wire model ``DeletePermissionNamespacesBatchDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        codes: ``codes``, list[str], required
    """

    codes: List[str] = _attrs.field(metadata={"wire": "codes"})


@_attrs.define(kw_only=True, slots=True)
class DeletePipelineFunctionDto:
    """Wire model ``DeletePipelineFunctionDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        func_id: ``funcId``, str, required
    """

    func_id: str = _attrs.field(metadata={"wire": "funcId"})


@_attrs.define(kw_only=True, slots=True)
class DeletePublicAccountsBatchDto:
    """Wire model ``DeletePublicAccountsBatchDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_ids: ``userIds``, list[str], required
        options: ``options``, DeletePublicAccountsBatchOptionsDto, optional
    """

    user_ids: List[str] = _attrs.field(metadata={"wire": "userIds"})
    options: DeletePublicAccountsBatchOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})


@_attrs.define(kw_only=True, slots=True)
class DeletePublicAccountsBatchOptionsDto:
    """Wire model ``DeletePublicAccountsBatchOptionsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_id_type: ``userIdType``, DeletePublicAccountsBatchOptionsDtoUserIdType, optional
    """

    user_id_type: DeletePublicAccountsBatchOptionsDtoUserIdType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "userIdType"})


class DeletePublicAccountsBatchOptionsDtoUserIdType(WireEnum):
    """Enum of ``DeletePublicAccountsBatchOptionsDto.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


@_attrs.define(kw_only=True, slots=True)
class DeleteResourceDto:
    """Wire model ``DeleteResourceDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        namespace: ``namespace``, str, optional
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    namespace: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "namespace"})


@_attrs.define(kw_only=True, slots=True)
class DeleteResourcesBatchDto:
    """Wire model ``DeleteResourcesBatchDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        namespace: ``namespace``, str, optional
        code_list: ``codeList``, list[str], optional
        ids: ``ids``, list[str], optional
    """

    namespace: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "namespace"})
    code_list: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "codeList"})
    ids: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "ids"})


@_attrs.define(kw_only=True, slots=True)
class DeleteRoleBatchDto:
    """Wire model ``DeleteRoleBatchDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        role_list: ``roleList``, list[RoleCodeAndNamespaceDto], required
    """

    role_list: List[RoleCodeAndNamespaceDto] = _attrs.field(metadata={"wire": "roleList"})


@_attrs.define(kw_only=True, slots=True)
class DeleteRoleDto:
    """Wire model ``DeleteRoleDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code_list: ``codeList``, list[str], required
        namespace: ``namespace``, str, optional
    """

    code_list: List[str] = _attrs.field(metadata={"wire": "codeList"})
    namespace: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "namespace"})


@_attrs.define(kw_only=True, slots=True)
class DeleteRosterUsersDto:
    """Wire model ``DeleteRosterUsersDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        invitee_ids: ``inviteeIds``, list[str], required
        roster_id: ``rosterId``, str, required
    """

    invitee_ids: List[str] = _attrs.field(metadata={"wire": "inviteeIds"})
    roster_id: str = _attrs.field(metadata={"wire": "rosterId"})


@_attrs.define(kw_only=True, slots=True)
class DeleteTenantCooperatorBodyDto:
    """Wire model ``DeleteTenantCooperatorBodyDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})


@_attrs.define(kw_only=True, slots=True)
class DeleteTenantDto:
    """Wire model ``DeleteTenantDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        tenant_id: ``tenantId``, str, required
    """

    tenant_id: str = _attrs.field(metadata={"wire": "tenantId"})


@_attrs.define(kw_only=True, slots=True)
class DeleteTenantUsersDto:
    """Wire model ``DeleteTenantUsersDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        tenant_id: ``tenantId``, str, required
        link_user_ids: ``linkUserIds``, list[str], required
        member_ids: ``memberIds``, list[str], required
    """

    tenant_id: str = _attrs.field(metadata={"wire": "tenantId"})
    link_user_ids: List[str] = _attrs.field(metadata={"wire": "linkUserIds"})
    member_ids: List[str] = _attrs.field(metadata={"wire": "memberIds"})


@_attrs.define(kw_only=True, slots=True)
class DeleteTerminalDto:
    """Wire model ``DeleteTerminalDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})


@_attrs.define(kw_only=True, slots=True)
class DeleteTerminalUserDto:
    """Wire model ``DeleteTerminalUserDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        id: ``id``, str, required
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    id: str = _attrs.field(metadata={"wire": "id"})


@_attrs.define(kw_only=True, slots=True)
class DeleteUserSyncRelationReqDto:
    """Wire model ``DeleteUserSyncRelationReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        provider: ``provider``, str, required
        user_id: ``userId``, str, required
        user_id_type: ``userIdType``, DeleteUserSyncRelationReqDtoUserIdType, optional
    """

    provider: str = _attrs.field(metadata={"wire": "provider"})
    user_id: str = _attrs.field(metadata={"wire": "userId"})
    user_id_type: DeleteUserSyncRelationReqDtoUserIdType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "userIdType"})


class DeleteUserSyncRelationReqDtoUserIdType(WireEnum):
    """Enum of ``DeleteUserSyncRelationReqDto.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


@_attrs.define(kw_only=True, slots=True)
class DeleteUsersBatchDto:
    """Wire model ``DeleteUsersBatchDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_ids: ``userIds``, list[str], required
        options: ``options``, DeleteUsersBatchOptionsDto, optional
    """

    user_ids: List[str] = _attrs.field(metadata={"wire": "userIds"})
    options: DeleteUsersBatchOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})


@_attrs.define(kw_only=True, slots=True)
class DeleteUsersBatchOptionsDto:
    """Wire model ``DeleteUsersBatchOptionsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_id_type: ``userIdType``, DeleteUsersBatchOptionsDtoUserIdType, optional
    """

    user_id_type: DeleteUsersBatchOptionsDtoUserIdType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "userIdType"})


class DeleteUsersBatchOptionsDtoUserIdType(WireEnum):
    """Enum of ``DeleteUsersBatchOptionsDto.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


@_attrs.define(kw_only=True, slots=True)
class DeleteWebhookDto:
    """Wire model ``DeleteWebhookDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        webhook_ids: ``webhookIds``, list[str], required
    """

    webhook_ids: List[str] = _attrs.field(metadata={"wire": "webhookIds"})


@_attrs.define(kw_only=True, slots=True)
class DeleteWebhookRespDto:
    """Wire model ``DeleteWebhookRespDto`` (response side; optional fields default to None).

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
class DeleteWhitelistDto:
    """Wire model ``DeleteWhitelistDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        type: ``type``, DeleteWhitelistDtoType, required
        list: ``list``, list[str], optional
    """

    type: DeleteWhitelistDtoType = _attrs.field(metadata={"wire": "type"})
    list: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "list"})


class DeleteWhitelistDtoType(WireEnum):
    """Enum of ``DeleteWhitelistDto.type`` (unknown wire values are kept, not rejected)."""

    USERNAME = "USERNAME"
    EMAIL = "EMAIL"
    PHONE = "PHONE"


@_attrs.define(kw_only=True, slots=True)
class DeleteWhitelistOfAppDto:
    """Wire model ``DeleteWhitelistOfAppDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        type: ``type``, DeleteWhitelistOfAppDtoType, required
        app_id: ``appId``, str, required
        list: ``list``, list[str], optional
    """

    type: DeleteWhitelistOfAppDtoType = _attrs.field(metadata={"wire": "type"})
    app_id: str = _attrs.field(metadata={"wire": "appId"})
    list: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "list"})


class DeleteWhitelistOfAppDtoType(WireEnum):
    """Enum of ``DeleteWhitelistOfAppDto.type`` (unknown wire values are kept, not rejected)."""

    USERNAME = "USERNAME"
    EMAIL = "EMAIL"
    PHONE = "PHONE"


@_attrs.define(kw_only=True, slots=True)
class DepartmentDto:
    """Wire model ``DepartmentDto`` (response side; optional fields default to None).

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


@_attrs.define(kw_only=True, slots=True)
class DepartmentI18nDto:
    """Wire model ``DepartmentI18nDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        name: ``name``, LangObject, required
    """

    name: LangObject = _attrs.field(metadata={"wire": "name"})


@_attrs.define(kw_only=True, slots=True)
class DepartmentListRespDto:
    """Wire model ``DepartmentListRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[DepartmentDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[DepartmentDto] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class DepartmentPaginatedRespDto:
    """Wire model ``DepartmentPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, DepartmentPagingDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: DepartmentPagingDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class DepartmentPagingDto:
    """Wire model ``DepartmentPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, bool, required
        list: ``list``, list[DepartmentDto], required
    """

    total_count: bool = _attrs.field(metadata={"wire": "totalCount"})
    list: List[DepartmentDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class DepartmentSingleRespDto:
    """Wire model ``DepartmentSingleRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, DepartmentDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: DepartmentDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class DepartmentSortingDto:
    """Wire model ``DepartmentSortingDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        field: ``field``, DepartmentSortingDtoField, required
        order: ``order``, DepartmentSortingDtoOrder, required
    """

    field: DepartmentSortingDtoField = _attrs.field(metadata={"wire": "field"})
    order: DepartmentSortingDtoOrder = _attrs.field(metadata={"wire": "order"})


class DepartmentSortingDtoField(WireEnum):
    """Enum of ``DepartmentSortingDto.field`` (unknown wire values are kept, not rejected)."""

    UPDATED_AT = "updatedAt"
    CREATED_AT = "createdAt"
    NAME = "name"


class DepartmentSortingDtoOrder(WireEnum):
    """Enum of ``DepartmentSortingDto.order`` (unknown wire values are kept, not rejected)."""

    DESC = "desc"
    ASC = "asc"


class DetailAuthSubjectParamsTargetType(WireEnum):
    """Enum of ``DetailAuthSubjectParams.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    ORG = "ORG"
    AK_SK = "AK_SK"


@_attrs.define(kw_only=True, slots=True)
class DeviceExclusiveValidScopeAppDataDto:
    """Wire model ``DeviceExclusiveValidScopeAppDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
        app_name: ``appName``, str, optional
        app_logo: ``appLogo``, str, optional
        is_default: ``isDefault``, str, optional
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
    app_name: str | None = _attrs.field(default=None, metadata={"wire": "appName"})
    app_logo: str | None = _attrs.field(default=None, metadata={"wire": "appLogo"})
    is_default: str | None = _attrs.field(default=None, metadata={"wire": "isDefault"})


@_attrs.define(kw_only=True, slots=True)
class DeviceInfo:
    """Wire model ``DeviceInfo`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        device_id: ``deviceId``, str, required
        name: ``name``, str, optional
        version: ``version``, str, optional
        type: ``type``, DeviceInfoType, required
        mod: ``mod``, str, optional
        os: ``os``, str, optional
        status: ``status``, DeviceInfoStatus, optional
        user_agent: ``userAgent``, str, optional
    """

    device_id: str = _attrs.field(metadata={"wire": "deviceId"})
    name: str | None = _attrs.field(default=None, metadata={"wire": "name"})
    version: str | None = _attrs.field(default=None, metadata={"wire": "version"})
    type: DeviceInfoType = _attrs.field(metadata={"wire": "type"})
    mod: str | None = _attrs.field(default=None, metadata={"wire": "mod"})
    os: str | None = _attrs.field(default=None, metadata={"wire": "os"})
    status: DeviceInfoStatus | None = _attrs.field(default=None, metadata={"wire": "status"})
    user_agent: str | None = _attrs.field(default=None, metadata={"wire": "userAgent"})


class DeviceInfoStatus(WireEnum):
    """Enum of ``DeviceInfo.status`` (unknown wire values are kept, not rejected)."""

    ACTIVATED = "activated"
    SUSPENDED = "suspended"
    DEACTIVATED = "deactivated"


class DeviceInfoType(WireEnum):
    """Enum of ``DeviceInfo.type`` (unknown wire values are kept, not rejected)."""

    BROWSER = "Browser"
    MOBILE = "Mobile"
    DESKTOP = "Desktop"


@_attrs.define(kw_only=True, slots=True)
class DeviceRuleDto:
    """Wire model ``DeviceRuleDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        max_online_devices: ``maxOnlineDevices``, int, required
    """

    max_online_devices: int = _attrs.field(metadata={"wire": "maxOnlineDevices"})


@_attrs.define(kw_only=True, slots=True)
class DeviceStatusRespDto:
    """Wire model ``DeviceStatusRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, DeviceStatusResponseDataDto, optional
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: DeviceStatusResponseDataDto | None = _attrs.field(default=None, metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class DeviceStatusResponseDataDto:
    """Wire model ``DeviceStatusResponseDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status: ``status``, DeviceStatusResponseDataDtoStatus, required
        diff_time: ``diffTime``, int, optional
    """

    status: DeviceStatusResponseDataDtoStatus = _attrs.field(metadata={"wire": "status"})
    diff_time: int | None = _attrs.field(default=None, metadata={"wire": "diffTime"})


class DeviceStatusResponseDataDtoStatus(WireEnum):
    """Enum of ``DeviceStatusResponseDataDto.status`` (unknown wire values are kept, not rejected)."""

    ACTIVATED = "activated"
    SUSPENDED = "suspended"
    DEACTIVATED = "deactivated"


@_attrs.define(kw_only=True, slots=True)
class DnefPaginatedRespDto:
    """Wire model ``DnefPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        next_start_index: ``nextStartIndex``, int, required
        truncated: ``truncated``, bool, required
        list: ``list``, list[ExtendField], required
    """

    next_start_index: int = _attrs.field(metadata={"wire": "nextStartIndex"})
    truncated: bool = _attrs.field(metadata={"wire": "truncated"})
    list: List[ExtendField] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class DropDownItemDto:
    """Wire model ``DropDownItemDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        key: ``key``, str, required
        label: ``label``, str, required
    """

    key: str = _attrs.field(metadata={"wire": "key"})
    label: str = _attrs.field(metadata={"wire": "label"})
