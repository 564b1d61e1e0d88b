# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Management API endpoints, area ``public_accounts``."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping, Sequence
from typing import Any, List, TYPE_CHECKING

from genauth_async._endpoint import Endpoint, Param
from genauth_async._generated._caller import _Caller
from genauth_async._options import check_call_options as _check_call_options, request_options as _request_options
from genauth_async._pagination import paginate as _paginate, options_limit as _options_limit, with_page as _with_page

if TYPE_CHECKING:
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

_EP_BIND_PUBLIC_ACCOUNT_OF_ROLES = Endpoint(
    "bind_public_account_of_roles",
    "POST",
    "/api/v3/set-public-account-of-roles",
    (
        Param("role_ids", "roleIds", "json", True, "list", "str"),
        Param("user_id", "userId", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_BIND_USERS_PUBLIC_ACCOUNT = Endpoint(
    "bind_users_public_account",
    "POST",
    "/api/v3/set-public-account-of-users",
    (
        Param("public_account_id", "publicAccountId", "json", True, "str"),
        Param("user_ids", "userIds", "json", True, "list", "str"),
    ),
    idempotent=False,
)

_EP_CHANGE_INTO_PUBLIC_ACCOUNT = Endpoint(
    "change_into_public_account",
    "POST",
    "/api/v3/transfer-into-public-account",
    (
        Param("user_id", "userId", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_CREATE_PUBLIC_ACCOUNT = Endpoint(
    "create_public_account",
    "POST",
    "/api/v3/create-public-account",
    (
        Param("status", "status", "json", False, "str", "any", ("Suspended", "Resigned", "Activated", "Archived", "Deactivated")),
        Param("email", "email", "json", False, "str"),
        Param("phone", "phone", "json", False, "str"),
        Param("phone_country_code", "phoneCountryCode", "json", False, "str"),
        Param("username", "username", "json", False, "str"),
        Param("external_id", "externalId", "json", False, "str"),
        Param("name", "name", "json", False, "str"),
        Param("nickname", "nickname", "json", False, "str"),
        Param("photo", "photo", "json", False, "str"),
        Param("gender", "gender", "json", False, "str", "any", ("M", "F", "U")),
        Param("email_verified", "emailVerified", "json", False, "bool"),
        Param("phone_verified", "phoneVerified", "json", False, "bool"),
        Param("birthdate", "birthdate", "json", False, "str"),
        Param("country", "country", "json", False, "str"),
        Param("province", "province", "json", False, "str"),
        Param("city", "city", "json", False, "str"),
        Param("address", "address", "json", False, "str"),
        Param("street_address", "streetAddress", "json", False, "str"),
        Param("postal_code", "postalCode", "json", False, "str"),
        Param("company", "company", "json", False, "str"),
        Param("browser", "browser", "json", False, "str"),
        Param("device", "device", "json", False, "str"),
        Param("given_name", "givenName", "json", False, "str"),
        Param("family_name", "familyName", "json", False, "str"),
        Param("middle_name", "middleName", "json", False, "str"),
        Param("profile", "profile", "json", False, "str"),
        Param("preferred_username", "preferredUsername", "json", False, "str"),
        Param("website", "website", "json", False, "str"),
        Param("zoneinfo", "zoneinfo", "json", False, "str"),
        Param("locale", "locale", "json", False, "str"),
        Param("formatted", "formatted", "json", False, "str"),
        Param("region", "region", "json", False, "str"),
        Param("password", "password", "json", False, "str"),
        Param("salt", "salt", "json", False, "str"),
        Param("otp", "otp", "json", False, "dict"),
        Param("custom_data", "customData", "json", False, "any"),
        Param("identity_number", "identityNumber", "json", False, "str"),
        Param("options", "options", "json", False, "dict"),
        Param("department_ids", "departmentIds", "json", False, "list", "str"),
    ),
    idempotent=False,
)

_EP_CREATE_PUBLIC_ACCOUNTS_BATCH = Endpoint(
    "create_public_accounts_batch",
    "POST",
    "/api/v3/create-public-accounts-batch",
    (
        Param("list", "list", "json", True, "list", "dict"),
        Param("options", "options", "json", False, "dict"),
    ),
    idempotent=False,
)

_EP_DELETE_PUBLIC_ACCOUNTS_BATCH = Endpoint(
    "delete_public_accounts_batch",
    "POST",
    "/api/v3/delete-public-accounts-batch",
    (
        Param("user_ids", "userIds", "json", True, "list", "str"),
        Param("options", "options", "json", False, "dict"),
    ),
    idempotent=False,
)

_EP_GET_GROUPS_OF_PUBLIC_ACCOUNT = Endpoint(
    "get_groups_of_public_account",
    "GET",
    "/api/v3/get-groups-of-public-account",
    (
        Param("user_id", "userId", "query", True, "str"),
        Param("user_id_type", "userIdType", "query", False, "str", "any", ("user_id", "external_id", "phone", "email", "username", "identity", "sync_relation", "custom_field")),
    ),
    idempotent=True,
)

_EP_GET_POST_OF_PUBLIC_USER = Endpoint(
    "get_post_of_public_user",
    "GET",
    "/api/v3/get-post-of-public-account",
    (
        Param("user_id", "userId", "query", True, "str"),
    ),
    idempotent=True,
)

_EP_GET_PUBLIC_ACCOUNT = Endpoint(
    "get_public_account",
    "GET",
    "/api/v3/get-public-account",
    (
        Param("user_id", "userId", "query", True, "str"),
        Param("user_id_type", "userIdType", "query", False, "str", "any", ("user_id", "external_id", "phone", "email", "username", "identity", "sync_relation", "custom_field")),
        Param("with_custom_data", "withCustomData", "query", False, "bool"),
        Param("with_department_ids", "withDepartmentIds", "query", False, "bool"),
    ),
    idempotent=True,
)

_EP_GET_PUBLIC_ACCOUNT_BATCH = Endpoint(
    "get_public_account_batch",
    "GET",
    "/api/v3/get-public-account-batch",
    (
        Param("user_ids", "userIds", "query", True, "list", "str"),
        Param("user_id_type", "userIdType", "query", False, "str", "any", ("user_id", "external_id", "phone", "email", "username", "identity", "sync_relation", "custom_field")),
        Param("with_custom_data", "withCustomData", "query", False, "bool"),
        Param("with_department_ids", "withDepartmentIds", "query", False, "bool"),
    ),
    idempotent=True,
)

_EP_GET_PUBLIC_ACCOUNT_DEPARTMENTS = Endpoint(
    "get_public_account_departments",
    "GET",
    "/api/v3/get-departments-of-public-account",
    (
        Param("user_id", "userId", "query", True, "str"),
        Param("user_id_type", "userIdType", "query", False, "str", "any", ("user_id", "external_id", "phone", "email", "username", "identity", "sync_relation", "custom_field")),
        Param("page", "page", "query", False, "int"),
        Param("limit", "limit", "query", False, "int"),
        Param("with_custom_data", "withCustomData", "query", False, "bool"),
        Param("with_department_paths", "withDepartmentPaths", "query", False, "bool"),
        Param("sort_by", "sortBy", "query", False, "str", "any", ("DepartmentCreatedAt", "JoinDepartmentAt", "DepartmentName", "DepartmemtCode")),
        Param("order_by", "orderBy", "query", False, "str", "any", ("Asc", "Desc")),
    ),
    idempotent=True,
)

_EP_GET_PUBLIC_ACCOUNT_OF_GROUPS = Endpoint(
    "get_public_account_of_groups",
    "POST",
    "/api/v3/set-public-account-of-groups",
    (
        Param("group_ids", "groupIds", "json", True, "list", "str"),
        Param("user_id", "userId", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_GET_PUBLIC_ACCOUNT_ROLES = Endpoint(
    "get_public_account_roles",
    "GET",
    "/api/v3/get-roles-of-public-account",
    (
        Param("user_id", "userId", "query", True, "str"),
        Param("user_id_type", "userIdType", "query", False, "str", "any", ("user_id", "external_id", "phone", "email", "username", "identity", "sync_relation", "custom_field")),
        Param("namespace", "namespace", "query", False, "str"),
    ),
    idempotent=True,
)

_EP_GET_PUBLIC_ACCOUNTS_OF_DEPARTMENT = Endpoint(
    "get_public_accounts_of_department",
    "GET",
    "/api/v3/get-public-accounts-of-department",
    (
        Param("department_id", "departmentId", "query", True, "str"),
    ),
    idempotent=True,
)

_EP_GET_PUBLIC_ACCOUNTS_OF_GROUP = Endpoint(
    "get_public_accounts_of_group",
    "GET",
    "/api/v3/get-public-accounts-of-group",
    (
        Param("group_id", "groupId", "query", True, "str"),
    ),
    idempotent=True,
)

_EP_GET_PUBLIC_ACCOUNTS_OF_POST = Endpoint(
    "get_public_accounts_of_post",
    "GET",
    "/api/v3/get-public-accounts-of-post",
    (
        Param("post_id", "postId", "query", True, "str"),
    ),
    idempotent=True,
)

_EP_GET_PUBLIC_ACCOUNTS_OF_ROLE = Endpoint(
    "get_public_accounts_of_role",
    "GET",
    "/api/v3/get-public-accounts-of-role",
    (
        Param("role_id", "roleId", "query", True, "str"),
    ),
    idempotent=True,
)

_EP_GET_PUBLIC_ACCOUNTS_OF_USER = Endpoint(
    "get_public_accounts_of_user",
    "GET",
    "/api/v3/get-public-accounts-of-user",
    (
        Param("user_id", "userId", "query", True, "str"),
    ),
    idempotent=True,
)

_EP_GET_USERS_OF_PUBLIC_ACCOUNT = Endpoint(
    "get_users_of_public_account",
    "GET",
    "/api/v3/get-users-of-public-account",
    (
        Param("public_account_id", "publicAccountId", "query", True, "str"),
    ),
    idempotent=True,
)

_EP_KICK_PUBLIC_ACCOUNTS = Endpoint(
    "kick_public_accounts",
    "POST",
    "/api/v3/kick-public-accounts",
    (
        Param("app_ids", "appIds", "json", True, "list", "str"),
        Param("user_id", "userId", "json", True, "str"),
        Param("options", "options", "json", False, "dict"),
    ),
    idempotent=False,
)

_EP_LIST_PUBLIC_ACCOUNTS = Endpoint(
    "list_public_accounts",
    "POST",
    "/api/v3/list-public-accounts",
    (
        Param("keywords", "keywords", "json", False, "str"),
        Param("advanced_filter", "advancedFilter", "json", False, "list", "dict"),
        Param("search_query", "searchQuery", "json", False, "any"),
        Param("options", "options", "json", False, "dict"),
    ),
    idempotent=False,
)

_EP_RESIGN_PUBLIC_ACCOUNT_BATCH = Endpoint(
    "resign_public_account_batch",
    "POST",
    "/api/v3/resign-public-account-batch",
    (
        Param("user_ids", "userIds", "json", True, "list", "str"),
        Param("user_id_type", "userIdType", "json", False, "str", "any", ("user_id", "external_id", "phone", "email", "username", "identity", "sync_relation", "custom_field")),
    ),
    idempotent=False,
)

_EP_SET_PUBLIC_ACCOUNT_OF_DEPARTMENTS = Endpoint(
    "set_public_account_of_departments",
    "POST",
    "/api/v3/set-public-account-of-departments",
    (
        Param("user_id", "userId", "json", True, "str"),
        Param("departments", "departments", "json", True, "list", "dict"),
        Param("options", "options", "json", False, "dict"),
    ),
    idempotent=False,
)

_EP_SET_PUBLIC_ACCOUNT_OFN_POST = Endpoint(
    "set_public_account_ofn_post",
    "POST",
    "/api/v3/set-public-account-of-post",
    (
        Param("user_id", "userId", "json", True, "str"),
        Param("post_id", "postId", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_SETUSER_OF_PUBLIC_ACCOUNT = Endpoint(
    "setuser_of_public_account",
    "POST",
    "/api/v3/set-user-of-public-accounts",
    (
        Param("user_id", "userId", "json", True, "str"),
        Param("public_account_ids", "publicAccountIds", "json", True, "list", "str"),
    ),
    idempotent=False,
)

_EP_UNBIND_PUBLIC_ACCOUNT_OF_POST = Endpoint(
    "unbind_public_account_of_post",
    "POST",
    "/api/v3/unbind-public-account-of-post",
    (
        Param("user_id", "userId", "json", True, "str"),
        Param("post_id", "postId", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_UNBIND_USERS_PUBLIC_ACCOUNT = Endpoint(
    "unbind_users_public_account",
    "POST",
    "/api/v3/unbind-public-account-of-user",
    (
        Param("user_id", "userId", "json", True, "str"),
        Param("public_account_id", "publicAccountId", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_UPDATE_PUBLIC_ACCOUNT = Endpoint(
    "update_public_account",
    "POST",
    "/api/v3/update-public-account",
    (
        Param("user_id", "userId", "json", True, "str"),
        Param("phone_country_code", "phoneCountryCode", "json", False, "str"),
        Param("name", "name", "json", False, "str"),
        Param("nickname", "nickname", "json", False, "str"),
        Param("photo", "photo", "json", False, "str"),
        Param("external_id", "externalId", "json", False, "str"),
        Param("status", "status", "json", False, "str", "any", ("Suspended", "Resigned", "Activated", "Archived", "Deactivated")),
        Param("email_verified", "emailVerified", "json", False, "bool"),
        Param("phone_verified", "phoneVerified", "json", False, "bool"),
        Param("birthdate", "birthdate", "json", False, "str"),
        Param("country", "country", "json", False, "str"),
        Param("province", "province", "json", False, "str"),
        Param("city", "city", "json", False, "str"),
        Param("address", "address", "json", False, "str"),
        Param("street_address", "streetAddress", "json", False, "str"),
        Param("postal_code", "postalCode", "json", False, "str"),
        Param("gender", "gender", "json", False, "str", "any", ("M", "F", "U")),
        Param("username", "username", "json", False, "str"),
        Param("email", "email", "json", False, "str"),
        Param("phone", "phone", "json", False, "str"),
        Param("password", "password", "json", False, "str"),
        Param("company", "company", "json", False, "str"),
        Param("browser", "browser", "json", False, "str"),
        Param("device", "device", "json", False, "str"),
        Param("given_name", "givenName", "json", False, "str"),
        Param("family_name", "familyName", "json", False, "str"),
        Param("middle_name", "middleName", "json", False, "str"),
        Param("profile", "profile", "json", False, "str"),
        Param("preferred_username", "preferredUsername", "json", False, "str"),
        Param("website", "website", "json", False, "str"),
        Param("zoneinfo", "zoneinfo", "json", False, "str"),
        Param("locale", "locale", "json", False, "str"),
        Param("formatted", "formatted", "json", False, "str"),
        Param("region", "region", "json", False, "str"),
        Param("identity_number", "identityNumber", "json", False, "str"),
        Param("custom_data", "customData", "json", False, "any"),
        Param("options", "options", "json", False, "dict"),
    ),
    idempotent=False,
)

_EP_UPDATE_PUBLIC_ACCOUNT_BATCH = Endpoint(
    "update_public_account_batch",
    "POST",
    "/api/v3/update-public-account-batch",
    (
        Param("list", "list", "json", True, "list", "dict"),
        Param("options", "options", "json", False, "dict"),
    ),
    idempotent=False,
)


class PublicAccountsMixin(_Caller):
    """Management API, area ``public_accounts``: 29 endpoints."""

    __slots__ = ()

    async def bind_public_account_of_roles(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_BIND_PUBLIC_ACCOUNT_OF_ROLES,
            (
                role_ids,
                user_id,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def bind_users_public_account(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_BIND_USERS_PUBLIC_ACCOUNT,
            (
                public_account_id,
                user_ids,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def change_into_public_account(
        self,
        user_id: str,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/transfer-into-public-account`` -> ``IsSuccessDto``.

        Official python name, Node ``changeIntoPublicAccount``; area ``public_accounts``.

        Parameters (name: wire name, location):
            user_id: ``userId``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_CHANGE_INTO_PUBLIC_ACCOUNT,
            (user_id,),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def create_public_account(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_CREATE_PUBLIC_ACCOUNT,
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
                department_ids,
            ),
            "PublicAccountDto",
            _request_options(call_options),
        )

    async def create_public_accounts_batch(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_CREATE_PUBLIC_ACCOUNTS_BATCH,
            (
                list,
                options,
            ),
            "list[PublicAccountDto]",
            _request_options(call_options),
        )

    async def delete_public_accounts_batch(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_DELETE_PUBLIC_ACCOUNTS_BATCH,
            (
                user_ids,
                options,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def get_groups_of_public_account(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_GROUPS_OF_PUBLIC_ACCOUNT,
            (
                user_id,
                user_id_type,
            ),
            "GroupPagingDto",
            _request_options(call_options),
        )

    async def get_post_of_public_user(
        self,
        user_id: str,
        **call_options: Unpack[CallOptions],
    ) -> CreatePostDto:
        """``GET /api/v3/get-post-of-public-account`` -> ``CreatePostDto``.

        Node-only endpoint, Node ``getPostOfPublicUser``; area ``public_accounts``.

        Parameters (name: wire name, location):
            user_id: ``userId``, query, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_POST_OF_PUBLIC_USER,
            (user_id,),
            "CreatePostDto",
            _request_options(call_options),
        )

    async def get_public_account(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_PUBLIC_ACCOUNT,
            (
                user_id,
                user_id_type,
                with_custom_data,
                with_department_ids,
            ),
            "PublicAccountDto",
            _request_options(call_options),
        )

    async def get_public_account_batch(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_PUBLIC_ACCOUNT_BATCH,
            (
                user_ids,
                user_id_type,
                with_custom_data,
                with_department_ids,
            ),
            "list[PublicAccountDto]",
            _request_options(call_options),
        )

    async def get_public_account_departments(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_PUBLIC_ACCOUNT_DEPARTMENTS,
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
            "UserDepartmentPagingDto",
            _request_options(call_options),
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
    ) -> AsyncIterator[UserDepartmentRespDto]:
        """Every item of ``get_public_account_departments``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.get_public_account_departments(
                page=page,
                user_id=user_id,
                user_id_type=user_id_type,
                limit=limit,
                with_custom_data=with_custom_data,
                with_department_paths=with_department_paths,
                sort_by=sort_by,
                order_by=order_by,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )

    async def get_public_account_of_groups(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_PUBLIC_ACCOUNT_OF_GROUPS,
            (
                group_ids,
                user_id,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def get_public_account_roles(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_PUBLIC_ACCOUNT_ROLES,
            (
                user_id,
                user_id_type,
                namespace,
            ),
            "PublicAccountPagingDto",
            _request_options(call_options),
        )

    async def get_public_accounts_of_department(
        self,
        department_id: str,
        **call_options: Unpack[CallOptions],
    ) -> PublicAccountPagingDto:
        """``GET /api/v3/get-public-accounts-of-department`` -> ``PublicAccountPagingDto``.

        Node-only endpoint, Node ``getPublicAccountsOfDepartment``; area ``public_accounts``.

        Parameters (name: wire name, location):
            department_id: ``departmentId``, query, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_PUBLIC_ACCOUNTS_OF_DEPARTMENT,
            (department_id,),
            "PublicAccountPagingDto",
            _request_options(call_options),
        )

    async def get_public_accounts_of_group(
        self,
        group_id: str,
        **call_options: Unpack[CallOptions],
    ) -> PublicAccountPagingDto:
        """``GET /api/v3/get-public-accounts-of-group`` -> ``PublicAccountPagingDto``.

        Official python name, Node ``getPublicAccountsOfGroup``; area ``public_accounts``.

        Parameters (name: wire name, location):
            group_id: ``groupId``, query, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_PUBLIC_ACCOUNTS_OF_GROUP,
            (group_id,),
            "PublicAccountPagingDto",
            _request_options(call_options),
        )

    async def get_public_accounts_of_post(
        self,
        post_id: str,
        **call_options: Unpack[CallOptions],
    ) -> PublicAccountPagingDto:
        """``GET /api/v3/get-public-accounts-of-post`` -> ``PublicAccountPagingDto``.

        Node-only endpoint, Node ``getPublicAccountsOfPost``; area ``public_accounts``.

        Parameters (name: wire name, location):
            post_id: ``postId``, query, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_PUBLIC_ACCOUNTS_OF_POST,
            (post_id,),
            "PublicAccountPagingDto",
            _request_options(call_options),
        )

    async def get_public_accounts_of_role(
        self,
        role_id: str,
        **call_options: Unpack[CallOptions],
    ) -> PublicAccountPagingDto:
        """``GET /api/v3/get-public-accounts-of-role`` -> ``PublicAccountPagingDto``.

        Official python name, Node ``getPublicAccountsOfRole``; area ``public_accounts``.

        Parameters (name: wire name, location):
            role_id: ``roleId``, query, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_PUBLIC_ACCOUNTS_OF_ROLE,
            (role_id,),
            "PublicAccountPagingDto",
            _request_options(call_options),
        )

    async def get_public_accounts_of_user(
        self,
        user_id: str,
        **call_options: Unpack[CallOptions],
    ) -> PublicAccountPagingDto:
        """``GET /api/v3/get-public-accounts-of-user`` -> ``PublicAccountPagingDto``.

        Official python name, Node ``getPublicAccountsOfUser``; area ``public_accounts``.

        Parameters (name: wire name, location):
            user_id: ``userId``, query, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_PUBLIC_ACCOUNTS_OF_USER,
            (user_id,),
            "PublicAccountPagingDto",
            _request_options(call_options),
        )

    async def get_users_of_public_account(
        self,
        public_account_id: str,
        **call_options: Unpack[CallOptions],
    ) -> PublicAccountPagingDto:
        """``GET /api/v3/get-users-of-public-account`` -> ``PublicAccountPagingDto``.

        Official python name, Node ``getUsersOfPublicAccount``; area ``public_accounts``.

        Parameters (name: wire name, location):
            public_account_id: ``publicAccountId``, query, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_USERS_OF_PUBLIC_ACCOUNT,
            (public_account_id,),
            "PublicAccountPagingDto",
            _request_options(call_options),
        )

    async def kick_public_accounts(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_KICK_PUBLIC_ACCOUNTS,
            (
                app_ids,
                user_id,
                options,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def list_public_accounts(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_PUBLIC_ACCOUNTS,
            (
                keywords,
                advanced_filter,
                search_query,
                options,
            ),
            "PublicAccountPagingDto",
            _request_options(call_options),
        )

    def iter_list_public_accounts(
        self,
        keywords: str | None = None,
        advanced_filter: List[ListPublicAccountsAdvancedFilterItemDto | Mapping[str, Any]] | None = None,
        search_query: Any = None,
        options: ListPublicAccountsOptionsDto | Mapping[str, Any] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[PublicAccountDto]:
        """Every item of ``list_public_accounts``, fetched page by page (an async iterator).

        Same parameters; the page number is set in ``options.pagination.page``. Yields the items of
        ``list``; stops after ``totalCount`` items, at an empty page, or at a page shorter than the
        limit (the first page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.list_public_accounts(
                keywords=keywords,
                advanced_filter=advanced_filter,
                search_query=search_query,
                options=_with_page(options, page),
                **call_options,
            ),
            "list",
            "totalCount",
            _options_limit(options),
        )

    async def resign_public_account_batch(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_RESIGN_PUBLIC_ACCOUNT_BATCH,
            (
                user_ids,
                user_id_type,
            ),
            "ResignUserDataDto",
            _request_options(call_options),
        )

    async def set_public_account_of_departments(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_SET_PUBLIC_ACCOUNT_OF_DEPARTMENTS,
            (
                user_id,
                departments,
                options,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def set_public_account_ofn_post(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_SET_PUBLIC_ACCOUNT_OFN_POST,
            (
                user_id,
                post_id,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def set_public_account_of_post(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_SET_PUBLIC_ACCOUNT_OFN_POST,
            (
                user_id,
                post_id,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def setuser_of_public_account(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_SETUSER_OF_PUBLIC_ACCOUNT,
            (
                user_id,
                public_account_ids,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def set_user_of_public_account(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_SETUSER_OF_PUBLIC_ACCOUNT,
            (
                user_id,
                public_account_ids,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def unbind_public_account_of_post(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_UNBIND_PUBLIC_ACCOUNT_OF_POST,
            (
                user_id,
                post_id,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def unbind_users_public_account(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_UNBIND_USERS_PUBLIC_ACCOUNT,
            (
                user_id,
                public_account_id,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def update_public_account(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_UPDATE_PUBLIC_ACCOUNT,
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
            "PublicAccountDto",
            _request_options(call_options),
        )

    async def update_public_account_batch(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_UPDATE_PUBLIC_ACCOUNT_BATCH,
            (
                list,
                options,
            ),
            "list[PublicAccountDto]",
            _request_options(call_options),
        )
