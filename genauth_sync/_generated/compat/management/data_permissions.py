# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Official management methods, area ``data_permissions``: the official answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from genauth_sync._compat_base import SyncCompatBase as _SyncCompatBase
from genauth_sync._generated.clients import ManagementClient as _Typed

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack


class DataPermissionsMixin(_SyncCompatBase[_Typed]):
    """Official management methods, area ``data_permissions``: the official answers."""

    __slots__ = ()

    def authorize_data_policies(
        self,
        target_list: Any,
        policy_ids: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``authorize_data_policies``: ``POST /api/v3/authorize-data-policies``, the whole answer."""
        return self._call("authorize_data_policies", (target_list, policy_ids), {**call_options})  # type: ignore[no-any-return]

    def check_data_policy_exists(
        self,
        policy_name: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``check_data_policy_exists``: ``GET /api/v3/check-data-policy-exists``, the whole answer."""
        return self._call("check_data_policy_exists", (policy_name,), {**call_options})  # type: ignore[no-any-return]

    def check_data_resource_exists(
        self,
        namespace_code: Any,
        resource_name: Any = None,
        resource_code: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``check_data_resource_exists``: ``GET /api/v3/check-data-resource-exists``, the whole answer."""
        return self._call("check_data_resource_exists", (namespace_code, resource_name, resource_code), {**call_options})  # type: ignore[no-any-return]

    def create_data_policy(
        self,
        statement_list: Any,
        policy_name: Any,
        description: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_data_policy``: ``POST /api/v3/create-data-policy``, the whole answer."""
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
        *,
        extend_field_list: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_data_resource``: ``POST /api/v3/create-data-resource``, the whole answer."""
        return self._call("create_data_resource", (actions, struct, type, resource_code, resource_name, namespace_code, description), {"extend_field_list": extend_field_list, **call_options})  # type: ignore[no-any-return]

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
        """Official ``create_data_resource_by_array``: ``POST /api/v3/create-array-data-resource``, the whole answer."""
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
        """Official ``create_data_resource_by_string``: ``POST /api/v3/create-string-data-resource``, the whole answer."""
        return self._call("create_data_resource_by_string", (actions, struct, resource_code, resource_name, namespace_code, description), {**call_options})  # type: ignore[no-any-return]

    def create_data_resource_by_tree(
        self,
        actions: Any,
        struct: Any,
        resource_code: Any,
        resource_name: Any,
        namespace_code: Any,
        description: Any = None,
        *,
        extend_field_list: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_data_resource_by_tree``: ``POST /api/v3/create-tree-data-resource``, the whole answer."""
        return self._call("create_data_resource_by_tree", (actions, struct, resource_code, resource_name, namespace_code, description), {"extend_field_list": extend_field_list, **call_options})  # type: ignore[no-any-return]

    def delete_data_policy(
        self,
        policy_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_data_policy``: ``POST /api/v3/delete-data-policy``, the whole answer."""
        return self._call("delete_data_policy", (policy_id,), {**call_options})  # type: ignore[no-any-return]

    def delete_data_resource(
        self,
        resource_code: Any,
        namespace_code: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_data_resource``: ``POST /api/v3/delete-data-resource``, the whole answer."""
        return self._call("delete_data_resource", (resource_code, namespace_code), {**call_options})  # type: ignore[no-any-return]

    def detail_auth_subject(
        self,
        target_id: Any,
        target_type: Any,
        app_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``detail_auth_subject``: ``GET /api/v3/get-subject-auth-detail``, the whole answer."""
        return self._call("detail_auth_subject", (target_id, target_type, app_id), {**call_options})  # type: ignore[no-any-return]

    def get_data_policy(
        self,
        policy_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_data_policy``: ``GET /api/v3/get-data-policy``, the whole answer."""
        return self._call("get_data_policy", (policy_id,), {**call_options})  # type: ignore[no-any-return]

    def get_data_resource(
        self,
        namespace_code: Any,
        resource_code: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_data_resource``: ``GET /api/v3/get-data-resource``, the whole answer."""
        return self._call("get_data_resource", (namespace_code, resource_code), {**call_options})  # type: ignore[no-any-return]

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
        """Official ``list_auth_subject``: ``POST /api/v3/list-subject-auth``, the whole answer."""
        return self._call("list_auth_subject", (target_type, target_id, app_name, app_type_list, effect, enabled), {**call_options})  # type: ignore[no-any-return]

    def list_data_polices(
        self,
        page: Any = None,
        limit: Any = None,
        query: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_data_polices``: ``GET /api/v3/list-data-policies``, the whole answer."""
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
        """Official ``list_data_policy_targets``: ``GET /api/v3/list-data-policy-targets``, the whole answer."""
        return self._call("list_data_policy_targets", (policy_id, page, limit, query, target_type), {**call_options})  # type: ignore[no-any-return]

    def list_data_resources(
        self,
        page: Any = None,
        limit: Any = None,
        query: Any = None,
        namespace_codes: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_data_resources``: ``GET /api/v3/list-data-resources``, the whole answer."""
        return self._call("list_data_resources", (page, limit, query, namespace_codes), {**call_options})  # type: ignore[no-any-return]

    def list_permission_view(
        self,
        page: Any = None,
        limit: Any = None,
        keyword: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_permission_view``: ``POST /api/v3/list-permission-view/data``, the whole answer."""
        return self._call("list_permission_view", (page, limit, keyword), {**call_options})  # type: ignore[no-any-return]

    def list_simple_data_polices(
        self,
        page: Any = None,
        limit: Any = None,
        query: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_simple_data_polices``: ``GET /api/v3/list-simple-data-policies``, the whole answer."""
        return self._call("list_simple_data_polices", (page, limit, query), {**call_options})  # type: ignore[no-any-return]

    def revoke_data_policy(
        self,
        target_type: Any,
        target_identifier: Any,
        policy_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``revoke_data_policy``: ``POST /api/v3/revoke-data-policy``, the whole answer."""
        return self._call("revoke_data_policy", (target_type, target_identifier, policy_id), {**call_options})  # type: ignore[no-any-return]

    def update_data_policy(
        self,
        policy_id: Any,
        policy_name: Any = None,
        description: Any = None,
        statement_list: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_data_policy``: ``POST /api/v3/update-data-policy``, the whole answer."""
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
        """Official ``update_data_resource``: ``POST /api/v3/update-data-resource``, the whole answer."""
        return self._call("update_data_resource", (resource_code, namespace_code, resource_name, description, struct, actions), {**call_options})  # type: ignore[no-any-return]
