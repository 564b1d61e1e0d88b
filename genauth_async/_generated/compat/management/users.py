# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Official management methods, area ``users``: the official answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from genauth_async._compat_base import CompatBase as _CompatBase
from genauth_async._generated.clients import ManagementClient as _Typed
from genauth_async._generated.management.users import (
    _EP_CHECK_SESSION_STATUS,
    _EP_CREATE_USER,
    _EP_CREATE_USERS_BATCH,
    _EP_DELETE_CUSTOM_FIELDS,
    _EP_DELETE_USERS_BATCH,
    _EP_GET_CUSTOM_DATA,
    _EP_GET_CUSTOM_FIELDS,
    _EP_GET_USER,
    _EP_GET_USER_BASE_FIELDS,
    _EP_GET_USER_BATCH,
    _EP_GET_USER_PASSWORD_CIPHERTEXT,
    _EP_IS_USER_EXISTS,
    _EP_KICK_USERS,
    _EP_LIST_ARCHIVED_USERS,
    _EP_LIST_CUST_FIELDS,
    _EP_LIST_USERS,
    _EP_LIST_USERS_LEGACY,
    _EP_LIST_USER_BASE_FIELDS,
    _EP_RESIGN_USER,
    _EP_RESIGN_USER_BATCH,
    _EP_SET_CUSTOM_DATA,
    _EP_SET_CUSTOM_FIELDS,
    _EP_SET_USER_BASE_FIELDS,
    _EP_UPDATE_USER,
    _EP_UPDATE_USER_BATCH,
    _EP_USER_FIELD_DECRYPT,
)
from genauth_async._options import request_options as _request_options

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack


class UsersMixin(_CompatBase[_Typed]):
    """Official management methods, area ``users``: the official answers."""

    __slots__ = ()

    async def check_session_status(
        self,
        app_id: Any,
        user_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``check_session_status``: ``POST /api/v3/check-session-status``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_CHECK_SESSION_STATUS, (app_id, user_id), None, _request_options(call_options),
        )

    async def create_user(
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
        tenant_ids: Any = None,
        otp: Any = None,
        custom_data: Any = None,
        metadata_source: Any = None,
        identities: Any = None,
        identity_number: Any = None,
        options: Any = None,
        *,
        department_ids: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_user``: ``POST /api/v3/create-user``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_CREATE_USER, (status, email, phone, phone_country_code, username, external_id, name, nickname, photo, gender, email_verified, phone_verified, birthdate, country, province, city, address, street_address, postal_code, company, browser, device, given_name, family_name, middle_name, profile, preferred_username, website, zoneinfo, locale, formatted, region, password, salt, tenant_ids, otp, custom_data, metadata_source, identities, identity_number, options, department_ids), None, _request_options(call_options),
        )

    async def create_users_batch(
        self,
        list: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_users_batch``: ``POST /api/v3/create-users-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_CREATE_USERS_BATCH, (list, options), None, _request_options(call_options),
        )

    async def delete_custom_fields(
        self,
        tenant_id: Any,
        list: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_custom_fields``: ``POST /api/v3/delete-custom-fields``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_DELETE_CUSTOM_FIELDS, (tenant_id, list), None, _request_options(call_options),
        )

    async def delete_users_batch(
        self,
        user_ids: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_users_batch``: ``POST /api/v3/delete-users-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_DELETE_USERS_BATCH, (user_ids, options), None, _request_options(call_options),
        )

    async def get_custom_data(
        self,
        tenant_id: Any,
        target_type: Any,
        target_identifier: Any,
        namespace: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_custom_data``: ``GET /api/v3/get-custom-data``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_CUSTOM_DATA, (tenant_id, target_type, target_identifier, namespace), None, _request_options(call_options),
        )

    async def get_custom_fields(
        self,
        target_type: Any,
        tenant_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_custom_fields``: ``GET /api/v3/get-custom-fields``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_CUSTOM_FIELDS, (target_type, tenant_id), None, _request_options(call_options),
        )

    async def get_user(
        self,
        user_id: Any,
        user_id_type: Any = None,
        flat_custom_data: Any = None,
        with_custom_data: Any = None,
        with_post: Any = None,
        with_identities: Any = None,
        *,
        with_department_ids: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user``: ``GET /api/v3/get-user``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_USER, (user_id, user_id_type, flat_custom_data, with_custom_data, with_post, with_identities, with_department_ids), None, _request_options(call_options),
        )

    async def get_user_base_fields(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_base_fields``: ``GET /api/v3/get-user-base-fields``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_USER_BASE_FIELDS, (), None, _request_options(call_options),
        )

    async def get_user_batch(
        self,
        user_ids: Any,
        user_id_type: Any = None,
        with_custom_data: Any = None,
        flat_custom_data: Any = None,
        with_identities: Any = None,
        *,
        with_department_ids: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_batch``: ``GET /api/v3/get-user-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_USER_BATCH, (user_ids, user_id_type, with_custom_data, flat_custom_data, with_identities, with_department_ids), None, _request_options(call_options),
        )

    async def get_user_password_ciphertext(
        self,
        user_id: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_password_ciphertext``: ``POST /api/v3/get-user-password-ciphertext``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_USER_PASSWORD_CIPHERTEXT, (user_id, user_id_type), None, _request_options(call_options),
        )

    async def is_user_exists(
        self,
        username: Any = None,
        email: Any = None,
        phone: Any = None,
        external_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``is_user_exists``: ``POST /api/v3/is-user-exists``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_IS_USER_EXISTS, (username, email, phone, external_id), None, _request_options(call_options),
        )

    async def kick_users(
        self,
        app_ids: Any,
        user_id: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``kick_users``: ``POST /api/v3/kick-users``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_KICK_USERS, (app_ids, user_id, options), None, _request_options(call_options),
        )

    async def list_archived_users(
        self,
        page: Any = None,
        limit: Any = None,
        start_at: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_archived_users``: ``GET /api/v3/list-archived-users``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_LIST_ARCHIVED_USERS, (page, limit, start_at), None, _request_options(call_options),
        )

    async def list_cust_fields(
        self,
        target_type: Any,
        data_type: Any,
        tenant_id: Any = None,
        page: Any = None,
        limit: Any = None,
        user_visible: Any = None,
        admin_visible: Any = None,
        access_control: Any = None,
        keyword: Any = None,
        lang: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_cust_fields``: ``GET /api/v3/list-custom-fields``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_LIST_CUST_FIELDS, (target_type, data_type, tenant_id, page, limit, user_visible, admin_visible, access_control, keyword, lang), None, _request_options(call_options),
        )

    async def list_user_base_fields(
        self,
        target_type: Any,
        data_type: Any,
        tenant_id: Any = None,
        page: Any = None,
        limit: Any = None,
        user_visible: Any = None,
        admin_visible: Any = None,
        access_control: Any = None,
        keyword: Any = None,
        lang: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_user_base_fields``: ``GET /api/v3/list-user-base-fields``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_LIST_USER_BASE_FIELDS, (target_type, data_type, tenant_id, page, limit, user_visible, admin_visible, access_control, keyword, lang), None, _request_options(call_options),
        )

    async def list_users(
        self,
        keywords: Any = None,
        advanced_filter: Any = None,
        search_query: Any = None,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_users``: ``POST /api/v3/list-users``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_LIST_USERS, (keywords, advanced_filter, search_query, options), None, _request_options(call_options),
        )

    async def list_users_legacy(
        self,
        page: Any = None,
        limit: Any = None,
        status: Any = None,
        updated_at_start: Any = None,
        updated_at_end: Any = None,
        with_custom_data: Any = None,
        with_post: Any = None,
        with_identities: Any = None,
        *,
        with_department_ids: Any = None,
        with_user_password_expire_time: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_users_legacy``: ``GET /api/v3/list-users``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_LIST_USERS_LEGACY, (page, limit, status, updated_at_start, updated_at_end, with_custom_data, with_post, with_identities, with_department_ids, with_user_password_expire_time), None, _request_options(call_options),
        )

    async def resign_user(
        self,
        user_id: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``resign_user``: ``POST /api/v3/resign-user``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_RESIGN_USER, (user_id, user_id_type), None, _request_options(call_options),
        )

    async def resign_user_batch(
        self,
        user_ids: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``resign_user_batch``: ``POST /api/v3/resign-user-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_RESIGN_USER_BATCH, (user_ids, user_id_type), None, _request_options(call_options),
        )

    async def set_custom_data(
        self,
        list: Any,
        target_identifier: Any,
        target_type: Any,
        tenant_id: Any = None,
        namespace: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``set_custom_data``: ``POST /api/v3/set-custom-data``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_SET_CUSTOM_DATA, (list, target_identifier, target_type, tenant_id, namespace), None, _request_options(call_options),
        )

    async def set_custom_fields(
        self,
        list: Any,
        tenant_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``set_custom_fields``: ``POST /api/v3/set-custom-fields``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_SET_CUSTOM_FIELDS, (list, tenant_id), None, _request_options(call_options),
        )

    async def set_user_base_fields(
        self,
        list: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``set_user_base_fields``: ``POST /api/v3/set-user-base-fields``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_SET_USER_BASE_FIELDS, (list,), None, _request_options(call_options),
        )

    async def update_user(
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
        *,
        metadata: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_user``: ``POST /api/v3/update-user``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_UPDATE_USER, (user_id, phone_country_code, name, nickname, photo, external_id, status, email_verified, phone_verified, birthdate, country, province, city, address, street_address, postal_code, gender, username, email, phone, password, company, browser, device, given_name, family_name, middle_name, profile, preferred_username, website, zoneinfo, locale, formatted, region, identity_number, custom_data, options, metadata), None, _request_options(call_options),
        )

    async def update_user_batch(
        self,
        list: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_user_batch``: ``POST /api/v3/update-user-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_UPDATE_USER_BATCH, (list, options), None, _request_options(call_options),
        )

    async def user_field_decrypt(
        self,
        data: Any,
        private_key: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``user_field_decrypt``: ``POST /api/v3/users/field/decrypt``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_USER_FIELD_DECRYPT, (data, private_key), None, _request_options(call_options),
        )
