# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Management API endpoints, area ``namespaces``."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping, Sequence
from typing import Any, List, TYPE_CHECKING

from genauth_async._endpoint import Endpoint, Param
from genauth_async._generated._caller import _Caller
from genauth_async._options import check_call_options as _check_call_options, request_options as _request_options
from genauth_async._pagination import paginate as _paginate

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack
    from genauth_async.models import (
        CheckPermissionNamespaceExistsRespDto, CreateNamespacesBatchItemDto,
        CreatePermissionNamespaceRespDto, CreatePermissionNamespacesBatchItemDto,
        GetPermissionNamespaceRespDto, IsSuccessDto, NamespaceDto, NamespaceListPagingDto,
        NamespaceRolesListRespDto, NamespacesListRespDto, PermissionNamespaceListPagingDto,
        PermissionNamespaceRolesListPagingDto, PermissionNamespaceRolesListRespDto,
        PermissionNamespacesListRespDto, RoleCodeAndNamespaceDto, UpdateNamespaceDto,
        UpdatePermissionNamespaceRespDto,
    )

_EP_CHECK_PERMISSION_NAMESPACE_EXISTS = Endpoint(
    "check_permission_namespace_exists",
    "POST",
    "/api/v3/check-permission-namespace-exists",
    (
        Param("code", "code", "json", False, "str"),
        Param("name", "name", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_CREATE_NAMESPACE = Endpoint(
    "create_namespace",
    "POST",
    "/api/v3/create-namespace",
    (
        Param("code", "code", "json", True, "str"),
        Param("name", "name", "json", False, "str"),
        Param("description", "description", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_CREATE_NAMESPACES_BATCH = Endpoint(
    "create_namespaces_batch",
    "POST",
    "/api/v3/create-namespaces-batch",
    (
        Param("list", "list", "json", True, "list", "dict"),
    ),
    idempotent=False,
)

_EP_CREATE_PERMISSION_NAMESPACE = Endpoint(
    "create_permission_namespace",
    "POST",
    "/api/v3/create-permission-namespace",
    (
        Param("name", "name", "json", True, "str"),
        Param("code", "code", "json", True, "str"),
        Param("description", "description", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_CREATE_PERMISSION_NAMESPACES_BATCH = Endpoint(
    "create_permission_namespaces_batch",
    "POST",
    "/api/v3/create-permission-namespaces-batch",
    (
        Param("list", "list", "json", True, "list", "dict"),
    ),
    idempotent=False,
)

_EP_DELETE_NAMESPACE = Endpoint(
    "delete_namespace",
    "POST",
    "/api/v3/delete-namespace",
    (
        Param("code", "code", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_DELETE_NAMESPACES_BATCH = Endpoint(
    "delete_namespaces_batch",
    "POST",
    "/api/v3/delete-namespaces-batch",
    (
        Param("code_list", "codeList", "json", True, "list", "str"),
    ),
    idempotent=False,
)

_EP_DELETE_PERMISSION_NAMESPACE = Endpoint(
    "delete_permission_namespace",
    "POST",
    "/api/v3/delete-permission-namespace",
    (
        Param("code", "code", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_DELETE_PERMISSION_NAMESPACES_BATCH = Endpoint(
    "delete_permission_namespaces_batch",
    "POST",
    "/api/v3/delete-permission-namespaces-batch",
    (
        Param("codes", "codes", "json", True, "list", "str"),
    ),
    idempotent=False,
)

_EP_DELETE_ROLES = Endpoint(
    "delete_roles",
    "POST",
    "/api/v3/multiple-namespace-delete-roles-batch",
    (
        Param("role_list", "roleList", "json", True, "list", "dict"),
    ),
    idempotent=False,
)

_EP_GET_NAMESPACE = Endpoint(
    "get_namespace",
    "GET",
    "/api/v3/get-namespace",
    (
        Param("code", "code", "query", True, "str"),
    ),
    idempotent=True,
)

_EP_GET_NAMESPACES_BATCH = Endpoint(
    "get_namespaces_batch",
    "GET",
    "/api/v3/get-namespaces-batch",
    (
        Param("code_list", "codeList", "query", True, "list", "str"),
    ),
    idempotent=True,
)

_EP_GET_PERMISSION_NAMESPACE = Endpoint(
    "get_permission_namespace",
    "GET",
    "/api/v3/get-permission-namespace",
    (
        Param("code", "code", "query", True, "str"),
    ),
    idempotent=True,
)

_EP_GET_PERMISSION_NAMESPACES_BATCH = Endpoint(
    "get_permission_namespaces_batch",
    "GET",
    "/api/v3/get-permission-namespaces-batch",
    (
        Param("codes", "codes", "query", True, "list", "str"),
    ),
    idempotent=True,
)

_EP_LIST_NAMESPACE_ROLES = Endpoint(
    "list_namespace_roles",
    "GET",
    "/api/v3/list-namespace-roles",
    (
        Param("code", "code", "query", True, "str"),
        Param("page", "page", "query", False, "int"),
        Param("limit", "limit", "query", False, "int"),
        Param("keywords", "keywords", "query", False, "str"),
    ),
    idempotent=True,
)

_EP_LIST_NAMESPACES = Endpoint(
    "list_namespaces",
    "GET",
    "/api/v3/list-namespaces",
    (
        Param("page", "page", "query", False, "int"),
        Param("limit", "limit", "query", False, "int"),
        Param("keywords", "keywords", "query", False, "str"),
    ),
    idempotent=True,
)

_EP_LIST_PERMISSION_NAMESPACE_ROLES = Endpoint(
    "list_permission_namespace_roles",
    "GET",
    "/api/v3/list-permission-namespace-roles",
    (
        Param("code", "code", "query", True, "str"),
        Param("page", "page", "query", False, "int"),
        Param("limit", "limit", "query", False, "int"),
        Param("query", "query", "query", False, "str"),
    ),
    idempotent=True,
)

_EP_LIST_PERMISSION_NAMESPACES = Endpoint(
    "list_permission_namespaces",
    "GET",
    "/api/v3/list-permission-namespaces",
    (
        Param("page", "page", "query", False, "int"),
        Param("limit", "limit", "query", False, "int"),
        Param("query", "query", "query", False, "str"),
    ),
    idempotent=True,
)

_EP_UPDATE_NAMESPACE = Endpoint(
    "update_namespace",
    "POST",
    "/api/v3/update-namespace",
    (
        Param("code", "code", "json", True, "str"),
        Param("description", "description", "json", False, "str"),
        Param("name", "name", "json", False, "str"),
        Param("new_code", "newCode", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_UPDATE_PERMISSION_NAMESPACE = Endpoint(
    "update_permission_namespace",
    "POST",
    "/api/v3/update-permission-namespace",
    (
        Param("code", "code", "json", True, "str"),
        Param("name", "name", "json", False, "str"),
        Param("new_code", "newCode", "json", False, "str"),
        Param("description", "description", "json", False, "str"),
    ),
    idempotent=False,
)


class NamespacesMixin(_Caller):
    """Management API, area ``namespaces``: 20 endpoints."""

    __slots__ = ()

    async def check_permission_namespace_exists(
        self,
        code: str | None = None,
        name: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> CheckPermissionNamespaceExistsRespDto:
        """``POST /api/v3/check-permission-namespace-exists`` -> ``CheckPermissionNamespaceExistsRespDto``.

        Official python name, Node ``checkPermissionNamespaceExists``; area ``namespaces``.

        Parameters (name: wire name, location):
            code: ``code``, json
            name: ``name``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_CHECK_PERMISSION_NAMESPACE_EXISTS,
            (
                code,
                name,
            ),
            "CheckPermissionNamespaceExistsRespDto",
            _request_options(call_options),
        )

    async def create_namespace(
        self,
        code: str,
        name: str | None = None,
        description: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> NamespaceDto:
        """``POST /api/v3/create-namespace`` -> ``NamespaceDto``.

        Official python name, Node ``createNamespace``; area ``namespaces``.

        Parameters (name: wire name, location):
            code: ``code``, json, required
            name: ``name``, json
            description: ``description``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_CREATE_NAMESPACE,
            (
                code,
                name,
                description,
            ),
            "NamespaceDto",
            _request_options(call_options),
        )

    async def create_namespaces_batch(
        self,
        list: List[CreateNamespacesBatchItemDto | Mapping[str, Any]],
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/create-namespaces-batch`` -> ``IsSuccessDto``.

        Official python name, Node ``createNamespacesBatch``; area ``namespaces``.

        Parameters (name: wire name, location):
            list: ``list``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_CREATE_NAMESPACES_BATCH,
            (list,),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def create_permission_namespace(
        self,
        name: str,
        code: str,
        description: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> CreatePermissionNamespaceRespDto:
        """``POST /api/v3/create-permission-namespace`` -> ``CreatePermissionNamespaceRespDto``.

        Official python name, Node ``createPermissionNamespace``; area ``namespaces``.

        Parameters (name: wire name, location):
            name: ``name``, json, required
            code: ``code``, json, required
            description: ``description``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_CREATE_PERMISSION_NAMESPACE,
            (
                name,
                code,
                description,
            ),
            "CreatePermissionNamespaceRespDto",
            _request_options(call_options),
        )

    async def create_permission_namespaces_batch(
        self,
        list: List[CreatePermissionNamespacesBatchItemDto | Mapping[str, Any]],
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/create-permission-namespaces-batch`` -> ``IsSuccessDto``.

        Official python name, Node ``createPermissionNamespacesBatch``; area ``namespaces``.

        Parameters (name: wire name, location):
            list: ``list``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_CREATE_PERMISSION_NAMESPACES_BATCH,
            (list,),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def delete_namespace(
        self,
        code: str,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/delete-namespace`` -> ``IsSuccessDto``.

        Official python name, Node ``deleteNamespace``; area ``namespaces``.

        Parameters (name: wire name, location):
            code: ``code``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_DELETE_NAMESPACE,
            (code,),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def delete_namespaces_batch(
        self,
        code_list: List[str],
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/delete-namespaces-batch`` -> ``IsSuccessDto``.

        Official python name, Node ``deleteNamespacesBatch``; area ``namespaces``.

        Parameters (name: wire name, location):
            code_list: ``codeList``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_DELETE_NAMESPACES_BATCH,
            (code_list,),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def delete_permission_namespace(
        self,
        code: str,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/delete-permission-namespace`` -> ``IsSuccessDto``.

        Official python name, Node ``deletePermissionNamespace``; area ``namespaces``.

        Parameters (name: wire name, location):
            code: ``code``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_DELETE_PERMISSION_NAMESPACE,
            (code,),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def delete_permission_namespaces_batch(
        self,
        codes: List[str],
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/delete-permission-namespaces-batch`` -> ``IsSuccessDto``.

        Official python name, Node ``deletePermissionNamespacesBatch``; area ``namespaces``.

        Parameters (name: wire name, location):
            codes: ``codes``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_DELETE_PERMISSION_NAMESPACES_BATCH,
            (codes,),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def delete_roles(
        self,
        role_list: List[RoleCodeAndNamespaceDto | Mapping[str, Any]],
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/multiple-namespace-delete-roles-batch`` -> ``IsSuccessDto``.

        Official python name, Node ``deleteRoles``; area ``namespaces``.

        Parameters (name: wire name, location):
            role_list: ``roleList``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_DELETE_ROLES,
            (role_list,),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def get_namespace(
        self,
        code: str,
        **call_options: Unpack[CallOptions],
    ) -> NamespaceDto:
        """``GET /api/v3/get-namespace`` -> ``NamespaceDto``.

        Official python name, Node ``getNamespace``; area ``namespaces``.

        Parameters (name: wire name, location):
            code: ``code``, query, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_NAMESPACE,
            (code,),
            "NamespaceDto",
            _request_options(call_options),
        )

    async def get_namespaces_batch(
        self,
        code_list: Sequence[str] | str,
        **call_options: Unpack[CallOptions],
    ) -> List[NamespaceDto]:
        """``GET /api/v3/get-namespaces-batch`` -> ``list[NamespaceDto]``.

        Official python name, Node ``getNamespacesBatch``; area ``namespaces``.

        Parameters (name: wire name, location):
            code_list: ``codeList``, query, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_NAMESPACES_BATCH,
            (code_list,),
            "list[NamespaceDto]",
            _request_options(call_options),
        )

    async def get_permission_namespace(
        self,
        code: str,
        **call_options: Unpack[CallOptions],
    ) -> GetPermissionNamespaceRespDto:
        """``GET /api/v3/get-permission-namespace`` -> ``GetPermissionNamespaceRespDto``.

        Official python name, Node ``getPermissionNamespace``; area ``namespaces``.

        Parameters (name: wire name, location):
            code: ``code``, query, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_PERMISSION_NAMESPACE,
            (code,),
            "GetPermissionNamespaceRespDto",
            _request_options(call_options),
        )

    async def get_permission_namespaces_batch(
        self,
        codes: Sequence[str] | str,
        **call_options: Unpack[CallOptions],
    ) -> List[GetPermissionNamespaceRespDto]:
        """``GET /api/v3/get-permission-namespaces-batch`` -> ``list[GetPermissionNamespaceRespDto]``.

        Official python name, Node ``getPermissionNamespacesBatch``; area ``namespaces``.

        Parameters (name: wire name, location):
            codes: ``codes``, query, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_PERMISSION_NAMESPACES_BATCH,
            (codes,),
            "list[GetPermissionNamespaceRespDto]",
            _request_options(call_options),
        )

    async def list_namespace_roles(
        self,
        code: str,
        page: int | None = None,
        limit: int | None = None,
        keywords: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> NamespaceRolesListRespDto:
        """``GET /api/v3/list-namespace-roles`` -> ``NamespaceRolesListRespDto``.

        Official python name, Node ``listNamespaceRoles``; area ``namespaces``.

        Parameters (name: wire name, location):
            code: ``code``, query, required
            page: ``page``, query
            limit: ``limit``, query
            keywords: ``keywords``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_NAMESPACE_ROLES,
            (
                code,
                page,
                limit,
                keywords,
            ),
            "NamespaceRolesListRespDto",
            _request_options(call_options),
        )

    async def list_namespaces(
        self,
        page: int | None = None,
        limit: int | None = None,
        keywords: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> NamespaceListPagingDto:
        """``GET /api/v3/list-namespaces`` -> ``NamespaceListPagingDto``.

        Official python name, Node ``listNamespaces``; area ``namespaces``.

        Parameters (name: wire name, location):
            page: ``page``, query
            limit: ``limit``, query
            keywords: ``keywords``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_NAMESPACES,
            (
                page,
                limit,
                keywords,
            ),
            "NamespaceListPagingDto",
            _request_options(call_options),
        )

    def iter_list_namespaces(
        self,
        limit: int | None = None,
        keywords: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[NamespacesListRespDto]:
        """Every item of ``list_namespaces``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.list_namespaces(
                page=page,
                limit=limit,
                keywords=keywords,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )

    async def list_permission_namespace_roles(
        self,
        code: str,
        page: int | None = None,
        limit: int | None = None,
        query: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> PermissionNamespaceRolesListPagingDto:
        """``GET /api/v3/list-permission-namespace-roles`` -> ``PermissionNamespaceRolesListPagingDto``.

        Official python name, Node ``listPermissionNamespaceRoles``; area ``namespaces``.

        Parameters (name: wire name, location):
            code: ``code``, query, required
            page: ``page``, query
            limit: ``limit``, query
            query: ``query``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_PERMISSION_NAMESPACE_ROLES,
            (
                code,
                page,
                limit,
                query,
            ),
            "PermissionNamespaceRolesListPagingDto",
            _request_options(call_options),
        )

    def iter_list_permission_namespace_roles(
        self,
        code: str,
        limit: int | None = None,
        query: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[PermissionNamespaceRolesListRespDto]:
        """Every item of ``list_permission_namespace_roles``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.list_permission_namespace_roles(
                page=page,
                code=code,
                limit=limit,
                query=query,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )

    async def list_permission_namespaces(
        self,
        page: int | None = None,
        limit: int | None = None,
        query: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> PermissionNamespaceListPagingDto:
        """``GET /api/v3/list-permission-namespaces`` -> ``PermissionNamespaceListPagingDto``.

        Official python name, Node ``listPermissionNamespaces``; area ``namespaces``.

        Parameters (name: wire name, location):
            page: ``page``, query
            limit: ``limit``, query
            query: ``query``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_PERMISSION_NAMESPACES,
            (
                page,
                limit,
                query,
            ),
            "PermissionNamespaceListPagingDto",
            _request_options(call_options),
        )

    def iter_list_permission_namespaces(
        self,
        limit: int | None = None,
        query: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[PermissionNamespacesListRespDto]:
        """Every item of ``list_permission_namespaces``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.list_permission_namespaces(
                page=page,
                limit=limit,
                query=query,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )

    async def update_namespace(
        self,
        code: str,
        description: str | None = None,
        name: str | None = None,
        new_code: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> UpdateNamespaceDto:
        """``POST /api/v3/update-namespace`` -> ``UpdateNamespaceDto``.

        Official python name, Node ``updateNamespace``; area ``namespaces``.

        Parameters (name: wire name, location):
            code: ``code``, json, required
            description: ``description``, json
            name: ``name``, json
            new_code: ``newCode``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_UPDATE_NAMESPACE,
            (
                code,
                description,
                name,
                new_code,
            ),
            "UpdateNamespaceDto",
            _request_options(call_options),
        )

    async def update_permission_namespace(
        self,
        code: str,
        name: str | None = None,
        new_code: str | None = None,
        description: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> UpdatePermissionNamespaceRespDto:
        """``POST /api/v3/update-permission-namespace`` -> ``UpdatePermissionNamespaceRespDto``.

        Official python name, Node ``updatePermissionNamespace``; area ``namespaces``.

        Parameters (name: wire name, location):
            code: ``code``, json, required
            name: ``name``, json
            new_code: ``newCode``, json
            description: ``description``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_UPDATE_PERMISSION_NAMESPACE,
            (
                code,
                name,
                new_code,
                description,
            ),
            "UpdatePermissionNamespaceRespDto",
            _request_options(call_options),
        )
