# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Management API endpoints, area ``public_accounts`` (sync facade)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any, List, TYPE_CHECKING

from genauth_sync._portal import SyncClient as _SyncClient

if TYPE_CHECKING:
    from genauth_async._generated.clients import ManagementClient as _AsyncManagementClient  # noqa: F401
    from genauth_async._options import CallOptions, Unpack
    from genauth_async.models import (
        CreatePostDto, CreatePublicAccountOptionsDto, CreatePublicAccountOtpDto,
        CreatePublicAccountReqDto, CreatePublicAccountReqDtoGender,
        CreatePublicAccountReqDtoStatus, DeletePublicAccountsBatchOptionsDto,
        GetGroupsOfPublicAccountParamsUserIdType, GetPublicAccountBatchParamsUserIdType,
        GetPublicAccountDepartmentsParamsOrderBy, GetPublicAccountDepartmentsParamsSortBy,
        GetPublicAccountDepartmentsParamsUserIdType, GetPublicAccountParamsUserIdType,
        GetPublicAccountRolesParamsUserIdType, GroupPagingDto, IsSuccessDto,
        KickPublicAccountsOptionsDto, ListPublicAccountsAdvancedFilterItemDto,
        ListPublicAccountsOptionsDto, PublicAccountDto, PublicAccountPagingDto,
        ResignUserBatchReqDtoUserIdType, ResignUserDataDto, SetUserDepartmentDto,
        SetUserDepartmentsOptionsDto, UpdatePublicAccountBatchOptionsDto,
        UpdatePublicAccountInfoDto, UpdatePublicAccountOptionsDto, UpdatePublicAccountReqDtoGender,
        UpdatePublicAccountReqDtoStatus, UserDepartmentPagingDto, UserDepartmentRespDto,
    )


class PublicAccountsMixin(_SyncClient["_AsyncManagementClient"]):
    """Management API, area ``public_accounts``: 29 endpoints."""

    def bind_public_account_of_roles(
        self,
        role_ids: List[str],
        user_id: str,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/set-public-account-of-roles`` -> ``IsSuccessDto``.

        Official python name, Node ``bindPublicAccountOfRoles``; area ``public_accounts``.

        Parameters (name: wire name, location):
            role_ids: ``roleIds``, json, required
            user_id: ``userId``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "bind_public_account_of_roles",
            (
                role_ids,
                user_id,
            ),
            call_options,
        )

    def bind_users_public_account(
        self,
        public_account_id: str,
        user_ids: List[str],
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/set-public-account-of-users`` -> ``IsSuccessDto``.

        Official python name, Node ``bindUsersPublicAccount``; area ``public_accounts``.

        Parameters (name: wire name, location):
            public_account_id: ``publicAccountId``, json, required
            user_ids: ``userIds``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "bind_users_public_account",
            (
                public_account_id,
                user_ids,
            ),
            call_options,
        )

    def change_into_public_account(
        self,
        user_id: str,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/transfer-into-public-account`` -> ``IsSuccessDto``.

        Official python name, Node ``changeIntoPublicAccount``; area ``public_accounts``.

        Parameters (name: wire name, location):
            user_id: ``userId``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "change_into_public_account",
            (user_id,),
            call_options,
        )

    def create_public_account(
        self,
        status: CreatePublicAccountReqDtoStatus | str | None = None,
        email: str | None = None,
        phone: str | None = None,
        phone_country_code: str | None = None,
        username: str | None = None,
        external_id: str | None = None,
        name: str | None = None,
        nickname: str | None = None,
        photo: str | None = None,
        gender: CreatePublicAccountReqDtoGender | str | None = None,
        email_verified: bool | None = None,
        phone_verified: bool | None = None,
        birthdate: str | None = None,
        country: str | None = None,
        province: str | None = None,
        city: str | None = None,
        address: str | None = None,
        street_address: str | None = None,
        postal_code: str | None = None,
        company: str | None = None,
        browser: str | None = None,
        device: str | None = None,
        given_name: str | None = None,
        family_name: str | None = None,
        middle_name: str | None = None,
        profile: str | None = None,
        preferred_username: str | None = None,
        website: str | None = None,
        zoneinfo: str | None = None,
        locale: str | None = None,
        formatted: str | None = None,
        region: str | None = None,
        password: str | None = None,
        salt: str | None = None,
        otp: CreatePublicAccountOtpDto | Mapping[str, Any] | None = None,
        custom_data: Any = None,
        identity_number: str | None = None,
        options: CreatePublicAccountOptionsDto | Mapping[str, Any] | None = None,
        *,
        department_ids: List[str] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> PublicAccountDto:
        """``POST /api/v3/create-public-account`` -> ``PublicAccountDto``.

        Official python name, Node ``createPublicAccount``; area ``public_accounts``.

        Parameters (name: wire name, location):
            status: ``status``, json
            email: ``email``, json
            phone: ``phone``, json
            phone_country_code: ``phoneCountryCode``, json
            username: ``username``, json
            external_id: ``externalId``, json
            name: ``name``, json
            nickname: ``nickname``, json
            photo: ``photo``, json
            gender: ``gender``, json
            email_verified: ``emailVerified``, json
            phone_verified: ``phoneVerified``, json
            birthdate: ``birthdate``, json
            country: ``country``, json
            province: ``province``, json
            city: ``city``, json
            address: ``address``, json
            street_address: ``streetAddress``, json
            postal_code: ``postalCode``, json
            company: ``company``, json
            browser: ``browser``, json
            device: ``device``, json
            given_name: ``givenName``, json
            family_name: ``familyName``, json
            middle_name: ``middleName``, json
            profile: ``profile``, json
            preferred_username: ``preferredUsername``, json
            website: ``website``, json
            zoneinfo: ``zoneinfo``, json
            locale: ``locale``, json
            formatted: ``formatted``, json
            region: ``region``, json
            password: ``password``, json
            salt: ``salt``, json
            otp: ``otp``, json
            custom_data: ``customData``, json
            identity_number: ``identityNumber``, json
            options: ``options``, json
            department_ids: ``departmentIds``, json, keyword-only (Node SDK field)
        """
        return self._run_method(  # type: ignore[no-any-return]
            "create_public_account",
            (
                status,
                email,
                phone,
                phone_country_code,
                username,
                external_id,
                name,
                nickname,
                photo,
                gender,
                email_verified,
                phone_verified,
                birthdate,
                country,
                province,
                city,
                address,
                street_address,
                postal_code,
                company,
                browser,
                device,
                given_name,
                family_name,
                middle_name,
                profile,
                preferred_username,
                website,
                zoneinfo,
                locale,
                formatted,
                region,
                password,
                salt,
                otp,
                custom_data,
                identity_number,
                options,
            ),
            {
                "department_ids": department_ids,
                **call_options,
            },
        )

    def create_public_accounts_batch(
        self,
        list: List[CreatePublicAccountReqDto | Mapping[str, Any]],
        options: CreatePublicAccountOptionsDto | Mapping[str, Any] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> List[PublicAccountDto]:
        """``POST /api/v3/create-public-accounts-batch`` -> ``list[PublicAccountDto]``.

        Official python name, Node ``createPublicAccountsBatch``; area ``public_accounts``.

        Parameters (name: wire name, location):
            list: ``list``, json, required
            options: ``options``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "create_public_accounts_batch",
            (
                list,
                options,
            ),
            call_options,
        )

    def delete_public_accounts_batch(
        self,
        user_ids: List[str],
        options: DeletePublicAccountsBatchOptionsDto | Mapping[str, Any] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/delete-public-accounts-batch`` -> ``IsSuccessDto``.

        Official python name, Node ``deletePublicAccountsBatch``; area ``public_accounts``.

        Parameters (name: wire name, location):
            user_ids: ``userIds``, json, required
            options: ``options``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "delete_public_accounts_batch",
            (
                user_ids,
                options,
            ),
            call_options,
        )

    def get_groups_of_public_account(
        self,
        user_id: str,
        user_id_type: GetGroupsOfPublicAccountParamsUserIdType | str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> GroupPagingDto:
        """``GET /api/v3/get-groups-of-public-account`` -> ``GroupPagingDto``.

        Official python name, Node ``getGroupsOfPublicAccount``; area ``public_accounts``.

        Parameters (name: wire name, location):
            user_id: ``userId``, query, required
            user_id_type: ``userIdType``, query
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_groups_of_public_account",
            (
                user_id,
                user_id_type,
            ),
            call_options,
        )

    def get_post_of_public_user(
        self,
        user_id: str,
        **call_options: Unpack[CallOptions],
    ) -> CreatePostDto:
        """``GET /api/v3/get-post-of-public-account`` -> ``CreatePostDto``.

        Node-only endpoint, Node ``getPostOfPublicUser``; area ``public_accounts``.

        Parameters (name: wire name, location):
            user_id: ``userId``, query, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_post_of_public_user",
            (user_id,),
            call_options,
        )

    def get_public_account(
        self,
        user_id: str,
        user_id_type: GetPublicAccountParamsUserIdType | str | None = None,
        with_custom_data: bool | None = None,
        *,
        with_department_ids: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> PublicAccountDto:
        """``GET /api/v3/get-public-account`` -> ``PublicAccountDto``.

        Official python name, Node ``getPublicAccount``; area ``public_accounts``.

        Parameters (name: wire name, location):
            user_id: ``userId``, query, required
            user_id_type: ``userIdType``, query
            with_custom_data: ``withCustomData``, query
            with_department_ids: ``withDepartmentIds``, query, keyword-only (Node SDK field)
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_public_account",
            (
                user_id,
                user_id_type,
                with_custom_data,
            ),
            {
                "with_department_ids": with_department_ids,
                **call_options,
            },
        )

    def get_public_account_batch(
        self,
        user_ids: Sequence[str] | str,
        user_id_type: GetPublicAccountBatchParamsUserIdType | str | None = None,
        with_custom_data: bool | None = None,
        *,
        with_department_ids: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> List[PublicAccountDto]:
        """``GET /api/v3/get-public-account-batch`` -> ``list[PublicAccountDto]``.

        Official python name, Node ``getPublicAccountBatch``; area ``public_accounts``.

        Parameters (name: wire name, location):
            user_ids: ``userIds``, query, required
            user_id_type: ``userIdType``, query
            with_custom_data: ``withCustomData``, query
            with_department_ids: ``withDepartmentIds``, query, keyword-only (Node SDK field)
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_public_account_batch",
            (
                user_ids,
                user_id_type,
                with_custom_data,
            ),
            {
                "with_department_ids": with_department_ids,
                **call_options,
            },
        )

    def get_public_account_departments(
        self,
        user_id: str,
        user_id_type: GetPublicAccountDepartmentsParamsUserIdType | str | None = None,
        page: int | None = None,
        limit: int | None = None,
        with_custom_data: bool | None = None,
        with_department_paths: bool | None = None,
        sort_by: GetPublicAccountDepartmentsParamsSortBy | str | None = None,
        order_by: GetPublicAccountDepartmentsParamsOrderBy | str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> UserDepartmentPagingDto:
        """``GET /api/v3/get-departments-of-public-account`` -> ``UserDepartmentPagingDto``.

        Node-only endpoint, Node ``getPublicAccountDepartments``; area ``public_accounts``.

        Parameters (name: wire name, location):
            user_id: ``userId``, query, required
            user_id_type: ``userIdType``, query
            page: ``page``, query
            limit: ``limit``, query
            with_custom_data: ``withCustomData``, query
            with_department_paths: ``withDepartmentPaths``, query
            sort_by: ``sortBy``, query
            order_by: ``orderBy``, query
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_public_account_departments",
            (
                user_id,
                user_id_type,
                page,
                limit,
                with_custom_data,
                with_department_paths,
                sort_by,
                order_by,
            ),
            call_options,
        )

    def iter_get_public_account_departments(
        self,
        user_id: str,
        user_id_type: GetPublicAccountDepartmentsParamsUserIdType | str | None = None,
        limit: int | None = None,
        with_custom_data: bool | None = None,
        with_department_paths: bool | None = None,
        sort_by: GetPublicAccountDepartmentsParamsSortBy | str | None = None,
        order_by: GetPublicAccountDepartmentsParamsOrderBy | str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Iterator[UserDepartmentRespDto]:
        """Every item of ``get_public_account_departments``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_get_public_account_departments",
            (
                user_id,
                user_id_type,
                limit,
                with_custom_data,
                with_department_paths,
                sort_by,
                order_by,
            ),
            call_options,
        )

    def get_public_account_of_groups(
        self,
        group_ids: List[str],
        user_id: str,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/set-public-account-of-groups`` -> ``IsSuccessDto``.

        Official python name, Node ``getPublicAccountOfGroups``; area ``public_accounts``.

        Parameters (name: wire name, location):
            group_ids: ``groupIds``, json, required
            user_id: ``userId``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_public_account_of_groups",
            (
                group_ids,
                user_id,
            ),
            call_options,
        )

    def get_public_account_roles(
        self,
        user_id: str,
        user_id_type: GetPublicAccountRolesParamsUserIdType | str | None = None,
        namespace: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> PublicAccountPagingDto:
        """``GET /api/v3/get-roles-of-public-account`` -> ``PublicAccountPagingDto``.

        Official python name, Node ``getPublicAccountRoles``; area ``public_accounts``.

        Parameters (name: wire name, location):
            user_id: ``userId``, query, required
            user_id_type: ``userIdType``, query
            namespace: ``namespace``, query
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_public_account_roles",
            (
                user_id,
                user_id_type,
                namespace,
            ),
            call_options,
        )

    def get_public_accounts_of_department(
        self,
        department_id: str,
        **call_options: Unpack[CallOptions],
    ) -> PublicAccountPagingDto:
        """``GET /api/v3/get-public-accounts-of-department`` -> ``PublicAccountPagingDto``.

        Node-only endpoint, Node ``getPublicAccountsOfDepartment``; area ``public_accounts``.

        Parameters (name: wire name, location):
            department_id: ``departmentId``, query, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_public_accounts_of_department",
            (department_id,),
            call_options,
        )

    def get_public_accounts_of_group(
        self,
        group_id: str,
        **call_options: Unpack[CallOptions],
    ) -> PublicAccountPagingDto:
        """``GET /api/v3/get-public-accounts-of-group`` -> ``PublicAccountPagingDto``.

        Official python name, Node ``getPublicAccountsOfGroup``; area ``public_accounts``.

        Parameters (name: wire name, location):
            group_id: ``groupId``, query, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_public_accounts_of_group",
            (group_id,),
            call_options,
        )

    def get_public_accounts_of_post(
        self,
        post_id: str,
        **call_options: Unpack[CallOptions],
    ) -> PublicAccountPagingDto:
        """``GET /api/v3/get-public-accounts-of-post`` -> ``PublicAccountPagingDto``.

        Node-only endpoint, Node ``getPublicAccountsOfPost``; area ``public_accounts``.

        Parameters (name: wire name, location):
            post_id: ``postId``, query, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_public_accounts_of_post",
            (post_id,),
            call_options,
        )

    def get_public_accounts_of_role(
        self,
        role_id: str,
        **call_options: Unpack[CallOptions],
    ) -> PublicAccountPagingDto:
        """``GET /api/v3/get-public-accounts-of-role`` -> ``PublicAccountPagingDto``.

        Official python name, Node ``getPublicAccountsOfRole``; area ``public_accounts``.

        Parameters (name: wire name, location):
            role_id: ``roleId``, query, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_public_accounts_of_role",
            (role_id,),
            call_options,
        )

    def get_public_accounts_of_user(
        self,
        user_id: str,
        **call_options: Unpack[CallOptions],
    ) -> PublicAccountPagingDto:
        """``GET /api/v3/get-public-accounts-of-user`` -> ``PublicAccountPagingDto``.

        Official python name, Node ``getPublicAccountsOfUser``; area ``public_accounts``.

        Parameters (name: wire name, location):
            user_id: ``userId``, query, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_public_accounts_of_user",
            (user_id,),
            call_options,
        )

    def get_users_of_public_account(
        self,
        public_account_id: str,
        **call_options: Unpack[CallOptions],
    ) -> PublicAccountPagingDto:
        """``GET /api/v3/get-users-of-public-account`` -> ``PublicAccountPagingDto``.

        Official python name, Node ``getUsersOfPublicAccount``; area ``public_accounts``.

        Parameters (name: wire name, location):
            public_account_id: ``publicAccountId``, query, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_users_of_public_account",
            (public_account_id,),
            call_options,
        )

    def kick_public_accounts(
        self,
        app_ids: List[str],
        user_id: str,
        options: KickPublicAccountsOptionsDto | Mapping[str, Any] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/kick-public-accounts`` -> ``IsSuccessDto``.

        Official python name, Node ``kickPublicAccounts``; area ``public_accounts``.

        Parameters (name: wire name, location):
            app_ids: ``appIds``, json, required
            user_id: ``userId``, json, required
            options: ``options``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "kick_public_accounts",
            (
                app_ids,
                user_id,
                options,
            ),
            call_options,
        )

    def list_public_accounts(
        self,
        keywords: str | None = None,
        advanced_filter: List[ListPublicAccountsAdvancedFilterItemDto | Mapping[str, Any]] | None = None,
        search_query: Any = None,
        options: ListPublicAccountsOptionsDto | Mapping[str, Any] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> PublicAccountPagingDto:
        """``POST /api/v3/list-public-accounts`` -> ``PublicAccountPagingDto``.

        Official python name, Node ``listPublicAccounts``; area ``public_accounts``.

        Parameters (name: wire name, location):
            keywords: ``keywords``, json
            advanced_filter: ``advancedFilter``, json
            search_query: ``searchQuery``, json
            options: ``options``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "list_public_accounts",
            (
                keywords,
                advanced_filter,
                search_query,
                options,
            ),
            call_options,
        )

    def iter_list_public_accounts(
        self,
        keywords: str | None = None,
        advanced_filter: List[ListPublicAccountsAdvancedFilterItemDto | Mapping[str, Any]] | None = None,
        search_query: Any = None,
        options: ListPublicAccountsOptionsDto | Mapping[str, Any] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Iterator[PublicAccountDto]:
        """Every item of ``list_public_accounts``, fetched page by page (an iterator).

        Same parameters; the page number is set in ``options.pagination.page``. Yields the items of
        ``list``; stops after ``totalCount`` items, at an empty page, or at a page shorter than the
        limit (the first page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_list_public_accounts",
            (
                keywords,
                advanced_filter,
                search_query,
                options,
            ),
            call_options,
        )

    def resign_public_account_batch(
        self,
        user_ids: List[str],
        user_id_type: ResignUserBatchReqDtoUserIdType | str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> ResignUserDataDto:
        """``POST /api/v3/resign-public-account-batch`` -> ``ResignUserDataDto``.

        Node-only endpoint, Node ``resignPublicAccountBatch``; area ``public_accounts``.

        Parameters (name: wire name, location):
            user_ids: ``userIds``, json, required
            user_id_type: ``userIdType``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "resign_public_account_batch",
            (
                user_ids,
                user_id_type,
            ),
            call_options,
        )

    def set_public_account_of_departments(
        self,
        user_id: str,
        departments: List[SetUserDepartmentDto | Mapping[str, Any]],
        options: SetUserDepartmentsOptionsDto | Mapping[str, Any] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/set-public-account-of-departments`` -> ``IsSuccessDto``.

        Node-only endpoint, Node ``setPublicAccountOfDepartments``; area ``public_accounts``.

        Parameters (name: wire name, location):
            user_id: ``userId``, json, required
            departments: ``departments``, json, required
            options: ``options``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "set_public_account_of_departments",
            (
                user_id,
                departments,
                options,
            ),
            call_options,
        )

    def set_public_account_ofn_post(
        self,
        user_id: str,
        post_id: str,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/set-public-account-of-post`` -> ``IsSuccessDto``.

        Node-only endpoint, Node ``setPublicAccountOfnPost``; area ``public_accounts``.

        Parameters (name: wire name, location):
            user_id: ``userId``, json, required
            post_id: ``postId``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "set_public_account_ofn_post",
            (
                user_id,
                post_id,
            ),
            call_options,
        )

    def set_public_account_of_post(
        self,
        user_id: str,
        post_id: str,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/set-public-account-of-post`` -> ``IsSuccessDto``.

        Correctly spelled alias of ``set_public_account_ofn_post`` (same endpoint).

        Parameters (name: wire name, location):
            user_id: ``userId``, json, required
            post_id: ``postId``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "set_public_account_of_post",
            (
                user_id,
                post_id,
            ),
            call_options,
        )

    def setuser_of_public_account(
        self,
        user_id: str,
        public_account_ids: List[str],
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/set-user-of-public-accounts`` -> ``IsSuccessDto``.

        Official python name, Node ``setuserOfPublicAccount``; area ``public_accounts``.

        Parameters (name: wire name, location):
            user_id: ``userId``, json, required
            public_account_ids: ``publicAccountIds``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "setuser_of_public_account",
            (
                user_id,
                public_account_ids,
            ),
            call_options,
        )

    def set_user_of_public_account(
        self,
        user_id: str,
        public_account_ids: List[str],
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/set-user-of-public-accounts`` -> ``IsSuccessDto``.

        Correctly spelled alias of ``setuser_of_public_account`` (same endpoint).

        Parameters (name: wire name, location):
            user_id: ``userId``, json, required
            public_account_ids: ``publicAccountIds``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "set_user_of_public_account",
            (
                user_id,
                public_account_ids,
            ),
            call_options,
        )

    def unbind_public_account_of_post(
        self,
        user_id: str,
        post_id: str,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/unbind-public-account-of-post`` -> ``IsSuccessDto``.

        Node-only endpoint, Node ``unbindPublicAccountOfPost``; area ``public_accounts``.

        Parameters (name: wire name, location):
            user_id: ``userId``, json, required
            post_id: ``postId``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "unbind_public_account_of_post",
            (
                user_id,
                post_id,
            ),
            call_options,
        )

    def unbind_users_public_account(
        self,
        user_id: str,
        public_account_id: str,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/unbind-public-account-of-user`` -> ``IsSuccessDto``.

        Official python name, Node ``unbindUsersPublicAccount``; area ``public_accounts``.

        Parameters (name: wire name, location):
            user_id: ``userId``, json, required
            public_account_id: ``publicAccountId``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "unbind_users_public_account",
            (
                user_id,
                public_account_id,
            ),
            call_options,
        )

    def update_public_account(
        self,
        user_id: str,
        phone_country_code: str | None = None,
        name: str | None = None,
        nickname: str | None = None,
        photo: str | None = None,
        external_id: str | None = None,
        status: UpdatePublicAccountReqDtoStatus | str | None = None,
        email_verified: bool | None = None,
        phone_verified: bool | None = None,
        birthdate: str | None = None,
        country: str | None = None,
        province: str | None = None,
        city: str | None = None,
        address: str | None = None,
        street_address: str | None = None,
        postal_code: str | None = None,
        gender: UpdatePublicAccountReqDtoGender | str | None = None,
        username: str | None = None,
        email: str | None = None,
        phone: str | None = None,
        password: str | None = None,
        company: str | None = None,
        browser: str | None = None,
        device: str | None = None,
        given_name: str | None = None,
        family_name: str | None = None,
        middle_name: str | None = None,
        profile: str | None = None,
        preferred_username: str | None = None,
        website: str | None = None,
        zoneinfo: str | None = None,
        locale: str | None = None,
        formatted: str | None = None,
        region: str | None = None,
        identity_number: str | None = None,
        custom_data: Any = None,
        options: UpdatePublicAccountOptionsDto | Mapping[str, Any] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> PublicAccountDto:
        """``POST /api/v3/update-public-account`` -> ``PublicAccountDto``.

        Official python name, Node ``updatePublicAccount``; area ``public_accounts``.

        Parameters (name: wire name, location):
            user_id: ``userId``, json, required
            phone_country_code: ``phoneCountryCode``, json
            name: ``name``, json
            nickname: ``nickname``, json
            photo: ``photo``, json
            external_id: ``externalId``, json
            status: ``status``, json
            email_verified: ``emailVerified``, json
            phone_verified: ``phoneVerified``, json
            birthdate: ``birthdate``, json
            country: ``country``, json
            province: ``province``, json
            city: ``city``, json
            address: ``address``, json
            street_address: ``streetAddress``, json
            postal_code: ``postalCode``, json
            gender: ``gender``, json
            username: ``username``, json
            email: ``email``, json
            phone: ``phone``, json
            password: ``password``, json
            company: ``company``, json
            browser: ``browser``, json
            device: ``device``, json
            given_name: ``givenName``, json
            family_name: ``familyName``, json
            middle_name: ``middleName``, json
            profile: ``profile``, json
            preferred_username: ``preferredUsername``, json
            website: ``website``, json
            zoneinfo: ``zoneinfo``, json
            locale: ``locale``, json
            formatted: ``formatted``, json
            region: ``region``, json
            identity_number: ``identityNumber``, json
            custom_data: ``customData``, json
            options: ``options``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "update_public_account",
            (
                user_id,
                phone_country_code,
                name,
                nickname,
                photo,
                external_id,
                status,
                email_verified,
                phone_verified,
                birthdate,
                country,
                province,
                city,
                address,
                street_address,
                postal_code,
                gender,
                username,
                email,
                phone,
                password,
                company,
                browser,
                device,
                given_name,
                family_name,
                middle_name,
                profile,
                preferred_username,
                website,
                zoneinfo,
                locale,
                formatted,
                region,
                identity_number,
                custom_data,
                options,
            ),
            call_options,
        )

    def update_public_account_batch(
        self,
        list: List[UpdatePublicAccountInfoDto | Mapping[str, Any]],
        options: UpdatePublicAccountBatchOptionsDto | Mapping[str, Any] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> List[PublicAccountDto]:
        """``POST /api/v3/update-public-account-batch`` -> ``list[PublicAccountDto]``.

        Official python name, Node ``updatePublicAccountBatch``; area ``public_accounts``.

        Parameters (name: wire name, location):
            list: ``list``, json, required
            options: ``options``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "update_public_account_batch",
            (
                list,
                options,
            ),
            call_options,
        )
