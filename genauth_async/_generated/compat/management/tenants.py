# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Official management methods, area ``tenants``: the official answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from genauth_async._compat_base import CompatBase as _CompatBase
from genauth_async._generated.clients import ManagementClient as _Typed
from genauth_async._generated.management.tenants import (
    _EP_ADD_TENANT_USERS,
    _EP_ASSOCIATE_TENANT_RESOURCE,
    _EP_CHANGE_USERPOOL_TENAN_EXT_IDP_CONN_STATE,
    _EP_CREATE_MULTIPLE_TENANT_ADMIN,
    _EP_CREATE_TENANT,
    _EP_CREATE_TENANT_COOPERATOR,
    _EP_CREATE_TENANT_USER,
    _EP_DELETE_TENANT,
    _EP_DELETE_TENANT_ADMIN,
    _EP_DELETE_TENANT_USER,
    _EP_GET_MULTIPLE_TENANT_ADMIN,
    _EP_GET_TENANT,
    _EP_GET_TENANT_BY_CODE,
    _EP_GET_TENANT_COOPERATOR,
    _EP_GET_TENANT_COOPERATOR_MENU,
    _EP_GET_TENANT_LITTLE_INFO,
    _EP_GET_TENANT_USER,
    _EP_IMPORT_TENANT,
    _EP_IMPORT_TENANT_HISTORY,
    _EP_IMPORT_TENANT_NOTIFY_USER,
    _EP_LIST_MULTIPLE_TENANT_ADMIN,
    _EP_LIST_TENANTS,
    _EP_LIST_TENANT_ADMIN,
    _EP_LIST_TENANT_APPLICATIONS,
    _EP_LIST_TENANT_COOPERATORS,
    _EP_LIST_TENANT_EXT_IDP,
    _EP_LIST_TENANT_USERS,
    _EP_REMOVE_TENANT_USERS,
    _EP_SET_TENANT_ADMIN,
    _EP_UPDATE_TENANT,
    _EP_UPDATE_TENANT_QR_CODE_STATE,
    _EP_UPDATE_TENANT_USER,
    _EP_UPDATE_USER_POOL_TENANT_CONFIG,
    _EP_USERPOLL_TENANT_CONFIG,
)
from genauth_async._options import request_options as _request_options

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack


class TenantsMixin(_CompatBase[_Typed]):
    """Official management methods, area ``tenants``: the official answers."""

    __slots__ = ()

    async def add_tenant_users(
        self,
        link_user_ids: Any,
        tenant_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``add_tenant_users``: ``POST /api/v3/add-tenant-users``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_ADD_TENANT_USERS, (link_user_ids, tenant_id), None, _request_options(call_options),
        )

    async def associate_tenant_resource(
        self,
        code: Any,
        association: Any,
        app_id: Any,
        tenant_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``associate_tenant_resource``: ``POST /api/v3/associate-tenant-resource``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_ASSOCIATE_TENANT_RESOURCE, (code, association, app_id, tenant_id), None, _request_options(call_options),
        )

    async def change_userpool_tenan_ext_idp_conn_state(
        self,
        enabled: Any,
        conn_ids: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``change_userpool_tenan_ext_idp_conn_state``: ``POST /api/v3/change-userpool-tenant-ext-idp-conn-state``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_CHANGE_USERPOOL_TENAN_EXT_IDP_CONN_STATE, (enabled, conn_ids), None, _request_options(call_options),
        )

    async def create_multiple_tenant_admin(
        self,
        tenant_ids: Any,
        user_id: Any,
        api_authorized: Any = None,
        send_phone_notification: Any = None,
        send_email_notification: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_multiple_tenant_admin``: ``POST /api/v3/create-multiple-tenant-admin``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_CREATE_MULTIPLE_TENANT_ADMIN, (tenant_ids, user_id, api_authorized, send_phone_notification, send_email_notification), None, _request_options(call_options),
        )

    async def create_tenant(
        self,
        name: Any,
        app_ids: Any,
        logo: Any = None,
        description: Any = None,
        reject_hint: Any = None,
        source_app_id: Any = None,
        enterprise_domains: Any = None,
        expire_time: Any = None,
        mau_amount: Any = None,
        member_amount: Any = None,
        admin_amount: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_tenant``: ``POST /api/v3/create-tenant``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_CREATE_TENANT, (name, app_ids, logo, description, reject_hint, source_app_id, enterprise_domains, expire_time, mau_amount, member_amount, admin_amount), None, _request_options(call_options),
        )

    async def create_tenant_cooperator(
        self,
        policies: Any,
        user_id: Any,
        api_authorized: Any = None,
        send_phone_notification: Any = None,
        send_email_notification: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_tenant_cooperator``: ``POST /api/v3/create-tenant-cooperator``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_CREATE_TENANT_COOPERATOR, (policies, user_id, api_authorized, send_phone_notification, send_email_notification), None, _request_options(call_options),
        )

    async def create_tenant_user(
        self,
        tenant_id: Any,
        gender: Any,
        email: Any = None,
        phone: Any = None,
        phone_country_code: Any = None,
        username: Any = None,
        name: Any = None,
        nickname: Any = None,
        photo: Any = None,
        birthdate: Any = None,
        country: Any = None,
        province: Any = None,
        city: Any = None,
        address: Any = None,
        street_address: Any = None,
        postal_code: Any = None,
        given_name: Any = None,
        family_name: Any = None,
        middle_name: Any = None,
        preferred_username: Any = None,
        password: Any = None,
        salt: Any = None,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_tenant_user``: ``POST /api/v3/create-tenant-user``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_CREATE_TENANT_USER, (tenant_id, gender, email, phone, phone_country_code, username, name, nickname, photo, birthdate, country, province, city, address, street_address, postal_code, given_name, family_name, middle_name, preferred_username, password, salt, options), None, _request_options(call_options),
        )

    async def delete_tenant(
        self,
        tenant_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_tenant``: ``POST /api/v3/delete-tenant``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_DELETE_TENANT, (tenant_id,), None, _request_options(call_options),
        )

    async def delete_tenant_admin(
        self,
        tenant_id: Any = None,
        link_user_id: Any = None,
        member_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_tenant_admin``: ``POST /api/v3/delete-tenant-admin``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_DELETE_TENANT_ADMIN, (tenant_id, link_user_id, member_id), None, _request_options(call_options),
        )

    async def delete_tenant_user(
        self,
        tenant_id: Any,
        link_user_ids: Any = None,
        member_ids: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_tenant_user``: ``POST /api/v3/delete-tenant-user``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_DELETE_TENANT_USER, (tenant_id, link_user_ids, member_ids), None, _request_options(call_options),
        )

    async def get_multiple_tenant_admin(
        self,
        user_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_multiple_tenant_admin``: ``GET /api/v3/get-multiple-tenant-admin``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_MULTIPLE_TENANT_ADMIN, (user_id,), None, _request_options(call_options),
        )

    async def get_tenant(
        self,
        tenant_id: Any,
        with_members_count: Any = None,
        with_app_detail: Any = None,
        with_creator_detail: Any = None,
        with_source_app_detail: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_tenant``: ``GET /api/v3/get-tenant``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_TENANT, (tenant_id, with_members_count, with_app_detail, with_creator_detail, with_source_app_detail), None, _request_options(call_options),
        )

    async def get_tenant_by_code(
        self,
        code: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_tenant_by_code``: ``GET /api/v3/get-tenant-by-code``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_TENANT_BY_CODE, (code,), None, _request_options(call_options),
        )

    async def get_tenant_cooperator(
        self,
        user_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_tenant_cooperator``: ``GET /api/v3/get-tenant-cooperator``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_TENANT_COOPERATOR, (user_id,), None, _request_options(call_options),
        )

    async def get_tenant_cooperator_menu(
        self,
        user_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_tenant_cooperator_menu``: ``GET /api/v3/get-tenant-cooperator-menu``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_TENANT_COOPERATOR_MENU, (user_id,), None, _request_options(call_options),
        )

    async def get_tenant_little_info(
        self,
        tenant_id: Any,
        with_members_count: Any = None,
        with_app_detail: Any = None,
        with_creator_detail: Any = None,
        with_source_app_detail: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_tenant_little_info``: ``GET /api/v3/get-tenant-little-info``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_TENANT_LITTLE_INFO, (tenant_id, with_members_count, with_app_detail, with_creator_detail, with_source_app_detail), None, _request_options(call_options),
        )

    async def get_tenant_user(
        self,
        tenant_id: Any,
        link_user_id: Any = None,
        member_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_tenant_user``: ``GET /api/v3/get-tenant-user``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_TENANT_USER, (tenant_id, link_user_id, member_id), None, _request_options(call_options),
        )

    async def import_tenant(
        self,
        excel_url: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``import_tenant``: ``POST /api/v3/import-tenant``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_IMPORT_TENANT, (excel_url,), None, _request_options(call_options),
        )

    async def import_tenant_history(
        self,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``import_tenant_history``: ``GET /api/v3/import-tenant-history``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_IMPORT_TENANT_HISTORY, (page, limit), None, _request_options(call_options),
        )

    async def import_tenant_notify_user(
        self,
        import_id: Any,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``import_tenant_notify_user``: ``GET /api/v3/import-tenant-notify-user``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_IMPORT_TENANT_NOTIFY_USER, (import_id, page, limit), None, _request_options(call_options),
        )

    async def list_multiple_tenant_admin(
        self,
        keywords: Any = None,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_multiple_tenant_admin``: ``GET /api/v3/list-multiple-tenant-admins``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_LIST_MULTIPLE_TENANT_ADMIN, (keywords, page, limit), None, _request_options(call_options),
        )

    async def list_tenant_admin(
        self,
        tenant_id: Any,
        keywords: Any = None,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_tenant_admin``: ``POST /api/v3/list-tenant-admin``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_LIST_TENANT_ADMIN, (tenant_id, keywords, page, limit), None, _request_options(call_options),
        )

    async def list_tenant_applications(
        self,
        page: Any,
        limit: Any,
        keywords: Any,
        sso_enabled: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_tenant_applications``: ``GET /api/v3/list-tenant-applications``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_LIST_TENANT_APPLICATIONS, (page, limit, keywords, sso_enabled), None, _request_options(call_options),
        )

    async def list_tenant_cooperators(
        self,
        keywords: Any = None,
        external: Any = None,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_tenant_cooperators``: ``GET /api/v3/list-tenant-cooperators``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_LIST_TENANT_COOPERATORS, (keywords, external, page, limit), None, _request_options(call_options),
        )

    async def list_tenant_ext_idp(
        self,
        tenant_id: Any = None,
        app_id: Any = None,
        type: Any = None,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_tenant_ext_idp``: ``GET /api/v3/list-tenant-ext-idp``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_LIST_TENANT_EXT_IDP, (tenant_id, app_id, type, page, limit), None, _request_options(call_options),
        )

    async def list_tenant_users(
        self,
        tenant_id: Any,
        keywords: Any = None,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_tenant_users``: ``POST /api/v3/list-tenant-users``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_LIST_TENANT_USERS, (tenant_id, keywords, options), None, _request_options(call_options),
        )

    async def list_tenants(
        self,
        keywords: Any = None,
        with_members_count: Any = None,
        with_app_detail: Any = None,
        with_creator_detail: Any = None,
        with_source_app_detail: Any = None,
        page: Any = None,
        limit: Any = None,
        source: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_tenants``: ``GET /api/v3/list-tenants``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_LIST_TENANTS, (keywords, with_members_count, with_app_detail, with_creator_detail, with_source_app_detail, page, limit, source), None, _request_options(call_options),
        )

    async def remove_tenant_users(
        self,
        tenant_id: Any,
        link_user_ids: Any = None,
        member_ids: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``remove_tenant_users``: ``POST /api/v3/remove-tenant-users``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_REMOVE_TENANT_USERS, (tenant_id, link_user_ids, member_ids), None, _request_options(call_options),
        )

    async def set_tenant_admin(
        self,
        tenant_id: Any,
        link_user_ids: Any = None,
        member_ids: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``set_tenant_admin``: ``POST /api/v3/set-tenant-admin``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_SET_TENANT_ADMIN, (tenant_id, link_user_ids, member_ids), None, _request_options(call_options),
        )

    async def update_tenant(
        self,
        tenant_id: Any,
        name: Any = None,
        app_ids: Any = None,
        logo: Any = None,
        description: Any = None,
        reject_hint: Any = None,
        source_app_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_tenant``: ``POST /api/v3/update-tenant``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_UPDATE_TENANT, (tenant_id, name, app_ids, logo, description, reject_hint, source_app_id), None, _request_options(call_options),
        )

    async def update_tenant_qr_code_state(
        self,
        enabled: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_tenant_qr_code_state``: ``POST /api/v3/update-userpool-tenant-appqrcode-state``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_UPDATE_TENANT_QR_CODE_STATE, (enabled,), None, _request_options(call_options),
        )

    async def update_tenant_user(
        self,
        updates: Any,
        tenant_id: Any,
        link_user_id: Any = None,
        member_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_tenant_user``: ``POST /api/v3/update-tenant-user``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_UPDATE_TENANT_USER, (updates, tenant_id, link_user_id, member_id), None, _request_options(call_options),
        )

    async def update_user_pool_tenant_config(
        self,
        update: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_user_pool_tenant_config``: ``POST /api/v3/update-userpool-tenant-config``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_UPDATE_USER_POOL_TENANT_CONFIG, (update,), None, _request_options(call_options),
        )

    async def userpoll_tenant_config(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``userpoll_tenant_config``: ``GET /api/v3/userpool-tenant-config``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_USERPOLL_TENANT_CONFIG, (), None, _request_options(call_options),
        )
