# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Management API endpoints, area ``tenants``."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from typing import Any, List, TYPE_CHECKING

from genauth_async._endpoint import Endpoint, Param
from genauth_async._generated._caller import _Caller
from genauth_async._options import check_call_options as _check_call_options, request_options as _request_options
from genauth_async._pagination import paginate as _paginate, options_limit as _options_limit, with_page as _with_page

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack
    from genauth_async.types import JsonValue
    from genauth_async.models import (
        AddTenantDepartmentMembersReqDtoDepartmentIdType, CreateTenantUserOptionsDto,
        CreateTenantUserReqDtoGender, ExtIdpDto, ExtIdpListPagingDto, ImportTenantDataDto,
        ImportTenantHistoryDataDto, ImportTenantNotifyUseDataDto, IsSuccessDto,
        ListTenantExtIdpParamsType, ListTenantUsersOptionsDto, MultipleTenantAdminDto,
        MultipleTenantAdminListPagingDto, RemoveTenantDepartmentMembersReqDtoDepartmentIdType,
        ReviewTenantEnterpriseCertificationBodyDtoEnterpriseCertificationStatus,
        TenantApplicationDto, TenantApplicationListPagingDto, TenantCooperatorDto,
        TenantCooperatorListPagingDto, TenantCooperatorSingleDto, TenantDto,
        TenantEnterpriseCertificationRespDto, TenantListPagingDto, TenantRespDto, TenantUserDto,
        TenantUserListPagingDto, UpdateLoginConfig, UserPoolTenantConfigDto,
    )

_EP_ADD_TENANT_DEPARTMENT_MEMBERS = Endpoint(
    "add_tenant_department_members",
    "POST",
    "/api/v3/add-tenant-department-members",
    (
        Param("organization_code", "organizationCode", "json", True, "str"),
        Param("department_id", "departmentId", "json", True, "str"),
        Param("department_id_type", "departmentIdType", "json", False, "str", "any", ("department_id", "open_department_id", "sync_relation", "custom_field", "code")),
        Param("link_user_ids", "linkUserIds", "json", False, "list", "str"),
        Param("member_ids", "memberIds", "json", False, "list", "str"),
        Param("tenant_id", "tenantId", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_ADD_TENANT_USERS = Endpoint(
    "add_tenant_users",
    "POST",
    "/api/v3/add-tenant-users",
    (
        Param("link_user_ids", "linkUserIds", "json", True, "list", "str"),
        Param("tenant_id", "tenantId", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_ASSOCIATE_TENANT_RESOURCE = Endpoint(
    "associate_tenant_resource",
    "POST",
    "/api/v3/associate-tenant-resource",
    (
        Param("code", "code", "json", True, "str"),
        Param("association", "association", "json", True, "bool"),
        Param("app_id", "appId", "json", True, "str"),
        Param("tenant_id", "tenantId", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_CHANGE_USERPOOL_TENAN_EXT_IDP_CONN_STATE = Endpoint(
    "change_userpool_tenan_ext_idp_conn_state",
    "POST",
    "/api/v3/change-userpool-tenant-ext-idp-conn-state",
    (
        Param("enabled", "enabled", "json", True, "bool"),
        Param("conn_ids", "connIds", "json", True, "list", "str"),
    ),
    idempotent=False,
)

_EP_CREATE_MULTIPLE_TENANT_ADMIN = Endpoint(
    "create_multiple_tenant_admin",
    "POST",
    "/api/v3/create-multiple-tenant-admin",
    (
        Param("tenant_ids", "tenantIds", "json", True, "list", "str"),
        Param("user_id", "userId", "json", True, "str"),
        Param("api_authorized", "apiAuthorized", "json", False, "bool"),
        Param("send_phone_notification", "sendPhoneNotification", "json", False, "bool"),
        Param("send_email_notification", "sendEmailNotification", "json", False, "bool"),
    ),
    idempotent=False,
)

_EP_CREATE_TENANT = Endpoint(
    "create_tenant",
    "POST",
    "/api/v3/create-tenant",
    (
        Param("name", "name", "json", True, "str"),
        Param("app_ids", "appIds", "json", True, "list", "str"),
        Param("logo", "logo", "json", False, "list", "str"),
        Param("description", "description", "json", False, "str"),
        Param("reject_hint", "rejectHint", "json", False, "str"),
        Param("source_app_id", "sourceAppId", "json", False, "str"),
        Param("enterprise_domains", "enterpriseDomains", "json", False, "list", "str"),
        Param("expire_time", "expireTime", "json", False, "str"),
        Param("mau_amount", "mauAmount", "json", False, "int"),
        Param("member_amount", "memberAmount", "json", False, "int"),
        Param("admin_amount", "adminAmount", "json", False, "int"),
    ),
    idempotent=False,
)

_EP_CREATE_TENANT_COOPERATOR = Endpoint(
    "create_tenant_cooperator",
    "POST",
    "/api/v3/create-tenant-cooperator",
    (
        Param("policies", "policies", "json", True, "list", "str"),
        Param("user_id", "userId", "json", True, "str"),
        Param("api_authorized", "apiAuthorized", "json", False, "bool"),
        Param("send_phone_notification", "sendPhoneNotification", "json", False, "bool"),
        Param("send_email_notification", "sendEmailNotification", "json", False, "bool"),
    ),
    idempotent=False,
)

_EP_CREATE_TENANT_ENTERPRISE_CERTIFICATION = Endpoint(
    "create_tenant_enterprise_certification",
    "POST",
    "/api/v3/create-tenant-enterprise-certification",
    (
        Param("business_name", "businessName", "json", True, "str"),
        Param("business_license", "businessLicense", "json", True, "str"),
        Param("business_registration_name", "businessRegistrationName", "json", True, "str"),
        Param("unified_social_credit", "unifiedSocialCredit", "json", True, "str"),
        Param("legal_representative_name", "legalRepresentativeName", "json", True, "str"),
        Param("national_identification_number", "nationalIdentificationNumber", "json", True, "str"),
        Param("personal_bank_card_number", "personalBankCardNumber", "json", True, "str"),
        Param("bank_reserved_phone", "bankReservedPhone", "json", True, "str"),
        Param("tenant_id", "tenantId", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_CREATE_TENANT_USER = Endpoint(
    "create_tenant_user",
    "POST",
    "/api/v3/create-tenant-user",
    (
        Param("tenant_id", "tenantId", "json", True, "str"),
        Param("gender", "gender", "json", True, "str", "any", ("M", "F", "U")),
        Param("email", "email", "json", False, "str"),
        Param("phone", "phone", "json", False, "str"),
        Param("phone_country_code", "phoneCountryCode", "json", False, "str"),
        Param("username", "username", "json", False, "str"),
        Param("name", "name", "json", False, "str"),
        Param("nickname", "nickname", "json", False, "str"),
        Param("photo", "photo", "json", False, "str"),
        Param("birthdate", "birthdate", "json", False, "str"),
        Param("country", "country", "json", False, "str"),
        Param("province", "province", "json", False, "str"),
        Param("city", "city", "json", False, "str"),
        Param("address", "address", "json", False, "str"),
        Param("street_address", "streetAddress", "json", False, "str"),
        Param("postal_code", "postalCode", "json", False, "str"),
        Param("given_name", "givenName", "json", False, "str"),
        Param("family_name", "familyName", "json", False, "str"),
        Param("middle_name", "middleName", "json", False, "str"),
        Param("preferred_username", "preferredUsername", "json", False, "str"),
        Param("password", "password", "json", False, "str"),
        Param("salt", "salt", "json", False, "str"),
        Param("options", "options", "json", False, "dict"),
    ),
    idempotent=False,
)

_EP_DELETE_TENANT = Endpoint(
    "delete_tenant",
    "POST",
    "/api/v3/delete-tenant",
    (
        Param("tenant_id", "tenantId", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_DELETE_TENANT_ADMIN = Endpoint(
    "delete_tenant_admin",
    "POST",
    "/api/v3/delete-tenant-admin",
    (
        Param("tenant_id", "tenantId", "json", False, "any"),
        Param("link_user_id", "linkUserId", "json", False, "any"),
        Param("member_id", "memberId", "json", False, "any"),
    ),
    idempotent=False,
)

_EP_DELETE_TENANT_USER = Endpoint(
    "delete_tenant_user",
    "POST",
    "/api/v3/delete-tenant-user",
    (
        Param("tenant_id", "tenantId", "json", True, "str"),
        Param("link_user_ids", "linkUserIds", "json", False, "list", "str"),
        Param("member_ids", "memberIds", "json", False, "list", "str"),
    ),
    idempotent=False,
)

_EP_GET_MULTIPLE_TENANT_ADMIN = Endpoint(
    "get_multiple_tenant_admin",
    "GET",
    "/api/v3/get-multiple-tenant-admin",
    (
        Param("user_id", "userId", "query", True, "str"),
    ),
    idempotent=True,
)

_EP_GET_TENANT = Endpoint(
    "get_tenant",
    "GET",
    "/api/v3/get-tenant",
    (
        Param("tenant_id", "tenantId", "query", True, "str"),
        Param("with_members_count", "withMembersCount", "query", False, "bool"),
        Param("with_app_detail", "withAppDetail", "query", False, "bool"),
        Param("with_creator_detail", "withCreatorDetail", "query", False, "bool"),
        Param("with_source_app_detail", "withSourceAppDetail", "query", False, "bool"),
    ),
    idempotent=True,
)

_EP_GET_TENANT_BY_CODE = Endpoint(
    "get_tenant_by_code",
    "GET",
    "/api/v3/get-tenant-by-code",
    (
        Param("code", "code", "query", True, "str"),
    ),
    idempotent=True,
)

_EP_GET_TENANT_COOPERATOR = Endpoint(
    "get_tenant_cooperator",
    "GET",
    "/api/v3/get-tenant-cooperator",
    (
        Param("user_id", "userId", "query", True, "str"),
    ),
    idempotent=True,
)

_EP_GET_TENANT_COOPERATOR_MENU = Endpoint(
    "get_tenant_cooperator_menu",
    "GET",
    "/api/v3/get-tenant-cooperator-menu",
    (
        Param("user_id", "userId", "query", True, "str"),
    ),
    idempotent=True,
)

_EP_GET_TENANT_ENTERPRISE_CERTIFICATION = Endpoint(
    "get_tenant_enterprise_certification",
    "GET",
    "/api/v3/get-tenant-enterprise-certification",
    (
        Param("tenant_id", "tenant_id", "query", True, "str"),
    ),
    idempotent=True,
)

_EP_GET_TENANT_LITTLE_INFO = Endpoint(
    "get_tenant_little_info",
    "GET",
    "/api/v3/get-tenant-little-info",
    (
        Param("tenant_id", "tenantId", "query", True, "str"),
        Param("with_members_count", "withMembersCount", "query", False, "bool"),
        Param("with_app_detail", "withAppDetail", "query", False, "bool"),
        Param("with_creator_detail", "withCreatorDetail", "query", False, "bool"),
        Param("with_source_app_detail", "withSourceAppDetail", "query", False, "bool"),
    ),
    idempotent=True,
)

_EP_GET_TENANT_USER = Endpoint(
    "get_tenant_user",
    "GET",
    "/api/v3/get-tenant-user",
    (
        Param("tenant_id", "tenantId", "query", True, "str"),
        Param("link_user_id", "linkUserId", "query", False, "str"),
        Param("member_id", "memberId", "query", False, "str"),
    ),
    idempotent=True,
)

_EP_IMPORT_TENANT = Endpoint(
    "import_tenant",
    "POST",
    "/api/v3/import-tenant",
    (
        Param("excel_url", "excelUrl", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_IMPORT_TENANT_HISTORY = Endpoint(
    "import_tenant_history",
    "GET",
    "/api/v3/import-tenant-history",
    (
        Param("page", "page", "query", False, "str"),
        Param("limit", "limit", "query", False, "str"),
    ),
    idempotent=True,
)

_EP_IMPORT_TENANT_NOTIFY_USER = Endpoint(
    "import_tenant_notify_user",
    "GET",
    "/api/v3/import-tenant-notify-user",
    (
        Param("import_id", "importId", "query", True, "str"),
        Param("page", "page", "query", False, "str"),
        Param("limit", "limit", "query", False, "str"),
    ),
    idempotent=True,
)

_EP_LIST_MULTIPLE_TENANT_ADMIN = Endpoint(
    "list_multiple_tenant_admin",
    "GET",
    "/api/v3/list-multiple-tenant-admins",
    (
        Param("keywords", "keywords", "query", False, "str"),
        Param("page", "page", "query", False, "str"),
        Param("limit", "limit", "query", False, "str"),
    ),
    idempotent=True,
)

_EP_LIST_TENANT_ADMIN = Endpoint(
    "list_tenant_admin",
    "POST",
    "/api/v3/list-tenant-admin",
    (
        Param("tenant_id", "tenantId", "json", True, "str"),
        Param("keywords", "keywords", "json", False, "str"),
        Param("page", "page", "json", False, "str"),
        Param("limit", "limit", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_LIST_TENANT_APPLICATIONS = Endpoint(
    "list_tenant_applications",
    "GET",
    "/api/v3/list-tenant-applications",
    (
        Param("page", "page", "query", True, "str"),
        Param("limit", "limit", "query", True, "str"),
        Param("keywords", "keywords", "query", True, "str"),
        Param("sso_enabled", "sso_enabled", "query", True, "bool"),
    ),
    idempotent=True,
)

_EP_LIST_TENANT_COOPERATORS = Endpoint(
    "list_tenant_cooperators",
    "GET",
    "/api/v3/list-tenant-cooperators",
    (
        Param("keywords", "keywords", "query", False, "str"),
        Param("external", "external", "query", False, "bool"),
        Param("page", "page", "query", False, "str"),
        Param("limit", "limit", "query", False, "str"),
    ),
    idempotent=True,
)

_EP_LIST_TENANT_EXT_IDP = Endpoint(
    "list_tenant_ext_idp",
    "GET",
    "/api/v3/list-tenant-ext-idp",
    (
        Param("tenant_id", "tenantId", "query", False, "str"),
        Param("app_id", "appId", "query", False, "str"),
        Param("type", "type", "query", False, "str", "any", ("social", "enterprise")),
        Param("page", "page", "query", False, "int"),
        Param("limit", "limit", "query", False, "int"),
    ),
    idempotent=True,
)

_EP_LIST_TENANT_USERS = Endpoint(
    "list_tenant_users",
    "POST",
    "/api/v3/list-tenant-users",
    (
        Param("tenant_id", "tenantId", "json", True, "str"),
        Param("keywords", "keywords", "json", False, "str"),
        Param("options", "options", "json", False, "dict"),
    ),
    idempotent=False,
)

_EP_LIST_TENANTS = Endpoint(
    "list_tenants",
    "GET",
    "/api/v3/list-tenants",
    (
        Param("keywords", "keywords", "query", False, "str"),
        Param("with_members_count", "withMembersCount", "query", False, "bool"),
        Param("with_app_detail", "withAppDetail", "query", False, "bool"),
        Param("with_creator_detail", "withCreatorDetail", "query", False, "bool"),
        Param("with_source_app_detail", "withSourceAppDetail", "query", False, "bool"),
        Param("page", "page", "query", False, "str"),
        Param("limit", "limit", "query", False, "str"),
        Param("source", "source", "query", False, "any"),
    ),
    idempotent=True,
)

_EP_REMOVE_TENANT_DEPARTMENT_MEMBERS = Endpoint(
    "remove_tenant_department_members",
    "POST",
    "/api/v3/remove-tenant-department-members",
    (
        Param("organization_code", "organizationCode", "json", True, "str"),
        Param("department_id", "departmentId", "json", True, "str"),
        Param("department_id_type", "departmentIdType", "json", False, "str", "any", ("department_id", "open_department_id", "sync_relation", "custom_field", "code")),
        Param("link_user_ids", "linkUserIds", "json", False, "list", "str"),
        Param("member_ids", "memberIds", "json", False, "list", "str"),
        Param("tenant_id", "tenantId", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_REMOVE_TENANT_USERS = Endpoint(
    "remove_tenant_users",
    "POST",
    "/api/v3/remove-tenant-users",
    (
        Param("tenant_id", "tenantId", "json", True, "str"),
        Param("link_user_ids", "linkUserIds", "json", False, "list", "str"),
        Param("member_ids", "memberIds", "json", False, "list", "str"),
    ),
    idempotent=False,
)

_EP_REVIEW_TENANT_ENTERPRISE_CERTIFICATION = Endpoint(
    "review_tenant_enterprise_certification",
    "POST",
    "/api/v3/review-tenant-enterprise-certification",
    (
        Param("tenant_id", "tenantId", "json", True, "str"),
        Param("enterprise_certification_status", "enterpriseCertificationStatus", "json", True, "str", "any", ("not_submit", "reviewing", "pass")),
        Param("review_reason", "reviewReason", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_SET_TENANT_ADMIN = Endpoint(
    "set_tenant_admin",
    "POST",
    "/api/v3/set-tenant-admin",
    (
        Param("tenant_id", "tenantId", "json", True, "str"),
        Param("link_user_ids", "linkUserIds", "json", False, "list", "str"),
        Param("member_ids", "memberIds", "json", False, "list", "str"),
    ),
    idempotent=False,
)

_EP_UPDATE_TENANT = Endpoint(
    "update_tenant",
    "POST",
    "/api/v3/update-tenant",
    (
        Param("tenant_id", "tenantId", "json", True, "str"),
        Param("name", "name", "json", False, "str"),
        Param("app_ids", "appIds", "json", False, "list", "str"),
        Param("logo", "logo", "json", False, "list", "str"),
        Param("description", "description", "json", False, "str"),
        Param("reject_hint", "rejectHint", "json", False, "str"),
        Param("source_app_id", "sourceAppId", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_UPDATE_TENANT_ENTERPRISE_CERTIFICATION = Endpoint(
    "update_tenant_enterprise_certification",
    "POST",
    "/api/v3/update-tenant-enterprise-certification",
    (
        Param("business_name", "businessName", "json", True, "str"),
        Param("business_license", "businessLicense", "json", True, "str"),
        Param("business_registration_name", "businessRegistrationName", "json", True, "str"),
        Param("unified_social_credit", "unifiedSocialCredit", "json", True, "str"),
        Param("legal_representative_name", "legalRepresentativeName", "json", True, "str"),
        Param("national_identification_number", "nationalIdentificationNumber", "json", True, "str"),
        Param("personal_bank_card_number", "personalBankCardNumber", "json", True, "str"),
        Param("bank_reserved_phone", "bankReservedPhone", "json", True, "str"),
        Param("tenant_id", "tenantId", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_UPDATE_TENANT_QR_CODE_STATE = Endpoint(
    "update_tenant_qr_code_state",
    "POST",
    "/api/v3/update-userpool-tenant-appqrcode-state",
    (
        Param("enabled", "enabled", "json", True, "bool"),
    ),
    idempotent=False,
)

_EP_UPDATE_TENANT_USER = Endpoint(
    "update_tenant_user",
    "POST",
    "/api/v3/update-tenant-user",
    (
        Param("updates", "updates", "json", True, "any"),
        Param("tenant_id", "tenantId", "json", True, "str"),
        Param("link_user_id", "linkUserId", "json", False, "str"),
        Param("member_id", "memberId", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_UPDATE_USER_POOL_TENANT_CONFIG = Endpoint(
    "update_user_pool_tenant_config",
    "POST",
    "/api/v3/update-userpool-tenant-config",
    (
        Param("update", "update", "json", True, "dict"),
    ),
    idempotent=False,
)

_EP_USERPOLL_TENANT_CONFIG = Endpoint(
    "userpoll_tenant_config",
    "GET",
    "/api/v3/userpool-tenant-config",
    (),
    idempotent=True,
)


class TenantsMixin(_Caller):
    """Management API, area ``tenants``: 40 endpoints."""

    __slots__ = ()

    async def add_tenant_department_members(
        self,
        organization_code: str,
        department_id: str,
        department_id_type: AddTenantDepartmentMembersReqDtoDepartmentIdType | str | None = None,
        link_user_ids: List[str] | None = None,
        member_ids: List[str] | None = None,
        tenant_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/add-tenant-department-members`` -> ``IsSuccessDto``.

        Node-only endpoint, Node ``addTenantDepartmentMembers``; area ``tenants``.

        Parameters (name: wire name, location):
            organization_code: ``organizationCode``, json, required
            department_id: ``departmentId``, json, required
            department_id_type: ``departmentIdType``, json
            link_user_ids: ``linkUserIds``, json
            member_ids: ``memberIds``, json
            tenant_id: ``tenantId``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_ADD_TENANT_DEPARTMENT_MEMBERS,
            (
                organization_code,
                department_id,
                department_id_type,
                link_user_ids,
                member_ids,
                tenant_id,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def add_tenant_users(
        self,
        link_user_ids: List[str],
        tenant_id: str,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/add-tenant-users`` -> ``IsSuccessDto``.

        Official python name, Node ``addTenantUsers``; area ``tenants``.

        Parameters (name: wire name, location):
            link_user_ids: ``linkUserIds``, json, required
            tenant_id: ``tenantId``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_ADD_TENANT_USERS,
            (
                link_user_ids,
                tenant_id,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def associate_tenant_resource(
        self,
        code: str,
        association: bool,
        app_id: str,
        tenant_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/associate-tenant-resource`` -> ``IsSuccessDto``.

        Official python name, Node ``associateTenantResource``; area ``tenants``.

        Parameters (name: wire name, location):
            code: ``code``, json, required
            association: ``association``, json, required
            app_id: ``appId``, json, required
            tenant_id: ``tenantId``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_ASSOCIATE_TENANT_RESOURCE,
            (
                code,
                association,
                app_id,
                tenant_id,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def change_userpool_tenan_ext_idp_conn_state(
        self,
        enabled: bool,
        conn_ids: List[str],
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/change-userpool-tenant-ext-idp-conn-state`` -> ``IsSuccessDto``.

        Official python name, Node ``changeUserpoolTenanExtIdpConnState``; area ``tenants``.

        Parameters (name: wire name, location):
            enabled: ``enabled``, json, required
            conn_ids: ``connIds``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_CHANGE_USERPOOL_TENAN_EXT_IDP_CONN_STATE,
            (
                enabled,
                conn_ids,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def change_userpool_tenant_ext_idp_conn_state(
        self,
        enabled: bool,
        conn_ids: List[str],
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/change-userpool-tenant-ext-idp-conn-state`` -> ``IsSuccessDto``.

        Correctly spelled alias of ``change_userpool_tenan_ext_idp_conn_state`` (same endpoint).

        Parameters (name: wire name, location):
            enabled: ``enabled``, json, required
            conn_ids: ``connIds``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_CHANGE_USERPOOL_TENAN_EXT_IDP_CONN_STATE,
            (
                enabled,
                conn_ids,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def create_multiple_tenant_admin(
        self,
        tenant_ids: List[str],
        user_id: str,
        api_authorized: bool | None = None,
        send_phone_notification: bool | None = None,
        send_email_notification: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/create-multiple-tenant-admin`` -> ``None``.

        Official python name, Node ``createMultipleTenantAdmin``; area ``tenants``.

        Parameters (name: wire name, location):
            tenant_ids: ``tenantIds``, json, required
            user_id: ``userId``, json, required
            api_authorized: ``apiAuthorized``, json
            send_phone_notification: ``sendPhoneNotification``, json
            send_email_notification: ``sendEmailNotification``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_CREATE_MULTIPLE_TENANT_ADMIN,
            (
                tenant_ids,
                user_id,
                api_authorized,
                send_phone_notification,
                send_email_notification,
            ),
            None,
            _request_options(call_options),
        )

    async def create_tenant(
        self,
        name: str,
        app_ids: List[str],
        logo: List[str] | None = None,
        description: str | None = None,
        reject_hint: str | None = None,
        source_app_id: str | None = None,
        enterprise_domains: List[str] | None = None,
        expire_time: str | None = None,
        mau_amount: int | None = None,
        member_amount: int | None = None,
        admin_amount: int | None = None,
        **call_options: Unpack[CallOptions],
    ) -> TenantDto:
        """``POST /api/v3/create-tenant`` -> ``TenantDto``.

        Official python name, Node ``createTenant``; area ``tenants``.

        Parameters (name: wire name, location):
            name: ``name``, json, required
            app_ids: ``appIds``, json, required
            logo: ``logo``, json
            description: ``description``, json
            reject_hint: ``rejectHint``, json
            source_app_id: ``sourceAppId``, json
            enterprise_domains: ``enterpriseDomains``, json
            expire_time: ``expireTime``, json
            mau_amount: ``mauAmount``, json
            member_amount: ``memberAmount``, json
            admin_amount: ``adminAmount``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_CREATE_TENANT,
            (
                name,
                app_ids,
                logo,
                description,
                reject_hint,
                source_app_id,
                enterprise_domains,
                expire_time,
                mau_amount,
                member_amount,
                admin_amount,
            ),
            "TenantDto",
            _request_options(call_options),
        )

    async def create_tenant_cooperator(
        self,
        policies: List[str],
        user_id: str,
        api_authorized: bool | None = None,
        send_phone_notification: bool | None = None,
        send_email_notification: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/create-tenant-cooperator`` -> ``None``.

        Official python name, Node ``createTenantCooperator``; area ``tenants``.

        Parameters (name: wire name, location):
            policies: ``policies``, json, required
            user_id: ``userId``, json, required
            api_authorized: ``apiAuthorized``, json
            send_phone_notification: ``sendPhoneNotification``, json
            send_email_notification: ``sendEmailNotification``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_CREATE_TENANT_COOPERATOR,
            (
                policies,
                user_id,
                api_authorized,
                send_phone_notification,
                send_email_notification,
            ),
            None,
            _request_options(call_options),
        )

    async def create_tenant_enterprise_certification(
        self,
        business_name: str,
        business_license: str,
        business_registration_name: str,
        unified_social_credit: str,
        legal_representative_name: str,
        national_identification_number: str,
        personal_bank_card_number: str,
        bank_reserved_phone: str,
        tenant_id: str,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/create-tenant-enterprise-certification`` -> ``IsSuccessDto``.

        Node-only endpoint, Node ``createTenantEnterpriseCertification``; area ``tenants``.

        Parameters (name: wire name, location):
            business_name: ``businessName``, json, required
            business_license: ``businessLicense``, json, required
            business_registration_name: ``businessRegistrationName``, json, required
            unified_social_credit: ``unifiedSocialCredit``, json, required
            legal_representative_name: ``legalRepresentativeName``, json, required
            national_identification_number: ``nationalIdentificationNumber``, json, required
            personal_bank_card_number: ``personalBankCardNumber``, json, required
            bank_reserved_phone: ``bankReservedPhone``, json, required
            tenant_id: ``tenantId``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_CREATE_TENANT_ENTERPRISE_CERTIFICATION,
            (
                business_name,
                business_license,
                business_registration_name,
                unified_social_credit,
                legal_representative_name,
                national_identification_number,
                personal_bank_card_number,
                bank_reserved_phone,
                tenant_id,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def create_tenant_user(
        self,
        tenant_id: str,
        gender: CreateTenantUserReqDtoGender | str,
        email: str | None = None,
        phone: str | None = None,
        phone_country_code: str | None = None,
        username: str | None = None,
        name: str | None = None,
        nickname: str | None = None,
        photo: str | None = None,
        birthdate: str | None = None,
        country: str | None = None,
        province: str | None = None,
        city: str | None = None,
        address: str | None = None,
        street_address: str | None = None,
        postal_code: str | None = None,
        given_name: str | None = None,
        family_name: str | None = None,
        middle_name: str | None = None,
        preferred_username: str | None = None,
        password: str | None = None,
        salt: str | None = None,
        options: CreateTenantUserOptionsDto | Mapping[str, Any] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> TenantUserDto:
        """``POST /api/v3/create-tenant-user`` -> ``TenantUserDto``.

        Official python name, Node ``createTenantUser``; area ``tenants``.

        Parameters (name: wire name, location):
            tenant_id: ``tenantId``, json, required
            gender: ``gender``, json, required
            email: ``email``, json
            phone: ``phone``, json
            phone_country_code: ``phoneCountryCode``, json
            username: ``username``, json
            name: ``name``, json
            nickname: ``nickname``, json
            photo: ``photo``, json
            birthdate: ``birthdate``, json
            country: ``country``, json
            province: ``province``, json
            city: ``city``, json
            address: ``address``, json
            street_address: ``streetAddress``, json
            postal_code: ``postalCode``, json
            given_name: ``givenName``, json
            family_name: ``familyName``, json
            middle_name: ``middleName``, json
            preferred_username: ``preferredUsername``, json
            password: ``password``, json
            salt: ``salt``, json
            options: ``options``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_CREATE_TENANT_USER,
            (
                tenant_id,
                gender,
                email,
                phone,
                phone_country_code,
                username,
                name,
                nickname,
                photo,
                birthdate,
                country,
                province,
                city,
                address,
                street_address,
                postal_code,
                given_name,
                family_name,
                middle_name,
                preferred_username,
                password,
                salt,
                options,
            ),
            "TenantUserDto",
            _request_options(call_options),
        )

    async def delete_tenant(
        self,
        tenant_id: str,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/delete-tenant`` -> ``IsSuccessDto``.

        Official python name, Node ``deleteTenant``; area ``tenants``.

        Parameters (name: wire name, location):
            tenant_id: ``tenantId``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_DELETE_TENANT,
            (tenant_id,),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def delete_tenant_admin(
        self,
        tenant_id: Any = None,
        link_user_id: Any = None,
        member_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/delete-tenant-admin`` -> ``None``.

        Official python name, Node ``deleteTenantAdmin``; area ``tenants``.

        Parameters (name: wire name, location):
            tenant_id: ``tenantId``, json
            link_user_id: ``linkUserId``, json
            member_id: ``memberId``, json

        Correction: the official Python signature requires 'tenant_id' but the API and Node treat 'tenantId' as optional; it keeps its position with the default None and is not sent when omitted
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_DELETE_TENANT_ADMIN,
            (
                tenant_id,
                link_user_id,
                member_id,
            ),
            None,
            _request_options(call_options),
        )

    async def delete_tenant_user(
        self,
        tenant_id: str,
        link_user_ids: List[str] | None = None,
        member_ids: List[str] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/delete-tenant-user`` -> ``None``.

        Official python name, Node ``deleteTenantUser``; area ``tenants``.

        Parameters (name: wire name, location):
            tenant_id: ``tenantId``, json, required
            link_user_ids: ``linkUserIds``, json
            member_ids: ``memberIds``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_DELETE_TENANT_USER,
            (
                tenant_id,
                link_user_ids,
                member_ids,
            ),
            None,
            _request_options(call_options),
        )

    async def get_multiple_tenant_admin(
        self,
        user_id: str,
        **call_options: Unpack[CallOptions],
    ) -> MultipleTenantAdminListPagingDto:
        """``GET /api/v3/get-multiple-tenant-admin`` -> ``MultipleTenantAdminListPagingDto``.

        Official python name, Node ``getMultipleTenantAdmin``; area ``tenants``.

        Parameters (name: wire name, location):
            user_id: ``userId``, query, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_MULTIPLE_TENANT_ADMIN,
            (user_id,),
            "MultipleTenantAdminListPagingDto",
            _request_options(call_options),
        )

    async def get_tenant(
        self,
        tenant_id: str,
        with_members_count: bool | None = None,
        with_app_detail: bool | None = None,
        with_creator_detail: bool | None = None,
        with_source_app_detail: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> TenantRespDto:
        """``GET /api/v3/get-tenant`` -> ``TenantRespDto``.

        Official python name, Node ``getTenant``; area ``tenants``.

        Parameters (name: wire name, location):
            tenant_id: ``tenantId``, query, required
            with_members_count: ``withMembersCount``, query
            with_app_detail: ``withAppDetail``, query
            with_creator_detail: ``withCreatorDetail``, query
            with_source_app_detail: ``withSourceAppDetail``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_TENANT,
            (
                tenant_id,
                with_members_count,
                with_app_detail,
                with_creator_detail,
                with_source_app_detail,
            ),
            "TenantRespDto",
            _request_options(call_options),
        )

    async def get_tenant_by_code(
        self,
        code: str,
        **call_options: Unpack[CallOptions],
    ) -> TenantRespDto:
        """``GET /api/v3/get-tenant-by-code`` -> ``TenantRespDto``.

        Official python name, Node ``getTenantByCode``; area ``tenants``.

        Parameters (name: wire name, location):
            code: ``code``, query, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_TENANT_BY_CODE,
            (code,),
            "TenantRespDto",
            _request_options(call_options),
        )

    async def get_tenant_cooperator(
        self,
        user_id: str,
        **call_options: Unpack[CallOptions],
    ) -> TenantCooperatorSingleDto:
        """``GET /api/v3/get-tenant-cooperator`` -> ``TenantCooperatorSingleDto``.

        Official python name, Node ``getTenantCooperator``; area ``tenants``.

        Parameters (name: wire name, location):
            user_id: ``userId``, query, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_TENANT_COOPERATOR,
            (user_id,),
            "TenantCooperatorSingleDto",
            _request_options(call_options),
        )

    async def get_tenant_cooperator_menu(
        self,
        user_id: str,
        **call_options: Unpack[CallOptions],
    ) -> TenantCooperatorSingleDto:
        """``GET /api/v3/get-tenant-cooperator-menu`` -> ``TenantCooperatorSingleDto``.

        Official python name, Node ``getTenantCooperatorMenu``; area ``tenants``.

        Parameters (name: wire name, location):
            user_id: ``userId``, query, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_TENANT_COOPERATOR_MENU,
            (user_id,),
            "TenantCooperatorSingleDto",
            _request_options(call_options),
        )

    async def get_tenant_enterprise_certification(
        self,
        tenant_id: str,
        **call_options: Unpack[CallOptions],
    ) -> TenantEnterpriseCertificationRespDto:
        """``GET /api/v3/get-tenant-enterprise-certification`` -> ``TenantEnterpriseCertificationRespDto``.

        Node-only endpoint, Node ``getTenantEnterpriseCertification``; area ``tenants``.

        Parameters (name: wire name, location):
            tenant_id: ``tenant_id``, query, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_TENANT_ENTERPRISE_CERTIFICATION,
            (tenant_id,),
            "TenantEnterpriseCertificationRespDto",
            _request_options(call_options),
        )

    async def get_tenant_little_info(
        self,
        tenant_id: str,
        with_members_count: bool | None = None,
        with_app_detail: bool | None = None,
        with_creator_detail: bool | None = None,
        with_source_app_detail: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> TenantRespDto:
        """``GET /api/v3/get-tenant-little-info`` -> ``TenantRespDto``.

        Official python name, Node ``getTenantLittleInfo``; area ``tenants``.

        Parameters (name: wire name, location):
            tenant_id: ``tenantId``, query, required
            with_members_count: ``withMembersCount``, query
            with_app_detail: ``withAppDetail``, query
            with_creator_detail: ``withCreatorDetail``, query
            with_source_app_detail: ``withSourceAppDetail``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_TENANT_LITTLE_INFO,
            (
                tenant_id,
                with_members_count,
                with_app_detail,
                with_creator_detail,
                with_source_app_detail,
            ),
            "TenantRespDto",
            _request_options(call_options),
        )

    async def get_tenant_user(
        self,
        tenant_id: str,
        link_user_id: str | None = None,
        member_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> TenantUserDto:
        """``GET /api/v3/get-tenant-user`` -> ``TenantUserDto``.

        Official python name, Node ``getTenantUser``; area ``tenants``.

        Parameters (name: wire name, location):
            tenant_id: ``tenantId``, query, required
            link_user_id: ``linkUserId``, query
            member_id: ``memberId``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_TENANT_USER,
            (
                tenant_id,
                link_user_id,
                member_id,
            ),
            "TenantUserDto",
            _request_options(call_options),
        )

    async def import_tenant(
        self,
        excel_url: str,
        **call_options: Unpack[CallOptions],
    ) -> ImportTenantDataDto:
        """``POST /api/v3/import-tenant`` -> ``ImportTenantDataDto``.

        Official python name, Node ``importTenant``; area ``tenants``.

        Parameters (name: wire name, location):
            excel_url: ``excelUrl``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_IMPORT_TENANT,
            (excel_url,),
            "ImportTenantDataDto",
            _request_options(call_options),
        )

    async def import_tenant_history(
        self,
        page: str | None = None,
        limit: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> ImportTenantHistoryDataDto:
        """``GET /api/v3/import-tenant-history`` -> ``ImportTenantHistoryDataDto``.

        Official python name, Node ``importTenantHistory``; area ``tenants``.

        Parameters (name: wire name, location):
            page: ``page``, query
            limit: ``limit``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_IMPORT_TENANT_HISTORY,
            (
                page,
                limit,
            ),
            "ImportTenantHistoryDataDto",
            _request_options(call_options),
        )

    def iter_import_tenant_history(
        self,
        limit: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[JsonValue]:
        """Every item of ``import_tenant_history``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.import_tenant_history(
                page=str(page),
                limit=limit,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )

    async def import_tenant_notify_user(
        self,
        import_id: str,
        page: str | None = None,
        limit: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> ImportTenantNotifyUseDataDto:
        """``GET /api/v3/import-tenant-notify-user`` -> ``ImportTenantNotifyUseDataDto``.

        Official python name, Node ``importTenantNotifyUser``; area ``tenants``.

        Parameters (name: wire name, location):
            import_id: ``importId``, query, required
            page: ``page``, query
            limit: ``limit``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_IMPORT_TENANT_NOTIFY_USER,
            (
                import_id,
                page,
                limit,
            ),
            "ImportTenantNotifyUseDataDto",
            _request_options(call_options),
        )

    def iter_import_tenant_notify_user(
        self,
        import_id: str,
        limit: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[JsonValue]:
        """Every item of ``import_tenant_notify_user``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.import_tenant_notify_user(
                page=str(page),
                import_id=import_id,
                limit=limit,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )

    async def list_multiple_tenant_admin(
        self,
        keywords: str | None = None,
        page: str | None = None,
        limit: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> MultipleTenantAdminListPagingDto:
        """``GET /api/v3/list-multiple-tenant-admins`` -> ``MultipleTenantAdminListPagingDto``.

        Official python name, Node ``listMultipleTenantAdmin``; area ``tenants``.

        Parameters (name: wire name, location):
            keywords: ``keywords``, query
            page: ``page``, query
            limit: ``limit``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_MULTIPLE_TENANT_ADMIN,
            (
                keywords,
                page,
                limit,
            ),
            "MultipleTenantAdminListPagingDto",
            _request_options(call_options),
        )

    def iter_list_multiple_tenant_admin(
        self,
        keywords: str | None = None,
        limit: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[MultipleTenantAdminDto]:
        """Every item of ``list_multiple_tenant_admin``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.list_multiple_tenant_admin(
                page=str(page),
                keywords=keywords,
                limit=limit,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )

    async def list_tenant_admin(
        self,
        tenant_id: str,
        keywords: str | None = None,
        page: str | None = None,
        limit: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> TenantUserListPagingDto:
        """``POST /api/v3/list-tenant-admin`` -> ``TenantUserListPagingDto``.

        Official python name, Node ``listTenantAdmin``; area ``tenants``.

        Parameters (name: wire name, location):
            tenant_id: ``tenantId``, json, required
            keywords: ``keywords``, json
            page: ``page``, json
            limit: ``limit``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_TENANT_ADMIN,
            (
                tenant_id,
                keywords,
                page,
                limit,
            ),
            "TenantUserListPagingDto",
            _request_options(call_options),
        )

    def iter_list_tenant_admin(
        self,
        tenant_id: str,
        keywords: str | None = None,
        limit: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[TenantUserDto]:
        """Every item of ``list_tenant_admin``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.list_tenant_admin(
                page=str(page),
                tenant_id=tenant_id,
                keywords=keywords,
                limit=limit,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )

    async def list_tenant_applications(
        self,
        page: str,
        limit: str,
        keywords: str,
        sso_enabled: bool,
        **call_options: Unpack[CallOptions],
    ) -> TenantApplicationListPagingDto:
        """``GET /api/v3/list-tenant-applications`` -> ``TenantApplicationListPagingDto``.

        Official python name, Node ``listTenantApplications``; area ``tenants``.

        Parameters (name: wire name, location):
            page: ``page``, query, required
            limit: ``limit``, query, required
            keywords: ``keywords``, query, required
            sso_enabled: ``sso_enabled``, query, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_TENANT_APPLICATIONS,
            (
                page,
                limit,
                keywords,
                sso_enabled,
            ),
            "TenantApplicationListPagingDto",
            _request_options(call_options),
        )

    def iter_list_tenant_applications(
        self,
        limit: str,
        keywords: str,
        sso_enabled: bool,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[TenantApplicationDto]:
        """Every item of ``list_tenant_applications``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.list_tenant_applications(
                page=str(page),
                limit=limit,
                keywords=keywords,
                sso_enabled=sso_enabled,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )

    async def list_tenant_cooperators(
        self,
        keywords: str | None = None,
        external: bool | None = None,
        page: str | None = None,
        limit: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> TenantCooperatorListPagingDto:
        """``GET /api/v3/list-tenant-cooperators`` -> ``TenantCooperatorListPagingDto``.

        Official python name, Node ``listTenantCooperators``; area ``tenants``.

        Parameters (name: wire name, location):
            keywords: ``keywords``, query
            external: ``external``, query
            page: ``page``, query
            limit: ``limit``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_TENANT_COOPERATORS,
            (
                keywords,
                external,
                page,
                limit,
            ),
            "TenantCooperatorListPagingDto",
            _request_options(call_options),
        )

    def iter_list_tenant_cooperators(
        self,
        keywords: str | None = None,
        external: bool | None = None,
        limit: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[TenantCooperatorDto]:
        """Every item of ``list_tenant_cooperators``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.list_tenant_cooperators(
                page=str(page),
                keywords=keywords,
                external=external,
                limit=limit,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )

    async def list_tenant_ext_idp(
        self,
        tenant_id: str | None = None,
        app_id: str | None = None,
        type: ListTenantExtIdpParamsType | str | None = None,
        page: int | None = None,
        limit: int | None = None,
        **call_options: Unpack[CallOptions],
    ) -> ExtIdpListPagingDto:
        """``GET /api/v3/list-tenant-ext-idp`` -> ``ExtIdpListPagingDto``.

        Official python name, Node ``listTenantExtIdp``; area ``tenants``.

        Parameters (name: wire name, location):
            tenant_id: ``tenantId``, query
            app_id: ``appId``, query
            type: ``type``, query
            page: ``page``, query
            limit: ``limit``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_TENANT_EXT_IDP,
            (
                tenant_id,
                app_id,
                type,
                page,
                limit,
            ),
            "ExtIdpListPagingDto",
            _request_options(call_options),
        )

    def iter_list_tenant_ext_idp(
        self,
        tenant_id: str | None = None,
        app_id: str | None = None,
        type: ListTenantExtIdpParamsType | str | None = None,
        limit: int | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[ExtIdpDto]:
        """Every item of ``list_tenant_ext_idp``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.list_tenant_ext_idp(
                page=page,
                tenant_id=tenant_id,
                app_id=app_id,
                type=type,
                limit=limit,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )

    async def list_tenant_users(
        self,
        tenant_id: str,
        keywords: str | None = None,
        options: ListTenantUsersOptionsDto | Mapping[str, Any] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> TenantUserListPagingDto:
        """``POST /api/v3/list-tenant-users`` -> ``TenantUserListPagingDto``.

        Official python name, Node ``listTenantUsers``; area ``tenants``.

        Parameters (name: wire name, location):
            tenant_id: ``tenantId``, json, required
            keywords: ``keywords``, json
            options: ``options``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_TENANT_USERS,
            (
                tenant_id,
                keywords,
                options,
            ),
            "TenantUserListPagingDto",
            _request_options(call_options),
        )

    def iter_list_tenant_users(
        self,
        tenant_id: str,
        keywords: str | None = None,
        options: ListTenantUsersOptionsDto | Mapping[str, Any] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[TenantUserDto]:
        """Every item of ``list_tenant_users``, fetched page by page (an async iterator).

        Same parameters; the page number is set in ``options.pagination.page``. Yields the items of
        ``list``; stops after ``totalCount`` items, at an empty page, or at a page shorter than the
        limit (the first page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.list_tenant_users(
                tenant_id=tenant_id,
                keywords=keywords,
                options=_with_page(options, page),
                **call_options,
            ),
            "list",
            "totalCount",
            _options_limit(options),
        )

    async def list_tenants(
        self,
        keywords: str | None = None,
        with_members_count: bool | None = None,
        with_app_detail: bool | None = None,
        with_creator_detail: bool | None = None,
        with_source_app_detail: bool | None = None,
        page: str | None = None,
        limit: str | None = None,
        source: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> TenantListPagingDto:
        """``GET /api/v3/list-tenants`` -> ``TenantListPagingDto``.

        Official python name, Node ``listTenants``; area ``tenants``.

        Parameters (name: wire name, location):
            keywords: ``keywords``, query
            with_members_count: ``withMembersCount``, query
            with_app_detail: ``withAppDetail``, query
            with_creator_detail: ``withCreatorDetail``, query
            with_source_app_detail: ``withSourceAppDetail``, query
            page: ``page``, query
            limit: ``limit``, query
            source: ``source``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_TENANTS,
            (
                keywords,
                with_members_count,
                with_app_detail,
                with_creator_detail,
                with_source_app_detail,
                page,
                limit,
                source,
            ),
            "TenantListPagingDto",
            _request_options(call_options),
        )

    def iter_list_tenants(
        self,
        keywords: str | None = None,
        with_members_count: bool | None = None,
        with_app_detail: bool | None = None,
        with_creator_detail: bool | None = None,
        with_source_app_detail: bool | None = None,
        limit: str | None = None,
        source: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[TenantRespDto]:
        """Every item of ``list_tenants``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.list_tenants(
                page=str(page),
                keywords=keywords,
                with_members_count=with_members_count,
                with_app_detail=with_app_detail,
                with_creator_detail=with_creator_detail,
                with_source_app_detail=with_source_app_detail,
                limit=limit,
                source=source,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )

    async def remove_tenant_department_members(
        self,
        organization_code: str,
        department_id: str,
        department_id_type: RemoveTenantDepartmentMembersReqDtoDepartmentIdType | str | None = None,
        link_user_ids: List[str] | None = None,
        member_ids: List[str] | None = None,
        tenant_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/remove-tenant-department-members`` -> ``IsSuccessDto``.

        Node-only endpoint, Node ``removeTenantDepartmentMembers``; area ``tenants``.

        Parameters (name: wire name, location):
            organization_code: ``organizationCode``, json, required
            department_id: ``departmentId``, json, required
            department_id_type: ``departmentIdType``, json
            link_user_ids: ``linkUserIds``, json
            member_ids: ``memberIds``, json
            tenant_id: ``tenantId``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_REMOVE_TENANT_DEPARTMENT_MEMBERS,
            (
                organization_code,
                department_id,
                department_id_type,
                link_user_ids,
                member_ids,
                tenant_id,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def remove_tenant_users(
        self,
        tenant_id: str,
        link_user_ids: List[str] | None = None,
        member_ids: List[str] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/remove-tenant-users`` -> ``IsSuccessDto``.

        Official python name, Node ``removeTenantUsers``; area ``tenants``.

        Parameters (name: wire name, location):
            tenant_id: ``tenantId``, json, required
            link_user_ids: ``linkUserIds``, json
            member_ids: ``memberIds``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_REMOVE_TENANT_USERS,
            (
                tenant_id,
                link_user_ids,
                member_ids,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def review_tenant_enterprise_certification(
        self,
        tenant_id: str,
        enterprise_certification_status: ReviewTenantEnterpriseCertificationBodyDtoEnterpriseCertificationStatus | str,
        review_reason: str,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/review-tenant-enterprise-certification`` -> ``IsSuccessDto``.

        Node-only endpoint, Node ``reviewTenantEnterpriseCertification``; area ``tenants``.

        Parameters (name: wire name, location):
            tenant_id: ``tenantId``, json, required
            enterprise_certification_status: ``enterpriseCertificationStatus``, json, required
            review_reason: ``reviewReason``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_REVIEW_TENANT_ENTERPRISE_CERTIFICATION,
            (
                tenant_id,
                enterprise_certification_status,
                review_reason,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def set_tenant_admin(
        self,
        tenant_id: str,
        link_user_ids: List[str] | None = None,
        member_ids: List[str] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/set-tenant-admin`` -> ``None``.

        Official python name, Node ``setTenantAdmin``; area ``tenants``.

        Parameters (name: wire name, location):
            tenant_id: ``tenantId``, json, required
            link_user_ids: ``linkUserIds``, json
            member_ids: ``memberIds``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_SET_TENANT_ADMIN,
            (
                tenant_id,
                link_user_ids,
                member_ids,
            ),
            None,
            _request_options(call_options),
        )

    async def update_tenant(
        self,
        tenant_id: str,
        name: str | None = None,
        app_ids: List[str] | None = None,
        logo: List[str] | None = None,
        description: str | None = None,
        reject_hint: str | None = None,
        source_app_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/update-tenant`` -> ``IsSuccessDto``.

        Official python name, Node ``updateTenant``; area ``tenants``.

        Parameters (name: wire name, location):
            tenant_id: ``tenantId``, json, required
            name: ``name``, json
            app_ids: ``appIds``, json
            logo: ``logo``, json
            description: ``description``, json
            reject_hint: ``rejectHint``, json
            source_app_id: ``sourceAppId``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_UPDATE_TENANT,
            (
                tenant_id,
                name,
                app_ids,
                logo,
                description,
                reject_hint,
                source_app_id,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def update_tenant_enterprise_certification(
        self,
        business_name: str,
        business_license: str,
        business_registration_name: str,
        unified_social_credit: str,
        legal_representative_name: str,
        national_identification_number: str,
        personal_bank_card_number: str,
        bank_reserved_phone: str,
        tenant_id: str,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/update-tenant-enterprise-certification`` -> ``IsSuccessDto``.

        Node-only endpoint, Node ``updateTenantEnterpriseCertification``; area ``tenants``.

        Parameters (name: wire name, location):
            business_name: ``businessName``, json, required
            business_license: ``businessLicense``, json, required
            business_registration_name: ``businessRegistrationName``, json, required
            unified_social_credit: ``unifiedSocialCredit``, json, required
            legal_representative_name: ``legalRepresentativeName``, json, required
            national_identification_number: ``nationalIdentificationNumber``, json, required
            personal_bank_card_number: ``personalBankCardNumber``, json, required
            bank_reserved_phone: ``bankReservedPhone``, json, required
            tenant_id: ``tenantId``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_UPDATE_TENANT_ENTERPRISE_CERTIFICATION,
            (
                business_name,
                business_license,
                business_registration_name,
                unified_social_credit,
                legal_representative_name,
                national_identification_number,
                personal_bank_card_number,
                bank_reserved_phone,
                tenant_id,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def update_tenant_qr_code_state(
        self,
        enabled: bool,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/update-userpool-tenant-appqrcode-state`` -> ``IsSuccessDto``.

        Official python name, Node ``updateTenantQrCodeState``; area ``tenants``.

        Parameters (name: wire name, location):
            enabled: ``enabled``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_UPDATE_TENANT_QR_CODE_STATE,
            (enabled,),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def update_tenant_user(
        self,
        updates: Any,
        tenant_id: str,
        link_user_id: str | None = None,
        member_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/update-tenant-user`` -> ``IsSuccessDto``.

        Official python name, Node ``updateTenantUser``; area ``tenants``.

        Parameters (name: wire name, location):
            updates: ``updates``, json, required
            tenant_id: ``tenantId``, json, required
            link_user_id: ``linkUserId``, json
            member_id: ``memberId``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_UPDATE_TENANT_USER,
            (
                updates,
                tenant_id,
                link_user_id,
                member_id,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def update_user_pool_tenant_config(
        self,
        update: UpdateLoginConfig | Mapping[str, Any],
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/update-userpool-tenant-config`` -> ``IsSuccessDto``.

        Official python name, Node ``updateUserPoolTenantConfig``; area ``tenants``.

        Parameters (name: wire name, location):
            update: ``update``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_UPDATE_USER_POOL_TENANT_CONFIG,
            (update,),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def userpoll_tenant_config(
        self,
        **call_options: Unpack[CallOptions],
    ) -> UserPoolTenantConfigDto:
        """``GET /api/v3/userpool-tenant-config`` -> ``UserPoolTenantConfigDto``.

        Official python name, Node ``userpollTenantConfig``; area ``tenants``.
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_USERPOLL_TENANT_CONFIG,
            (),
            "UserPoolTenantConfigDto",
            _request_options(call_options),
        )

    async def userpool_tenant_config(
        self,
        **call_options: Unpack[CallOptions],
    ) -> UserPoolTenantConfigDto:
        """``GET /api/v3/userpool-tenant-config`` -> ``UserPoolTenantConfigDto``.

        Correctly spelled alias of ``userpoll_tenant_config`` (same endpoint).
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_USERPOLL_TENANT_CONFIG,
            (),
            "UserPoolTenantConfigDto",
            _request_options(call_options),
        )
