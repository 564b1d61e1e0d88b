# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Management API endpoints, area ``namespaces``."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from typing import Any, List, TYPE_CHECKING

from genauth_async._endpoint import Endpoint, Param, RequestOptions
from genauth_async._generated._caller import _Caller
from genauth_async._pagination import paginate as _paginate

if TYPE_CHECKING:
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
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
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
            RequestOptions.build(request_timeout, max_retries, extra_headers, extra_query, extra_body, retry_on_post),
        )

    async def create_namespace(
        self,
        code: str,
        name: str | None = None,
        description: str | None = None,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
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
            RequestOptions.build(request_timeout, max_retries, extra_headers, extra_query, extra_body, retry_on_post),
        )

    async def create_namespaces_batch(
        self,
        list: List[CreateNamespacesBatchItemDto | Mapping[str, Any]],
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
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
            RequestOptions.build(request_timeout, max_retries, extra_headers, extra_query, extra_body, retry_on_post),
        )

    async def create_permission_namespace(
        self,
        name: str,
        code: str,
        description: str | None = None,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
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
            RequestOptions.build(request_timeout, max_retries, extra_headers, extra_query, extra_body, retry_on_post),
        )

    async def create_permission_namespaces_batch(
        self,
        list: List[CreatePermissionNamespacesBatchItemDto | Mapping[str, Any]],
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
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
            RequestOptions.build(request_timeout, max_retries, extra_headers, extra_query, extra_body, retry_on_post),
        )

    async def delete_namespace(
        self,
        code: str,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
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
            RequestOptions.build(request_timeout, max_retries, extra_headers, extra_query, extra_body, retry_on_post),
        )

    async def delete_namespaces_batch(
        self,
        code_list: List[str],
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
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
            RequestOptions.build(request_timeout, max_retries, extra_headers, extra_query, extra_body, retry_on_post),
        )

    async def delete_permission_namespace(
        self,
        code: str,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
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
            RequestOptions.build(request_timeout, max_retries, extra_headers, extra_query, extra_body, retry_on_post),
        )

    async def delete_permission_namespaces_batch(
        self,
        codes: List[str],
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
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
            RequestOptions.build(request_timeout, max_retries, extra_headers, extra_query, extra_body, retry_on_post),
        )

    async def delete_roles(
        self,
        role_list: List[RoleCodeAndNamespaceDto | Mapping[str, Any]],
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
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
            RequestOptions.build(request_timeout, max_retries, extra_headers, extra_query, extra_body, retry_on_post),
        )

    async def get_namespace(
        self,
        code: str,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
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
            RequestOptions.build(request_timeout, max_retries, extra_headers, extra_query, extra_body, retry_on_post),
        )

    async def get_namespaces_batch(
        self,
        code_list: List[str],
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
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
            RequestOptions.build(request_timeout, max_retries, extra_headers, extra_query, extra_body, retry_on_post),
        )

    async def get_permission_namespace(
        self,
        code: str,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
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
            RequestOptions.build(request_timeout, max_retries, extra_headers, extra_query, extra_body, retry_on_post),
        )

    async def get_permission_namespaces_batch(
        self,
        codes: List[str],
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
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
            RequestOptions.build(request_timeout, max_retries, extra_headers, extra_query, extra_body, retry_on_post),
        )

    async def list_namespace_roles(
        self,
        code: str,
        page: int | None = None,
        limit: int | None = None,
        keywords: str | None = None,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
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
            RequestOptions.build(request_timeout, max_retries, extra_headers, extra_query, extra_body, retry_on_post),
        )

    async def list_namespaces(
        self,
        page: int | None = None,
        limit: int | None = None,
        keywords: str | None = None,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
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
            RequestOptions.build(request_timeout, max_retries, extra_headers, extra_query, extra_body, retry_on_post),
        )

    def iter_list_namespaces(
        self,
        limit: int | None = None,
        keywords: str | None = None,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
    ) -> AsyncIterator[NamespacesListRespDto]:
        """Every item of ``list_namespaces``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return _paginate(
            lambda page: self.list_namespaces(
                page=page,
                limit=limit,
                keywords=keywords,
                request_timeout=request_timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                retry_on_post=retry_on_post,
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
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
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
            RequestOptions.build(request_timeout, max_retries, extra_headers, extra_query, extra_body, retry_on_post),
        )

    def iter_list_permission_namespace_roles(
        self,
        code: str,
        limit: int | None = None,
        query: str | None = None,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
    ) -> AsyncIterator[PermissionNamespaceRolesListRespDto]:
        """Every item of ``list_permission_namespace_roles``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return _paginate(
            lambda page: self.list_permission_namespace_roles(
                page=page,
                code=code,
                limit=limit,
                query=query,
                request_timeout=request_timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                retry_on_post=retry_on_post,
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
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
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
            RequestOptions.build(request_timeout, max_retries, extra_headers, extra_query, extra_body, retry_on_post),
        )

    def iter_list_permission_namespaces(
        self,
        limit: int | None = None,
        query: str | None = None,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
    ) -> AsyncIterator[PermissionNamespacesListRespDto]:
        """Every item of ``list_permission_namespaces``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return _paginate(
            lambda page: self.list_permission_namespaces(
                page=page,
                limit=limit,
                query=query,
                request_timeout=request_timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                retry_on_post=retry_on_post,
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
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
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
            RequestOptions.build(request_timeout, max_retries, extra_headers, extra_query, extra_body, retry_on_post),
        )

    async def update_permission_namespace(
        self,
        code: str,
        name: str | None = None,
        new_code: str | None = None,
        description: str | None = None,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
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
            RequestOptions.build(request_timeout, max_retries, extra_headers, extra_query, extra_body, retry_on_post),
        )
