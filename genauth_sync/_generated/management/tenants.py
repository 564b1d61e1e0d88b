# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Management API endpoints, area ``tenants`` (sync facade)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, List, TYPE_CHECKING

from genauth_sync._portal import SyncClient as _SyncClient

if TYPE_CHECKING:
    from genauth_async._generated.clients import ManagementClient as _AsyncManagementClient  # noqa: F401
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


class TenantsMixin(_SyncClient["_AsyncManagementClient"]):
    """Management API, area ``tenants``: 40 endpoints."""

    def add_tenant_department_members(
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
        return self._run_method(  # type: ignore[no-any-return]
            "add_tenant_department_members",
            (
                organization_code,
                department_id,
                department_id_type,
                link_user_ids,
                member_ids,
                tenant_id,
            ),
            call_options,
        )

    def add_tenant_users(
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
        return self._run_method(  # type: ignore[no-any-return]
            "add_tenant_users",
            (
                link_user_ids,
                tenant_id,
            ),
            call_options,
        )

    def associate_tenant_resource(
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
        return self._run_method(  # type: ignore[no-any-return]
            "associate_tenant_resource",
            (
                code,
                association,
                app_id,
                tenant_id,
            ),
            call_options,
        )

    def change_userpool_tenan_ext_idp_conn_state(
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
        return self._run_method(  # type: ignore[no-any-return]
            "change_userpool_tenan_ext_idp_conn_state",
            (
                enabled,
                conn_ids,
            ),
            call_options,
        )

    def change_userpool_tenant_ext_idp_conn_state(
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
        return self._run_method(  # type: ignore[no-any-return]
            "change_userpool_tenant_ext_idp_conn_state",
            (
                enabled,
                conn_ids,
            ),
            call_options,
        )

    def create_multiple_tenant_admin(
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
        self._run_method(
            "create_multiple_tenant_admin",
            (
                tenant_ids,
                user_id,
                api_authorized,
                send_phone_notification,
                send_email_notification,
            ),
            call_options,
        )

    def create_tenant(
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
        return self._run_method(  # type: ignore[no-any-return]
            "create_tenant",
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
            call_options,
        )

    def create_tenant_cooperator(
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
        self._run_method(
            "create_tenant_cooperator",
            (
                policies,
                user_id,
                api_authorized,
                send_phone_notification,
                send_email_notification,
            ),
            call_options,
        )

    def create_tenant_enterprise_certification(
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
        return self._run_method(  # type: ignore[no-any-return]
            "create_tenant_enterprise_certification",
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
            call_options,
        )

    def create_tenant_user(
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
        return self._run_method(  # type: ignore[no-any-return]
            "create_tenant_user",
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
            call_options,
        )

    def delete_tenant(
        self,
        tenant_id: str,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/delete-tenant`` -> ``IsSuccessDto``.

        Official python name, Node ``deleteTenant``; area ``tenants``.

        Parameters (name: wire name, location):
            tenant_id: ``tenantId``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "delete_tenant",
            (tenant_id,),
            call_options,
        )

    def delete_tenant_admin(
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
        self._run_method(
            "delete_tenant_admin",
            (
                tenant_id,
                link_user_id,
                member_id,
            ),
            call_options,
        )

    def delete_tenant_user(
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
        self._run_method(
            "delete_tenant_user",
            (
                tenant_id,
                link_user_ids,
                member_ids,
            ),
            call_options,
        )

    def get_multiple_tenant_admin(
        self,
        user_id: str,
        **call_options: Unpack[CallOptions],
    ) -> MultipleTenantAdminListPagingDto:
        """``GET /api/v3/get-multiple-tenant-admin`` -> ``MultipleTenantAdminListPagingDto``.

        Official python name, Node ``getMultipleTenantAdmin``; area ``tenants``.

        Parameters (name: wire name, location):
            user_id: ``userId``, query, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_multiple_tenant_admin",
            (user_id,),
            call_options,
        )

    def get_tenant(
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
        return self._run_method(  # type: ignore[no-any-return]
            "get_tenant",
            (
                tenant_id,
                with_members_count,
                with_app_detail,
                with_creator_detail,
                with_source_app_detail,
            ),
            call_options,
        )

    def get_tenant_by_code(
        self,
        code: str,
        **call_options: Unpack[CallOptions],
    ) -> TenantRespDto:
        """``GET /api/v3/get-tenant-by-code`` -> ``TenantRespDto``.

        Official python name, Node ``getTenantByCode``; area ``tenants``.

        Parameters (name: wire name, location):
            code: ``code``, query, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_tenant_by_code",
            (code,),
            call_options,
        )

    def get_tenant_cooperator(
        self,
        user_id: str,
        **call_options: Unpack[CallOptions],
    ) -> TenantCooperatorSingleDto:
        """``GET /api/v3/get-tenant-cooperator`` -> ``TenantCooperatorSingleDto``.

        Official python name, Node ``getTenantCooperator``; area ``tenants``.

        Parameters (name: wire name, location):
            user_id: ``userId``, query, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_tenant_cooperator",
            (user_id,),
            call_options,
        )

    def get_tenant_cooperator_menu(
        self,
        user_id: str,
        **call_options: Unpack[CallOptions],
    ) -> TenantCooperatorSingleDto:
        """``GET /api/v3/get-tenant-cooperator-menu`` -> ``TenantCooperatorSingleDto``.

        Official python name, Node ``getTenantCooperatorMenu``; area ``tenants``.

        Parameters (name: wire name, location):
            user_id: ``userId``, query, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_tenant_cooperator_menu",
            (user_id,),
            call_options,
        )

    def get_tenant_enterprise_certification(
        self,
        tenant_id: str,
        **call_options: Unpack[CallOptions],
    ) -> TenantEnterpriseCertificationRespDto:
        """``GET /api/v3/get-tenant-enterprise-certification`` -> ``TenantEnterpriseCertificationRespDto``.

        Node-only endpoint, Node ``getTenantEnterpriseCertification``; area ``tenants``.

        Parameters (name: wire name, location):
            tenant_id: ``tenant_id``, query, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_tenant_enterprise_certification",
            (tenant_id,),
            call_options,
        )

    def get_tenant_little_info(
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
        return self._run_method(  # type: ignore[no-any-return]
            "get_tenant_little_info",
            (
                tenant_id,
                with_members_count,
                with_app_detail,
                with_creator_detail,
                with_source_app_detail,
            ),
            call_options,
        )

    def get_tenant_user(
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
        return self._run_method(  # type: ignore[no-any-return]
            "get_tenant_user",
            (
                tenant_id,
                link_user_id,
                member_id,
            ),
            call_options,
        )

    def import_tenant(
        self,
        excel_url: str,
        **call_options: Unpack[CallOptions],
    ) -> ImportTenantDataDto:
        """``POST /api/v3/import-tenant`` -> ``ImportTenantDataDto``.

        Official python name, Node ``importTenant``; area ``tenants``.

        Parameters (name: wire name, location):
            excel_url: ``excelUrl``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "import_tenant",
            (excel_url,),
            call_options,
        )

    def import_tenant_history(
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
        return self._run_method(  # type: ignore[no-any-return]
            "import_tenant_history",
            (
                page,
                limit,
            ),
            call_options,
        )

    def iter_import_tenant_history(
        self,
        limit: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Iterator[JsonValue]:
        """Every item of ``import_tenant_history``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_import_tenant_history",
            (limit,),
            call_options,
        )

    def import_tenant_notify_user(
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
        return self._run_method(  # type: ignore[no-any-return]
            "import_tenant_notify_user",
            (
                import_id,
                page,
                limit,
            ),
            call_options,
        )

    def iter_import_tenant_notify_user(
        self,
        import_id: str,
        limit: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Iterator[JsonValue]:
        """Every item of ``import_tenant_notify_user``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_import_tenant_notify_user",
            (
                import_id,
                limit,
            ),
            call_options,
        )

    def list_multiple_tenant_admin(
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
        return self._run_method(  # type: ignore[no-any-return]
            "list_multiple_tenant_admin",
            (
                keywords,
                page,
                limit,
            ),
            call_options,
        )

    def iter_list_multiple_tenant_admin(
        self,
        keywords: str | None = None,
        limit: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Iterator[MultipleTenantAdminDto]:
        """Every item of ``list_multiple_tenant_admin``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_list_multiple_tenant_admin",
            (
                keywords,
                limit,
            ),
            call_options,
        )

    def list_tenant_admin(
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
        return self._run_method(  # type: ignore[no-any-return]
            "list_tenant_admin",
            (
                tenant_id,
                keywords,
                page,
                limit,
            ),
            call_options,
        )

    def iter_list_tenant_admin(
        self,
        tenant_id: str,
        keywords: str | None = None,
        limit: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Iterator[TenantUserDto]:
        """Every item of ``list_tenant_admin``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_list_tenant_admin",
            (
                tenant_id,
                keywords,
                limit,
            ),
            call_options,
        )

    def list_tenant_applications(
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
        return self._run_method(  # type: ignore[no-any-return]
            "list_tenant_applications",
            (
                page,
                limit,
                keywords,
                sso_enabled,
            ),
            call_options,
        )

    def iter_list_tenant_applications(
        self,
        limit: str,
        keywords: str,
        sso_enabled: bool,
        **call_options: Unpack[CallOptions],
    ) -> Iterator[TenantApplicationDto]:
        """Every item of ``list_tenant_applications``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_list_tenant_applications",
            (
                limit,
                keywords,
                sso_enabled,
            ),
            call_options,
        )

    def list_tenant_cooperators(
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
        return self._run_method(  # type: ignore[no-any-return]
            "list_tenant_cooperators",
            (
                keywords,
                external,
                page,
                limit,
            ),
            call_options,
        )

    def iter_list_tenant_cooperators(
        self,
        keywords: str | None = None,
        external: bool | None = None,
        limit: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Iterator[TenantCooperatorDto]:
        """Every item of ``list_tenant_cooperators``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_list_tenant_cooperators",
            (
                keywords,
                external,
                limit,
            ),
            call_options,
        )

    def list_tenant_ext_idp(
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
        return self._run_method(  # type: ignore[no-any-return]
            "list_tenant_ext_idp",
            (
                tenant_id,
                app_id,
                type,
                page,
                limit,
            ),
            call_options,
        )

    def iter_list_tenant_ext_idp(
        self,
        tenant_id: str | None = None,
        app_id: str | None = None,
        type: ListTenantExtIdpParamsType | str | None = None,
        limit: int | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Iterator[ExtIdpDto]:
        """Every item of ``list_tenant_ext_idp``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_list_tenant_ext_idp",
            (
                tenant_id,
                app_id,
                type,
                limit,
            ),
            call_options,
        )

    def list_tenant_users(
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
        return self._run_method(  # type: ignore[no-any-return]
            "list_tenant_users",
            (
                tenant_id,
                keywords,
                options,
            ),
            call_options,
        )

    def iter_list_tenant_users(
        self,
        tenant_id: str,
        keywords: str | None = None,
        options: ListTenantUsersOptionsDto | Mapping[str, Any] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Iterator[TenantUserDto]:
        """Every item of ``list_tenant_users``, fetched page by page (an iterator).

        Same parameters; the page number is set in ``options.pagination.page``. Yields the items of
        ``list``; stops after ``totalCount`` items, at an empty page, or at a page shorter than the
        limit (the first page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_list_tenant_users",
            (
                tenant_id,
                keywords,
                options,
            ),
            call_options,
        )

    def list_tenants(
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
        return self._run_method(  # type: ignore[no-any-return]
            "list_tenants",
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
            call_options,
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
    ) -> Iterator[TenantRespDto]:
        """Every item of ``list_tenants``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_list_tenants",
            (
                keywords,
                with_members_count,
                with_app_detail,
                with_creator_detail,
                with_source_app_detail,
                limit,
                source,
            ),
            call_options,
        )

    def remove_tenant_department_members(
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
        return self._run_method(  # type: ignore[no-any-return]
            "remove_tenant_department_members",
            (
                organization_code,
                department_id,
                department_id_type,
                link_user_ids,
                member_ids,
                tenant_id,
            ),
            call_options,
        )

    def remove_tenant_users(
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
        return self._run_method(  # type: ignore[no-any-return]
            "remove_tenant_users",
            (
                tenant_id,
                link_user_ids,
                member_ids,
            ),
            call_options,
        )

    def review_tenant_enterprise_certification(
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
        return self._run_method(  # type: ignore[no-any-return]
            "review_tenant_enterprise_certification",
            (
                tenant_id,
                enterprise_certification_status,
                review_reason,
            ),
            call_options,
        )

    def set_tenant_admin(
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
        self._run_method(
            "set_tenant_admin",
            (
                tenant_id,
                link_user_ids,
                member_ids,
            ),
            call_options,
        )

    def update_tenant(
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
        return self._run_method(  # type: ignore[no-any-return]
            "update_tenant",
            (
                tenant_id,
                name,
                app_ids,
                logo,
                description,
                reject_hint,
                source_app_id,
            ),
            call_options,
        )

    def update_tenant_enterprise_certification(
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
        return self._run_method(  # type: ignore[no-any-return]
            "update_tenant_enterprise_certification",
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
            call_options,
        )

    def update_tenant_qr_code_state(
        self,
        enabled: bool,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/update-userpool-tenant-appqrcode-state`` -> ``IsSuccessDto``.

        Official python name, Node ``updateTenantQrCodeState``; area ``tenants``.

        Parameters (name: wire name, location):
            enabled: ``enabled``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "update_tenant_qr_code_state",
            (enabled,),
            call_options,
        )

    def update_tenant_user(
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
        return self._run_method(  # type: ignore[no-any-return]
            "update_tenant_user",
            (
                updates,
                tenant_id,
                link_user_id,
                member_id,
            ),
            call_options,
        )

    def update_user_pool_tenant_config(
        self,
        update: UpdateLoginConfig | Mapping[str, Any],
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/update-userpool-tenant-config`` -> ``IsSuccessDto``.

        Official python name, Node ``updateUserPoolTenantConfig``; area ``tenants``.

        Parameters (name: wire name, location):
            update: ``update``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "update_user_pool_tenant_config",
            (update,),
            call_options,
        )

    def userpoll_tenant_config(
        self,
        **call_options: Unpack[CallOptions],
    ) -> UserPoolTenantConfigDto:
        """``GET /api/v3/userpool-tenant-config`` -> ``UserPoolTenantConfigDto``.

        Official python name, Node ``userpollTenantConfig``; area ``tenants``.
        """
        return self._run_method(  # type: ignore[no-any-return]
            "userpoll_tenant_config",
            (),
            call_options,
        )

    def userpool_tenant_config(
        self,
        **call_options: Unpack[CallOptions],
    ) -> UserPoolTenantConfigDto:
        """``GET /api/v3/userpool-tenant-config`` -> ``UserPoolTenantConfigDto``.

        Correctly spelled alias of ``userpoll_tenant_config`` (same endpoint).
        """
        return self._run_method(  # type: ignore[no-any-return]
            "userpool_tenant_config",
            (),
            call_options,
        )
