# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Official management methods, area ``roles``: the official answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from genauth_async._compat_base import CompatBase as _CompatBase
from genauth_async._generated.clients import ManagementClient as _Typed
from genauth_async._generated.management.roles import (
    _EP_ASSIGN_ROLE,
    _EP_ASSIGN_ROLE_BATCH,
    _EP_CHECK_PARAMS_NAMESPACE,
    _EP_CREATE_ADMIN_ROLE,
    _EP_CREATE_ROLE,
    _EP_CREATE_ROLES_BATCH,
    _EP_DELETE_ADMIN_ROLES_BATCH,
    _EP_DELETE_ROLES_BATCH,
    _EP_GET_ROLE,
    _EP_GET_ROLE_AUTHORIZED_RESOURCES,
    _EP_GET_USER_ROLES,
    _EP_HAS_ANY_ROLE,
    _EP_LIST_ROLES,
    _EP_LIST_ROLE_ASSIGNMENTS,
    _EP_LIST_ROLE_MEMBERS,
    _EP_REVOKE_ROLE,
    _EP_REVOKE_ROLE_BATCH,
    _EP_UPDATE_ROLE,
)
from genauth_async._options import request_options as _request_options

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack


class RolesMixin(_CompatBase[_Typed]):
    """Official management methods, area ``roles``: the official answers."""

    __slots__ = ()

    async def assign_role(
        self,
        targets: Any,
        code: Any,
        end_time: Any = None,
        enable_time: Any = None,
        namespace: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``assign_role``: ``POST /api/v3/assign-role``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_ASSIGN_ROLE, (targets, code, end_time, enable_time, namespace), None, _request_options(call_options),
        )

    async def assign_role_batch(
        self,
        targets: Any,
        roles: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``assign_role_batch``: ``POST /api/v3/assign-role-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_ASSIGN_ROLE_BATCH, (targets, roles), None, _request_options(call_options),
        )

    async def check_params_namespace(
        self,
        code: Any,
        namespace: Any,
        name: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``check_params_namespace``: ``POST /api/v3/check-role-params``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_CHECK_PARAMS_NAMESPACE, (code, namespace, name), None, _request_options(call_options),
        )

    async def create_admin_role(
        self,
        name: Any,
        code: Any,
        description: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_admin_role``: ``POST /api/v3/create-admin-role``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_CREATE_ADMIN_ROLE, (name, code, description), None, _request_options(call_options),
        )

    async def create_role(
        self,
        code: Any,
        name: Any = None,
        namespace: Any = None,
        description: Any = None,
        disable_time: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_role``: ``POST /api/v3/create-role``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_CREATE_ROLE, (code, name, namespace, description, disable_time), None, _request_options(call_options),
        )

    async def create_roles_batch(
        self,
        list: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_roles_batch``: ``POST /api/v3/create-roles-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_CREATE_ROLES_BATCH, (list,), None, _request_options(call_options),
        )

    async def delete_admin_roles_batch(
        self,
        code_list: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_admin_roles_batch``: ``POST /api/v3/delete-admin-roles``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_DELETE_ADMIN_ROLES_BATCH, (code_list,), None, _request_options(call_options),
        )

    async def delete_roles_batch(
        self,
        code_list: Any,
        namespace: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_roles_batch``: ``POST /api/v3/delete-roles-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_DELETE_ROLES_BATCH, (code_list, namespace), None, _request_options(call_options),
        )

    async def get_role(
        self,
        code: Any,
        namespace: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_role``: ``GET /api/v3/get-role``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_ROLE, (code, namespace), None, _request_options(call_options),
        )

    async def get_role_authorized_resources(
        self,
        code: Any,
        namespace: Any = None,
        resource_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_role_authorized_resources``: ``GET /api/v3/get-role-authorized-resources``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_ROLE_AUTHORIZED_RESOURCES, (code, namespace, resource_type), None, _request_options(call_options),
        )

    async def get_user_roles(
        self,
        user_id: Any,
        user_id_type: Any = None,
        namespace: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_roles``: ``GET /api/v3/get-user-roles``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_USER_ROLES, (user_id, user_id_type, namespace), None, _request_options(call_options),
        )

    async def has_any_role(
        self,
        roles: Any,
        user_id: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``has_any_role``: ``POST /api/v3/has-any-role``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_HAS_ANY_ROLE, (roles, user_id, options), None, _request_options(call_options),
        )

    async def list_role_assignments(
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
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_LIST_ROLE_ASSIGNMENTS, (role_code, page, limit, query, namespace_code, target_type), None, _request_options(call_options),
        )

    async def list_role_members(
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
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_LIST_ROLE_MEMBERS, (code, page, limit, with_custom_data, with_identities, namespace, with_department_ids), None, _request_options(call_options),
        )

    async def list_roles(
        self,
        page: Any = None,
        limit: Any = None,
        keywords: Any = None,
        namespace: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_roles``: ``GET /api/v3/list-roles``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_LIST_ROLES, (page, limit, keywords, namespace), None, _request_options(call_options),
        )

    async def revoke_role(
        self,
        targets: Any,
        code: Any,
        namespace: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``revoke_role``: ``POST /api/v3/revoke-role``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_REVOKE_ROLE, (targets, code, namespace), None, _request_options(call_options),
        )

    async def revoke_role_batch(
        self,
        targets: Any,
        roles: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``revoke_role_batch``: ``POST /api/v3/revoke-role-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_REVOKE_ROLE_BATCH, (targets, roles), None, _request_options(call_options),
        )

    async def update_role(
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
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_UPDATE_ROLE, (name, new_code, code, namespace, description, status, disable_time, enable_permission_apply), None, _request_options(call_options),
        )
