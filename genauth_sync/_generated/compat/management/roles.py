# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Official management methods, area ``roles``: the official answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from genauth_sync._compat_base import SyncCompatBase as _SyncCompatBase
from genauth_sync._generated.clients import ManagementClient as _Typed

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack


class RolesMixin(_SyncCompatBase[_Typed]):
    """Official management methods, area ``roles``: the official answers."""

    __slots__ = ()

    def assign_role(
        self,
        targets: Any,
        code: Any,
        end_time: Any = None,
        enable_time: Any = None,
        namespace: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``assign_role``: ``POST /api/v3/assign-role``, the whole answer."""
        return self._call("assign_role", (targets, code, end_time, enable_time, namespace), {**call_options})  # type: ignore[no-any-return]

    def assign_role_batch(
        self,
        targets: Any,
        roles: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``assign_role_batch``: ``POST /api/v3/assign-role-batch``, the whole answer."""
        return self._call("assign_role_batch", (targets, roles), {**call_options})  # type: ignore[no-any-return]

    def check_params_namespace(
        self,
        code: Any,
        namespace: Any,
        name: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``check_params_namespace``: ``POST /api/v3/check-role-params``, the whole answer."""
        return self._call("check_params_namespace", (code, namespace, name), {**call_options})  # type: ignore[no-any-return]

    def create_admin_role(
        self,
        name: Any,
        code: Any,
        description: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_admin_role``: ``POST /api/v3/create-admin-role``, the whole answer."""
        return self._call("create_admin_role", (name, code, description), {**call_options})  # type: ignore[no-any-return]

    def create_role(
        self,
        code: Any,
        name: Any = None,
        namespace: Any = None,
        description: Any = None,
        disable_time: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_role``: ``POST /api/v3/create-role``, the whole answer."""
        return self._call("create_role", (code, name, namespace, description, disable_time), {**call_options})  # type: ignore[no-any-return]

    def create_roles_batch(
        self,
        list: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_roles_batch``: ``POST /api/v3/create-roles-batch``, the whole answer."""
        return self._call("create_roles_batch", (list,), {**call_options})  # type: ignore[no-any-return]

    def delete_admin_roles_batch(
        self,
        code_list: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_admin_roles_batch``: ``POST /api/v3/delete-admin-roles``, the whole answer."""
        return self._call("delete_admin_roles_batch", (code_list,), {**call_options})  # type: ignore[no-any-return]

    def delete_roles_batch(
        self,
        code_list: Any,
        namespace: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_roles_batch``: ``POST /api/v3/delete-roles-batch``, the whole answer."""
        return self._call("delete_roles_batch", (code_list, namespace), {**call_options})  # type: ignore[no-any-return]

    def get_role(
        self,
        code: Any,
        namespace: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_role``: ``GET /api/v3/get-role``, the whole answer."""
        return self._call("get_role", (code, namespace), {**call_options})  # type: ignore[no-any-return]

    def get_role_authorized_resources(
        self,
        code: Any,
        namespace: Any = None,
        resource_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_role_authorized_resources``: ``GET /api/v3/get-role-authorized-resources``, the whole answer."""
        return self._call("get_role_authorized_resources", (code, namespace, resource_type), {**call_options})  # type: ignore[no-any-return]

    def get_user_roles(
        self,
        user_id: Any,
        user_id_type: Any = None,
        namespace: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_roles``: ``GET /api/v3/get-user-roles``, the whole answer."""
        return self._call("get_user_roles", (user_id, user_id_type, namespace), {**call_options})  # type: ignore[no-any-return]

    def has_any_role(
        self,
        roles: Any,
        user_id: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``has_any_role``: ``POST /api/v3/has-any-role``, the whole answer."""
        return self._call("has_any_role", (roles, user_id, options), {**call_options})  # type: ignore[no-any-return]

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
        """Official ``list_role_assignments``: ``GET /api/v3/list-role-assignments``, the whole answer."""
        return self._call("list_role_assignments", (role_code, page, limit, query, namespace_code, target_type), {**call_options})  # type: ignore[no-any-return]

    def list_role_members(
        self,
        code: Any,
        page: Any = None,
        limit: Any = None,
        with_custom_data: Any = None,
        with_identities: Any = None,
        namespace: Any = None,
        *,
        with_department_ids: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_role_members``: ``GET /api/v3/list-role-members``, the whole answer."""
        return self._call("list_role_members", (code, page, limit, with_custom_data, with_identities, namespace), {"with_department_ids": with_department_ids, **call_options})  # type: ignore[no-any-return]

    def list_roles(
        self,
        page: Any = None,
        limit: Any = None,
        keywords: Any = None,
        namespace: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_roles``: ``GET /api/v3/list-roles``, the whole answer."""
        return self._call("list_roles", (page, limit, keywords, namespace), {**call_options})  # type: ignore[no-any-return]

    def revoke_role(
        self,
        targets: Any,
        code: Any,
        namespace: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``revoke_role``: ``POST /api/v3/revoke-role``, the whole answer."""
        return self._call("revoke_role", (targets, code, namespace), {**call_options})  # type: ignore[no-any-return]

    def revoke_role_batch(
        self,
        targets: Any,
        roles: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``revoke_role_batch``: ``POST /api/v3/revoke-role-batch``, the whole answer."""
        return self._call("revoke_role_batch", (targets, roles), {**call_options})  # type: ignore[no-any-return]

    def update_role(
        self,
        name: Any,
        new_code: Any,
        code: Any,
        namespace: Any = None,
        description: Any = None,
        status: Any = None,
        disable_time: Any = None,
        *,
        enable_permission_apply: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_role``: ``POST /api/v3/update-role``, the whole answer."""
        return self._call("update_role", (name, new_code, code, namespace, description, status, disable_time), {"enable_permission_apply": enable_permission_apply, **call_options})  # type: ignore[no-any-return]
