# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Official management methods, area ``public_accounts``: the official answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from genauth_async._compat_base import CompatBase as _CompatBase
from genauth_async._generated.clients import ManagementClient as _Typed
from genauth_async._generated.management.public_accounts import (
    _EP_BIND_PUBLIC_ACCOUNT_OF_ROLES,
    _EP_BIND_USERS_PUBLIC_ACCOUNT,
    _EP_CHANGE_INTO_PUBLIC_ACCOUNT,
    _EP_CREATE_PUBLIC_ACCOUNT,
    _EP_CREATE_PUBLIC_ACCOUNTS_BATCH,
    _EP_DELETE_PUBLIC_ACCOUNTS_BATCH,
    _EP_GET_GROUPS_OF_PUBLIC_ACCOUNT,
    _EP_GET_PUBLIC_ACCOUNT,
    _EP_GET_PUBLIC_ACCOUNTS_OF_GROUP,
    _EP_GET_PUBLIC_ACCOUNTS_OF_ROLE,
    _EP_GET_PUBLIC_ACCOUNTS_OF_USER,
    _EP_GET_PUBLIC_ACCOUNT_BATCH,
    _EP_GET_PUBLIC_ACCOUNT_OF_GROUPS,
    _EP_GET_PUBLIC_ACCOUNT_ROLES,
    _EP_GET_USERS_OF_PUBLIC_ACCOUNT,
    _EP_KICK_PUBLIC_ACCOUNTS,
    _EP_LIST_PUBLIC_ACCOUNTS,
    _EP_SETUSER_OF_PUBLIC_ACCOUNT,
    _EP_UNBIND_USERS_PUBLIC_ACCOUNT,
    _EP_UPDATE_PUBLIC_ACCOUNT,
    _EP_UPDATE_PUBLIC_ACCOUNT_BATCH,
)
from genauth_async._options import request_options as _request_options

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack


class PublicAccountsMixin(_CompatBase[_Typed]):
    """Official management methods, area ``public_accounts``: the official answers."""

    __slots__ = ()

    async def bind_public_account_of_roles(
        self,
        role_ids: Any,
        user_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``bind_public_account_of_roles``: ``POST /api/v3/set-public-account-of-roles``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_BIND_PUBLIC_ACCOUNT_OF_ROLES, (role_ids, user_id), None, _request_options(call_options),
        )

    async def bind_users_public_account(
        self,
        public_account_id: Any,
        user_ids: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``bind_users_public_account``: ``POST /api/v3/set-public-account-of-users``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_BIND_USERS_PUBLIC_ACCOUNT, (public_account_id, user_ids), None, _request_options(call_options),
        )

    async def change_into_public_account(
        self,
        user_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``change_into_public_account``: ``POST /api/v3/transfer-into-public-account``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_CHANGE_INTO_PUBLIC_ACCOUNT, (user_id,), None, _request_options(call_options),
        )

    async def create_public_account(
        self,
        status: Any = None,
        email: Any = None,
        phone: Any = None,
        phone_country_code: Any = None,
        username: Any = None,
        external_id: Any = None,
        name: Any = None,
        nickname: Any = None,
        photo: Any = None,
        gender: Any = None,
        email_verified: Any = None,
        phone_verified: Any = None,
        birthdate: Any = None,
        country: Any = None,
        province: Any = None,
        city: Any = None,
        address: Any = None,
        street_address: Any = None,
        postal_code: Any = None,
        company: Any = None,
        browser: Any = None,
        device: Any = None,
        given_name: Any = None,
        family_name: Any = None,
        middle_name: Any = None,
        profile: Any = None,
        preferred_username: Any = None,
        website: Any = None,
        zoneinfo: Any = None,
        locale: Any = None,
        formatted: Any = None,
        region: Any = None,
        password: Any = None,
        salt: Any = None,
        otp: Any = None,
        custom_data: Any = None,
        identity_number: Any = None,
        options: Any = None,
        *,
        department_ids: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_public_account``: ``POST /api/v3/create-public-account``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_CREATE_PUBLIC_ACCOUNT, (status, email, phone, phone_country_code, username, external_id, name, nickname, photo, gender, email_verified, phone_verified, birthdate, country, province, city, address, street_address, postal_code, company, browser, device, given_name, family_name, middle_name, profile, preferred_username, website, zoneinfo, locale, formatted, region, password, salt, otp, custom_data, identity_number, options, department_ids), None, _request_options(call_options),
        )

    async def create_public_accounts_batch(
        self,
        list: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_public_accounts_batch``: ``POST /api/v3/create-public-accounts-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_CREATE_PUBLIC_ACCOUNTS_BATCH, (list, options), None, _request_options(call_options),
        )

    async def delete_public_accounts_batch(
        self,
        user_ids: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_public_accounts_batch``: ``POST /api/v3/delete-public-accounts-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_DELETE_PUBLIC_ACCOUNTS_BATCH, (user_ids, options), None, _request_options(call_options),
        )

    async def get_groups_of_public_account(
        self,
        user_id: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_groups_of_public_account``: ``GET /api/v3/get-groups-of-public-account``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_GROUPS_OF_PUBLIC_ACCOUNT, (user_id, user_id_type), None, _request_options(call_options),
        )

    async def get_public_account(
        self,
        user_id: Any,
        user_id_type: Any = None,
        with_custom_data: Any = None,
        *,
        with_department_ids: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_public_account``: ``GET /api/v3/get-public-account``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_PUBLIC_ACCOUNT, (user_id, user_id_type, with_custom_data, with_department_ids), None, _request_options(call_options),
        )

    async def get_public_account_batch(
        self,
        user_ids: Any,
        user_id_type: Any = None,
        with_custom_data: Any = None,
        *,
        with_department_ids: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_public_account_batch``: ``GET /api/v3/get-public-account-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_PUBLIC_ACCOUNT_BATCH, (user_ids, user_id_type, with_custom_data, with_department_ids), None, _request_options(call_options),
        )

    async def get_public_account_of_groups(
        self,
        group_ids: Any,
        user_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_public_account_of_groups``: ``POST /api/v3/set-public-account-of-groups``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_PUBLIC_ACCOUNT_OF_GROUPS, (group_ids, user_id), None, _request_options(call_options),
        )

    async def get_public_account_roles(
        self,
        user_id: Any,
        user_id_type: Any = None,
        namespace: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_public_account_roles``: ``GET /api/v3/get-roles-of-public-account``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_PUBLIC_ACCOUNT_ROLES, (user_id, user_id_type, namespace), None, _request_options(call_options),
        )

    async def get_public_accounts_of_group(
        self,
        group_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_public_accounts_of_group``: ``GET /api/v3/get-public-accounts-of-group``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_PUBLIC_ACCOUNTS_OF_GROUP, (group_id,), None, _request_options(call_options),
        )

    async def get_public_accounts_of_role(
        self,
        role_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_public_accounts_of_role``: ``GET /api/v3/get-public-accounts-of-role``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_PUBLIC_ACCOUNTS_OF_ROLE, (role_id,), None, _request_options(call_options),
        )

    async def get_public_accounts_of_user(
        self,
        user_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_public_accounts_of_user``: ``GET /api/v3/get-public-accounts-of-user``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_PUBLIC_ACCOUNTS_OF_USER, (user_id,), None, _request_options(call_options),
        )

    async def get_users_of_public_account(
        self,
        public_account_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_users_of_public_account``: ``GET /api/v3/get-users-of-public-account``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_USERS_OF_PUBLIC_ACCOUNT, (public_account_id,), None, _request_options(call_options),
        )

    async def kick_public_accounts(
        self,
        app_ids: Any,
        user_id: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``kick_public_accounts``: ``POST /api/v3/kick-public-accounts``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_KICK_PUBLIC_ACCOUNTS, (app_ids, user_id, options), None, _request_options(call_options),
        )

    async def list_public_accounts(
        self,
        keywords: Any = None,
        advanced_filter: Any = None,
        search_query: Any = None,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_public_accounts``: ``POST /api/v3/list-public-accounts``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_LIST_PUBLIC_ACCOUNTS, (keywords, advanced_filter, search_query, options), None, _request_options(call_options),
        )

    async def setuser_of_public_account(
        self,
        user_id: Any,
        public_account_ids: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``setuser_of_public_account``: ``POST /api/v3/set-user-of-public-accounts``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_SETUSER_OF_PUBLIC_ACCOUNT, (user_id, public_account_ids), None, _request_options(call_options),
        )

    async def unbind_users_public_account(
        self,
        user_id: Any,
        public_account_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``unbind_users_public_account``: ``POST /api/v3/unbind-public-account-of-user``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_UNBIND_USERS_PUBLIC_ACCOUNT, (user_id, public_account_id), None, _request_options(call_options),
        )

    async def update_public_account(
        self,
        user_id: Any,
        phone_country_code: Any = None,
        name: Any = None,
        nickname: Any = None,
        photo: Any = None,
        external_id: Any = None,
        status: Any = None,
        email_verified: Any = None,
        phone_verified: Any = None,
        birthdate: Any = None,
        country: Any = None,
        province: Any = None,
        city: Any = None,
        address: Any = None,
        street_address: Any = None,
        postal_code: Any = None,
        gender: Any = None,
        username: Any = None,
        email: Any = None,
        phone: Any = None,
        password: Any = None,
        company: Any = None,
        browser: Any = None,
        device: Any = None,
        given_name: Any = None,
        family_name: Any = None,
        middle_name: Any = None,
        profile: Any = None,
        preferred_username: Any = None,
        website: Any = None,
        zoneinfo: Any = None,
        locale: Any = None,
        formatted: Any = None,
        region: Any = None,
        identity_number: Any = None,
        custom_data: Any = None,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_public_account``: ``POST /api/v3/update-public-account``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_UPDATE_PUBLIC_ACCOUNT, (user_id, phone_country_code, name, nickname, photo, external_id, status, email_verified, phone_verified, birthdate, country, province, city, address, street_address, postal_code, gender, username, email, phone, password, company, browser, device, given_name, family_name, middle_name, profile, preferred_username, website, zoneinfo, locale, formatted, region, identity_number, custom_data, options), None, _request_options(call_options),
        )

    async def update_public_account_batch(
        self,
        list: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_public_account_batch``: ``POST /api/v3/update-public-account-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_UPDATE_PUBLIC_ACCOUNT_BATCH, (list, options), None, _request_options(call_options),
        )
