# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Official management methods, area ``identity_sources``: the official answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from genauth_async._compat_base import CompatBase as _CompatBase
from genauth_async._generated.clients import ManagementClient as _Typed
from genauth_async._generated.management.identity_sources import (
    _EP_CHANGE_EXT_IDP_CONN_ASSOCIATION_STATE,
    _EP_CHANGE_EXT_IDP_CONN_STATE,
    _EP_CREATE_EXT_IDP,
    _EP_CREATE_EXT_IDP_CONN,
    _EP_DELETE_EXT_IDP,
    _EP_DELETE_EXT_IDP_CONN,
    _EP_DISABLE_LDAP_SERVER,
    _EP_EXT_IDP_CONN_STATE_BY_APPS,
    _EP_GET_BIND_PWD,
    _EP_GET_EXT_IDP,
    _EP_GET_USER_IDENTITIES,
    _EP_LINK_IDENTITY,
    _EP_LIST_EXT_IDP,
    _EP_QUERY_LDAP_CONFIG_INFO,
    _EP_QUERY_LDAP_LOG,
    _EP_QUERY_LDAP_SUB_ENTRIES,
    _EP_SAVE_LDAP_CONFIG_INFO,
    _EP_UNLINK_IDENTITY,
    _EP_UPDATE_EXT_IDP,
    _EP_UPDATE_EXT_IDP_CONN,
    _EP_UPDATE_LDAP_CONFIG_INFO,
)
from genauth_async._options import request_options as _request_options

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack


class IdentitySourcesMixin(_CompatBase[_Typed]):
    """Official management methods, area ``identity_sources``: the official answers."""

    __slots__ = ()

    async def change_ext_idp_conn_association_state(
        self,
        id: Any,
        association: Any,
        tenant_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``change_ext_idp_conn_association_state``: ``POST /api/v3/change-ext-idp-conn-association-state``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_CHANGE_EXT_IDP_CONN_ASSOCIATION_STATE, (id, association, tenant_id), None, _request_options(call_options),
        )

    async def change_ext_idp_conn_state(
        self,
        id: Any,
        enabled: Any,
        app_id: Any,
        tenant_id: Any = None,
        app_ids: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``change_ext_idp_conn_state``: ``POST /api/v3/change-ext-idp-conn-state``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_CHANGE_EXT_IDP_CONN_STATE, (id, enabled, app_id, tenant_id, app_ids), None, _request_options(call_options),
        )

    async def create_ext_idp(
        self,
        name: Any,
        type: Any,
        tenant_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_ext_idp``: ``POST /api/v3/create-ext-idp``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_CREATE_EXT_IDP, (name, type, tenant_id), None, _request_options(call_options),
        )

    async def create_ext_idp_conn(
        self,
        ext_idp_id: Any,
        type: Any,
        identifier: Any,
        display_name: Any,
        fields: Any,
        login_only: Any = None,
        logo: Any = None,
        tenant_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_ext_idp_conn``: ``POST /api/v3/create-ext-idp-conn``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_CREATE_EXT_IDP_CONN, (ext_idp_id, type, identifier, display_name, fields, login_only, logo, tenant_id), None, _request_options(call_options),
        )

    async def delete_ext_idp(
        self,
        id: Any,
        tenant_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_ext_idp``: ``POST /api/v3/delete-ext-idp``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_DELETE_EXT_IDP, (id, tenant_id), None, _request_options(call_options),
        )

    async def delete_ext_idp_conn(
        self,
        id: Any,
        tenant_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_ext_idp_conn``: ``POST /api/v3/delete-ext-idp-conn``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_DELETE_EXT_IDP_CONN, (id, tenant_id), None, _request_options(call_options),
        )

    async def disable_ldap_server(
        self,
        enabled: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``disable_ldap_server``: ``POST /api/v3/disable-ldap-server``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_DISABLE_LDAP_SERVER, (enabled,), None, _request_options(call_options),
        )

    async def ext_idp_conn_state_by_apps(
        self,
        id: Any,
        tenant_id: Any = None,
        app_id: Any = None,
        type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``ext_idp_conn_state_by_apps``: ``GET /api/v3/ext-idp-conn-apps``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_EXT_IDP_CONN_STATE_BY_APPS, (id, tenant_id, app_id, type), None, _request_options(call_options),
        )

    async def get_bind_pwd(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_bind_pwd``: ``GET /api/v3/get-ldap-server-random-pwd``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_BIND_PWD, (), None, _request_options(call_options),
        )

    async def get_ext_idp(
        self,
        id: Any,
        tenant_id: Any = None,
        app_id: Any = None,
        type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_ext_idp``: ``GET /api/v3/get-ext-idp``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_EXT_IDP, (id, tenant_id, app_id, type), None, _request_options(call_options),
        )

    async def get_user_identities(
        self,
        user_id: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_identities``: ``GET /api/v3/get-user-identities``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_USER_IDENTITIES, (user_id, user_id_type), None, _request_options(call_options),
        )

    async def link_identity(
        self,
        user_id_in_idp: Any,
        user_id: Any,
        ext_idp_id: Any,
        type: Any = None,
        is_social: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``link_identity``: ``POST /api/v3/link-identity``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_LINK_IDENTITY, (user_id_in_idp, user_id, ext_idp_id, type, is_social), None, _request_options(call_options),
        )

    async def list_ext_idp(
        self,
        tenant_id: Any = None,
        app_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_ext_idp``: ``GET /api/v3/list-ext-idp``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_LIST_EXT_IDP, (tenant_id, app_id), None, _request_options(call_options),
        )

    async def query_ldap_config_info(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``query_ldap_config_info``: ``GET /api/v3/get-ldap-server-config``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_QUERY_LDAP_CONFIG_INFO, (), None, _request_options(call_options),
        )

    async def query_ldap_log(
        self,
        type: Any,
        page: Any,
        limit: Any,
        connection: Any = None,
        operation_number: Any = None,
        error_code: Any = None,
        message: Any = None,
        start_time: Any = None,
        end_time: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``query_ldap_log``: ``GET /api/v3/get-ldap-server-log``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_QUERY_LDAP_LOG, (type, page, limit, connection, operation_number, error_code, message, start_time, end_time), None, _request_options(call_options),
        )

    async def query_ldap_sub_entries(
        self,
        page: Any,
        limit: Any,
        dn: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``query_ldap_sub_entries``: ``GET /api/v3/get-ldap-sub-entries``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_QUERY_LDAP_SUB_ENTRIES, (page, limit, dn), None, _request_options(call_options),
        )

    async def save_ldap_config_info(
        self,
        ldap_domain: Any,
        link_url: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``save_ldap_config_info``: ``POST /api/v3/enable-ldap-server``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_SAVE_LDAP_CONFIG_INFO, (ldap_domain, link_url), None, _request_options(call_options),
        )

    async def unlink_identity(
        self,
        user_id: Any,
        ext_idp_id: Any,
        type: Any = None,
        is_social: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``unlink_identity``: ``POST /api/v3/unlink-identity``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_UNLINK_IDENTITY, (user_id, ext_idp_id, type, is_social), None, _request_options(call_options),
        )

    async def update_ext_idp(
        self,
        name: Any,
        id: Any,
        tenant_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_ext_idp``: ``POST /api/v3/update-ext-idp``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_UPDATE_EXT_IDP, (name, id, tenant_id), None, _request_options(call_options),
        )

    async def update_ext_idp_conn(
        self,
        id: Any,
        display_name: Any,
        fields: Any,
        logo: Any = None,
        login_only: Any = None,
        tenant_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_ext_idp_conn``: ``POST /api/v3/update-ext-idp-conn``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_UPDATE_EXT_IDP_CONN, (id, display_name, fields, logo, login_only, tenant_id), None, _request_options(call_options),
        )

    async def update_ldap_config_info(
        self,
        bind_pwd: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_ldap_config_info``: ``POST /api/v3/update-ldap-server-config``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_UPDATE_LDAP_CONFIG_INFO, (bind_pwd,), None, _request_options(call_options),
        )
