# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Official authentication methods, area ``access``: the official answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from genauth_async._compat_base import CompatBase as _CompatBase
from genauth_async._generated.clients import AuthenticationClient as _Typed
from genauth_async._generated.authentication.access import (
    _EP_CHECK_PERMISSION_BY_ARRAY_RESOURCE,
    _EP_CHECK_PERMISSION_BY_STRING_RESOURCE,
    _EP_CHECK_PERMISSION_BY_TREE_RESOURCE,
    _EP_GET_ACCESSIBLE_APPS,
    _EP_GET_AUTHORIZED_RESOURCES,
    _EP_GET_GROUP_LIST,
    _EP_GET_LOGGED_IN_APPS,
    _EP_GET_ROLE_LIST,
    _EP_GET_TENANT_LIST,
    _EP_GET_USER_AUTHORIZED_RESOURCES_LIST,
    _EP_GET_USER_AUTH_RESOURCE_PERMISSION_LIST,
    _EP_GET_USER_AUTH_RESOURCE_STRUCT,
)
from genauth_async._options import request_options as _request_options

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack


class AccessMixin(_CompatBase[_Typed]):
    """Official authentication methods, area ``access``: the official answers."""

    __slots__ = ()

    async def check_permission_by_array_resource(
        self,
        resources: Any,
        action: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``check_permission_by_array_resource``: ``POST /api/v3/check-permission-array-resource``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_CHECK_PERMISSION_BY_ARRAY_RESOURCE, (resources, action), None, _request_options(call_options),
        )

    async def check_permission_by_string_resource(
        self,
        resources: Any,
        action: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``check_permission_by_string_resource``: ``POST /api/v3/check-permission-string-resource``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_CHECK_PERMISSION_BY_STRING_RESOURCE, (resources, action), None, _request_options(call_options),
        )

    async def check_permission_by_tree_resource(
        self,
        resources: Any,
        action: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``check_permission_by_tree_resource``: ``POST /api/v3/check-permission-tree-resource``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_CHECK_PERMISSION_BY_TREE_RESOURCE, (resources, action), None, _request_options(call_options),
        )

    async def get_accessible_apps(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_accessible_apps``: ``GET /api/v3/get-my-accessible-apps``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_ACCESSIBLE_APPS, (), None, _request_options(call_options),
        )

    async def get_authorized_resources(
        self,
        namespace: Any = None,
        resource_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_authorized_resources``: ``GET /api/v3/get-my-authorized-resources``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_AUTHORIZED_RESOURCES, (namespace, resource_type), None, _request_options(call_options),
        )

    async def get_group_list(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_group_list``: ``GET /api/v3/get-my-group-list``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_GROUP_LIST, (), None, _request_options(call_options),
        )

    async def get_logged_in_apps(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_logged_in_apps``: ``GET /api/v3/get-my-logged-in-apps``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_LOGGED_IN_APPS, (), None, _request_options(call_options),
        )

    async def get_role_list(
        self,
        namespace: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_role_list``: ``GET /api/v3/get-my-role-list``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_ROLE_LIST, (namespace,), None, _request_options(call_options),
        )

    async def get_tenant_list(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_tenant_list``: ``GET /api/v3/get-my-tenant-list``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_TENANT_LIST, (), None, _request_options(call_options),
        )

    async def get_user_auth_resource_permission_list(
        self,
        resources: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_auth_resource_permission_list``: ``POST /api/v3/get-user-auth-resource-permission-list``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_USER_AUTH_RESOURCE_PERMISSION_LIST, (resources,), None, _request_options(call_options),
        )

    async def get_user_auth_resource_struct(
        self,
        resource: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_auth_resource_struct``: ``POST /api/v3/get-user-auth-resource-struct``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_USER_AUTH_RESOURCE_STRUCT, (resource,), None, _request_options(call_options),
        )

    async def get_user_authorized_resources_list(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_authorized_resources_list``: ``GET /api/v3/get-user-auth-resource-list``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_USER_AUTHORIZED_RESOURCES_LIST, (), None, _request_options(call_options),
        )
