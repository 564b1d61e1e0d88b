# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Management API endpoints, area ``users`` (sync facade)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any, List, TYPE_CHECKING

from genauth_sync._portal import SyncClient as _SyncClient

if TYPE_CHECKING:
    from genauth_async._generated.clients import ManagementClient as _AsyncManagementClient  # noqa: F401
    from genauth_async._options import CallOptions, Unpack
    from genauth_async.types import JsonValue
    from genauth_async.models import (
        ArchivedUsersListPagingDto, CheckSessionStatusDataDto, CreateIdentityDto,
        CreateUserInfoDto, CreateUserOptionsDto, CreateUserOtpDto, CreateUserReqDtoGender,
        CreateUserReqDtoStatus, CustomFieldDto, DeleteCustomFieldDto, DeleteUsersBatchOptionsDto,
        GetCustomDataParamsTargetType, GetCustomFieldsParamsTargetType,
        GetUserBatchParamsUserIdType, GetUserEncryptPasswordBatchDataDto, GetUserParamsUserIdType,
        GetUserPasswordCiphertextDataDto, GetUserPasswordCiphertextDtoUserIdType, IsSuccessDto,
        IsUserExistsDto, KickUsersOptionsDto, ListArchivedUsersRespDto,
        ListCustFieldsParamsDataType, ListCustFieldsParamsTargetType, ListCustomFieldsDto,
        ListUserBaseFieldsParamsDataType, ListUserBaseFieldsParamsTargetType,
        ListUsersAdvancedFilterItemDto, ListUsersLegacyParamsStatus, ListUsersOptionsDto,
        ResignUserBatchReqDtoUserIdType, ResignUserDataDto, ResignUserReqDtoUserIdType,
        SetCustomDataDto, SetCustomDataReqDtoTargetType, SetCustomFieldDto, SetUserBaseFieldDto,
        UpdateUserBatchOptionsDto, UpdateUserInfoDto, UpdateUserOptionsDto, UpdateUserReqDtoGender,
        UpdateUserReqDtoStatus, UserDto, UserFieldDecryptReqItemDto, UserFieldDecryptRespItemDto,
        UserPagingDto,
    )


class UsersMixin(_SyncClient["_AsyncManagementClient"]):
    """Management API, area ``users``: 27 endpoints."""

    def check_session_status(
        self,
        app_id: str,
        user_id: str,
        **call_options: Unpack[CallOptions],
    ) -> CheckSessionStatusDataDto:
        """``POST /api/v3/check-session-status`` -> ``CheckSessionStatusDataDto``.

        Official python name, Node ``checkSessionStatus``; area ``users``.

        Parameters (name: wire name, location):
            app_id: ``appId``, json, required
            user_id: ``userId``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "check_session_status",
            (
                app_id,
                user_id,
            ),
            call_options,
        )

    def create_user(
        self,
        status: CreateUserReqDtoStatus | str | None = None,
        email: str | None = None,
        phone: str | None = None,
        phone_country_code: str | None = None,
        username: str | None = None,
        external_id: str | None = None,
        name: str | None = None,
        nickname: str | None = None,
        photo: str | None = None,
        gender: CreateUserReqDtoGender | str | None = None,
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
        tenant_ids: List[str] | None = None,
        otp: CreateUserOtpDto | Mapping[str, Any] | None = None,
        custom_data: Any = None,
        metadata_source: Any = None,
        identities: List[CreateIdentityDto | Mapping[str, Any]] | None = None,
        identity_number: str | None = None,
        options: CreateUserOptionsDto | Mapping[str, Any] | None = None,
        *,
        department_ids: List[str] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> UserDto:
        """``POST /api/v3/create-user`` -> ``UserDto``.

        Official python name, Node ``createUser``; area ``users``.

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
            tenant_ids: ``tenantIds``, json
            otp: ``otp``, json
            custom_data: ``customData``, json
            metadata_source: ``metadataSource``, json
            identities: ``identities``, json
            identity_number: ``identityNumber``, json
            options: ``options``, json
            department_ids: ``departmentIds``, json, keyword-only (Node SDK field)
        """
        return self._run_method(  # type: ignore[no-any-return]
            "create_user",
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
                tenant_ids,
                otp,
                custom_data,
                metadata_source,
                identities,
                identity_number,
                options,
            ),
            {
                "department_ids": department_ids,
                **call_options,
            },
        )

    def create_users_batch(
        self,
        list: List[CreateUserInfoDto | Mapping[str, Any]],
        options: CreateUserOptionsDto | Mapping[str, Any] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> List[UserDto]:
        """``POST /api/v3/create-users-batch`` -> ``list[UserDto]``.

        Official python name, Node ``createUsersBatch``; area ``users``.

        Parameters (name: wire name, location):
            list: ``list``, json, required
            options: ``options``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "create_users_batch",
            (
                list,
                options,
            ),
            call_options,
        )

    def delete_custom_fields(
        self,
        tenant_id: str,
        list: List[DeleteCustomFieldDto | Mapping[str, Any]],
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/delete-custom-fields`` -> ``IsSuccessDto``.

        Official python name, Node ``deleteCustomFields``; area ``users``.

        Parameters (name: wire name, location):
            tenant_id: ``tenantId``, json, required
            list: ``list``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "delete_custom_fields",
            (
                tenant_id,
                list,
            ),
            call_options,
        )

    def delete_users_batch(
        self,
        user_ids: List[str],
        options: DeleteUsersBatchOptionsDto | Mapping[str, Any] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/delete-users-batch`` -> ``IsSuccessDto``.

        Official python name, Node ``deleteUsersBatch``; area ``users``.

        Parameters (name: wire name, location):
            user_ids: ``userIds``, json, required
            options: ``options``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "delete_users_batch",
            (
                user_ids,
                options,
            ),
            call_options,
        )

    def get_custom_data(
        self,
        tenant_id: str,
        target_type: GetCustomDataParamsTargetType | str,
        target_identifier: str,
        namespace: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> JsonValue:
        """``GET /api/v3/get-custom-data`` -> ``JsonValue``.

        Official python name, Node ``getCustomData``; area ``users``.

        Parameters (name: wire name, location):
            tenant_id: ``tenantId``, query, required
            target_type: ``targetType``, query, required
            target_identifier: ``targetIdentifier``, query, required
            namespace: ``namespace``, query
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_custom_data",
            (
                tenant_id,
                target_type,
                target_identifier,
                namespace,
            ),
            call_options,
        )

    def get_custom_fields(
        self,
        target_type: GetCustomFieldsParamsTargetType | str,
        tenant_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> List[CustomFieldDto]:
        """``GET /api/v3/get-custom-fields`` -> ``list[CustomFieldDto]``.

        Official python name, Node ``getCustomFields``; area ``users``.

        Parameters (name: wire name, location):
            target_type: ``targetType``, query, required
            tenant_id: ``tenantId``, query
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_custom_fields",
            (
                target_type,
                tenant_id,
            ),
            call_options,
        )

    def get_user(
        self,
        user_id: str,
        user_id_type: GetUserParamsUserIdType | str | None = None,
        flat_custom_data: bool | None = None,
        with_custom_data: bool | None = None,
        with_post: bool | None = None,
        with_identities: bool | None = None,
        *,
        with_department_ids: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> UserDto:
        """``GET /api/v3/get-user`` -> ``UserDto``.

        Official python name, Node ``getUser``; area ``users``.

        Parameters (name: wire name, location):
            user_id: ``userId``, query, required
            user_id_type: ``userIdType``, query
            flat_custom_data: ``flatCustomData``, query
            with_custom_data: ``withCustomData``, query
            with_post: ``withPost``, query
            with_identities: ``withIdentities``, query
            with_department_ids: ``withDepartmentIds``, query, keyword-only (Node SDK field)
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_user",
            (
                user_id,
                user_id_type,
                flat_custom_data,
                with_custom_data,
                with_post,
                with_identities,
            ),
            {
                "with_department_ids": with_department_ids,
                **call_options,
            },
        )

    def get_user_base_fields(
        self,
        **call_options: Unpack[CallOptions],
    ) -> List[CustomFieldDto]:
        """``GET /api/v3/get-user-base-fields`` -> ``list[CustomFieldDto]``.

        Official python name, Node ``getUserBaseFields``; area ``users``.
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_user_base_fields",
            (),
            call_options,
        )

    def get_user_batch(
        self,
        user_ids: Sequence[str] | str,
        user_id_type: GetUserBatchParamsUserIdType | str | None = None,
        with_custom_data: bool | None = None,
        flat_custom_data: bool | None = None,
        with_identities: bool | None = None,
        *,
        with_department_ids: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> List[UserDto]:
        """``GET /api/v3/get-user-batch`` -> ``list[UserDto]``.

        Official python name, Node ``getUserBatch``; area ``users``.

        Parameters (name: wire name, location):
            user_ids: ``userIds``, query, required
            user_id_type: ``userIdType``, query
            with_custom_data: ``withCustomData``, query
            flat_custom_data: ``flatCustomData``, query
            with_identities: ``withIdentities``, query
            with_department_ids: ``withDepartmentIds``, query, keyword-only (Node SDK field)
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_user_batch",
            (
                user_ids,
                user_id_type,
                with_custom_data,
                flat_custom_data,
                with_identities,
            ),
            {
                "with_department_ids": with_department_ids,
                **call_options,
            },
        )

    def get_user_encrypt_password_batch(
        self,
        user_ids: List[str],
        **call_options: Unpack[CallOptions],
    ) -> GetUserEncryptPasswordBatchDataDto:
        """``POST /api/v3/batch-get-user-encrypt-password`` -> ``GetUserEncryptPasswordBatchDataDto``.

        Node-only endpoint, Node ``getUserEncryptPasswordBatch``; area ``users``.

        Parameters (name: wire name, location):
            user_ids: ``userIds``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_user_encrypt_password_batch",
            (user_ids,),
            call_options,
        )

    def get_user_password_ciphertext(
        self,
        user_id: str,
        user_id_type: GetUserPasswordCiphertextDtoUserIdType | str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> GetUserPasswordCiphertextDataDto:
        """``POST /api/v3/get-user-password-ciphertext`` -> ``GetUserPasswordCiphertextDataDto``.

        Official python name, Node ``getUserPasswordCiphertext``; area ``users``.

        Parameters (name: wire name, location):
            user_id: ``userId``, json, required
            user_id_type: ``userIdType``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_user_password_ciphertext",
            (
                user_id,
                user_id_type,
            ),
            call_options,
        )

    def is_user_exists(
        self,
        username: str | None = None,
        email: str | None = None,
        phone: str | None = None,
        external_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> IsUserExistsDto:
        """``POST /api/v3/is-user-exists`` -> ``IsUserExistsDto``.

        Official python name, Node ``isUserExists``; area ``users``.

        Parameters (name: wire name, location):
            username: ``username``, json
            email: ``email``, json
            phone: ``phone``, json
            external_id: ``externalId``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "is_user_exists",
            (
                username,
                email,
                phone,
                external_id,
            ),
            call_options,
        )

    def kick_users(
        self,
        app_ids: List[str],
        user_id: str,
        options: KickUsersOptionsDto | Mapping[str, Any] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/kick-users`` -> ``IsSuccessDto``.

        Official python name, Node ``kickUsers``; area ``users``.

        Parameters (name: wire name, location):
            app_ids: ``appIds``, json, required
            user_id: ``userId``, json, required
            options: ``options``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "kick_users",
            (
                app_ids,
                user_id,
                options,
            ),
            call_options,
        )

    def list_archived_users(
        self,
        page: int | None = None,
        limit: int | None = None,
        start_at: int | None = None,
        **call_options: Unpack[CallOptions],
    ) -> ArchivedUsersListPagingDto:
        """``GET /api/v3/list-archived-users`` -> ``ArchivedUsersListPagingDto``.

        Official python name, Node ``listArchivedUsers``; area ``users``.

        Parameters (name: wire name, location):
            page: ``page``, query
            limit: ``limit``, query
            start_at: ``startAt``, query
        """
        return self._run_method(  # type: ignore[no-any-return]
            "list_archived_users",
            (
                page,
                limit,
                start_at,
            ),
            call_options,
        )

    def iter_list_archived_users(
        self,
        limit: int | None = None,
        start_at: int | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Iterator[ListArchivedUsersRespDto]:
        """Every item of ``list_archived_users``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_list_archived_users",
            (
                limit,
                start_at,
            ),
            call_options,
        )

    def list_cust_fields(
        self,
        target_type: ListCustFieldsParamsTargetType | str,
        data_type: ListCustFieldsParamsDataType | str,
        tenant_id: str | None = None,
        page: int | None = None,
        limit: int | None = None,
        user_visible: bool | None = None,
        admin_visible: bool | None = None,
        access_control: bool | None = None,
        keyword: str | None = None,
        lang: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> ListCustomFieldsDto:
        """``GET /api/v3/list-custom-fields`` -> ``ListCustomFieldsDto``.

        Official python name, Node ``listCustFields``; area ``users``.

        Parameters (name: wire name, location):
            target_type: ``targetType``, query, required
            data_type: ``dataType``, query, required
            tenant_id: ``tenantId``, query
            page: ``page``, query
            limit: ``limit``, query
            user_visible: ``userVisible``, query
            admin_visible: ``adminVisible``, query
            access_control: ``accessControl``, query
            keyword: ``keyword``, query
            lang: ``lang``, query
        """
        return self._run_method(  # type: ignore[no-any-return]
            "list_cust_fields",
            (
                target_type,
                data_type,
                tenant_id,
                page,
                limit,
                user_visible,
                admin_visible,
                access_control,
                keyword,
                lang,
            ),
            call_options,
        )

    def list_user_base_fields(
        self,
        target_type: ListUserBaseFieldsParamsTargetType | str,
        data_type: ListUserBaseFieldsParamsDataType | str,
        tenant_id: str | None = None,
        page: int | None = None,
        limit: int | None = None,
        user_visible: bool | None = None,
        admin_visible: bool | None = None,
        access_control: bool | None = None,
        keyword: str | None = None,
        lang: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> ListCustomFieldsDto:
        """``GET /api/v3/list-user-base-fields`` -> ``ListCustomFieldsDto``.

        Official python name, Node ``listUserBaseFields``; area ``users``.

        Parameters (name: wire name, location):
            target_type: ``targetType``, query, required
            data_type: ``dataType``, query, required
            tenant_id: ``tenantId``, query
            page: ``page``, query
            limit: ``limit``, query
            user_visible: ``userVisible``, query
            admin_visible: ``adminVisible``, query
            access_control: ``accessControl``, query
            keyword: ``keyword``, query
            lang: ``lang``, query
        """
        return self._run_method(  # type: ignore[no-any-return]
            "list_user_base_fields",
            (
                target_type,
                data_type,
                tenant_id,
                page,
                limit,
                user_visible,
                admin_visible,
                access_control,
                keyword,
                lang,
            ),
            call_options,
        )

    def list_users(
        self,
        keywords: str | None = None,
        advanced_filter: List[ListUsersAdvancedFilterItemDto | Mapping[str, Any]] | None = None,
        search_query: Any = None,
        options: ListUsersOptionsDto | Mapping[str, Any] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> UserPagingDto:
        """``POST /api/v3/list-users`` -> ``UserPagingDto``.

        Official python name, Node ``listUsers``; area ``users``.

        Parameters (name: wire name, location):
            keywords: ``keywords``, json
            advanced_filter: ``advancedFilter``, json
            search_query: ``searchQuery``, json
            options: ``options``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "list_users",
            (
                keywords,
                advanced_filter,
                search_query,
                options,
            ),
            call_options,
        )

    def iter_list_users(
        self,
        keywords: str | None = None,
        advanced_filter: List[ListUsersAdvancedFilterItemDto | Mapping[str, Any]] | None = None,
        search_query: Any = None,
        options: ListUsersOptionsDto | Mapping[str, Any] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Iterator[UserDto]:
        """Every item of ``list_users``, fetched page by page (an iterator).

        Same parameters; the page number is set in ``options.pagination.page``. Yields the items of
        ``list``; stops after ``totalCount`` items, at an empty page, or at a page shorter than the
        limit (the first page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_list_users",
            (
                keywords,
                advanced_filter,
                search_query,
                options,
            ),
            call_options,
        )

    def list_users_legacy(
        self,
        page: int | None = None,
        limit: int | None = None,
        status: ListUsersLegacyParamsStatus | str | None = None,
        updated_at_start: int | None = None,
        updated_at_end: int | None = None,
        with_custom_data: bool | None = None,
        with_post: bool | None = None,
        with_identities: bool | None = None,
        *,
        with_department_ids: bool | None = None,
        with_user_password_expire_time: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> UserPagingDto:
        """``GET /api/v3/list-users`` -> ``UserPagingDto``.

        Official python name, Node ``listUsersLegacy``; area ``users``.

        Parameters (name: wire name, location):
            page: ``page``, query
            limit: ``limit``, query
            status: ``status``, query
            updated_at_start: ``updatedAtStart``, query
            updated_at_end: ``updatedAtEnd``, query
            with_custom_data: ``withCustomData``, query
            with_post: ``withPost``, query
            with_identities: ``withIdentities``, query
            with_department_ids: ``withDepartmentIds``, query, keyword-only (Node SDK field)
            with_user_password_expire_time: ``withUserPasswordExpireTime``, query, keyword-only (Node SDK field)
        """
        return self._run_method(  # type: ignore[no-any-return]
            "list_users_legacy",
            (
                page,
                limit,
                status,
                updated_at_start,
                updated_at_end,
                with_custom_data,
                with_post,
                with_identities,
            ),
            {
                "with_department_ids": with_department_ids,
                "with_user_password_expire_time": with_user_password_expire_time,
                **call_options,
            },
        )

    def iter_list_users_legacy(
        self,
        limit: int | None = None,
        status: ListUsersLegacyParamsStatus | str | None = None,
        updated_at_start: int | None = None,
        updated_at_end: int | None = None,
        with_custom_data: bool | None = None,
        with_post: bool | None = None,
        with_identities: bool | None = None,
        *,
        with_department_ids: bool | None = None,
        with_user_password_expire_time: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Iterator[UserDto]:
        """Every item of ``list_users_legacy``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_list_users_legacy",
            (
                limit,
                status,
                updated_at_start,
                updated_at_end,
                with_custom_data,
                with_post,
                with_identities,
            ),
            {
                "with_department_ids": with_department_ids,
                "with_user_password_expire_time": with_user_password_expire_time,
                **call_options,
            },
        )

    def resign_user(
        self,
        user_id: str,
        user_id_type: ResignUserReqDtoUserIdType | str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> ResignUserDataDto:
        """``POST /api/v3/resign-user`` -> ``ResignUserDataDto``.

        Official python name, Node ``resignUser``; area ``users``.

        Parameters (name: wire name, location):
            user_id: ``userId``, json, required
            user_id_type: ``userIdType``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "resign_user",
            (
                user_id,
                user_id_type,
            ),
            call_options,
        )

    def resign_user_batch(
        self,
        user_ids: List[str],
        user_id_type: ResignUserBatchReqDtoUserIdType | str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> ResignUserDataDto:
        """``POST /api/v3/resign-user-batch`` -> ``ResignUserDataDto``.

        Official python name, Node ``resignUserBatch``; area ``users``.

        Parameters (name: wire name, location):
            user_ids: ``userIds``, json, required
            user_id_type: ``userIdType``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "resign_user_batch",
            (
                user_ids,
                user_id_type,
            ),
            call_options,
        )

    def set_custom_data(
        self,
        list: List[SetCustomDataDto | Mapping[str, Any]],
        target_identifier: str,
        target_type: SetCustomDataReqDtoTargetType | str,
        tenant_id: str | None = None,
        namespace: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/set-custom-data`` -> ``IsSuccessDto``.

        Official python name, Node ``setCustomData``; area ``users``.

        Parameters (name: wire name, location):
            list: ``list``, json, required
            target_identifier: ``targetIdentifier``, json, required
            target_type: ``targetType``, json, required
            tenant_id: ``tenantId``, json
            namespace: ``namespace``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "set_custom_data",
            (
                list,
                target_identifier,
                target_type,
                tenant_id,
                namespace,
            ),
            call_options,
        )

    def set_custom_fields(
        self,
        list: List[SetCustomFieldDto | Mapping[str, Any]],
        tenant_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> List[CustomFieldDto]:
        """``POST /api/v3/set-custom-fields`` -> ``list[CustomFieldDto]``.

        Official python name, Node ``setCustomFields``; area ``users``.

        Parameters (name: wire name, location):
            list: ``list``, json, required
            tenant_id: ``tenantId``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "set_custom_fields",
            (
                list,
                tenant_id,
            ),
            call_options,
        )

    def set_user_base_fields(
        self,
        list: List[SetUserBaseFieldDto | Mapping[str, Any]],
        **call_options: Unpack[CallOptions],
    ) -> List[CustomFieldDto]:
        """``POST /api/v3/set-user-base-fields`` -> ``list[CustomFieldDto]``.

        Official python name, Node ``setUserBaseFields``; area ``users``.

        Parameters (name: wire name, location):
            list: ``list``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "set_user_base_fields",
            (list,),
            call_options,
        )

    def update_user(
        self,
        user_id: str,
        phone_country_code: str | None = None,
        name: str | None = None,
        nickname: str | None = None,
        photo: str | None = None,
        external_id: str | None = None,
        status: UpdateUserReqDtoStatus | str | None = None,
        email_verified: bool | None = None,
        phone_verified: bool | None = None,
        birthdate: str | None = None,
        country: str | None = None,
        province: str | None = None,
        city: str | None = None,
        address: str | None = None,
        street_address: str | None = None,
        postal_code: str | None = None,
        gender: UpdateUserReqDtoGender | str | None = None,
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
        options: UpdateUserOptionsDto | Mapping[str, Any] | None = None,
        *,
        metadata: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> UserDto:
        """``POST /api/v3/update-user`` -> ``UserDto``.

        Official python name, Node ``updateUser``; area ``users``.

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
            metadata: ``metadata``, json, keyword-only (Node SDK field)
        """
        return self._run_method(  # type: ignore[no-any-return]
            "update_user",
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
            {
                "metadata": metadata,
                **call_options,
            },
        )

    def update_user_batch(
        self,
        list: List[UpdateUserInfoDto | Mapping[str, Any]],
        options: UpdateUserBatchOptionsDto | Mapping[str, Any] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> List[UserDto]:
        """``POST /api/v3/update-user-batch`` -> ``list[UserDto]``.

        Official python name, Node ``updateUserBatch``; area ``users``.

        Parameters (name: wire name, location):
            list: ``list``, json, required
            options: ``options``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "update_user_batch",
            (
                list,
                options,
            ),
            call_options,
        )

    def user_field_decrypt(
        self,
        data: List[UserFieldDecryptReqItemDto | Mapping[str, Any]],
        private_key: str,
        **call_options: Unpack[CallOptions],
    ) -> List[UserFieldDecryptRespItemDto]:
        """``POST /api/v3/users/field/decrypt`` -> ``list[UserFieldDecryptRespItemDto]``.

        Official python name, Node ``userFieldDecrypt``; area ``users``.

        Parameters (name: wire name, location):
            data: ``data``, json, required
            private_key: ``privateKey``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "user_field_decrypt",
            (
                data,
                private_key,
            ),
            call_options,
        )
