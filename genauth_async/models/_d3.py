# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (DeleteAccountByPhonePassCodeDto, ..., DeleteDataResourceDto)."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum
from genauth_async.models._redact import masked as _masked

__all__ = [
    "DeleteAccountByPhonePassCodeDto", "DeleteAdminRoleDto", "DeleteApplicationDto",
    "DeleteApplicationPermissionRecord", "DeleteApplicationPermissionRecordItem",
    "DeleteApplicationPermissionRecordItemTargetType", "DeleteAsaAccountBatchDto",
    "DeleteAsaAccountDto", "DeleteAuthorizeDataPolicyDto",
    "DeleteAuthorizeDataPolicyDtoTargetType", "DeleteCommonResourcesBatchDto",
    "DeleteCustomFieldDto", "DeleteCustomFieldDtoTargetType", "DeleteCustomFieldsReqDto",
    "DeleteDataPolicyDto", "DeleteDataResourceDto",
]


@_attrs.define(kw_only=True, slots=True)
class DeleteAccountByPhonePassCodeDto:
    """Wire model ``DeleteAccountByPhonePassCodeDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        phone_number: ``phoneNumber``, str, required
        pass_code: ``passCode``, str, required
        phone_country_code: ``phoneCountryCode``, str, optional
    """

    phone_number: str = _attrs.field(metadata={"wire": "phoneNumber"})
    pass_code: str = _attrs.field(repr=_masked, metadata={"wire": "passCode"})
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
class DeleteApplicationPermissionRecord(WireBacked):
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
