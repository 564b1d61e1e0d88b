# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Official management methods, area ``namespaces``: the official answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from genauth_async._compat_base import CompatBase as _CompatBase
from genauth_async._generated.clients import ManagementClient as _Typed
from genauth_async._generated.management.namespaces import (
    _EP_CHECK_PERMISSION_NAMESPACE_EXISTS,
    _EP_CREATE_NAMESPACE,
    _EP_CREATE_NAMESPACES_BATCH,
    _EP_CREATE_PERMISSION_NAMESPACE,
    _EP_CREATE_PERMISSION_NAMESPACES_BATCH,
    _EP_DELETE_NAMESPACE,
    _EP_DELETE_NAMESPACES_BATCH,
    _EP_DELETE_PERMISSION_NAMESPACE,
    _EP_DELETE_PERMISSION_NAMESPACES_BATCH,
    _EP_DELETE_ROLES,
    _EP_GET_NAMESPACE,
    _EP_GET_NAMESPACES_BATCH,
    _EP_GET_PERMISSION_NAMESPACE,
    _EP_GET_PERMISSION_NAMESPACES_BATCH,
    _EP_LIST_NAMESPACES,
    _EP_LIST_NAMESPACE_ROLES,
    _EP_LIST_PERMISSION_NAMESPACES,
    _EP_LIST_PERMISSION_NAMESPACE_ROLES,
    _EP_UPDATE_NAMESPACE,
    _EP_UPDATE_PERMISSION_NAMESPACE,
)
from genauth_async._options import request_options as _request_options

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack


class NamespacesMixin(_CompatBase[_Typed]):
    """Official management methods, area ``namespaces``: the official answers."""

    __slots__ = ()

    async def check_permission_namespace_exists(
        self,
        code: Any = None,
        name: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``check_permission_namespace_exists``: ``POST /api/v3/check-permission-namespace-exists``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_CHECK_PERMISSION_NAMESPACE_EXISTS, (code, name), None, _request_options(call_options),
        )

    async def create_namespace(
        self,
        code: Any,
        name: Any = None,
        description: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_namespace``: ``POST /api/v3/create-namespace``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_CREATE_NAMESPACE, (code, name, description), None, _request_options(call_options),
        )

    async def create_namespaces_batch(
        self,
        list: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_namespaces_batch``: ``POST /api/v3/create-namespaces-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_CREATE_NAMESPACES_BATCH, (list,), None, _request_options(call_options),
        )

    async def create_permission_namespace(
        self,
        name: Any,
        code: Any,
        description: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_permission_namespace``: ``POST /api/v3/create-permission-namespace``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_CREATE_PERMISSION_NAMESPACE, (name, code, description), None, _request_options(call_options),
        )

    async def create_permission_namespaces_batch(
        self,
        list: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_permission_namespaces_batch``: ``POST /api/v3/create-permission-namespaces-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_CREATE_PERMISSION_NAMESPACES_BATCH, (list,), None, _request_options(call_options),
        )

    async def delete_namespace(
        self,
        code: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_namespace``: ``POST /api/v3/delete-namespace``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_DELETE_NAMESPACE, (code,), None, _request_options(call_options),
        )

    async def delete_namespaces_batch(
        self,
        code_list: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_namespaces_batch``: ``POST /api/v3/delete-namespaces-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_DELETE_NAMESPACES_BATCH, (code_list,), None, _request_options(call_options),
        )

    async def delete_permission_namespace(
        self,
        code: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_permission_namespace``: ``POST /api/v3/delete-permission-namespace``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_DELETE_PERMISSION_NAMESPACE, (code,), None, _request_options(call_options),
        )

    async def delete_permission_namespaces_batch(
        self,
        codes: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_permission_namespaces_batch``: ``POST /api/v3/delete-permission-namespaces-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_DELETE_PERMISSION_NAMESPACES_BATCH, (codes,), None, _request_options(call_options),
        )

    async def delete_roles(
        self,
        role_list: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_roles``: ``POST /api/v3/multiple-namespace-delete-roles-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_DELETE_ROLES, (role_list,), None, _request_options(call_options),
        )

    async def get_namespace(
        self,
        code: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_namespace``: ``GET /api/v3/get-namespace``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_NAMESPACE, (code,), None, _request_options(call_options),
        )

    async def get_namespaces_batch(
        self,
        code_list: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_namespaces_batch``: ``GET /api/v3/get-namespaces-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_NAMESPACES_BATCH, (code_list,), None, _request_options(call_options),
        )

    async def get_permission_namespace(
        self,
        code: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_permission_namespace``: ``GET /api/v3/get-permission-namespace``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_PERMISSION_NAMESPACE, (code,), None, _request_options(call_options),
        )

    async def get_permission_namespaces_batch(
        self,
        codes: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_permission_namespaces_batch``: ``GET /api/v3/get-permission-namespaces-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_PERMISSION_NAMESPACES_BATCH, (codes,), None, _request_options(call_options),
        )

    async def list_namespace_roles(
        self,
        code: Any,
        page: Any = None,
        limit: Any = None,
        keywords: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_namespace_roles``: ``GET /api/v3/list-namespace-roles``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_LIST_NAMESPACE_ROLES, (code, page, limit, keywords), None, _request_options(call_options),
        )

    async def list_namespaces(
        self,
        page: Any = None,
        limit: Any = None,
        keywords: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_namespaces``: ``GET /api/v3/list-namespaces``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_LIST_NAMESPACES, (page, limit, keywords), None, _request_options(call_options),
        )

    async def list_permission_namespace_roles(
        self,
        code: Any,
        page: Any = None,
        limit: Any = None,
        query: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_permission_namespace_roles``: ``GET /api/v3/list-permission-namespace-roles``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_LIST_PERMISSION_NAMESPACE_ROLES, (code, page, limit, query), None, _request_options(call_options),
        )

    async def list_permission_namespaces(
        self,
        page: Any = None,
        limit: Any = None,
        query: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_permission_namespaces``: ``GET /api/v3/list-permission-namespaces``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_LIST_PERMISSION_NAMESPACES, (page, limit, query), None, _request_options(call_options),
        )

    async def update_namespace(
        self,
        code: Any,
        description: Any = None,
        name: Any = None,
        new_code: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_namespace``: ``POST /api/v3/update-namespace``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_UPDATE_NAMESPACE, (code, description, name, new_code), None, _request_options(call_options),
        )

    async def update_permission_namespace(
        self,
        code: Any,
        name: Any = None,
        new_code: Any = None,
        description: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_permission_namespace``: ``POST /api/v3/update-permission-namespace``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_UPDATE_PERMISSION_NAMESPACE, (code, name, new_code, description), None, _request_options(call_options),
        )
