# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Official management methods, area ``public_accounts``: the official answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from genauth_sync._compat_base import SyncCompatBase as _SyncCompatBase
from genauth_sync._generated.clients import ManagementClient as _Typed

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack


class PublicAccountsMixin(_SyncCompatBase[_Typed]):
    """Official management methods, area ``public_accounts``: the official answers."""

    __slots__ = ()

    def bind_public_account_of_roles(
        self,
        role_ids: Any,
        user_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``bind_public_account_of_roles``: ``POST /api/v3/set-public-account-of-roles``, the whole answer."""
        return self._call("bind_public_account_of_roles", (role_ids, user_id), {**call_options})  # type: ignore[no-any-return]

    def bind_users_public_account(
        self,
        public_account_id: Any,
        user_ids: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``bind_users_public_account``: ``POST /api/v3/set-public-account-of-users``, the whole answer."""
        return self._call("bind_users_public_account", (public_account_id, user_ids), {**call_options})  # type: ignore[no-any-return]

    def change_into_public_account(
        self,
        user_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``change_into_public_account``: ``POST /api/v3/transfer-into-public-account``, the whole answer."""
        return self._call("change_into_public_account", (user_id,), {**call_options})  # type: ignore[no-any-return]

    def create_public_account(
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
        return self._call("create_public_account", (status, email, phone, phone_country_code, username, external_id, name, nickname, photo, gender, email_verified, phone_verified, birthdate, country, province, city, address, street_address, postal_code, company, browser, device, given_name, family_name, middle_name, profile, preferred_username, website, zoneinfo, locale, formatted, region, password, salt, otp, custom_data, identity_number, options), {"department_ids": department_ids, **call_options})  # type: ignore[no-any-return]

    def create_public_accounts_batch(
        self,
        list: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_public_accounts_batch``: ``POST /api/v3/create-public-accounts-batch``, the whole answer."""
        return self._call("create_public_accounts_batch", (list, options), {**call_options})  # type: ignore[no-any-return]

    def delete_public_accounts_batch(
        self,
        user_ids: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_public_accounts_batch``: ``POST /api/v3/delete-public-accounts-batch``, the whole answer."""
        return self._call("delete_public_accounts_batch", (user_ids, options), {**call_options})  # type: ignore[no-any-return]

    def get_groups_of_public_account(
        self,
        user_id: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_groups_of_public_account``: ``GET /api/v3/get-groups-of-public-account``, the whole answer."""
        return self._call("get_groups_of_public_account", (user_id, user_id_type), {**call_options})  # type: ignore[no-any-return]

    def get_public_account(
        self,
        user_id: Any,
        user_id_type: Any = None,
        with_custom_data: Any = None,
        *,
        with_department_ids: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_public_account``: ``GET /api/v3/get-public-account``, the whole answer."""
        return self._call("get_public_account", (user_id, user_id_type, with_custom_data), {"with_department_ids": with_department_ids, **call_options})  # type: ignore[no-any-return]

    def get_public_account_batch(
        self,
        user_ids: Any,
        user_id_type: Any = None,
        with_custom_data: Any = None,
        *,
        with_department_ids: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_public_account_batch``: ``GET /api/v3/get-public-account-batch``, the whole answer."""
        return self._call("get_public_account_batch", (user_ids, user_id_type, with_custom_data), {"with_department_ids": with_department_ids, **call_options})  # type: ignore[no-any-return]

    def get_public_account_of_groups(
        self,
        group_ids: Any,
        user_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_public_account_of_groups``: ``POST /api/v3/set-public-account-of-groups``, the whole answer."""
        return self._call("get_public_account_of_groups", (group_ids, user_id), {**call_options})  # type: ignore[no-any-return]

    def get_public_account_roles(
        self,
        user_id: Any,
        user_id_type: Any = None,
        namespace: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_public_account_roles``: ``GET /api/v3/get-roles-of-public-account``, the whole answer."""
        return self._call("get_public_account_roles", (user_id, user_id_type, namespace), {**call_options})  # type: ignore[no-any-return]

    def get_public_accounts_of_group(
        self,
        group_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_public_accounts_of_group``: ``GET /api/v3/get-public-accounts-of-group``, the whole answer."""
        return self._call("get_public_accounts_of_group", (group_id,), {**call_options})  # type: ignore[no-any-return]

    def get_public_accounts_of_role(
        self,
        role_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_public_accounts_of_role``: ``GET /api/v3/get-public-accounts-of-role``, the whole answer."""
        return self._call("get_public_accounts_of_role", (role_id,), {**call_options})  # type: ignore[no-any-return]

    def get_public_accounts_of_user(
        self,
        user_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_public_accounts_of_user``: ``GET /api/v3/get-public-accounts-of-user``, the whole answer."""
        return self._call("get_public_accounts_of_user", (user_id,), {**call_options})  # type: ignore[no-any-return]

    def get_users_of_public_account(
        self,
        public_account_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_users_of_public_account``: ``GET /api/v3/get-users-of-public-account``, the whole answer."""
        return self._call("get_users_of_public_account", (public_account_id,), {**call_options})  # type: ignore[no-any-return]

    def kick_public_accounts(
        self,
        app_ids: Any,
        user_id: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``kick_public_accounts``: ``POST /api/v3/kick-public-accounts``, the whole answer."""
        return self._call("kick_public_accounts", (app_ids, user_id, options), {**call_options})  # type: ignore[no-any-return]

    def list_public_accounts(
        self,
        keywords: Any = None,
        advanced_filter: Any = None,
        search_query: Any = None,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_public_accounts``: ``POST /api/v3/list-public-accounts``, the whole answer."""
        return self._call("list_public_accounts", (keywords, advanced_filter, search_query, options), {**call_options})  # type: ignore[no-any-return]

    def setuser_of_public_account(
        self,
        user_id: Any,
        public_account_ids: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``setuser_of_public_account``: ``POST /api/v3/set-user-of-public-accounts``, the whole answer."""
        return self._call("setuser_of_public_account", (user_id, public_account_ids), {**call_options})  # type: ignore[no-any-return]

    def unbind_users_public_account(
        self,
        user_id: Any,
        public_account_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``unbind_users_public_account``: ``POST /api/v3/unbind-public-account-of-user``, the whole answer."""
        return self._call("unbind_users_public_account", (user_id, public_account_id), {**call_options})  # type: ignore[no-any-return]

    def update_public_account(
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
        return self._call("update_public_account", (user_id, phone_country_code, name, nickname, photo, external_id, status, email_verified, phone_verified, birthdate, country, province, city, address, street_address, postal_code, gender, username, email, phone, password, company, browser, device, given_name, family_name, middle_name, profile, preferred_username, website, zoneinfo, locale, formatted, region, identity_number, custom_data, options), {**call_options})  # type: ignore[no-any-return]

    def update_public_account_batch(
        self,
        list: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_public_account_batch``: ``POST /api/v3/update-public-account-batch``, the whole answer."""
        return self._call("update_public_account_batch", (list, options), {**call_options})  # type: ignore[no-any-return]
