# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Official authentication methods, area ``access``: the official answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from genauth_sync._compat_base import SyncCompatBase as _SyncCompatBase
from genauth_sync._generated.clients import AuthenticationClient as _Typed

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack


class AccessMixin(_SyncCompatBase[_Typed]):
    """Official authentication methods, area ``access``: the official answers."""

    __slots__ = ()

    def check_permission_by_array_resource(
        self,
        resources: Any,
        action: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``check_permission_by_array_resource``: ``POST /api/v3/check-permission-array-resource``, the whole answer."""
        return self._call("check_permission_by_array_resource", (resources, action), {**call_options})  # type: ignore[no-any-return]

    def check_permission_by_string_resource(
        self,
        resources: Any,
        action: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``check_permission_by_string_resource``: ``POST /api/v3/check-permission-string-resource``, the whole answer."""
        return self._call("check_permission_by_string_resource", (resources, action), {**call_options})  # type: ignore[no-any-return]

    def check_permission_by_tree_resource(
        self,
        resources: Any,
        action: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``check_permission_by_tree_resource``: ``POST /api/v3/check-permission-tree-resource``, the whole answer."""
        return self._call("check_permission_by_tree_resource", (resources, action), {**call_options})  # type: ignore[no-any-return]

    def get_accessible_apps(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_accessible_apps``: ``GET /api/v3/get-my-accessible-apps``, the whole answer."""
        return self._call("get_accessible_apps", (), {**call_options})  # type: ignore[no-any-return]

    def get_authorized_resources(
        self,
        namespace: Any = None,
        resource_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_authorized_resources``: ``GET /api/v3/get-my-authorized-resources``, the whole answer."""
        return self._call("get_authorized_resources", (namespace, resource_type), {**call_options})  # type: ignore[no-any-return]

    def get_group_list(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_group_list``: ``GET /api/v3/get-my-group-list``, the whole answer."""
        return self._call("get_group_list", (), {**call_options})  # type: ignore[no-any-return]

    def get_logged_in_apps(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_logged_in_apps``: ``GET /api/v3/get-my-logged-in-apps``, the whole answer."""
        return self._call("get_logged_in_apps", (), {**call_options})  # type: ignore[no-any-return]

    def get_role_list(
        self,
        namespace: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_role_list``: ``GET /api/v3/get-my-role-list``, the whole answer."""
        return self._call("get_role_list", (namespace,), {**call_options})  # type: ignore[no-any-return]

    def get_tenant_list(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_tenant_list``: ``GET /api/v3/get-my-tenant-list``, the whole answer."""
        return self._call("get_tenant_list", (), {**call_options})  # type: ignore[no-any-return]

    def get_user_auth_resource_permission_list(
        self,
        resources: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_auth_resource_permission_list``: ``POST /api/v3/get-user-auth-resource-permission-list``, the whole answer."""
        return self._call("get_user_auth_resource_permission_list", (resources,), {**call_options})  # type: ignore[no-any-return]

    def get_user_auth_resource_struct(
        self,
        resource: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_auth_resource_struct``: ``POST /api/v3/get-user-auth-resource-struct``, the whole answer."""
        return self._call("get_user_auth_resource_struct", (resource,), {**call_options})  # type: ignore[no-any-return]

    def get_user_authorized_resources_list(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_authorized_resources_list``: ``GET /api/v3/get-user-auth-resource-list``, the whole answer."""
        return self._call("get_user_authorized_resources_list", (), {**call_options})  # type: ignore[no-any-return]
