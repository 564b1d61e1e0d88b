# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""The official clients' methods, blocking, on the sync facade (see tools/codegen/compat.py)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from genauth_async._generated.compat import AuthenticationClient as _AsyncAuthenticationClient
from genauth_async._generated.compat import ManagementClient as _AsyncManagementClient
from genauth_sync._compat_base import SyncCompatAuthenticationBase, SyncCompatManagementBase
from genauth_sync._subscribe import deliver as _deliver

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack

__all__ = ["AuthenticationClient", "ManagementClient"]


class ManagementClient(SyncCompatManagementBase):
    """The official ``genauth.ManagementClient``, answering as it did, on ``genauth_sync.ManagementClient``."""

    _async_compat = _AsyncManagementClient

    def add(
        self,
        expire_at: Any,
        limit_list: Any,
        remove_type: Any,
        add_type: Any,
        ip_type: Any,
        ips: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``add``, answering the official shape (``dict[str, Any]``)."""
        return self._call("add", (expire_at, limit_list, remove_type, add_type, ip_type, ips), {**call_options})  # type: ignore[no-any-return]

    def add_group_members(
        self,
        user_ids: Any,
        code: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``add_group_members``, answering the official shape (``dict[str, Any]``)."""
        return self._call("add_group_members", (user_ids, code), {**call_options})  # type: ignore[no-any-return]

    def add_risk_list_policy(
        self,
        limit_list: Any,
        action: Any,
        remove_type: Any,
        event_state_type: Any,
        count_thr: Any,
        time_range: Any,
        user_cond: Any,
        ip_cond: Any,
        user_range: Any,
        ip_range: Any,
        opt_object: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``add_risk_list_policy``, answering the official shape (``dict[str, Any]``)."""
        return self._call("add_risk_list_policy", (limit_list, action, remove_type, event_state_type, count_thr, time_range, user_cond, ip_cond, user_range, ip_range, opt_object), {**call_options})  # type: ignore[no-any-return]

    def add_tenant_users(
        self,
        link_user_ids: Any,
        tenant_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``add_tenant_users``, answering the official shape (``dict[str, Any]``)."""
        return self._call("add_tenant_users", (link_user_ids, tenant_id), {**call_options})  # type: ignore[no-any-return]

    def add_user(
        self,
        expire_at: Any,
        limit_list: Any,
        remove_type: Any,
        add_type: Any,
        user_list_type: Any,
        user_ids: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``add_user``, answering the official shape (``dict[str, Any]``)."""
        return self._call("add_user", (expire_at, limit_list, remove_type, add_type, user_list_type, user_ids), {**call_options})  # type: ignore[no-any-return]

    def add_whitelist(
        self,
        type: Any,
        list: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``add_whitelist``, answering the official shape (``dict[str, Any]``)."""
        return self._call("add_whitelist", (type, list), {**call_options})  # type: ignore[no-any-return]

    def assign_asa_account(
        self,
        app_id: Any,
        account_id: Any,
        targets: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``assign_asa_account``, answering the official shape (``dict[str, Any]``)."""
        return self._call("assign_asa_account", (app_id, account_id, targets), {**call_options})  # type: ignore[no-any-return]

    def assign_role(
        self,
        targets: Any,
        code: Any,
        end_time: Any = None,
        enable_time: Any = None,
        namespace: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``assign_role``, answering the official shape (``dict[str, Any]``)."""
        return self._call("assign_role", (targets, code, end_time, enable_time, namespace), {**call_options})  # type: ignore[no-any-return]

    def assign_role_batch(
        self,
        targets: Any,
        roles: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``assign_role_batch``, answering the official shape (``dict[str, Any]``)."""
        return self._call("assign_role_batch", (targets, roles), {**call_options})  # type: ignore[no-any-return]

    def associate_tenant_resource(
        self,
        code: Any,
        association: Any,
        app_id: Any,
        tenant_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``associate_tenant_resource``, answering the official shape (``dict[str, Any]``)."""
        return self._call("associate_tenant_resource", (code, association, app_id, tenant_id), {**call_options})  # type: ignore[no-any-return]

    def authorize_application_access(
        self,
        app_id: Any,
        list: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``authorize_application_access``, answering the official shape (``dict[str, Any]``)."""
        return self._call("authorize_application_access", (app_id, list), {**call_options})  # type: ignore[no-any-return]

    def authorize_data_policies(
        self,
        target_list: Any,
        policy_ids: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``authorize_data_policies``, answering the official shape (``dict[str, Any]``)."""
        return self._call("authorize_data_policies", (target_list, policy_ids), {**call_options})  # type: ignore[no-any-return]

    def authorize_resources(
        self,
        list: Any,
        namespace: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``authorize_resources``, answering the official shape (``dict[str, Any]``)."""
        return self._call("authorize_resources", (list, namespace), {**call_options})  # type: ignore[no-any-return]

    def batch_delete_common_resource(
        self,
        ids: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``batch_delete_common_resource``, answering the official shape (``dict[str, Any]``)."""
        return self._call("batch_delete_common_resource", (ids,), {**call_options})  # type: ignore[no-any-return]

    def bind_public_account_of_roles(
        self,
        role_ids: Any,
        user_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``bind_public_account_of_roles``, answering the official shape (``dict[str, Any]``)."""
        return self._call("bind_public_account_of_roles", (role_ids, user_id), {**call_options})  # type: ignore[no-any-return]

    def bind_users_public_account(
        self,
        public_account_id: Any,
        user_ids: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``bind_users_public_account``, answering the official shape (``dict[str, Any]``)."""
        return self._call("bind_users_public_account", (public_account_id, user_ids), {**call_options})  # type: ignore[no-any-return]

    def capture(
        self,
        data: Any,
        model_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``capture``, answering the official shape (``dict[str, Any]``)."""
        return self._call("capture", (data, model_id), {**call_options})  # type: ignore[no-any-return]

    def change_ext_idp_conn_association_state(
        self,
        id: Any,
        association: Any,
        tenant_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``change_ext_idp_conn_association_state``, answering the official shape (``dict[str, Any]``)."""
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
        """Official ``change_ext_idp_conn_state``, answering the official shape (``dict[str, Any]``)."""
        return self._call("change_ext_idp_conn_state", (id, enabled, app_id, tenant_id, app_ids), {**call_options})  # type: ignore[no-any-return]

    def change_into_public_account(
        self,
        user_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``change_into_public_account``, answering the official shape (``dict[str, Any]``)."""
        return self._call("change_into_public_account", (user_id,), {**call_options})  # type: ignore[no-any-return]

    def change_userpool_tenan_ext_idp_conn_state(
        self,
        enabled: Any,
        conn_ids: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``change_userpool_tenan_ext_idp_conn_state``, answering the official shape (``dict[str, Any]``)."""
        return self._call("change_userpool_tenan_ext_idp_conn_state", (enabled, conn_ids), {**call_options})  # type: ignore[no-any-return]

    def check_data_policy_exists(
        self,
        policy_name: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``check_data_policy_exists``, answering the official shape (``dict[str, Any]``)."""
        return self._call("check_data_policy_exists", (policy_name,), {**call_options})  # type: ignore[no-any-return]

    def check_data_resource_exists(
        self,
        namespace_code: Any,
        resource_name: Any = None,
        resource_code: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``check_data_resource_exists``, answering the official shape (``dict[str, Any]``)."""
        return self._call("check_data_resource_exists", (namespace_code, resource_name, resource_code), {**call_options})  # type: ignore[no-any-return]

    def check_domain_available(
        self,
        domain: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``check_domain_available``, answering the official shape (``dict[str, Any]``)."""
        return self._call("check_domain_available", (domain,), {**call_options})  # type: ignore[no-any-return]

    def check_external_user_permission(
        self,
        resources: Any,
        action: Any,
        external_id: Any,
        namespace_code: Any,
        judge_condition_enabled: Any = None,
        auth_env_params: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``check_external_user_permission``, answering the official shape (``dict[str, Any]``)."""
        return self._call("check_external_user_permission", (resources, action, external_id, namespace_code, judge_condition_enabled, auth_env_params), {**call_options})  # type: ignore[no-any-return]

    def check_params_namespace(
        self,
        code: Any,
        namespace: Any,
        name: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``check_params_namespace``, answering the official shape (``dict[str, Any]``)."""
        return self._call("check_params_namespace", (code, namespace, name), {**call_options})  # type: ignore[no-any-return]

    def check_permission(
        self,
        resources: Any,
        action: Any,
        user_id: Any,
        namespace_code: Any,
        judge_condition_enabled: Any = None,
        auth_env_params: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``check_permission``, answering the official shape (``dict[str, Any]``)."""
        return self._call("check_permission", (resources, action, user_id, namespace_code, judge_condition_enabled, auth_env_params), {**call_options})  # type: ignore[no-any-return]

    def check_permission_namespace_exists(
        self,
        code: Any = None,
        name: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``check_permission_namespace_exists``, answering the official shape (``dict[str, Any]``)."""
        return self._call("check_permission_namespace_exists", (code, name), {**call_options})  # type: ignore[no-any-return]

    def check_session_status(
        self,
        app_id: Any,
        user_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``check_session_status``, answering the official shape (``dict[str, Any]``)."""
        return self._call("check_session_status", (app_id, user_id), {**call_options})  # type: ignore[no-any-return]

    def check_user_same_level_permission(
        self,
        resource_node_codes: Any,
        resource: Any,
        action: Any,
        user_id: Any,
        namespace_code: Any,
        judge_condition_enabled: Any = None,
        auth_env_params: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``check_user_same_level_permission``, answering the official shape (``dict[str, Any]``)."""
        return self._call("check_user_same_level_permission", (resource_node_codes, resource, action, user_id, namespace_code, judge_condition_enabled, auth_env_params), {**call_options})  # type: ignore[no-any-return]

    def config_email_provider(
        self,
        type: Any,
        enabled: Any,
        smtp_config: Any = None,
        send_grid_config: Any = None,
        ali_exmail_config: Any = None,
        tencent_exmail_config: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``config_email_provider``, answering the official shape (``dict[str, Any]``)."""
        return self._call("config_email_provider", (type, enabled, smtp_config, send_grid_config, ali_exmail_config, tencent_exmail_config), {**call_options})  # type: ignore[no-any-return]

    def copy_operate(
        self,
        custom_config: Any,
        model_id: Any,
        id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``copy_operate``, answering the official shape (``dict[str, Any]``)."""
        return self._call("copy_operate", (custom_config, model_id, id), {**call_options})  # type: ignore[no-any-return]

    def create_access_key(
        self,
        type: Any,
        user_id: Any = None,
        tenant_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_access_key``, answering the official shape (``dict[str, Any]``)."""
        return self._call("create_access_key", (type, user_id, tenant_id), {**call_options})  # type: ignore[no-any-return]

    def create_admin_role(
        self,
        name: Any,
        code: Any,
        description: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_admin_role``, answering the official shape (``dict[str, Any]``)."""
        return self._call("create_admin_role", (name, code, description), {**call_options})  # type: ignore[no-any-return]

    def create_application(
        self,
        app_name: Any,
        template: Any = None,
        template_data: Any = None,
        app_identifier: Any = None,
        app_logo: Any = None,
        app_description: Any = None,
        app_type: Any = None,
        default_protocol: Any = None,
        redirect_uris: Any = None,
        logout_redirect_uris: Any = None,
        init_login_uri: Any = None,
        sso_enabled: Any = None,
        oidc_config: Any = None,
        saml_provider_enabled: Any = None,
        saml_config: Any = None,
        oauth_provider_enabled: Any = None,
        oauth_config: Any = None,
        cas_provider_enabled: Any = None,
        cas_config: Any = None,
        login_config: Any = None,
        register_config: Any = None,
        branding_config: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_application``, answering the official shape (``dict[str, Any]``)."""
        return self._call("create_application", (app_name, template, template_data, app_identifier, app_logo, app_description, app_type, default_protocol, redirect_uris, logout_redirect_uris, init_login_uri, sso_enabled, oidc_config, saml_provider_enabled, saml_config, oauth_provider_enabled, oauth_config, cas_provider_enabled, cas_config, login_config, register_config, branding_config), {**call_options})  # type: ignore[no-any-return]

    def create_asa_account(
        self,
        account_info: Any,
        app_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_asa_account``, answering the official shape (``dict[str, Any]``)."""
        return self._call("create_asa_account", (account_info, app_id), {**call_options})  # type: ignore[no-any-return]

    def create_asa_account_batch(
        self,
        list: Any,
        app_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_asa_account_batch``, answering the official shape (``dict[str, Any]``)."""
        return self._call("create_asa_account_batch", (list, app_id), {**call_options})  # type: ignore[no-any-return]

    def create_data_policy(
        self,
        statement_list: Any,
        policy_name: Any,
        description: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_data_policy``, answering the official shape (``dict[str, Any]``)."""
        return self._call("create_data_policy", (statement_list, policy_name, description), {**call_options})  # type: ignore[no-any-return]

    def create_data_resource(
        self,
        actions: Any,
        struct: Any,
        type: Any,
        resource_code: Any,
        resource_name: Any,
        namespace_code: Any,
        description: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_data_resource``, answering the official shape (``dict[str, Any]``)."""
        return self._call("create_data_resource", (actions, struct, type, resource_code, resource_name, namespace_code, description), {**call_options})  # type: ignore[no-any-return]

    def create_data_resource_by_array(
        self,
        actions: Any,
        struct: Any,
        resource_code: Any,
        resource_name: Any,
        namespace_code: Any,
        description: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_data_resource_by_array``, answering the official shape (``dict[str, Any]``)."""
        return self._call("create_data_resource_by_array", (actions, struct, resource_code, resource_name, namespace_code, description), {**call_options})  # type: ignore[no-any-return]

    def create_data_resource_by_string(
        self,
        actions: Any,
        struct: Any,
        resource_code: Any,
        resource_name: Any,
        namespace_code: Any,
        description: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_data_resource_by_string``, answering the official shape (``dict[str, Any]``)."""
        return self._call("create_data_resource_by_string", (actions, struct, resource_code, resource_name, namespace_code, description), {**call_options})  # type: ignore[no-any-return]

    def create_data_resource_by_tree(
        self,
        actions: Any,
        struct: Any,
        resource_code: Any,
        resource_name: Any,
        namespace_code: Any,
        description: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_data_resource_by_tree``, answering the official shape (``dict[str, Any]``)."""
        return self._call("create_data_resource_by_tree", (actions, struct, resource_code, resource_name, namespace_code, description), {**call_options})  # type: ignore[no-any-return]

    def create_device(
        self,
        device_unique_id: Any,
        type: Any,
        custom_data: Any,
        name: Any = None,
        version: Any = None,
        hks: Any = None,
        fde: Any = None,
        hor: Any = None,
        sn: Any = None,
        producer: Any = None,
        mod: Any = None,
        os: Any = None,
        imei: Any = None,
        meid: Any = None,
        description: Any = None,
        language: Any = None,
        cookie: Any = None,
        user_agent: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_device``, answering the official shape (``dict[str, Any]``)."""
        return self._call("create_device", (device_unique_id, type, custom_data, name, version, hks, fde, hor, sn, producer, mod, os, imei, meid, description, language, cookie, user_agent), {**call_options})  # type: ignore[no-any-return]

    def create_event_app(
        self,
        logo: Any,
        name: Any,
        identifier: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_event_app``, answering the official shape (``dict[str, Any]``)."""
        return self._call("create_event_app", (logo, name, identifier), {**call_options})  # type: ignore[no-any-return]

    def create_ext_idp(
        self,
        name: Any,
        type: Any,
        tenant_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_ext_idp``, answering the official shape (``dict[str, Any]``)."""
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
        """Official ``create_ext_idp_conn``, answering the official shape (``dict[str, Any]``)."""
        return self._call("create_ext_idp_conn", (ext_idp_id, type, identifier, display_name, fields, login_only, logo, tenant_id), {**call_options})  # type: ignore[no-any-return]

    def create_field(
        self,
        user_visible: Any,
        relation_optional_range: Any,
        relation_show_key: Any,
        relation_multiple: Any,
        relation_type: Any,
        for_login: Any,
        fuzzy_search: Any,
        drop_down: Any,
        format: Any,
        regexp: Any,
        min: Any,
        max: Any,
        max_length: Any,
        unique: Any,
        require: Any,
        default: Any,
        help: Any,
        editable: Any,
        show: Any,
        type: Any,
        key: Any,
        name: Any,
        model_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_field``, answering the official shape (``dict[str, Any]``)."""
        return self._call("create_field", (user_visible, relation_optional_range, relation_show_key, relation_multiple, relation_type, for_login, fuzzy_search, drop_down, format, regexp, min, max, max_length, unique, require, default, help, editable, show, type, key, name, model_id), {**call_options})  # type: ignore[no-any-return]

    def create_group(
        self,
        type: Any,
        description: Any,
        name: Any,
        code: Any,
        custom_data: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_group``, answering the official shape (``dict[str, Any]``)."""
        return self._call("create_group", (type, description, name, code, custom_data), {**call_options})  # type: ignore[no-any-return]

    def create_groups_batch(
        self,
        list: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_groups_batch``, answering the official shape (``dict[str, Any]``)."""
        return self._call("create_groups_batch", (list,), {**call_options})  # type: ignore[no-any-return]

    def create_model(
        self,
        parent_key: Any,
        enable: Any,
        type: Any,
        description: Any,
        name: Any,
        data_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_model``, answering the official shape (``dict[str, Any]``)."""
        return self._call("create_model", (parent_key, enable, type, description, name, data_type), {**call_options})  # type: ignore[no-any-return]

    def create_multiple_tenant_admin(
        self,
        tenant_ids: Any,
        user_id: Any,
        api_authorized: Any = None,
        send_phone_notification: Any = None,
        send_email_notification: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_multiple_tenant_admin``, answering the official shape (``dict[str, Any]``)."""
        return self._call("create_multiple_tenant_admin", (tenant_ids, user_id, api_authorized, send_phone_notification, send_email_notification), {**call_options})  # type: ignore[no-any-return]

    def create_namespace(
        self,
        code: Any,
        name: Any = None,
        description: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_namespace``, answering the official shape (``dict[str, Any]``)."""
        return self._call("create_namespace", (code, name, description), {**call_options})  # type: ignore[no-any-return]

    def create_namespaces_batch(
        self,
        list: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_namespaces_batch``, answering the official shape (``dict[str, Any]``)."""
        return self._call("create_namespaces_batch", (list,), {**call_options})  # type: ignore[no-any-return]

    def create_operate(
        self,
        show: Any,
        icon: Any,
        config: Any,
        operate_name: Any,
        operate_key: Any,
        model_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_operate``, answering the official shape (``dict[str, Any]``)."""
        return self._call("create_operate", (show, icon, config, operate_name, operate_key, model_id), {**call_options})  # type: ignore[no-any-return]

    def create_or_update_group(
        self,
        type: Any,
        description: Any,
        name: Any,
        code: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_or_update_group``, answering the official shape (``dict[str, Any]``)."""
        return self._call("create_or_update_group", (type, description, name, code), {**call_options})  # type: ignore[no-any-return]

    def create_permission_namespace(
        self,
        name: Any,
        code: Any,
        description: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_permission_namespace``, answering the official shape (``dict[str, Any]``)."""
        return self._call("create_permission_namespace", (name, code, description), {**call_options})  # type: ignore[no-any-return]

    def create_permission_namespaces_batch(
        self,
        list: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_permission_namespaces_batch``, answering the official shape (``dict[str, Any]``)."""
        return self._call("create_permission_namespaces_batch", (list,), {**call_options})  # type: ignore[no-any-return]

    def create_pipeline_function(
        self,
        source_code: Any,
        scene: Any,
        func_name: Any,
        func_description: Any = None,
        is_asynchronous: Any = None,
        timeout: Any = None,
        terminate_on_timeout: Any = None,
        enabled: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_pipeline_function``, answering the official shape (``dict[str, Any]``)."""
        return self._call("create_pipeline_function", (source_code, scene, func_name, func_description, is_asynchronous, timeout, terminate_on_timeout, enabled), {**call_options})  # type: ignore[no-any-return]

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
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_public_account``, answering the official shape (``dict[str, Any]``)."""
        return self._call("create_public_account", (status, email, phone, phone_country_code, username, external_id, name, nickname, photo, gender, email_verified, phone_verified, birthdate, country, province, city, address, street_address, postal_code, company, browser, device, given_name, family_name, middle_name, profile, preferred_username, website, zoneinfo, locale, formatted, region, password, salt, otp, custom_data, identity_number, options), {**call_options})  # type: ignore[no-any-return]

    def create_public_accounts_batch(
        self,
        list: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_public_accounts_batch``, answering the official shape (``dict[str, Any]``)."""
        return self._call("create_public_accounts_batch", (list, options), {**call_options})  # type: ignore[no-any-return]

    def create_resource(
        self,
        type: Any,
        code: Any,
        description: Any = None,
        name: Any = None,
        actions: Any = None,
        api_identifier: Any = None,
        namespace: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_resource``, answering the official shape (``dict[str, Any]``)."""
        return self._call("create_resource", (type, code, description, name, actions, api_identifier, namespace), {**call_options})  # type: ignore[no-any-return]

    def create_resources_batch(
        self,
        list: Any,
        namespace: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_resources_batch``, answering the official shape (``dict[str, Any]``)."""
        return self._call("create_resources_batch", (list, namespace), {**call_options})  # type: ignore[no-any-return]

    def create_role(
        self,
        code: Any,
        name: Any = None,
        namespace: Any = None,
        description: Any = None,
        disable_time: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_role``, answering the official shape (``dict[str, Any]``)."""
        return self._call("create_role", (code, name, namespace, description, disable_time), {**call_options})  # type: ignore[no-any-return]

    def create_roles_batch(
        self,
        list: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_roles_batch``, answering the official shape (``dict[str, Any]``)."""
        return self._call("create_roles_batch", (list,), {**call_options})  # type: ignore[no-any-return]

    def create_row(
        self,
        data: Any,
        model_id: Any,
        row_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_row``, answering the official shape (``dict[str, Any]``)."""
        return self._call("create_row", (data, model_id, row_id), {**call_options})  # type: ignore[no-any-return]

    def create_row_relation(
        self,
        value_list: Any,
        row_id: Any,
        field_id: Any,
        model_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_row_relation``, answering the official shape (``dict[str, Any]``)."""
        return self._call("create_row_relation", (value_list, row_id, field_id, model_id), {**call_options})  # type: ignore[no-any-return]

    def create_tenant(
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
        """Official ``create_tenant``, answering the official shape (``dict[str, Any]``)."""
        return self._call("create_tenant", (name, app_ids, logo, description, reject_hint, source_app_id, enterprise_domains, expire_time, mau_amount, member_amount, admin_amount), {**call_options})  # type: ignore[no-any-return]

    def create_tenant_cooperator(
        self,
        policies: Any,
        user_id: Any,
        api_authorized: Any = None,
        send_phone_notification: Any = None,
        send_email_notification: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_tenant_cooperator``, answering the official shape (``dict[str, Any]``)."""
        return self._call("create_tenant_cooperator", (policies, user_id, api_authorized, send_phone_notification, send_email_notification), {**call_options})  # type: ignore[no-any-return]

    def create_tenant_user(
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
        """Official ``create_tenant_user``, answering the official shape (``dict[str, Any]``)."""
        return self._call("create_tenant_user", (tenant_id, gender, email, phone, phone_country_code, username, name, nickname, photo, birthdate, country, province, city, address, street_address, postal_code, given_name, family_name, middle_name, preferred_username, password, salt, options), {**call_options})  # type: ignore[no-any-return]

    def create_user(
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
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_user``, answering the official shape (``dict[str, Any]``)."""
        return self._call("create_user", (status, email, phone, phone_country_code, username, external_id, name, nickname, photo, gender, email_verified, phone_verified, birthdate, country, province, city, address, street_address, postal_code, company, browser, device, given_name, family_name, middle_name, profile, preferred_username, website, zoneinfo, locale, formatted, region, password, salt, tenant_ids, otp, custom_data, metadata_source, identities, identity_number, options), {**call_options})  # type: ignore[no-any-return]

    def create_users_batch(
        self,
        list: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_users_batch``, answering the official shape (``dict[str, Any]``)."""
        return self._call("create_users_batch", (list, options), {**call_options})  # type: ignore[no-any-return]

    def create_webhook(
        self,
        content_type: Any,
        events: Any,
        url: Any,
        name: Any,
        enabled: Any = None,
        secret: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_webhook``, answering the official shape (``dict[str, Any]``)."""
        return self._call("create_webhook", (content_type, events, url, name, enabled, secret), {**call_options})  # type: ignore[no-any-return]

    def define_event(
        self,
        event_description: Any,
        event_type: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``define_event``, answering the official shape (``dict[str, Any]``)."""
        return self._call("define_event", (event_description, event_type), {**call_options})  # type: ignore[no-any-return]

    def delete_access_key(
        self,
        access_key_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_access_key``, answering the official shape (``dict[str, Any]``)."""
        return self._call("delete_access_key", (access_key_id,), {**call_options})  # type: ignore[no-any-return]

    def delete_admin_roles_batch(
        self,
        code_list: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_admin_roles_batch``, answering the official shape (``dict[str, Any]``)."""
        return self._call("delete_admin_roles_batch", (code_list,), {**call_options})  # type: ignore[no-any-return]

    def delete_application(
        self,
        app_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_application``, answering the official shape (``dict[str, Any]``)."""
        return self._call("delete_application", (app_id,), {**call_options})  # type: ignore[no-any-return]

    def delete_asa_account(
        self,
        account_id: Any,
        app_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_asa_account``, answering the official shape (``dict[str, Any]``)."""
        return self._call("delete_asa_account", (account_id, app_id), {**call_options})  # type: ignore[no-any-return]

    def delete_asa_account_batch(
        self,
        account_ids: Any,
        app_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_asa_account_batch``, answering the official shape (``dict[str, Any]``)."""
        return self._call("delete_asa_account_batch", (account_ids, app_id), {**call_options})  # type: ignore[no-any-return]

    def delete_auth(
        self,
        auth_ids: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_auth``, answering the official shape (``dict[str, Any]``)."""
        return self._call("delete_auth", (auth_ids,), {**call_options})  # type: ignore[no-any-return]

    def delete_by_id(
        self,
        id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_by_id``, answering the official shape (``dict[str, Any]``)."""
        return self._call("delete_by_id", (id,), {**call_options})  # type: ignore[no-any-return]

    def delete_custom_fields(
        self,
        tenant_id: Any,
        list: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_custom_fields``, answering the official shape (``dict[str, Any]``)."""
        return self._call("delete_custom_fields", (tenant_id, list), {**call_options})  # type: ignore[no-any-return]

    def delete_data_policy(
        self,
        policy_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_data_policy``, answering the official shape (``dict[str, Any]``)."""
        return self._call("delete_data_policy", (policy_id,), {**call_options})  # type: ignore[no-any-return]

    def delete_data_resource(
        self,
        resource_code: Any,
        namespace_code: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_data_resource``, answering the official shape (``dict[str, Any]``)."""
        return self._call("delete_data_resource", (resource_code, namespace_code), {**call_options})  # type: ignore[no-any-return]

    def delete_device(
        self,
        user_id: Any,
        id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_device``, answering the official shape (``dict[str, Any]``)."""
        return self._call("delete_device", (user_id, id), {**call_options})  # type: ignore[no-any-return]

    def delete_ext_idp(
        self,
        id: Any,
        tenant_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_ext_idp``, answering the official shape (``dict[str, Any]``)."""
        return self._call("delete_ext_idp", (id, tenant_id), {**call_options})  # type: ignore[no-any-return]

    def delete_ext_idp_conn(
        self,
        id: Any,
        tenant_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_ext_idp_conn``, answering the official shape (``dict[str, Any]``)."""
        return self._call("delete_ext_idp_conn", (id, tenant_id), {**call_options})  # type: ignore[no-any-return]

    def delete_groups_batch(
        self,
        code_list: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_groups_batch``, answering the official shape (``dict[str, Any]``)."""
        return self._call("delete_groups_batch", (code_list,), {**call_options})  # type: ignore[no-any-return]

    def delete_namespace(
        self,
        code: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_namespace``, answering the official shape (``dict[str, Any]``)."""
        return self._call("delete_namespace", (code,), {**call_options})  # type: ignore[no-any-return]

    def delete_namespaces_batch(
        self,
        code_list: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_namespaces_batch``, answering the official shape (``dict[str, Any]``)."""
        return self._call("delete_namespaces_batch", (code_list,), {**call_options})  # type: ignore[no-any-return]

    def delete_permission_namespace(
        self,
        code: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_permission_namespace``, answering the official shape (``dict[str, Any]``)."""
        return self._call("delete_permission_namespace", (code,), {**call_options})  # type: ignore[no-any-return]

    def delete_permission_namespaces_batch(
        self,
        codes: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_permission_namespaces_batch``, answering the official shape (``dict[str, Any]``)."""
        return self._call("delete_permission_namespaces_batch", (codes,), {**call_options})  # type: ignore[no-any-return]

    def delete_pipeline_function(
        self,
        func_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_pipeline_function``, answering the official shape (``dict[str, Any]``)."""
        return self._call("delete_pipeline_function", (func_id,), {**call_options})  # type: ignore[no-any-return]

    def delete_public_accounts_batch(
        self,
        user_ids: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_public_accounts_batch``, answering the official shape (``dict[str, Any]``)."""
        return self._call("delete_public_accounts_batch", (user_ids, options), {**call_options})  # type: ignore[no-any-return]

    def delete_resource(
        self,
        code: Any,
        namespace: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_resource``, answering the official shape (``dict[str, Any]``)."""
        return self._call("delete_resource", (code, namespace), {**call_options})  # type: ignore[no-any-return]

    def delete_resources_batch(
        self,
        namespace: Any = None,
        code_list: Any = None,
        ids: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_resources_batch``, answering the official shape (``dict[str, Any]``)."""
        return self._call("delete_resources_batch", (namespace, code_list, ids), {**call_options})  # type: ignore[no-any-return]

    def delete_risk_list_policy_by_id(
        self,
        id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_risk_list_policy_by_id``, answering the official shape (``dict[str, Any]``)."""
        return self._call("delete_risk_list_policy_by_id", (id,), {**call_options})  # type: ignore[no-any-return]

    def delete_roles(
        self,
        role_list: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_roles``, answering the official shape (``dict[str, Any]``)."""
        return self._call("delete_roles", (role_list,), {**call_options})  # type: ignore[no-any-return]

    def delete_roles_batch(
        self,
        code_list: Any,
        namespace: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_roles_batch``, answering the official shape (``dict[str, Any]``)."""
        return self._call("delete_roles_batch", (code_list, namespace), {**call_options})  # type: ignore[no-any-return]

    def delete_tenant(
        self,
        tenant_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_tenant``, answering the official shape (``dict[str, Any]``)."""
        return self._call("delete_tenant", (tenant_id,), {**call_options})  # type: ignore[no-any-return]

    def delete_tenant_admin(
        self,
        tenant_id: Any,
        link_user_id: Any = None,
        member_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_tenant_admin``, answering the official shape (``dict[str, Any]``)."""
        return self._call("delete_tenant_admin", (tenant_id, link_user_id, member_id), {**call_options})  # type: ignore[no-any-return]

    def delete_tenant_user(
        self,
        tenant_id: Any,
        link_user_ids: Any = None,
        member_ids: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_tenant_user``, answering the official shape (``dict[str, Any]``)."""
        return self._call("delete_tenant_user", (tenant_id, link_user_ids, member_ids), {**call_options})  # type: ignore[no-any-return]

    def delete_user_list_by_id(
        self,
        id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_user_list_by_id``, answering the official shape (``dict[str, Any]``)."""
        return self._call("delete_user_list_by_id", (id,), {**call_options})  # type: ignore[no-any-return]

    def delete_user_sync_relations(
        self,
        provider: Any,
        user_id: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_user_sync_relations``, answering the official shape (``dict[str, Any]``)."""
        return self._call("delete_user_sync_relations", (provider, user_id, user_id_type), {**call_options})  # type: ignore[no-any-return]

    def delete_users_batch(
        self,
        user_ids: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_users_batch``, answering the official shape (``dict[str, Any]``)."""
        return self._call("delete_users_batch", (user_ids, options), {**call_options})  # type: ignore[no-any-return]

    def delete_webhook(
        self,
        webhook_ids: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_webhook``, answering the official shape (``dict[str, Any]``)."""
        return self._call("delete_webhook", (webhook_ids,), {**call_options})  # type: ignore[no-any-return]

    def delete_whitelist(
        self,
        type: Any,
        list: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_whitelist``, answering the official shape (``dict[str, Any]``)."""
        return self._call("delete_whitelist", (type, list), {**call_options})  # type: ignore[no-any-return]

    def detail_auth_subject(
        self,
        target_id: Any,
        target_type: Any,
        app_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``detail_auth_subject``, answering the official shape (``dict[str, Any]``)."""
        return self._call("detail_auth_subject", (target_id, target_type, app_id), {**call_options})  # type: ignore[no-any-return]

    def disable_device(
        self,
        id: Any,
        user_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``disable_device``, answering the official shape (``dict[str, Any]``)."""
        return self._call("disable_device", (id, user_id), {**call_options})  # type: ignore[no-any-return]

    def disable_ldap_server(
        self,
        enabled: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``disable_ldap_server``, answering the official shape (``dict[str, Any]``)."""
        return self._call("disable_ldap_server", (enabled,), {**call_options})  # type: ignore[no-any-return]

    def enable_device(
        self,
        id: Any,
        user_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``enable_device``, answering the official shape (``dict[str, Any]``)."""
        return self._call("enable_device", (id, user_id), {**call_options})  # type: ignore[no-any-return]

    def enabled_auth(
        self,
        enabled: Any,
        id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``enabled_auth``, answering the official shape (``dict[str, Any]``)."""
        return self._call("enabled_auth", (enabled, id), {**call_options})  # type: ignore[no-any-return]

    def execute_operate(
        self,
        custom_config: Any,
        model_id: Any,
        id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``execute_operate``, answering the official shape (``dict[str, Any]``)."""
        return self._call("execute_operate", (custom_config, model_id, id), {**call_options})  # type: ignore[no-any-return]

    def export_meatdata(
        self,
        id_list: Any,
        model_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``export_meatdata``, answering the official shape (``dict[str, Any]``)."""
        return self._call("export_meatdata", (id_list, model_id), {**call_options})  # type: ignore[no-any-return]

    def export_model(
        self,
        model_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``export_model``, answering the official shape (``dict[str, Any]``)."""
        return self._call("export_model", (model_id,), {**call_options})  # type: ignore[no-any-return]

    def ext_idp_conn_state_by_apps(
        self,
        id: Any,
        tenant_id: Any = None,
        app_id: Any = None,
        type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``ext_idp_conn_state_by_apps``, answering the official shape (``dict[str, Any]``)."""
        return self._call("ext_idp_conn_state_by_apps", (id, tenant_id, app_id, type), {**call_options})  # type: ignore[no-any-return]

    def find_ip_list(
        self,
        ip_type: Any,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``find_ip_list``, answering the official shape (``dict[str, Any]``)."""
        return self._call("find_ip_list", (ip_type, page, limit), {**call_options})  # type: ignore[no-any-return]

    def find_last_login_apps_by_device_ids(
        self,
        device_ids: Any,
        user_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``find_last_login_apps_by_device_ids``, answering the official shape (``dict[str, Any]``)."""
        return self._call("find_last_login_apps_by_device_ids", (device_ids, user_id), {**call_options})  # type: ignore[no-any-return]

    def find_risk_list_policy(
        self,
        opt_object: Any,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``find_risk_list_policy``, answering the official shape (``dict[str, Any]``)."""
        return self._call("find_risk_list_policy", (opt_object, page, limit), {**call_options})  # type: ignore[no-any-return]

    def find_user_list(
        self,
        user_list_type: Any,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``find_user_list``, answering the official shape (``dict[str, Any]``)."""
        return self._call("find_user_list", (user_list_type, page, limit), {**call_options})  # type: ignore[no-any-return]

    def generate_invite_tenant_user_link(
        self,
        validity_term: Any,
        emails: Any,
        app_id: Any,
        tenant_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``generate_invite_tenant_user_link``, answering the official shape (``dict[str, Any]``)."""
        return self._call("generate_invite_tenant_user_link", (validity_term, emails, app_id, tenant_id), {**call_options})  # type: ignore[no-any-return]

    def get_access_key(
        self,
        user_id: Any,
        access_key_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_access_key``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_access_key", (user_id, access_key_id), {**call_options})  # type: ignore[no-any-return]

    def get_access_key_list(
        self,
        user_id: Any = None,
        tenant_id: Any = None,
        type: Any = None,
        status: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_access_key_list``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_access_key_list", (user_id, tenant_id, type, status), {**call_options})  # type: ignore[no-any-return]

    def get_admin_audit_logs(
        self,
        request_id: Any = None,
        client_ip: Any = None,
        operation_type: Any = None,
        resource_type: Any = None,
        user_id: Any = None,
        success: Any = None,
        start: Any = None,
        end: Any = None,
        pagination: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_admin_audit_logs``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_admin_audit_logs", (request_id, client_ip, operation_type, resource_type, user_id, success, start, end, pagination), {**call_options})  # type: ignore[no-any-return]

    def get_all_groups(
        self,
        fetch_members: Any = None,
        with_custom_data: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_all_groups``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_all_groups", (fetch_members, with_custom_data), {**call_options})  # type: ignore[no-any-return]

    def get_all_rights_item(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_all_rights_item``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_all_rights_item", (), {**call_options})  # type: ignore[no-any-return]

    def get_application(
        self,
        app_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_application``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_application", (app_id,), {**call_options})  # type: ignore[no-any-return]

    def get_application_permission_strategy(
        self,
        app_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_application_permission_strategy``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_application_permission_strategy", (app_id,), {**call_options})  # type: ignore[no-any-return]

    def get_application_secret(
        self,
        app_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_application_secret``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_application_secret", (app_id,), {**call_options})  # type: ignore[no-any-return]

    def get_application_simple_info(
        self,
        app_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_application_simple_info``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_application_simple_info", (app_id,), {**call_options})  # type: ignore[no-any-return]

    def get_asa_account(
        self,
        app_id: Any,
        account_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_asa_account``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_asa_account", (app_id, account_id), {**call_options})  # type: ignore[no-any-return]

    def get_asa_account_assigned_targets(
        self,
        app_id: Any,
        account_id: Any,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_asa_account_assigned_targets``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_asa_account_assigned_targets", (app_id, account_id, page, limit), {**call_options})  # type: ignore[no-any-return]

    def get_asa_account_batch(
        self,
        account_ids: Any,
        app_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_asa_account_batch``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_asa_account_batch", (account_ids, app_id), {**call_options})  # type: ignore[no-any-return]

    def get_assigned_account(
        self,
        app_id: Any,
        target_type: Any,
        target_identifier: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_assigned_account``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_assigned_account", (app_id, target_type, target_identifier), {**call_options})  # type: ignore[no-any-return]

    def get_authorized_resources(
        self,
        target_type: Any,
        target_identifier: Any,
        namespace: Any = None,
        resource_type: Any = None,
        resource_list: Any = None,
        with_denied: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_authorized_resources``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_authorized_resources", (target_type, target_identifier, namespace, resource_type, resource_list, with_denied), {**call_options})  # type: ignore[no-any-return]

    def get_bind_pwd(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_bind_pwd``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_bind_pwd", (), {**call_options})  # type: ignore[no-any-return]

    def get_current_package_info(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_current_package_info``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_current_package_info", (), {**call_options})  # type: ignore[no-any-return]

    def get_custom_data(
        self,
        tenant_id: Any,
        target_type: Any,
        target_identifier: Any,
        namespace: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_custom_data``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_custom_data", (tenant_id, target_type, target_identifier, namespace), {**call_options})  # type: ignore[no-any-return]

    def get_custom_fields(
        self,
        target_type: Any,
        tenant_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_custom_fields``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_custom_fields", (target_type, tenant_id), {**call_options})  # type: ignore[no-any-return]

    def get_data_policy(
        self,
        policy_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_data_policy``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_data_policy", (policy_id,), {**call_options})  # type: ignore[no-any-return]

    def get_data_resource(
        self,
        namespace_code: Any,
        resource_code: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_data_resource``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_data_resource", (namespace_code, resource_code), {**call_options})  # type: ignore[no-any-return]

    def get_device_status(
        self,
        id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_device_status``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_device_status", (id,), {**call_options})  # type: ignore[no-any-return]

    def get_email_provider(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_email_provider``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_email_provider", (), {**call_options})  # type: ignore[no-any-return]

    def get_email_templates(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_email_templates``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_email_templates", (), {**call_options})  # type: ignore[no-any-return]

    def get_ext_idp(
        self,
        id: Any,
        tenant_id: Any = None,
        app_id: Any = None,
        type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_ext_idp``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_ext_idp", (id, tenant_id, app_id, type), {**call_options})  # type: ignore[no-any-return]

    def get_external_user_resource_struct(
        self,
        resource_code: Any,
        external_id: Any,
        namespace_code: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_external_user_resource_struct``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_external_user_resource_struct", (resource_code, external_id, namespace_code), {**call_options})  # type: ignore[no-any-return]

    def get_global_mfa_settings(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_global_mfa_settings``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_global_mfa_settings", (), {**call_options})  # type: ignore[no-any-return]

    def get_group(
        self,
        code: Any,
        with_custom_data: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_group``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_group", (code, with_custom_data), {**call_options})  # type: ignore[no-any-return]

    def get_group_authorized_resources(
        self,
        code: Any,
        namespace: Any = None,
        resource_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_group_authorized_resources``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_group_authorized_resources", (code, namespace, resource_type), {**call_options})  # type: ignore[no-any-return]

    def get_groups_of_public_account(
        self,
        user_id: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_groups_of_public_account``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_groups_of_public_account", (user_id, user_id_type), {**call_options})  # type: ignore[no-any-return]

    def get_import_template(
        self,
        model_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_import_template``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_import_template", (model_id,), {**call_options})  # type: ignore[no-any-return]

    def get_mau_period_usage_history(
        self,
        start_time: Any,
        end_time: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_mau_period_usage_history``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_mau_period_usage_history", (start_time, end_time), {**call_options})  # type: ignore[no-any-return]

    def get_mfa_trigger_data(
        self,
        app_id: Any,
        user_id: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_mfa_trigger_data``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_mfa_trigger_data", (app_id, user_id, user_id_type), {**call_options})  # type: ignore[no-any-return]

    def get_model(
        self,
        id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_model``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_model", (id,), {**call_options})  # type: ignore[no-any-return]

    def get_multiple_tenant_admin(
        self,
        user_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_multiple_tenant_admin``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_multiple_tenant_admin", (user_id,), {**call_options})  # type: ignore[no-any-return]

    def get_namespace(
        self,
        code: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_namespace``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_namespace", (code,), {**call_options})  # type: ignore[no-any-return]

    def get_namespaces_batch(
        self,
        code_list: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_namespaces_batch``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_namespaces_batch", (code_list,), {**call_options})  # type: ignore[no-any-return]

    def get_order_detail(
        self,
        order_no: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_order_detail``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_order_detail", (order_no,), {**call_options})  # type: ignore[no-any-return]

    def get_order_pay_detail(
        self,
        order_no: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_order_pay_detail``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_order_pay_detail", (order_no,), {**call_options})  # type: ignore[no-any-return]

    def get_orders(
        self,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_orders``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_orders", (page, limit), {**call_options})  # type: ignore[no-any-return]

    def get_organization(
        self,
        organization_code: Any,
        with_custom_data: Any = None,
        with_post: Any = None,
        tenant_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_organization``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_organization", (organization_code, with_custom_data, with_post, tenant_id), {**call_options})  # type: ignore[no-any-return]

    def get_organizations_batch(
        self,
        organization_code_list: Any,
        with_custom_data: Any = None,
        with_post: Any = None,
        tenant_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_organizations_batch``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_organizations_batch", (organization_code_list, with_custom_data, with_post, tenant_id), {**call_options})  # type: ignore[no-any-return]

    def get_otp_secret_by_user(
        self,
        user_id: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_otp_secret_by_user``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_otp_secret_by_user", (user_id, user_id_type), {**call_options})  # type: ignore[no-any-return]

    def get_permission_namespace(
        self,
        code: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_permission_namespace``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_permission_namespace", (code,), {**call_options})  # type: ignore[no-any-return]

    def get_permission_namespaces_batch(
        self,
        codes: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_permission_namespaces_batch``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_permission_namespaces_batch", (codes,), {**call_options})  # type: ignore[no-any-return]

    def get_pipeline_function(
        self,
        func_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_pipeline_function``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_pipeline_function", (func_id,), {**call_options})  # type: ignore[no-any-return]

    def get_pipeline_logs(
        self,
        func_id: Any,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_pipeline_logs``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_pipeline_logs", (func_id, page, limit), {**call_options})  # type: ignore[no-any-return]

    def get_public_account(
        self,
        user_id: Any,
        user_id_type: Any = None,
        with_custom_data: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_public_account``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_public_account", (user_id, user_id_type, with_custom_data), {**call_options})  # type: ignore[no-any-return]

    def get_public_account_batch(
        self,
        user_ids: Any,
        user_id_type: Any = None,
        with_custom_data: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_public_account_batch``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_public_account_batch", (user_ids, user_id_type, with_custom_data), {**call_options})  # type: ignore[no-any-return]

    def get_public_account_of_groups(
        self,
        group_ids: Any,
        user_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_public_account_of_groups``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_public_account_of_groups", (group_ids, user_id), {**call_options})  # type: ignore[no-any-return]

    def get_public_account_roles(
        self,
        user_id: Any,
        user_id_type: Any = None,
        namespace: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_public_account_roles``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_public_account_roles", (user_id, user_id_type, namespace), {**call_options})  # type: ignore[no-any-return]

    def get_public_accounts_of_group(
        self,
        group_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_public_accounts_of_group``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_public_accounts_of_group", (group_id,), {**call_options})  # type: ignore[no-any-return]

    def get_public_accounts_of_role(
        self,
        role_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_public_accounts_of_role``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_public_accounts_of_role", (role_id,), {**call_options})  # type: ignore[no-any-return]

    def get_public_accounts_of_user(
        self,
        user_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_public_accounts_of_user``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_public_accounts_of_user", (user_id,), {**call_options})  # type: ignore[no-any-return]

    def get_relation_info(
        self,
        id_list: Any,
        model_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_relation_info``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_relation_info", (id_list, model_id), {**call_options})  # type: ignore[no-any-return]

    def get_relation_value(
        self,
        model_id: Any,
        field_id: Any,
        row_id: Any,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_relation_value``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_relation_value", (model_id, field_id, row_id, page, limit), {**call_options})  # type: ignore[no-any-return]

    def get_resource(
        self,
        code: Any,
        namespace: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_resource``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_resource", (code, namespace), {**call_options})  # type: ignore[no-any-return]

    def get_resource_authorized_targets(
        self,
        resource: Any,
        namespace: Any = None,
        target_type: Any = None,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_resource_authorized_targets``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_resource_authorized_targets", (resource, namespace, target_type, page, limit), {**call_options})  # type: ignore[no-any-return]

    def get_resources_batch(
        self,
        code_list: Any,
        namespace: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_resources_batch``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_resources_batch", (code_list, namespace), {**call_options})  # type: ignore[no-any-return]

    def get_role(
        self,
        code: Any,
        namespace: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_role``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_role", (code, namespace), {**call_options})  # type: ignore[no-any-return]

    def get_role_authorized_resources(
        self,
        code: Any,
        namespace: Any = None,
        resource_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_role_authorized_resources``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_role_authorized_resources", (code, namespace, resource_type), {**call_options})  # type: ignore[no-any-return]

    def get_row(
        self,
        model_id: Any,
        row_id: Any,
        show_field_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_row``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_row", (model_id, row_id, show_field_id), {**call_options})  # type: ignore[no-any-return]

    def get_row_batch(
        self,
        row_ids: Any,
        model_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_row_batch``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_row_batch", (row_ids, model_id), {**call_options})  # type: ignore[no-any-return]

    def get_row_by_value(
        self,
        model_id: Any,
        key: Any,
        value: Any,
        show_field_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_row_by_value``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_row_by_value", (model_id, key, value, show_field_id), {**call_options})  # type: ignore[no-any-return]

    def get_security_settings(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_security_settings``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_security_settings", (), {**call_options})  # type: ignore[no-any-return]

    def get_tenant(
        self,
        tenant_id: Any,
        with_members_count: Any = None,
        with_app_detail: Any = None,
        with_creator_detail: Any = None,
        with_source_app_detail: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_tenant``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_tenant", (tenant_id, with_members_count, with_app_detail, with_creator_detail, with_source_app_detail), {**call_options})  # type: ignore[no-any-return]

    def get_tenant_by_code(
        self,
        code: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_tenant_by_code``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_tenant_by_code", (code,), {**call_options})  # type: ignore[no-any-return]

    def get_tenant_cooperator(
        self,
        user_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_tenant_cooperator``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_tenant_cooperator", (user_id,), {**call_options})  # type: ignore[no-any-return]

    def get_tenant_cooperator_menu(
        self,
        user_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_tenant_cooperator_menu``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_tenant_cooperator_menu", (user_id,), {**call_options})  # type: ignore[no-any-return]

    def get_tenant_little_info(
        self,
        tenant_id: Any,
        with_members_count: Any = None,
        with_app_detail: Any = None,
        with_creator_detail: Any = None,
        with_source_app_detail: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_tenant_little_info``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_tenant_little_info", (tenant_id, with_members_count, with_app_detail, with_creator_detail, with_source_app_detail), {**call_options})  # type: ignore[no-any-return]

    def get_tenant_user(
        self,
        tenant_id: Any,
        link_user_id: Any = None,
        member_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_tenant_user``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_tenant_user", (tenant_id, link_user_id, member_id), {**call_options})  # type: ignore[no-any-return]

    def get_usage_info(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_usage_info``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_usage_info", (), {**call_options})  # type: ignore[no-any-return]

    def get_user(
        self,
        user_id: Any,
        user_id_type: Any = None,
        flat_custom_data: Any = None,
        with_custom_data: Any = None,
        with_post: Any = None,
        with_identities: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_user", (user_id, user_id_type, flat_custom_data, with_custom_data, with_post, with_identities), {**call_options})  # type: ignore[no-any-return]

    def get_user_accessible_apps(
        self,
        user_id: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_accessible_apps``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_user_accessible_apps", (user_id, user_id_type), {**call_options})  # type: ignore[no-any-return]

    def get_user_action_logs(
        self,
        request_id: Any = None,
        client_ip: Any = None,
        event_type: Any = None,
        user_id: Any = None,
        app_id: Any = None,
        start: Any = None,
        end: Any = None,
        success: Any = None,
        pagination: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_action_logs``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_user_action_logs", (request_id, client_ip, event_type, user_id, app_id, start, end, success, pagination), {**call_options})  # type: ignore[no-any-return]

    def get_user_authorized_apps(
        self,
        user_id: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_authorized_apps``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_user_authorized_apps", (user_id, user_id_type), {**call_options})  # type: ignore[no-any-return]

    def get_user_authorized_resources(
        self,
        user_id: Any,
        user_id_type: Any = None,
        namespace: Any = None,
        resource_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_authorized_resources``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_user_authorized_resources", (user_id, user_id_type, namespace, resource_type), {**call_options})  # type: ignore[no-any-return]

    def get_user_base_fields(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_base_fields``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_user_base_fields", (), {**call_options})  # type: ignore[no-any-return]

    def get_user_batch(
        self,
        user_ids: Any,
        user_id_type: Any = None,
        with_custom_data: Any = None,
        flat_custom_data: Any = None,
        with_identities: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_batch``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_user_batch", (user_ids, user_id_type, with_custom_data, flat_custom_data, with_identities), {**call_options})  # type: ignore[no-any-return]

    def get_user_groups(
        self,
        user_id: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_groups``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_user_groups", (user_id, user_id_type), {**call_options})  # type: ignore[no-any-return]

    def get_user_identities(
        self,
        user_id: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_identities``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_user_identities", (user_id, user_id_type), {**call_options})  # type: ignore[no-any-return]

    def get_user_loggedin_apps(
        self,
        user_id: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_loggedin_apps``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_user_loggedin_apps", (user_id, user_id_type), {**call_options})  # type: ignore[no-any-return]

    def get_user_loggedin_identities(
        self,
        user_id: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_loggedin_identities``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_user_loggedin_identities", (user_id, user_id_type), {**call_options})  # type: ignore[no-any-return]

    def get_user_login_history(
        self,
        user_id: Any,
        user_id_type: Any = None,
        app_id: Any = None,
        client_ip: Any = None,
        start: Any = None,
        end: Any = None,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_login_history``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_user_login_history", (user_id, user_id_type, app_id, client_ip, start, end, page, limit), {**call_options})  # type: ignore[no-any-return]

    def get_user_mfa_info(
        self,
        user_id: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_mfa_info``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_user_mfa_info", (user_id, user_id_type), {**call_options})  # type: ignore[no-any-return]

    def get_user_mfa_status(
        self,
        user_id: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_mfa_status``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_user_mfa_status", (user_id, user_id_type), {**call_options})  # type: ignore[no-any-return]

    def get_user_password_ciphertext(
        self,
        user_id: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_password_ciphertext``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_user_password_ciphertext", (user_id, user_id_type), {**call_options})  # type: ignore[no-any-return]

    def get_user_permission_list(
        self,
        user_ids: Any,
        namespace_codes: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_permission_list``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_user_permission_list", (user_ids, namespace_codes), {**call_options})  # type: ignore[no-any-return]

    def get_user_principal_authentication_info(
        self,
        user_id: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_principal_authentication_info``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_user_principal_authentication_info", (user_id, user_id_type), {**call_options})  # type: ignore[no-any-return]

    def get_user_resource_permission_list(
        self,
        resources: Any,
        user_id: Any,
        namespace_code: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_resource_permission_list``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_user_resource_permission_list", (resources, user_id, namespace_code), {**call_options})  # type: ignore[no-any-return]

    def get_user_resource_struct(
        self,
        resource_code: Any,
        user_id: Any,
        namespace_code: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_resource_struct``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_user_resource_struct", (resource_code, user_id, namespace_code), {**call_options})  # type: ignore[no-any-return]

    def get_user_roles(
        self,
        user_id: Any,
        user_id_type: Any = None,
        namespace: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_roles``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_user_roles", (user_id, user_id_type, namespace), {**call_options})  # type: ignore[no-any-return]

    def get_user_sync_relations(
        self,
        user_id: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_sync_relations``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_user_sync_relations", (user_id, user_id_type), {**call_options})  # type: ignore[no-any-return]

    def get_users_of_public_account(
        self,
        public_account_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_users_of_public_account``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_users_of_public_account", (public_account_id,), {**call_options})  # type: ignore[no-any-return]

    def get_verify_config_app(
        self,
        keywords: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_verify_config_app``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_verify_config_app", (keywords,), {**call_options})  # type: ignore[no-any-return]

    def get_webhook(
        self,
        webhook_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_webhook``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_webhook", (webhook_id,), {**call_options})  # type: ignore[no-any-return]

    def get_webhook_event_list(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_webhook_event_list``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_webhook_event_list", (), {**call_options})  # type: ignore[no-any-return]

    def get_webhook_logs(
        self,
        webhook_id: Any,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_webhook_logs``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_webhook_logs", (webhook_id, page, limit), {**call_options})  # type: ignore[no-any-return]

    def has_any_role(
        self,
        roles: Any,
        user_id: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``has_any_role``, answering the official shape (``dict[str, Any]``)."""
        return self._call("has_any_role", (roles, user_id, options), {**call_options})  # type: ignore[no-any-return]

    def import_metadata(
        self,
        file: Any,
        model_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``import_metadata``, answering the official shape (``dict[str, Any]``)."""
        return self._call("import_metadata", (file, model_id), {**call_options})  # type: ignore[no-any-return]

    def import_model(
        self,
        file: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``import_model``, answering the official shape (``dict[str, Any]``)."""
        return self._call("import_model", (file,), {**call_options})  # type: ignore[no-any-return]

    def import_otp(
        self,
        list: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``import_otp``, answering the official shape (``dict[str, Any]``)."""
        return self._call("import_otp", (list,), {**call_options})  # type: ignore[no-any-return]

    def import_tenant(
        self,
        excel_url: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``import_tenant``, answering the official shape (``dict[str, Any]``)."""
        return self._call("import_tenant", (excel_url,), {**call_options})  # type: ignore[no-any-return]

    def import_tenant_history(
        self,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``import_tenant_history``, answering the official shape (``dict[str, Any]``)."""
        return self._call("import_tenant_history", (page, limit), {**call_options})  # type: ignore[no-any-return]

    def import_tenant_notify_user(
        self,
        import_id: Any,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``import_tenant_notify_user``, answering the official shape (``dict[str, Any]``)."""
        return self._call("import_tenant_notify_user", (import_id, page, limit), {**call_options})  # type: ignore[no-any-return]

    def is_action_allowed(
        self,
        user_id: Any,
        action: Any,
        resource: Any,
        namespace: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``is_action_allowed``, answering the official shape (``dict[str, Any]``)."""
        return self._call("is_action_allowed", (user_id, action, resource, namespace), {**call_options})  # type: ignore[no-any-return]

    def is_user_exists(
        self,
        username: Any = None,
        email: Any = None,
        phone: Any = None,
        external_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``is_user_exists``, answering the official shape (``dict[str, Any]``)."""
        return self._call("is_user_exists", (username, email, phone, external_id), {**call_options})  # type: ignore[no-any-return]

    def kick_public_accounts(
        self,
        app_ids: Any,
        user_id: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``kick_public_accounts``, answering the official shape (``dict[str, Any]``)."""
        return self._call("kick_public_accounts", (app_ids, user_id, options), {**call_options})  # type: ignore[no-any-return]

    def kick_users(
        self,
        app_ids: Any,
        user_id: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``kick_users``, answering the official shape (``dict[str, Any]``)."""
        return self._call("kick_users", (app_ids, user_id, options), {**call_options})  # type: ignore[no-any-return]

    def link_identity(
        self,
        user_id_in_idp: Any,
        user_id: Any,
        ext_idp_id: Any,
        type: Any = None,
        is_social: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``link_identity``, answering the official shape (``dict[str, Any]``)."""
        return self._call("link_identity", (user_id_in_idp, user_id, ext_idp_id, type, is_social), {**call_options})  # type: ignore[no-any-return]

    def list_application_active_users(
        self,
        app_id: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_application_active_users``, answering the official shape (``dict[str, Any]``)."""
        return self._call("list_application_active_users", (app_id, options), {**call_options})  # type: ignore[no-any-return]

    def list_application_simple_info(
        self,
        page: Any = None,
        limit: Any = None,
        is_integrate_app: Any = None,
        is_self_built_app: Any = None,
        sso_enabled: Any = None,
        keywords: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_application_simple_info``, answering the official shape (``dict[str, Any]``)."""
        return self._call("list_application_simple_info", (page, limit, is_integrate_app, is_self_built_app, sso_enabled, keywords), {**call_options})  # type: ignore[no-any-return]

    def list_applications(
        self,
        page: Any = None,
        limit: Any = None,
        is_integrate_app: Any = None,
        is_self_built_app: Any = None,
        sso_enabled: Any = None,
        keywords: Any = None,
        all: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_applications``, answering the official shape (``dict[str, Any]``)."""
        return self._call("list_applications", (page, limit, is_integrate_app, is_self_built_app, sso_enabled, keywords, all), {**call_options})  # type: ignore[no-any-return]

    def list_archived_users(
        self,
        page: Any = None,
        limit: Any = None,
        start_at: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_archived_users``, answering the official shape (``dict[str, Any]``)."""
        return self._call("list_archived_users", (page, limit, start_at), {**call_options})  # type: ignore[no-any-return]

    def list_asa_account(
        self,
        app_id: Any,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_asa_account``, answering the official shape (``dict[str, Any]``)."""
        return self._call("list_asa_account", (app_id, page, limit), {**call_options})  # type: ignore[no-any-return]

    def list_auth_application(
        self,
        app_id: Any,
        page: Any = None,
        limit: Any = None,
        target_name: Any = None,
        target_type_list: Any = None,
        effect: Any = None,
        enabled: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_auth_application``, answering the official shape (``dict[str, Any]``)."""
        return self._call("list_auth_application", (app_id, page, limit, target_name, target_type_list, effect, enabled), {**call_options})  # type: ignore[no-any-return]

    def list_auth_subject(
        self,
        target_type: Any,
        target_id: Any,
        app_name: Any = None,
        app_type_list: Any = None,
        effect: Any = None,
        enabled: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_auth_subject``, answering the official shape (``dict[str, Any]``)."""
        return self._call("list_auth_subject", (target_type, target_id, app_name, app_type_list, effect, enabled), {**call_options})  # type: ignore[no-any-return]

    def list_common_resource(
        self,
        page: Any = None,
        limit: Any = None,
        keyword: Any = None,
        namespace_code_list: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_common_resource``, answering the official shape (``dict[str, Any]``)."""
        return self._call("list_common_resource", (page, limit, keyword, namespace_code_list), {**call_options})  # type: ignore[no-any-return]

    def list_cust_fields(
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
        """Official ``list_cust_fields``, answering the official shape (``dict[str, Any]``)."""
        return self._call("list_cust_fields", (target_type, data_type, tenant_id, page, limit, user_visible, admin_visible, access_control, keyword, lang), {**call_options})  # type: ignore[no-any-return]

    def list_data_polices(
        self,
        page: Any = None,
        limit: Any = None,
        query: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_data_polices``, answering the official shape (``dict[str, Any]``)."""
        return self._call("list_data_polices", (page, limit, query), {**call_options})  # type: ignore[no-any-return]

    def list_data_policy_targets(
        self,
        policy_id: Any,
        page: Any = None,
        limit: Any = None,
        query: Any = None,
        target_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_data_policy_targets``, answering the official shape (``dict[str, Any]``)."""
        return self._call("list_data_policy_targets", (policy_id, page, limit, query, target_type), {**call_options})  # type: ignore[no-any-return]

    def list_data_resources(
        self,
        page: Any = None,
        limit: Any = None,
        query: Any = None,
        namespace_codes: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_data_resources``, answering the official shape (``dict[str, Any]``)."""
        return self._call("list_data_resources", (page, limit, query, namespace_codes), {**call_options})  # type: ignore[no-any-return]

    def list_event_apps(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_event_apps``, answering the official shape (``dict[str, Any]``)."""
        return self._call("list_event_apps", (), {**call_options})  # type: ignore[no-any-return]

    def list_events(
        self,
        page: Any = None,
        limit: Any = None,
        app: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_events``, answering the official shape (``dict[str, Any]``)."""
        return self._call("list_events", (page, limit, app), {**call_options})  # type: ignore[no-any-return]

    def list_ext_idp(
        self,
        tenant_id: Any = None,
        app_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_ext_idp``, answering the official shape (``dict[str, Any]``)."""
        return self._call("list_ext_idp", (tenant_id, app_id), {**call_options})  # type: ignore[no-any-return]

    def list_field(
        self,
        model_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_field``, answering the official shape (``dict[str, Any]``)."""
        return self._call("list_field", (model_id,), {**call_options})  # type: ignore[no-any-return]

    def list_group_members(
        self,
        code: Any,
        page: Any = None,
        limit: Any = None,
        with_custom_data: Any = None,
        with_identities: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_group_members``, answering the official shape (``dict[str, Any]``)."""
        return self._call("list_group_members", (code, page, limit, with_custom_data, with_identities), {**call_options})  # type: ignore[no-any-return]

    def list_groups(
        self,
        keywords: Any = None,
        page: Any = None,
        limit: Any = None,
        with_metadata: Any = None,
        with_custom_data: Any = None,
        flat_custom_data: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_groups``, answering the official shape (``dict[str, Any]``)."""
        return self._call("list_groups", (keywords, page, limit, with_metadata, with_custom_data, flat_custom_data), {**call_options})  # type: ignore[no-any-return]

    def list_invite_tennat_user_records(
        self,
        keywords: Any,
        page: Any,
        limit: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_invite_tennat_user_records``, answering the official shape (``dict[str, Any]``)."""
        return self._call("list_invite_tennat_user_records", (keywords, page, limit), {**call_options})  # type: ignore[no-any-return]

    def list_model(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_model``, answering the official shape (``dict[str, Any]``)."""
        return self._call("list_model", (), {**call_options})  # type: ignore[no-any-return]

    def list_multiple_tenant_admin(
        self,
        keywords: Any = None,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_multiple_tenant_admin``, answering the official shape (``dict[str, Any]``)."""
        return self._call("list_multiple_tenant_admin", (keywords, page, limit), {**call_options})  # type: ignore[no-any-return]

    def list_namespace_roles(
        self,
        code: Any,
        page: Any = None,
        limit: Any = None,
        keywords: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_namespace_roles``, answering the official shape (``dict[str, Any]``)."""
        return self._call("list_namespace_roles", (code, page, limit, keywords), {**call_options})  # type: ignore[no-any-return]

    def list_namespaces(
        self,
        page: Any = None,
        limit: Any = None,
        keywords: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_namespaces``, answering the official shape (``dict[str, Any]``)."""
        return self._call("list_namespaces", (page, limit, keywords), {**call_options})  # type: ignore[no-any-return]

    def list_operate(
        self,
        model_id: Any,
        keywords: Any = None,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_operate``, answering the official shape (``dict[str, Any]``)."""
        return self._call("list_operate", (model_id, keywords, page, limit), {**call_options})  # type: ignore[no-any-return]

    def list_operate_all(
        self,
        model_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_operate_all``, answering the official shape (``dict[str, Any]``)."""
        return self._call("list_operate_all", (model_id,), {**call_options})  # type: ignore[no-any-return]

    def list_organizations(
        self,
        page: Any = None,
        limit: Any = None,
        fetch_all: Any = None,
        with_custom_data: Any = None,
        with_post: Any = None,
        tenant_id: Any = None,
        status: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_organizations``, answering the official shape (``dict[str, Any]``)."""
        return self._call("list_organizations", (page, limit, fetch_all, with_custom_data, with_post, tenant_id, status), {**call_options})  # type: ignore[no-any-return]

    def list_permission_namespace_roles(
        self,
        code: Any,
        page: Any = None,
        limit: Any = None,
        query: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_permission_namespace_roles``, answering the official shape (``dict[str, Any]``)."""
        return self._call("list_permission_namespace_roles", (code, page, limit, query), {**call_options})  # type: ignore[no-any-return]

    def list_permission_namespaces(
        self,
        page: Any = None,
        limit: Any = None,
        query: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_permission_namespaces``, answering the official shape (``dict[str, Any]``)."""
        return self._call("list_permission_namespaces", (page, limit, query), {**call_options})  # type: ignore[no-any-return]

    def list_permission_view(
        self,
        page: Any = None,
        limit: Any = None,
        keyword: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_permission_view``, answering the official shape (``dict[str, Any]``)."""
        return self._call("list_permission_view", (page, limit, keyword), {**call_options})  # type: ignore[no-any-return]

    def list_pipeline_functions(
        self,
        scene: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_pipeline_functions``, answering the official shape (``dict[str, Any]``)."""
        return self._call("list_pipeline_functions", (scene,), {**call_options})  # type: ignore[no-any-return]

    def list_public_accounts(
        self,
        keywords: Any = None,
        advanced_filter: Any = None,
        search_query: Any = None,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_public_accounts``, answering the official shape (``dict[str, Any]``)."""
        return self._call("list_public_accounts", (keywords, advanced_filter, search_query, options), {**call_options})  # type: ignore[no-any-return]

    def list_resource_targets(
        self,
        resources: Any,
        actions: Any,
        namespace_code: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_resource_targets``, answering the official shape (``dict[str, Any]``)."""
        return self._call("list_resource_targets", (resources, actions, namespace_code), {**call_options})  # type: ignore[no-any-return]

    def list_resources(
        self,
        namespace: Any = None,
        type: Any = None,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_resources``, answering the official shape (``dict[str, Any]``)."""
        return self._call("list_resources", (namespace, type, page, limit), {**call_options})  # type: ignore[no-any-return]

    def list_role_assignments(
        self,
        role_code: Any,
        page: Any = None,
        limit: Any = None,
        query: Any = None,
        namespace_code: Any = None,
        target_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_role_assignments``, answering the official shape (``dict[str, Any]``)."""
        return self._call("list_role_assignments", (role_code, page, limit, query, namespace_code, target_type), {**call_options})  # type: ignore[no-any-return]

    def list_role_members(
        self,
        code: Any,
        page: Any = None,
        limit: Any = None,
        with_custom_data: Any = None,
        with_identities: Any = None,
        namespace: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_role_members``, answering the official shape (``dict[str, Any]``)."""
        return self._call("list_role_members", (code, page, limit, with_custom_data, with_identities, namespace), {**call_options})  # type: ignore[no-any-return]

    def list_roles(
        self,
        page: Any = None,
        limit: Any = None,
        keywords: Any = None,
        namespace: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_roles``, answering the official shape (``dict[str, Any]``)."""
        return self._call("list_roles", (page, limit, keywords, namespace), {**call_options})  # type: ignore[no-any-return]

    def list_row(
        self,
        model_id: Any,
        keywords: Any = None,
        conjunction: Any = None,
        conditions: Any = None,
        sort: Any = None,
        page: Any = None,
        limit: Any = None,
        fetch_all: Any = None,
        with_path: Any = None,
        show_field_id: Any = None,
        preview_relation: Any = None,
        get_relation_field_detail: Any = None,
        scope: Any = None,
        filter_relation: Any = None,
        expand: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_row``, answering the official shape (``dict[str, Any]``)."""
        return self._call("list_row", (model_id, keywords, conjunction, conditions, sort, page, limit, fetch_all, with_path, show_field_id, preview_relation, get_relation_field_detail, scope, filter_relation, expand), {**call_options})  # type: ignore[no-any-return]

    def list_simple_data_polices(
        self,
        page: Any = None,
        limit: Any = None,
        query: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_simple_data_polices``, answering the official shape (``dict[str, Any]``)."""
        return self._call("list_simple_data_polices", (page, limit, query), {**call_options})  # type: ignore[no-any-return]

    def list_tenant_admin(
        self,
        tenant_id: Any,
        keywords: Any = None,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_tenant_admin``, answering the official shape (``dict[str, Any]``)."""
        return self._call("list_tenant_admin", (tenant_id, keywords, page, limit), {**call_options})  # type: ignore[no-any-return]

    def list_tenant_applications(
        self,
        page: Any,
        limit: Any,
        keywords: Any,
        sso_enabled: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_tenant_applications``, answering the official shape (``dict[str, Any]``)."""
        return self._call("list_tenant_applications", (page, limit, keywords, sso_enabled), {**call_options})  # type: ignore[no-any-return]

    def list_tenant_cooperators(
        self,
        keywords: Any = None,
        external: Any = None,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_tenant_cooperators``, answering the official shape (``dict[str, Any]``)."""
        return self._call("list_tenant_cooperators", (keywords, external, page, limit), {**call_options})  # type: ignore[no-any-return]

    def list_tenant_ext_idp(
        self,
        tenant_id: Any = None,
        app_id: Any = None,
        type: Any = None,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_tenant_ext_idp``, answering the official shape (``dict[str, Any]``)."""
        return self._call("list_tenant_ext_idp", (tenant_id, app_id, type, page, limit), {**call_options})  # type: ignore[no-any-return]

    def list_tenant_users(
        self,
        tenant_id: Any,
        keywords: Any = None,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_tenant_users``, answering the official shape (``dict[str, Any]``)."""
        return self._call("list_tenant_users", (tenant_id, keywords, options), {**call_options})  # type: ignore[no-any-return]

    def list_tenants(
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
        """Official ``list_tenants``, answering the official shape (``dict[str, Any]``)."""
        return self._call("list_tenants", (keywords, with_members_count, with_app_detail, with_creator_detail, with_source_app_detail, page, limit, source), {**call_options})  # type: ignore[no-any-return]

    def list_user_base_fields(
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
        """Official ``list_user_base_fields``, answering the official shape (``dict[str, Any]``)."""
        return self._call("list_user_base_fields", (target_type, data_type, tenant_id, page, limit, user_visible, admin_visible, access_control, keyword, lang), {**call_options})  # type: ignore[no-any-return]

    def list_users(
        self,
        keywords: Any = None,
        advanced_filter: Any = None,
        search_query: Any = None,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_users``, answering the official shape (``dict[str, Any]``)."""
        return self._call("list_users", (keywords, advanced_filter, search_query, options), {**call_options})  # type: ignore[no-any-return]

    def list_users_legacy(
        self,
        page: Any = None,
        limit: Any = None,
        status: Any = None,
        updated_at_start: Any = None,
        updated_at_end: Any = None,
        with_custom_data: Any = None,
        with_post: Any = None,
        with_identities: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_users_legacy``, answering the official shape (``dict[str, Any]``)."""
        return self._call("list_users_legacy", (page, limit, status, updated_at_start, updated_at_end, with_custom_data, with_post, with_identities), {**call_options})  # type: ignore[no-any-return]

    def list_webhooks(
        self,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_webhooks``, answering the official shape (``dict[str, Any]``)."""
        return self._call("list_webhooks", (page, limit), {**call_options})  # type: ignore[no-any-return]

    def list_whitelists(
        self,
        type: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_whitelists``, answering the official shape (``dict[str, Any]``)."""
        return self._call("list_whitelists", (type,), {**call_options})  # type: ignore[no-any-return]

    def preview_email_template(
        self,
        type: Any,
        content: Any = None,
        subject: Any = None,
        sender: Any = None,
        expires_in: Any = None,
        tpl_engine: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``preview_email_template``, answering the official shape (``dict[str, Any]``)."""
        return self._call("preview_email_template", (type, content, subject, sender, expires_in, tpl_engine), {**call_options})  # type: ignore[no-any-return]

    def pub_user_event(
        self,
        event_type: Any,
        event_data: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``pub_user_event``, answering the official shape (``dict[str, Any]``)."""
        return self._call("pub_user_event", (event_type, event_data), {**call_options})  # type: ignore[no-any-return]

    def put_event(
        self,
        event_code: Any,
        data: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``put_event``, answering the official shape (``dict[str, Any]``)."""
        return self._call("put_event", (event_code, data), {**call_options})  # type: ignore[no-any-return]

    def query_ldap_config_info(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``query_ldap_config_info``, answering the official shape (``dict[str, Any]``)."""
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
        """Official ``query_ldap_log``, answering the official shape (``dict[str, Any]``)."""
        return self._call("query_ldap_log", (type, page, limit, connection, operation_number, error_code, message, start_time, end_time), {**call_options})  # type: ignore[no-any-return]

    def query_ldap_sub_entries(
        self,
        page: Any,
        limit: Any,
        dn: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``query_ldap_sub_entries``, answering the official shape (``dict[str, Any]``)."""
        return self._call("query_ldap_sub_entries", (page, limit, dn), {**call_options})  # type: ignore[no-any-return]

    def refresh_application_secret(
        self,
        app_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``refresh_application_secret``, answering the official shape (``dict[str, Any]``)."""
        return self._call("refresh_application_secret", (app_id,), {**call_options})  # type: ignore[no-any-return]

    def remote_field(
        self,
        model_id: Any,
        id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``remote_field``, answering the official shape (``dict[str, Any]``)."""
        return self._call("remote_field", (model_id, id), {**call_options})  # type: ignore[no-any-return]

    def remove_group_members(
        self,
        user_ids: Any,
        code: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``remove_group_members``, answering the official shape (``dict[str, Any]``)."""
        return self._call("remove_group_members", (user_ids, code), {**call_options})  # type: ignore[no-any-return]

    def remove_model(
        self,
        id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``remove_model``, answering the official shape (``dict[str, Any]``)."""
        return self._call("remove_model", (id,), {**call_options})  # type: ignore[no-any-return]

    def remove_operate(
        self,
        custom_config: Any,
        model_id: Any,
        id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``remove_operate``, answering the official shape (``dict[str, Any]``)."""
        return self._call("remove_operate", (custom_config, model_id, id), {**call_options})  # type: ignore[no-any-return]

    def remove_relation_value(
        self,
        value: Any,
        field_ids: Any,
        row_id: Any,
        model_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``remove_relation_value``, answering the official shape (``dict[str, Any]``)."""
        return self._call("remove_relation_value", (value, field_ids, row_id, model_id), {**call_options})  # type: ignore[no-any-return]

    def remove_row(
        self,
        row_id_list: Any,
        model_id: Any,
        recursive: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``remove_row``, answering the official shape (``dict[str, Any]``)."""
        return self._call("remove_row", (row_id_list, model_id, recursive), {**call_options})  # type: ignore[no-any-return]

    def remove_tenant_users(
        self,
        tenant_id: Any,
        link_user_ids: Any = None,
        member_ids: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``remove_tenant_users``, answering the official shape (``dict[str, Any]``)."""
        return self._call("remove_tenant_users", (tenant_id, link_user_ids, member_ids), {**call_options})  # type: ignore[no-any-return]

    def reset_user_principal_authentication_info(
        self,
        user_id: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``reset_user_principal_authentication_info``, answering the official shape (``dict[str, Any]``)."""
        return self._call("reset_user_principal_authentication_info", (user_id, options), {**call_options})  # type: ignore[no-any-return]

    def resign_user(
        self,
        user_id: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``resign_user``, answering the official shape (``dict[str, Any]``)."""
        return self._call("resign_user", (user_id, user_id_type), {**call_options})  # type: ignore[no-any-return]

    def resign_user_batch(
        self,
        user_ids: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``resign_user_batch``, answering the official shape (``dict[str, Any]``)."""
        return self._call("resign_user_batch", (user_ids, user_id_type), {**call_options})  # type: ignore[no-any-return]

    def reupload_pipeline_function(
        self,
        func_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``reupload_pipeline_function``, answering the official shape (``dict[str, Any]``)."""
        return self._call("reupload_pipeline_function", (func_id,), {**call_options})  # type: ignore[no-any-return]

    def revoke_application_access(
        self,
        app_id: Any,
        list: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``revoke_application_access``, answering the official shape (``dict[str, Any]``)."""
        return self._call("revoke_application_access", (app_id, list), {**call_options})  # type: ignore[no-any-return]

    def revoke_data_policy(
        self,
        target_type: Any,
        target_identifier: Any,
        policy_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``revoke_data_policy``, answering the official shape (``dict[str, Any]``)."""
        return self._call("revoke_data_policy", (target_type, target_identifier, policy_id), {**call_options})  # type: ignore[no-any-return]

    def revoke_role(
        self,
        targets: Any,
        code: Any,
        namespace: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``revoke_role``, answering the official shape (``dict[str, Any]``)."""
        return self._call("revoke_role", (targets, code, namespace), {**call_options})  # type: ignore[no-any-return]

    def revoke_role_batch(
        self,
        targets: Any,
        roles: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``revoke_role_batch``, answering the official shape (``dict[str, Any]``)."""
        return self._call("revoke_role_batch", (targets, roles), {**call_options})  # type: ignore[no-any-return]

    def save_ldap_config_info(
        self,
        ldap_domain: Any,
        link_url: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``save_ldap_config_info``, answering the official shape (``dict[str, Any]``)."""
        return self._call("save_ldap_config_info", (ldap_domain, link_url), {**call_options})  # type: ignore[no-any-return]

    def send_email_batch(
        self,
        admin_name: Any,
        import_id: Any,
        users: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``send_email_batch``, answering the official shape (``dict[str, Any]``)."""
        return self._call("send_email_batch", (admin_name, import_id, users), {**call_options})  # type: ignore[no-any-return]

    def send_invite_tenant_user_email(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``send_invite_tenant_user_email``, answering the official shape (``dict[str, Any]``)."""
        return self._call("send_invite_tenant_user_email", (), {**call_options})  # type: ignore[no-any-return]

    def send_sms_batch(
        self,
        admin_name: Any,
        import_id: Any,
        users: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``send_sms_batch``, answering the official shape (``dict[str, Any]``)."""
        return self._call("send_sms_batch", (admin_name, import_id, users), {**call_options})  # type: ignore[no-any-return]

    def set_custom_data(
        self,
        list: Any,
        target_identifier: Any,
        target_type: Any,
        tenant_id: Any = None,
        namespace: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``set_custom_data``, answering the official shape (``dict[str, Any]``)."""
        return self._call("set_custom_data", (list, target_identifier, target_type, tenant_id, namespace), {**call_options})  # type: ignore[no-any-return]

    def set_custom_fields(
        self,
        list: Any,
        tenant_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``set_custom_fields``, answering the official shape (``dict[str, Any]``)."""
        return self._call("set_custom_fields", (list, tenant_id), {**call_options})  # type: ignore[no-any-return]

    def set_tenant_admin(
        self,
        tenant_id: Any,
        link_user_ids: Any = None,
        member_ids: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``set_tenant_admin``, answering the official shape (``dict[str, Any]``)."""
        return self._call("set_tenant_admin", (tenant_id, link_user_ids, member_ids), {**call_options})  # type: ignore[no-any-return]

    def set_user_base_fields(
        self,
        list: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``set_user_base_fields``, answering the official shape (``dict[str, Any]``)."""
        return self._call("set_user_base_fields", (list,), {**call_options})  # type: ignore[no-any-return]

    def set_users_mfa_status(
        self,
        mfa_trigger_data: Any,
        user_id: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``set_users_mfa_status``, answering the official shape (``dict[str, Any]``)."""
        return self._call("set_users_mfa_status", (mfa_trigger_data, user_id, user_id_type), {**call_options})  # type: ignore[no-any-return]

    def setuser_of_public_account(
        self,
        user_id: Any,
        public_account_ids: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``setuser_of_public_account``, answering the official shape (``dict[str, Any]``)."""
        return self._call("setuser_of_public_account", (user_id, public_account_ids), {**call_options})  # type: ignore[no-any-return]

    def sub_event(
        self,
        event_code: Any,
        callback: Any = None,
        *,
        max_reconnects: Any = None,
    ) -> Iterator[str] | None:
        """Official ``sub_event``: with ``callback``, blocks and calls it for each message."""
        return _deliver(self._call_iter("sub_event", (event_code, None), {"max_reconnects": max_reconnects}), callback)

    def suspend_device(
        self,
        end_time: Any,
        user_id: Any,
        id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``suspend_device``, answering the official shape (``dict[str, Any]``)."""
        return self._call("suspend_device", (end_time, user_id, id), {**call_options})  # type: ignore[no-any-return]

    def trigger_webhook(
        self,
        webhook_id: Any,
        request_headers: Any = None,
        request_body: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``trigger_webhook``, answering the official shape (``dict[str, Any]``)."""
        return self._call("trigger_webhook", (webhook_id, request_headers, request_body), {**call_options})  # type: ignore[no-any-return]

    def unassign_asa_account(
        self,
        app_id: Any,
        account_id: Any,
        targets: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``unassign_asa_account``, answering the official shape (``dict[str, Any]``)."""
        return self._call("unassign_asa_account", (app_id, account_id, targets), {**call_options})  # type: ignore[no-any-return]

    def unbind_users_public_account(
        self,
        user_id: Any,
        public_account_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``unbind_users_public_account``, answering the official shape (``dict[str, Any]``)."""
        return self._call("unbind_users_public_account", (user_id, public_account_id), {**call_options})  # type: ignore[no-any-return]

    def unlink_identity(
        self,
        user_id: Any,
        ext_idp_id: Any,
        type: Any = None,
        is_social: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``unlink_identity``, answering the official shape (``dict[str, Any]``)."""
        return self._call("unlink_identity", (user_id, ext_idp_id, type, is_social), {**call_options})  # type: ignore[no-any-return]

    def update_access_key(
        self,
        enable: Any,
        access_key_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_access_key``, answering the official shape (``dict[str, Any]``)."""
        return self._call("update_access_key", (enable, access_key_id), {**call_options})  # type: ignore[no-any-return]

    def update_application_mfa_settings(
        self,
        app_id: Any,
        enabled_factors: Any = None,
        disabled_factors: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_application_mfa_settings``, answering the official shape (``dict[str, Any]``)."""
        return self._call("update_application_mfa_settings", (app_id, enabled_factors, disabled_factors), {**call_options})  # type: ignore[no-any-return]

    def update_application_permission_strategy(
        self,
        permission_strategy: Any,
        app_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_application_permission_strategy``, answering the official shape (``dict[str, Any]``)."""
        return self._call("update_application_permission_strategy", (permission_strategy, app_id), {**call_options})  # type: ignore[no-any-return]

    def update_asa_account(
        self,
        account_info: Any,
        account_id: Any,
        app_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_asa_account``, answering the official shape (``dict[str, Any]``)."""
        return self._call("update_asa_account", (account_info, account_id, app_id), {**call_options})  # type: ignore[no-any-return]

    def update_data_policy(
        self,
        policy_id: Any,
        policy_name: Any = None,
        description: Any = None,
        statement_list: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_data_policy``, answering the official shape (``dict[str, Any]``)."""
        return self._call("update_data_policy", (policy_id, policy_name, description, statement_list), {**call_options})  # type: ignore[no-any-return]

    def update_data_resource(
        self,
        resource_code: Any,
        namespace_code: Any,
        resource_name: Any = None,
        description: Any = None,
        struct: Any = None,
        actions: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_data_resource``, answering the official shape (``dict[str, Any]``)."""
        return self._call("update_data_resource", (resource_code, namespace_code, resource_name, description, struct, actions), {**call_options})  # type: ignore[no-any-return]

    def update_email_template(
        self,
        content: Any,
        sender: Any,
        subject: Any,
        name: Any,
        customize_enabled: Any,
        type: Any,
        expires_in: Any = None,
        redirect_to: Any = None,
        tpl_engine: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_email_template``, answering the official shape (``dict[str, Any]``)."""
        return self._call("update_email_template", (content, sender, subject, name, customize_enabled, type, expires_in, redirect_to, tpl_engine), {**call_options})  # type: ignore[no-any-return]

    def update_ext_idp(
        self,
        name: Any,
        id: Any,
        tenant_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_ext_idp``, answering the official shape (``dict[str, Any]``)."""
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
        """Official ``update_ext_idp_conn``, answering the official shape (``dict[str, Any]``)."""
        return self._call("update_ext_idp_conn", (id, display_name, fields, logo, login_only, tenant_id), {**call_options})  # type: ignore[no-any-return]

    def update_field(
        self,
        user_visible: Any,
        relation_optional_range: Any,
        relation_show_key: Any,
        for_login: Any,
        fuzzy_search: Any,
        drop_down: Any,
        format: Any,
        regexp: Any,
        min: Any,
        max: Any,
        max_length: Any,
        unique: Any,
        require: Any,
        default: Any,
        help: Any,
        editable: Any,
        show: Any,
        name: Any,
        model_id: Any,
        id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_field``, answering the official shape (``dict[str, Any]``)."""
        return self._call("update_field", (user_visible, relation_optional_range, relation_show_key, for_login, fuzzy_search, drop_down, format, regexp, min, max, max_length, unique, require, default, help, editable, show, name, model_id, id), {**call_options})  # type: ignore[no-any-return]

    def update_global_mfa_settings(
        self,
        enabled_factors: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_global_mfa_settings``, answering the official shape (``dict[str, Any]``)."""
        return self._call("update_global_mfa_settings", (enabled_factors,), {**call_options})  # type: ignore[no-any-return]

    def update_group(
        self,
        description: Any,
        code: Any,
        name: Any = None,
        new_code: Any = None,
        custom_data: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_group``, answering the official shape (``dict[str, Any]``)."""
        return self._call("update_group", (description, code, name, new_code, custom_data), {**call_options})  # type: ignore[no-any-return]

    def update_ldap_config_info(
        self,
        bind_pwd: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_ldap_config_info``, answering the official shape (``dict[str, Any]``)."""
        return self._call("update_ldap_config_info", (bind_pwd,), {**call_options})  # type: ignore[no-any-return]

    def update_login_page_config(
        self,
        update: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_login_page_config``, answering the official shape (``dict[str, Any]``)."""
        return self._call("update_login_page_config", (update,), {**call_options})  # type: ignore[no-any-return]

    def update_model(
        self,
        config: Any,
        field_order: Any,
        type: Any,
        parent_key: Any,
        enable: Any,
        description: Any,
        name: Any,
        id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_model``, answering the official shape (``dict[str, Any]``)."""
        return self._call("update_model", (config, field_order, type, parent_key, enable, description, name, id), {**call_options})  # type: ignore[no-any-return]

    def update_namespace(
        self,
        code: Any,
        description: Any = None,
        name: Any = None,
        new_code: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_namespace``, answering the official shape (``dict[str, Any]``)."""
        return self._call("update_namespace", (code, description, name, new_code), {**call_options})  # type: ignore[no-any-return]

    def update_operate(
        self,
        icon: Any,
        config: Any,
        operate_name: Any,
        operate_key: Any,
        show: Any,
        model_id: Any,
        id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_operate``, answering the official shape (``dict[str, Any]``)."""
        return self._call("update_operate", (icon, config, operate_name, operate_key, show, model_id, id), {**call_options})  # type: ignore[no-any-return]

    def update_permission_namespace(
        self,
        code: Any,
        name: Any = None,
        new_code: Any = None,
        description: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_permission_namespace``, answering the official shape (``dict[str, Any]``)."""
        return self._call("update_permission_namespace", (code, name, new_code, description), {**call_options})  # type: ignore[no-any-return]

    def update_pipeline_function(
        self,
        func_id: Any,
        func_name: Any = None,
        func_description: Any = None,
        source_code: Any = None,
        is_asynchronous: Any = None,
        timeout: Any = None,
        terminate_on_timeout: Any = None,
        enabled: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_pipeline_function``, answering the official shape (``dict[str, Any]``)."""
        return self._call("update_pipeline_function", (func_id, func_name, func_description, source_code, is_asynchronous, timeout, terminate_on_timeout, enabled), {**call_options})  # type: ignore[no-any-return]

    def update_pipeline_order(
        self,
        order: Any,
        scene: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_pipeline_order``, answering the official shape (``dict[str, Any]``)."""
        return self._call("update_pipeline_order", (order, scene), {**call_options})  # type: ignore[no-any-return]

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
        """Official ``update_public_account``, answering the official shape (``dict[str, Any]``)."""
        return self._call("update_public_account", (user_id, phone_country_code, name, nickname, photo, external_id, status, email_verified, phone_verified, birthdate, country, province, city, address, street_address, postal_code, gender, username, email, phone, password, company, browser, device, given_name, family_name, middle_name, profile, preferred_username, website, zoneinfo, locale, formatted, region, identity_number, custom_data, options), {**call_options})  # type: ignore[no-any-return]

    def update_public_account_batch(
        self,
        list: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_public_account_batch``, answering the official shape (``dict[str, Any]``)."""
        return self._call("update_public_account_batch", (list, options), {**call_options})  # type: ignore[no-any-return]

    def update_resource(
        self,
        code: Any,
        description: Any = None,
        name: Any = None,
        actions: Any = None,
        api_identifier: Any = None,
        namespace: Any = None,
        type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_resource``, answering the official shape (``dict[str, Any]``)."""
        return self._call("update_resource", (code, description, name, actions, api_identifier, namespace, type), {**call_options})  # type: ignore[no-any-return]

    def update_role(
        self,
        name: Any,
        new_code: Any,
        code: Any,
        namespace: Any = None,
        description: Any = None,
        status: Any = None,
        disable_time: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_role``, answering the official shape (``dict[str, Any]``)."""
        return self._call("update_role", (name, new_code, code, namespace, description, status, disable_time), {**call_options})  # type: ignore[no-any-return]

    def update_row(
        self,
        data: Any,
        row_id: Any,
        model_id: Any,
        show_field_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_row``, answering the official shape (``dict[str, Any]``)."""
        return self._call("update_row", (data, row_id, model_id, show_field_id), {**call_options})  # type: ignore[no-any-return]

    def update_security_settings(
        self,
        allowed_origins: Any = None,
        genauth_token_expires_in: Any = None,
        verify_code_length: Any = None,
        verify_code_max_attempts: Any = None,
        change_email_strategy: Any = None,
        change_phone_strategy: Any = None,
        cookie_settings: Any = None,
        register_disabled: Any = None,
        register_anomaly_detection: Any = None,
        complete_password_after_pass_code_login: Any = None,
        login_anomaly_detection: Any = None,
        login_require_email_verified: Any = None,
        self_unlock_account: Any = None,
        enable_login_account_switch: Any = None,
        qrcode_login_strategy: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_security_settings``, answering the official shape (``dict[str, Any]``)."""
        return self._call("update_security_settings", (allowed_origins, genauth_token_expires_in, verify_code_length, verify_code_max_attempts, change_email_strategy, change_phone_strategy, cookie_settings, register_disabled, register_anomaly_detection, complete_password_after_pass_code_login, login_anomaly_detection, login_require_email_verified, self_unlock_account, enable_login_account_switch, qrcode_login_strategy), {**call_options})  # type: ignore[no-any-return]

    def update_tenant(
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
        """Official ``update_tenant``, answering the official shape (``dict[str, Any]``)."""
        return self._call("update_tenant", (tenant_id, name, app_ids, logo, description, reject_hint, source_app_id), {**call_options})  # type: ignore[no-any-return]

    def update_tenant_qr_code_state(
        self,
        enabled: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_tenant_qr_code_state``, answering the official shape (``dict[str, Any]``)."""
        return self._call("update_tenant_qr_code_state", (enabled,), {**call_options})  # type: ignore[no-any-return]

    def update_tenant_user(
        self,
        updates: Any,
        tenant_id: Any,
        link_user_id: Any = None,
        member_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_tenant_user``, answering the official shape (``dict[str, Any]``)."""
        return self._call("update_tenant_user", (updates, tenant_id, link_user_id, member_id), {**call_options})  # type: ignore[no-any-return]

    def update_user(
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
        """Official ``update_user``, answering the official shape (``dict[str, Any]``)."""
        return self._call("update_user", (user_id, phone_country_code, name, nickname, photo, external_id, status, email_verified, phone_verified, birthdate, country, province, city, address, street_address, postal_code, gender, username, email, phone, password, company, browser, device, given_name, family_name, middle_name, profile, preferred_username, website, zoneinfo, locale, formatted, region, identity_number, custom_data, options), {**call_options})  # type: ignore[no-any-return]

    def update_user_batch(
        self,
        list: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_user_batch``, answering the official shape (``dict[str, Any]``)."""
        return self._call("update_user_batch", (list, options), {**call_options})  # type: ignore[no-any-return]

    def update_user_pool_tenant_config(
        self,
        update: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_user_pool_tenant_config``, answering the official shape (``dict[str, Any]``)."""
        return self._call("update_user_pool_tenant_config", (update,), {**call_options})  # type: ignore[no-any-return]

    def update_webhook(
        self,
        webhook_id: Any,
        name: Any = None,
        url: Any = None,
        events: Any = None,
        content_type: Any = None,
        enabled: Any = None,
        secret: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_webhook``, answering the official shape (``dict[str, Any]``)."""
        return self._call("update_webhook", (webhook_id, name, url, events, content_type, enabled, secret), {**call_options})  # type: ignore[no-any-return]

    def user_field_decrypt(
        self,
        data: Any,
        private_key: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``user_field_decrypt``, answering the official shape (``dict[str, Any]``)."""
        return self._call("user_field_decrypt", (data, private_key), {**call_options})  # type: ignore[no-any-return]

    def userpoll_tenant_config(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``userpoll_tenant_config``, answering the official shape (``dict[str, Any]``)."""
        return self._call("userpoll_tenant_config", (), {**call_options})  # type: ignore[no-any-return]

    def verify_event(
        self,
        event_type: Any,
        event_data: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``verify_event``, answering the official shape (``dict[str, Any]``)."""
        return self._call("verify_event", (event_type, event_data), {**call_options})  # type: ignore[no-any-return]


class AuthenticationClient(SyncCompatAuthenticationBase):
    """The official ``genauth.AuthenticationClient``, answering as it did, on ``genauth_sync.AuthenticationClient``."""

    _async_compat = _AsyncAuthenticationClient

    def auth_by_code_identity(
        self,
        code: Any,
        app_id: Any = None,
        conn_id: Any = None,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``auth_by_code_identity``, answering the official shape (``dict[str, Any]``)."""
        return self._call("auth_by_code_identity", (code, app_id, conn_id, options), {**call_options})  # type: ignore[no-any-return]

    def bind_by_account(
        self,
        key: Any,
        action: Any,
        password: Any,
        account: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``bind_by_account``, answering the official shape (``dict[str, Any]``)."""
        return self._call("bind_by_account", (key, action, password, account), {**call_options})  # type: ignore[no-any-return]

    def bind_by_account_id(
        self,
        key: Any,
        action: Any,
        account_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``bind_by_account_id``, answering the official shape (``dict[str, Any]``)."""
        return self._call("bind_by_account_id", (key, action, account_id), {**call_options})  # type: ignore[no-any-return]

    def bind_by_email_code(
        self,
        key: Any,
        action: Any,
        code: Any,
        email: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``bind_by_email_code``, answering the official shape (``dict[str, Any]``)."""
        return self._call("bind_by_email_code", (key, action, code, email), {**call_options})  # type: ignore[no-any-return]

    def bind_by_phone_code(
        self,
        key: Any,
        action: Any,
        code: Any,
        phone: Any,
        phone_country_code: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``bind_by_phone_code``, answering the official shape (``dict[str, Any]``)."""
        return self._call("bind_by_phone_code", (key, action, code, phone, phone_country_code), {**call_options})  # type: ignore[no-any-return]

    def bind_email(
        self,
        pass_code: Any,
        email: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``bind_email``, answering the official shape (``dict[str, Any]``)."""
        return self._call("bind_email", (pass_code, email), {**call_options})  # type: ignore[no-any-return]

    def bind_phone(
        self,
        pass_code: Any,
        phone_number: Any,
        phone_country_code: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``bind_phone``, answering the official shape (``dict[str, Any]``)."""
        return self._call("bind_phone", (pass_code, phone_number, phone_country_code), {**call_options})  # type: ignore[no-any-return]

    def build_authorize_url(
        self,
        redirect_uri: Any = None,
        response_type: Any = None,
        response_mode: Any = None,
        state: Any = None,
        nonce: Any = None,
        scope: Any = None,
        code_challenge_method: Any = None,
        code_challenge: Any = None,
        service: Any = None,
    ) -> str:
        """Official ``build_authorize_url``, answering the official shape (``str``)."""
        return self._call_direct("build_authorize_url", (redirect_uri, response_type, response_mode, state, nonce, scope, code_challenge_method, code_challenge, service), {})  # type: ignore[no-any-return]

    def build_logout_url(
        self,
        redirect_uri: Any = None,
        id_token: Any = None,
        state: Any = None,
    ) -> str:
        """Official ``build_logout_url``, answering the official shape (``str``)."""
        return self._call_direct("build_logout_url", (redirect_uri, id_token, state), {})  # type: ignore[no-any-return]

    def change_push_code_status(
        self,
        action: Any,
        push_code_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``change_push_code_status``, answering the official shape (``dict[str, Any]``)."""
        return self._call("change_push_code_status", (action, push_code_id), {**call_options})  # type: ignore[no-any-return]

    def change_qr_code_status(
        self,
        action: Any,
        qrcode_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``change_qr_code_status``, answering the official shape (``dict[str, Any]``)."""
        return self._call("change_qr_code_status", (action, qrcode_id), {**call_options})  # type: ignore[no-any-return]

    def check_permission_by_array_resource(
        self,
        resources: Any,
        action: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``check_permission_by_array_resource``, answering the official shape (``dict[str, Any]``)."""
        return self._call("check_permission_by_array_resource", (resources, action), {**call_options})  # type: ignore[no-any-return]

    def check_permission_by_string_resource(
        self,
        resources: Any,
        action: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``check_permission_by_string_resource``, answering the official shape (``dict[str, Any]``)."""
        return self._call("check_permission_by_string_resource", (resources, action), {**call_options})  # type: ignore[no-any-return]

    def check_permission_by_tree_resource(
        self,
        resources: Any,
        action: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``check_permission_by_tree_resource``, answering the official shape (``dict[str, Any]``)."""
        return self._call("check_permission_by_tree_resource", (resources, action), {**call_options})  # type: ignore[no-any-return]

    def check_push_code_status(
        self,
        push_code_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``check_push_code_status``, answering the official shape (``dict[str, Any]``)."""
        return self._call("check_push_code_status", (push_code_id,), {**call_options})  # type: ignore[no-any-return]

    def check_qr_code_status(
        self,
        qrcode_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``check_qr_code_status``, answering the official shape (``dict[str, Any]``)."""
        return self._call("check_qr_code_status", (qrcode_id,), {**call_options})  # type: ignore[no-any-return]

    def check_valid_credentials_by_cred_ids(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``check_valid_credentials_by_cred_ids``, answering the official shape (``dict[str, Any]``)."""
        return self._call("check_valid_credentials_by_cred_ids", (), {**call_options})  # type: ignore[no-any-return]

    def decrypt_wechat_mini_program_data(
        self,
        code: Any,
        iv: Any,
        encrypted_data: Any,
        ext_idp_connidentifier: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``decrypt_wechat_mini_program_data``, answering the official shape (``dict[str, Any]``)."""
        return self._call("decrypt_wechat_mini_program_data", (code, iv, encrypted_data, ext_idp_connidentifier), {**call_options})  # type: ignore[no-any-return]

    def delete_account(
        self,
        delete_account_token: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_account``, answering the official shape (``dict[str, Any]``)."""
        return self._call("delete_account", (delete_account_token,), {**call_options})  # type: ignore[no-any-return]

    def enroll_factor(
        self,
        enrollment_data: Any,
        enrollment_token: Any,
        factor_type: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``enroll_factor``, answering the official shape (``dict[str, Any]``)."""
        return self._call("enroll_factor", (enrollment_data, enrollment_token, factor_type), {**call_options})  # type: ignore[no-any-return]

    def exchange_token_set_with_qr_code_ticket(
        self,
        ticket: Any,
        client_id: Any = None,
        client_secret: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``exchange_token_set_with_qr_code_ticket``, answering the official shape (``dict[str, Any]``)."""
        return self._call("exchange_token_set_with_qr_code_ticket", (ticket, client_id, client_secret), {**call_options})  # type: ignore[no-any-return]

    def gene_fastpass_qrcode_info(
        self,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``gene_fastpass_qrcode_info``, answering the official shape (``dict[str, Any]``)."""
        return self._call("gene_fastpass_qrcode_info", (options,), {**call_options})  # type: ignore[no-any-return]

    def gene_qr_code(
        self,
        type: Any,
        ext_idp_conn_id: Any = None,
        custom_data: Any = None,
        context: Any = None,
        auto_merge_qr_code: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``gene_qr_code``, answering the official shape (``dict[str, Any]``)."""
        return self._call("gene_qr_code", (type, ext_idp_conn_id, custom_data, context, auto_merge_qr_code), {**call_options})  # type: ignore[no-any-return]

    def generate_code_challenge(
        self,
        length: Any = 43,
    ) -> str:
        """Official ``generate_code_challenge``, answering the official shape (``str``)."""
        return self._call_direct("generate_code_challenge", (length,), {})  # type: ignore[no-any-return]

    def generate_code_challenge_digest(
        self,
        code_challenge: Any,
        method: Any = None,
    ) -> str:
        """Official ``generate_code_challenge_digest``, answering the official shape (``str``)."""
        return self._call_direct("generate_code_challenge_digest", (code_challenge, method), {})  # type: ignore[no-any-return]

    def generate_link_ext_idp_url(
        self,
        ext_idp_conn_identifier: Any,
        app_id: Any,
        id_token: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``generate_link_ext_idp_url``, answering the official shape (``dict[str, Any]``)."""
        return self._call("generate_link_ext_idp_url", (ext_idp_conn_identifier, app_id, id_token), {**call_options})  # type: ignore[no-any-return]

    def get_access_token_by_client_credentials(
        self,
        scope: Any,
        access_key: Any,
        access_secret: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_access_token_by_client_credentials``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_access_token_by_client_credentials", (scope, access_key, access_secret), {**call_options})  # type: ignore[no-any-return]

    def get_access_token_by_code(
        self,
        code: Any,
        code_verifier: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_access_token_by_code``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_access_token_by_code", (code, code_verifier), {**call_options})  # type: ignore[no-any-return]

    def get_accessible_apps(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_accessible_apps``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_accessible_apps", (), {**call_options})  # type: ignore[no-any-return]

    def get_alipay_auth_info(
        self,
        ext_idp_connidentifier: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_alipay_auth_info``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_alipay_auth_info", (ext_idp_connidentifier,), {**call_options})  # type: ignore[no-any-return]

    def get_application_enabled_ext_idps(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_application_enabled_ext_idps``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_application_enabled_ext_idps", (), {**call_options})  # type: ignore[no-any-return]

    def get_authorized_resources(
        self,
        namespace: Any = None,
        resource_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_authorized_resources``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_authorized_resources", (namespace, resource_type), {**call_options})  # type: ignore[no-any-return]

    def get_country_list(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_country_list``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_country_list", (), {**call_options})  # type: ignore[no-any-return]

    def get_factor(
        self,
        factor_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_factor``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_factor", (factor_id,), {**call_options})  # type: ignore[no-any-return]

    def get_fastpass_params(
        self,
        qrcode_id: Any,
        app_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_fastpass_params``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_fastpass_params", (qrcode_id, app_id), {**call_options})  # type: ignore[no-any-return]

    def get_group_list(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_group_list``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_group_list", (), {**call_options})  # type: ignore[no-any-return]

    def get_identities(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_identities``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_identities", (), {**call_options})  # type: ignore[no-any-return]

    def get_logged_in_apps(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_logged_in_apps``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_logged_in_apps", (), {**call_options})  # type: ignore[no-any-return]

    def get_login_history(
        self,
        app_id: Any = None,
        client_ip: Any = None,
        success: Any = None,
        start: Any = None,
        end: Any = None,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_login_history``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_login_history", (app_id, client_ip, success, start, end, page, limit), {**call_options})  # type: ignore[no-any-return]

    def get_new_access_token_by_refresh_token(
        self,
        refresh_token: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_new_access_token_by_refresh_token``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_new_access_token_by_refresh_token", (refresh_token,), {**call_options})  # type: ignore[no-any-return]

    def get_profile(
        self,
        with_custom_data: Any = None,
        with_identities: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_profile``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_profile", (with_custom_data, with_identities), {**call_options})  # type: ignore[no-any-return]

    def get_push_login_relation_apps(
        self,
        app_id: Any,
        push_code_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_push_login_relation_apps``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_push_login_relation_apps", (app_id, push_code_id), {**call_options})  # type: ignore[no-any-return]

    def get_qr_code_status(
        self,
        qrcode_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_qr_code_status``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_qr_code_status", (qrcode_id,), {**call_options})  # type: ignore[no-any-return]

    def get_role_list(
        self,
        namespace: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_role_list``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_role_list", (namespace,), {**call_options})  # type: ignore[no-any-return]

    def get_security_level(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_security_level``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_security_level", (), {**call_options})  # type: ignore[no-any-return]

    def get_system_info(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_system_info``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_system_info", (), {**call_options})  # type: ignore[no-any-return]

    def get_tenant_list(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_tenant_list``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_tenant_list", (), {**call_options})  # type: ignore[no-any-return]

    def get_user_auth_resource_permission_list(
        self,
        resources: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_auth_resource_permission_list``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_user_auth_resource_permission_list", (resources,), {**call_options})  # type: ignore[no-any-return]

    def get_user_auth_resource_struct(
        self,
        resource: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_auth_resource_struct``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_user_auth_resource_struct", (resource,), {**call_options})  # type: ignore[no-any-return]

    def get_user_authorized_resources_list(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_authorized_resources_list``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_user_authorized_resources_list", (), {**call_options})  # type: ignore[no-any-return]

    def get_user_info_by_access_token(
        self,
        access_token: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_info_by_access_token``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_user_info_by_access_token", (access_token,), {**call_options})  # type: ignore[no-any-return]

    def get_wechat_mp_access_token(
        self,
        app_id: Any,
        app_secret: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_wechat_mp_access_token``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_wechat_mp_access_token", (app_id, app_secret), {**call_options})  # type: ignore[no-any-return]

    def get_wechat_mp_access_token_info(
        self,
        app_id: Any,
        app_secret: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_wechat_mp_access_token_info``, answering the official shape (``dict[str, Any]``)."""
        return self._call("get_wechat_mp_access_token_info", (app_id, app_secret), {**call_options})  # type: ignore[no-any-return]

    def init_authentication_options(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``init_authentication_options``, answering the official shape (``dict[str, Any]``)."""
        return self._call("init_authentication_options", (), {**call_options})  # type: ignore[no-any-return]

    def init_register_options(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``init_register_options``, answering the official shape (``dict[str, Any]``)."""
        return self._call("init_register_options", (), {**call_options})  # type: ignore[no-any-return]

    def introspect_token(
        self,
        token: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``introspect_token``, answering the official shape (``dict[str, Any]``)."""
        return self._call("introspect_token", (token,), {**call_options})  # type: ignore[no-any-return]

    def introspect_token_offline(
        self,
        token: Any,
        server_jwks: Any = None,
        *,
        leeway: Any = 30.0,
        issuer: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``introspect_token_offline``, answering the official shape (``dict[str, Any]``)."""
        return self._call("introspect_token_offline", (token, server_jwks), {"leeway": leeway, "issuer": issuer, **call_options})  # type: ignore[no-any-return]

    def list(
        self,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list``, answering the official shape (``dict[str, Any]``)."""
        return self._call("list", (page, limit), {**call_options})  # type: ignore[no-any-return]

    def list_credentials_by_page(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_credentials_by_page``, answering the official shape (``dict[str, Any]``)."""
        return self._call("list_credentials_by_page", (), {**call_options})  # type: ignore[no-any-return]

    def list_enrolled_factors(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_enrolled_factors``, answering the official shape (``dict[str, Any]``)."""
        return self._call("list_enrolled_factors", (), {**call_options})  # type: ignore[no-any-return]

    def list_factors_to_enroll(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_factors_to_enroll``, answering the official shape (``dict[str, Any]``)."""
        return self._call("list_factors_to_enroll", (), {**call_options})  # type: ignore[no-any-return]

    def list_public_accounts_for_switch_logged_in(
        self,
        with_origin_user: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_public_accounts_for_switch_logged_in``, answering the official shape (``dict[str, Any]``)."""
        return self._call("list_public_accounts_for_switch_logged_in", (with_origin_user,), {**call_options})  # type: ignore[no-any-return]

    def mfa_otp_verify(
        self,
        totp: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``mfa_otp_verify``, answering the official shape (``dict[str, Any]``)."""
        return self._call("mfa_otp_verify", (totp,), {**call_options})  # type: ignore[no-any-return]

    def pre_check_code(
        self,
        code_type: Any,
        sms_code_payload: Any = None,
        email_code_payload: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``pre_check_code``, answering the official shape (``dict[str, Any]``)."""
        return self._call("pre_check_code", (code_type, sms_code_payload, email_code_payload), {**call_options})  # type: ignore[no-any-return]

    def put_event(
        self,
        event_code: Any,
        data: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``put_event``, answering the official shape (``dict[str, Any]``)."""
        return self._call("put_event", (event_code, data), {**call_options})  # type: ignore[no-any-return]

    def qr_code_app_login(
        self,
        action: Any,
        qrcode_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``qr_code_app_login``, answering the official shape (``dict[str, Any]``)."""
        return self._call("qr_code_app_login", (action, qrcode_id), {**call_options})  # type: ignore[no-any-return]

    def register_new_user(
        self,
        key: Any,
        action: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``register_new_user``, answering the official shape (``dict[str, Any]``)."""
        return self._call("register_new_user", (key, action), {**call_options})  # type: ignore[no-any-return]

    def remove_all_credentials(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``remove_all_credentials``, answering the official shape (``dict[str, Any]``)."""
        return self._call("remove_all_credentials", (), {**call_options})  # type: ignore[no-any-return]

    def remove_credential(
        self,
        credential_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``remove_credential``, answering the official shape (``dict[str, Any]``)."""
        return self._call("remove_credential", (credential_id,), {**call_options})  # type: ignore[no-any-return]

    def reset_factor(
        self,
        factor_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``reset_factor``, answering the official shape (``dict[str, Any]``)."""
        return self._call("reset_factor", (factor_id,), {**call_options})  # type: ignore[no-any-return]

    def reset_password(
        self,
        password: Any,
        password_reset_token: Any,
        password_encrypt_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``reset_password``, answering the official shape (``dict[str, Any]``)."""
        return self._call("reset_password", (password, password_reset_token, password_encrypt_type), {**call_options})  # type: ignore[no-any-return]

    def revoke(
        self,
        device_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``revoke``, answering the official shape (``dict[str, Any]``)."""
        return self._call("revoke", (device_id,), {**call_options})  # type: ignore[no-any-return]

    def revoke_token(
        self,
        token: Any,
        **call_options: Unpack[CallOptions],
    ) -> bool:
        """Official ``revoke_token``, answering the official shape (``bool``)."""
        return self._call("revoke_token", (token,), {**call_options})  # type: ignore[no-any-return]

    def select_account(
        self,
        key: Any,
        action: Any,
        account: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``select_account``, answering the official shape (``dict[str, Any]``)."""
        return self._call("select_account", (key, action, account), {**call_options})  # type: ignore[no-any-return]

    def send_email(
        self,
        channel: Any,
        email: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``send_email``, answering the official shape (``dict[str, Any]``)."""
        return self._call("send_email", (channel, email), {**call_options})  # type: ignore[no-any-return]

    def send_enroll_factor_request(
        self,
        profile: Any,
        factor_type: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``send_enroll_factor_request``, answering the official shape (``dict[str, Any]``)."""
        return self._call("send_enroll_factor_request", (profile, factor_type), {**call_options})  # type: ignore[no-any-return]

    def send_sms(
        self,
        channel: Any,
        phone_number: Any,
        phone_country_code: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``send_sms``, answering the official shape (``dict[str, Any]``)."""
        return self._call("send_sms", (channel, phone_number, phone_country_code), {**call_options})  # type: ignore[no-any-return]

    def sign_in_by_account_password(
        self,
        account: Any,
        password: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``sign_in_by_account_password``, answering the official shape (``dict[str, Any]``)."""
        return self._call("sign_in_by_account_password", (account, password, options), {**call_options})  # type: ignore[no-any-return]

    def sign_in_by_ad(
        self,
        sAMAccountName: Any,
        password: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``sign_in_by_ad``, answering the official shape (``dict[str, Any]``)."""
        return self._call("sign_in_by_ad", (sAMAccountName, password, options), {**call_options})  # type: ignore[no-any-return]

    def sign_in_by_credentials(
        self,
        connection: Any,
        password_payload: Any = None,
        pass_code_payload: Any = None,
        ad_payload: Any = None,
        ldap_payload: Any = None,
        options: Any = None,
        client_id: Any = None,
        client_secret: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``sign_in_by_credentials``, answering the official shape (``dict[str, Any]``)."""
        return self._call("sign_in_by_credentials", (connection, password_payload, pass_code_payload, ad_payload, ldap_payload, options, client_id, client_secret), {**call_options})  # type: ignore[no-any-return]

    def sign_in_by_email_passcode(
        self,
        email: Any,
        pass_code: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``sign_in_by_email_passcode``, answering the official shape (``dict[str, Any]``)."""
        return self._call("sign_in_by_email_passcode", (email, pass_code, options), {**call_options})  # type: ignore[no-any-return]

    def sign_in_by_email_password(
        self,
        email: Any,
        password: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``sign_in_by_email_password``, answering the official shape (``dict[str, Any]``)."""
        return self._call("sign_in_by_email_password", (email, password, options), {**call_options})  # type: ignore[no-any-return]

    def sign_in_by_ldap(
        self,
        sAMAccountName: Any,
        password: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``sign_in_by_ldap``, answering the official shape (``dict[str, Any]``)."""
        return self._call("sign_in_by_ldap", (sAMAccountName, password, options), {**call_options})  # type: ignore[no-any-return]

    def sign_in_by_mobile(
        self,
        ext_idp_connidentifier: Any,
        connection: Any,
        wechat_payload: Any = None,
        apple_payload: Any = None,
        alipay_payload: Any = None,
        wechatwork_payload: Any = None,
        wechatwork_agency_payload: Any = None,
        lark_public_payload: Any = None,
        lark_internal_payload: Any = None,
        lark_block_payload: Any = None,
        yidun_payload: Any = None,
        wechat_mini_program_code_payload: Any = None,
        wechat_mini_program_phone_payload: Any = None,
        wechat_mini_program_code_and_phone_payload: Any = None,
        google_payload: Any = None,
        facebook_payload: Any = None,
        qq_payload: Any = None,
        weibo_payload: Any = None,
        baidu_payload: Any = None,
        linked_in_payload: Any = None,
        ding_talk_payload: Any = None,
        github_payload: Any = None,
        gitee_payload: Any = None,
        gitlab_payload: Any = None,
        douyin_payload: Any = None,
        kuaishou_payload: Any = None,
        xiaomi_payload: Any = None,
        line_payload: Any = None,
        slack_payload: Any = None,
        oppo_payload: Any = None,
        huawei_payload: Any = None,
        amazon_payload: Any = None,
        options: Any = None,
        client_id: Any = None,
        client_secret: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``sign_in_by_mobile``, answering the official shape (``dict[str, Any]``)."""
        return self._call("sign_in_by_mobile", (ext_idp_connidentifier, connection, wechat_payload, apple_payload, alipay_payload, wechatwork_payload, wechatwork_agency_payload, lark_public_payload, lark_internal_payload, lark_block_payload, yidun_payload, wechat_mini_program_code_payload, wechat_mini_program_phone_payload, wechat_mini_program_code_and_phone_payload, google_payload, facebook_payload, qq_payload, weibo_payload, baidu_payload, linked_in_payload, ding_talk_payload, github_payload, gitee_payload, gitlab_payload, douyin_payload, kuaishou_payload, xiaomi_payload, line_payload, slack_payload, oppo_payload, huawei_payload, amazon_payload, options, client_id, client_secret), {**call_options})  # type: ignore[no-any-return]

    def sign_in_by_phone_passcode(
        self,
        phone: Any,
        pass_code: Any,
        phone_country_code: Any = None,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``sign_in_by_phone_passcode``, answering the official shape (``dict[str, Any]``)."""
        return self._call("sign_in_by_phone_passcode", (phone, pass_code, phone_country_code, options), {**call_options})  # type: ignore[no-any-return]

    def sign_in_by_phone_password(
        self,
        phone: Any,
        password: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``sign_in_by_phone_password``, answering the official shape (``dict[str, Any]``)."""
        return self._call("sign_in_by_phone_password", (phone, password, options), {**call_options})  # type: ignore[no-any-return]

    def sign_in_by_push(
        self,
        account: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``sign_in_by_push``, answering the official shape (``dict[str, Any]``)."""
        return self._call("sign_in_by_push", (account, options), {**call_options})  # type: ignore[no-any-return]

    def sign_in_by_username_password(
        self,
        username: Any,
        password: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``sign_in_by_username_password``, answering the official shape (``dict[str, Any]``)."""
        return self._call("sign_in_by_username_password", (username, password, options), {**call_options})  # type: ignore[no-any-return]

    def sign_up(
        self,
        connection: Any,
        password_payload: Any = None,
        pass_code_payload: Any = None,
        profile: Any = None,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``sign_up``, answering the official shape (``dict[str, Any]``)."""
        return self._call("sign_up", (connection, password_payload, pass_code_payload, profile, options), {**call_options})  # type: ignore[no-any-return]

    def sign_up_by_email_passcode(
        self,
        email: Any,
        pass_code: Any,
        profile: Any = None,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``sign_up_by_email_passcode``, answering the official shape (``dict[str, Any]``)."""
        return self._call("sign_up_by_email_passcode", (email, pass_code, profile, options), {**call_options})  # type: ignore[no-any-return]

    def sign_up_by_email_password(
        self,
        email: Any,
        password: Any,
        profile: Any = None,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``sign_up_by_email_password``, answering the official shape (``dict[str, Any]``)."""
        return self._call("sign_up_by_email_password", (email, password, profile, options), {**call_options})  # type: ignore[no-any-return]

    def sign_up_by_phone_passcode(
        self,
        phone: Any,
        pass_code: Any,
        phone_country_code: Any = None,
        profile: Any = None,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``sign_up_by_phone_passcode``, answering the official shape (``dict[str, Any]``)."""
        return self._call("sign_up_by_phone_passcode", (phone, pass_code, phone_country_code, profile, options), {**call_options})  # type: ignore[no-any-return]

    def sign_up_by_username_password(
        self,
        username: Any,
        password: Any,
        profile: Any = None,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``sign_up_by_username_password``, answering the official shape (``dict[str, Any]``)."""
        return self._call("sign_up_by_username_password", (username, password, profile, options), {**call_options})  # type: ignore[no-any-return]

    def sub_event(
        self,
        event_code: Any,
        callback: Any = None,
        *,
        max_reconnects: Any = None,
    ) -> Iterator[str] | None:
        """Official ``sub_event``: with ``callback``, blocks and calls it for each message."""
        return _deliver(self._call_iter("sub_event", (event_code, None), {"max_reconnects": max_reconnects}), callback)

    def switch_login_by_user(
        self,
        target_user_id: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``switch_login_by_user``, answering the official shape (``dict[str, Any]``)."""
        return self._call("switch_login_by_user", (target_user_id, options), {**call_options})  # type: ignore[no-any-return]

    def unbind(
        self,
        device_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``unbind``, answering the official shape (``dict[str, Any]``)."""
        return self._call("unbind", (device_id,), {**call_options})  # type: ignore[no-any-return]

    def unbind_email(
        self,
        pass_code: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``unbind_email``, answering the official shape (``dict[str, Any]``)."""
        return self._call("unbind_email", (pass_code,), {**call_options})  # type: ignore[no-any-return]

    def unbind_phone(
        self,
        pass_code: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``unbind_phone``, answering the official shape (``dict[str, Any]``)."""
        return self._call("unbind_phone", (pass_code,), {**call_options})  # type: ignore[no-any-return]

    def unlink_ext_idp(
        self,
        ext_idp_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``unlink_ext_idp``, answering the official shape (``dict[str, Any]``)."""
        return self._call("unlink_ext_idp", (ext_idp_id,), {**call_options})  # type: ignore[no-any-return]

    def update_email(
        self,
        update_email_token: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_email``, answering the official shape (``dict[str, Any]``)."""
        return self._call("update_email", (update_email_token,), {**call_options})  # type: ignore[no-any-return]

    def update_password(
        self,
        new_password: Any,
        old_password: Any = None,
        password_encrypt_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_password``, answering the official shape (``dict[str, Any]``)."""
        return self._call("update_password", (new_password, old_password, password_encrypt_type), {**call_options})  # type: ignore[no-any-return]

    def update_phone(
        self,
        update_phone_token: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_phone``, answering the official shape (``dict[str, Any]``)."""
        return self._call("update_phone", (update_phone_token,), {**call_options})  # type: ignore[no-any-return]

    def update_profile(
        self,
        name: Any = None,
        nickname: Any = None,
        photo: Any = None,
        external_id: Any = None,
        birthdate: Any = None,
        country: Any = None,
        province: Any = None,
        city: Any = None,
        address: Any = None,
        street_address: Any = None,
        postal_code: Any = None,
        gender: Any = None,
        username: Any = None,
        company: Any = None,
        custom_data: Any = None,
        identity_number: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_profile``, answering the official shape (``dict[str, Any]``)."""
        return self._call("update_profile", (name, nickname, photo, external_id, birthdate, country, province, city, address, street_address, postal_code, gender, username, company, custom_data, identity_number), {**call_options})  # type: ignore[no-any-return]

    def validate_ticket_v1(
        self,
        ticket: Any,
        service: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``validate_ticket_v1``, answering the official shape (``dict[str, Any]``)."""
        return self._call("validate_ticket_v1", (ticket, service), {**call_options})  # type: ignore[no-any-return]

    def verify_authentication(
        self,
        ticket: Any,
        authentication_credential: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``verify_authentication``, answering the official shape (``dict[str, Any]``)."""
        return self._call("verify_authentication", (ticket, authentication_credential, options), {**call_options})  # type: ignore[no-any-return]

    def verify_delete_account_request(
        self,
        verify_method: Any,
        phone_pass_code_payload: Any = None,
        email_pass_code_payload: Any = None,
        password_payload: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``verify_delete_account_request``, answering the official shape (``dict[str, Any]``)."""
        return self._call("verify_delete_account_request", (verify_method, phone_pass_code_payload, email_pass_code_payload, password_payload), {**call_options})  # type: ignore[no-any-return]

    def verify_mfa_token(
        self,
        token: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``verify_mfa_token``, answering the official shape (``dict[str, Any]``)."""
        return self._call("verify_mfa_token", (token,), {**call_options})  # type: ignore[no-any-return]

    def verify_register(
        self,
        ticket: Any,
        registration_credential: Any,
        authenticator_code: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``verify_register``, answering the official shape (``dict[str, Any]``)."""
        return self._call("verify_register", (ticket, registration_credential, authenticator_code), {**call_options})  # type: ignore[no-any-return]

    def verify_reset_password_request(
        self,
        verify_method: Any,
        phone_pass_code_payload: Any = None,
        email_pass_code_payload: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``verify_reset_password_request``, answering the official shape (``dict[str, Any]``)."""
        return self._call("verify_reset_password_request", (verify_method, phone_pass_code_payload, email_pass_code_payload), {**call_options})  # type: ignore[no-any-return]

    def verify_update_email_request(
        self,
        email_pass_code_payload: Any,
        verify_method: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``verify_update_email_request``, answering the official shape (``dict[str, Any]``)."""
        return self._call("verify_update_email_request", (email_pass_code_payload, verify_method), {**call_options})  # type: ignore[no-any-return]

    def verify_update_phone_request(
        self,
        phone_pass_code_payload: Any,
        verify_method: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``verify_update_phone_request``, answering the official shape (``dict[str, Any]``)."""
        return self._call("verify_update_phone_request", (phone_pass_code_payload, verify_method), {**call_options})  # type: ignore[no-any-return]
