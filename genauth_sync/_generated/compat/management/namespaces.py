# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Official management methods, area ``namespaces``: the official answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from genauth_sync._compat_base import SyncCompatBase as _SyncCompatBase
from genauth_sync._generated.clients import ManagementClient as _Typed

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack


class NamespacesMixin(_SyncCompatBase[_Typed]):
    """Official management methods, area ``namespaces``: the official answers."""

    __slots__ = ()

    def check_permission_namespace_exists(
        self,
        code: Any = None,
        name: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``check_permission_namespace_exists``: ``POST /api/v3/check-permission-namespace-exists``, the whole answer."""
        return self._call("check_permission_namespace_exists", (code, name), {**call_options})  # type: ignore[no-any-return]

    def create_namespace(
        self,
        code: Any,
        name: Any = None,
        description: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_namespace``: ``POST /api/v3/create-namespace``, the whole answer."""
        return self._call("create_namespace", (code, name, description), {**call_options})  # type: ignore[no-any-return]

    def create_namespaces_batch(
        self,
        list: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_namespaces_batch``: ``POST /api/v3/create-namespaces-batch``, the whole answer."""
        return self._call("create_namespaces_batch", (list,), {**call_options})  # type: ignore[no-any-return]

    def create_permission_namespace(
        self,
        name: Any,
        code: Any,
        description: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_permission_namespace``: ``POST /api/v3/create-permission-namespace``, the whole answer."""
        return self._call("create_permission_namespace", (name, code, description), {**call_options})  # type: ignore[no-any-return]

    def create_permission_namespaces_batch(
        self,
        list: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_permission_namespaces_batch``: ``POST /api/v3/create-permission-namespaces-batch``, the whole answer."""
        return self._call("create_permission_namespaces_batch", (list,), {**call_options})  # type: ignore[no-any-return]

    def delete_namespace(
        self,
        code: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_namespace``: ``POST /api/v3/delete-namespace``, the whole answer."""
        return self._call("delete_namespace", (code,), {**call_options})  # type: ignore[no-any-return]

    def delete_namespaces_batch(
        self,
        code_list: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_namespaces_batch``: ``POST /api/v3/delete-namespaces-batch``, the whole answer."""
        return self._call("delete_namespaces_batch", (code_list,), {**call_options})  # type: ignore[no-any-return]

    def delete_permission_namespace(
        self,
        code: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_permission_namespace``: ``POST /api/v3/delete-permission-namespace``, the whole answer."""
        return self._call("delete_permission_namespace", (code,), {**call_options})  # type: ignore[no-any-return]

    def delete_permission_namespaces_batch(
        self,
        codes: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_permission_namespaces_batch``: ``POST /api/v3/delete-permission-namespaces-batch``, the whole answer."""
        return self._call("delete_permission_namespaces_batch", (codes,), {**call_options})  # type: ignore[no-any-return]

    def delete_roles(
        self,
        role_list: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_roles``: ``POST /api/v3/multiple-namespace-delete-roles-batch``, the whole answer."""
        return self._call("delete_roles", (role_list,), {**call_options})  # type: ignore[no-any-return]

    def get_namespace(
        self,
        code: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_namespace``: ``GET /api/v3/get-namespace``, the whole answer."""
        return self._call("get_namespace", (code,), {**call_options})  # type: ignore[no-any-return]

    def get_namespaces_batch(
        self,
        code_list: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_namespaces_batch``: ``GET /api/v3/get-namespaces-batch``, the whole answer."""
        return self._call("get_namespaces_batch", (code_list,), {**call_options})  # type: ignore[no-any-return]

    def get_permission_namespace(
        self,
        code: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_permission_namespace``: ``GET /api/v3/get-permission-namespace``, the whole answer."""
        return self._call("get_permission_namespace", (code,), {**call_options})  # type: ignore[no-any-return]

    def get_permission_namespaces_batch(
        self,
        codes: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_permission_namespaces_batch``: ``GET /api/v3/get-permission-namespaces-batch``, the whole answer."""
        return self._call("get_permission_namespaces_batch", (codes,), {**call_options})  # type: ignore[no-any-return]

    def list_namespace_roles(
        self,
        code: Any,
        page: Any = None,
        limit: Any = None,
        keywords: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_namespace_roles``: ``GET /api/v3/list-namespace-roles``, the whole answer."""
        return self._call("list_namespace_roles", (code, page, limit, keywords), {**call_options})  # type: ignore[no-any-return]

    def list_namespaces(
        self,
        page: Any = None,
        limit: Any = None,
        keywords: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_namespaces``: ``GET /api/v3/list-namespaces``, the whole answer."""
        return self._call("list_namespaces", (page, limit, keywords), {**call_options})  # type: ignore[no-any-return]

    def list_permission_namespace_roles(
        self,
        code: Any,
        page: Any = None,
        limit: Any = None,
        query: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_permission_namespace_roles``: ``GET /api/v3/list-permission-namespace-roles``, the whole answer."""
        return self._call("list_permission_namespace_roles", (code, page, limit, query), {**call_options})  # type: ignore[no-any-return]

    def list_permission_namespaces(
        self,
        page: Any = None,
        limit: Any = None,
        query: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_permission_namespaces``: ``GET /api/v3/list-permission-namespaces``, the whole answer."""
        return self._call("list_permission_namespaces", (page, limit, query), {**call_options})  # type: ignore[no-any-return]

    def update_namespace(
        self,
        code: Any,
        description: Any = None,
        name: Any = None,
        new_code: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_namespace``: ``POST /api/v3/update-namespace``, the whole answer."""
        return self._call("update_namespace", (code, description, name, new_code), {**call_options})  # type: ignore[no-any-return]

    def update_permission_namespace(
        self,
        code: Any,
        name: Any = None,
        new_code: Any = None,
        description: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_permission_namespace``: ``POST /api/v3/update-permission-namespace``, the whole answer."""
        return self._call("update_permission_namespace", (code, name, new_code, description), {**call_options})  # type: ignore[no-any-return]
