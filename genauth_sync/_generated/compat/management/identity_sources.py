# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Official management methods, area ``identity_sources``: the official answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from genauth_sync._compat_base import SyncCompatBase as _SyncCompatBase
from genauth_sync._generated.clients import ManagementClient as _Typed

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack


class IdentitySourcesMixin(_SyncCompatBase[_Typed]):
    """Official management methods, area ``identity_sources``: the official answers."""

    __slots__ = ()

    def change_ext_idp_conn_association_state(
        self,
        id: Any,
        association: Any,
        tenant_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``change_ext_idp_conn_association_state``: ``POST /api/v3/change-ext-idp-conn-association-state``, the whole answer."""
        return self._call("change_ext_idp_conn_association_state", (id, association, tenant_id), {**call_options})  # type: ignore[no-any-return]

    def change_ext_idp_conn_state(
        self,
        id: Any,
        enabled: Any,
        app_id: Any,
        tenant_id: Any = None,
        app_ids: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``change_ext_idp_conn_state``: ``POST /api/v3/change-ext-idp-conn-state``, the whole answer."""
        return self._call("change_ext_idp_conn_state", (id, enabled, app_id, tenant_id, app_ids), {**call_options})  # type: ignore[no-any-return]

    def create_ext_idp(
        self,
        name: Any,
        type: Any,
        tenant_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_ext_idp``: ``POST /api/v3/create-ext-idp``, the whole answer."""
        return self._call("create_ext_idp", (name, type, tenant_id), {**call_options})  # type: ignore[no-any-return]

    def create_ext_idp_conn(
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
        return self._call("create_ext_idp_conn", (ext_idp_id, type, identifier, display_name, fields, login_only, logo, tenant_id), {**call_options})  # type: ignore[no-any-return]

    def delete_ext_idp(
        self,
        id: Any,
        tenant_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_ext_idp``: ``POST /api/v3/delete-ext-idp``, the whole answer."""
        return self._call("delete_ext_idp", (id, tenant_id), {**call_options})  # type: ignore[no-any-return]

    def delete_ext_idp_conn(
        self,
        id: Any,
        tenant_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_ext_idp_conn``: ``POST /api/v3/delete-ext-idp-conn``, the whole answer."""
        return self._call("delete_ext_idp_conn", (id, tenant_id), {**call_options})  # type: ignore[no-any-return]

    def disable_ldap_server(
        self,
        enabled: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``disable_ldap_server``: ``POST /api/v3/disable-ldap-server``, the whole answer."""
        return self._call("disable_ldap_server", (enabled,), {**call_options})  # type: ignore[no-any-return]

    def ext_idp_conn_state_by_apps(
        self,
        id: Any,
        tenant_id: Any = None,
        app_id: Any = None,
        type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``ext_idp_conn_state_by_apps``: ``GET /api/v3/ext-idp-conn-apps``, the whole answer."""
        return self._call("ext_idp_conn_state_by_apps", (id, tenant_id, app_id, type), {**call_options})  # type: ignore[no-any-return]

    def get_bind_pwd(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_bind_pwd``: ``GET /api/v3/get-ldap-server-random-pwd``, the whole answer."""
        return self._call("get_bind_pwd", (), {**call_options})  # type: ignore[no-any-return]

    def get_ext_idp(
        self,
        id: Any,
        tenant_id: Any = None,
        app_id: Any = None,
        type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_ext_idp``: ``GET /api/v3/get-ext-idp``, the whole answer."""
        return self._call("get_ext_idp", (id, tenant_id, app_id, type), {**call_options})  # type: ignore[no-any-return]

    def get_user_identities(
        self,
        user_id: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_identities``: ``GET /api/v3/get-user-identities``, the whole answer."""
        return self._call("get_user_identities", (user_id, user_id_type), {**call_options})  # type: ignore[no-any-return]

    def link_identity(
        self,
        user_id_in_idp: Any,
        user_id: Any,
        ext_idp_id: Any,
        type: Any = None,
        is_social: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``link_identity``: ``POST /api/v3/link-identity``, the whole answer."""
        return self._call("link_identity", (user_id_in_idp, user_id, ext_idp_id, type, is_social), {**call_options})  # type: ignore[no-any-return]

    def list_ext_idp(
        self,
        tenant_id: Any = None,
        app_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_ext_idp``: ``GET /api/v3/list-ext-idp``, the whole answer."""
        return self._call("list_ext_idp", (tenant_id, app_id), {**call_options})  # type: ignore[no-any-return]

    def query_ldap_config_info(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``query_ldap_config_info``: ``GET /api/v3/get-ldap-server-config``, the whole answer."""
        return self._call("query_ldap_config_info", (), {**call_options})  # type: ignore[no-any-return]

    def query_ldap_log(
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
        return self._call("query_ldap_log", (type, page, limit, connection, operation_number, error_code, message, start_time, end_time), {**call_options})  # type: ignore[no-any-return]

    def query_ldap_sub_entries(
        self,
        page: Any,
        limit: Any,
        dn: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``query_ldap_sub_entries``: ``GET /api/v3/get-ldap-sub-entries``, the whole answer."""
        return self._call("query_ldap_sub_entries", (page, limit, dn), {**call_options})  # type: ignore[no-any-return]

    def save_ldap_config_info(
        self,
        ldap_domain: Any,
        link_url: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``save_ldap_config_info``: ``POST /api/v3/enable-ldap-server``, the whole answer."""
        return self._call("save_ldap_config_info", (ldap_domain, link_url), {**call_options})  # type: ignore[no-any-return]

    def unlink_identity(
        self,
        user_id: Any,
        ext_idp_id: Any,
        type: Any = None,
        is_social: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``unlink_identity``: ``POST /api/v3/unlink-identity``, the whole answer."""
        return self._call("unlink_identity", (user_id, ext_idp_id, type, is_social), {**call_options})  # type: ignore[no-any-return]

    def update_ext_idp(
        self,
        name: Any,
        id: Any,
        tenant_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_ext_idp``: ``POST /api/v3/update-ext-idp``, the whole answer."""
        return self._call("update_ext_idp", (name, id, tenant_id), {**call_options})  # type: ignore[no-any-return]

    def update_ext_idp_conn(
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
        return self._call("update_ext_idp_conn", (id, display_name, fields, logo, login_only, tenant_id), {**call_options})  # type: ignore[no-any-return]

    def update_ldap_config_info(
        self,
        bind_pwd: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_ldap_config_info``: ``POST /api/v3/update-ldap-server-config``, the whole answer."""
        return self._call("update_ldap_config_info", (bind_pwd,), {**call_options})  # type: ignore[no-any-return]
