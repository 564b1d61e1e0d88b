# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Management API endpoints, area ``namespaces`` (sync facade)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, List, TYPE_CHECKING

from genauth_sync._portal import SyncClient as _SyncClient

if TYPE_CHECKING:
    from genauth_async._generated.clients import ManagementClient as _AsyncManagementClient  # noqa: F401
    from genauth_async.models import (
        CheckPermissionNamespaceExistsRespDto, CreateNamespacesBatchItemDto,
        CreatePermissionNamespaceRespDto, CreatePermissionNamespacesBatchItemDto,
        GetPermissionNamespaceRespDto, IsSuccessDto, NamespaceDto, NamespaceListPagingDto,
        NamespaceRolesListRespDto, NamespacesListRespDto, PermissionNamespaceListPagingDto,
        PermissionNamespaceRolesListPagingDto, PermissionNamespaceRolesListRespDto,
        PermissionNamespacesListRespDto, RoleCodeAndNamespaceDto, UpdateNamespaceDto,
        UpdatePermissionNamespaceRespDto,
    )


class NamespacesMixin(_SyncClient["_AsyncManagementClient"]):
    """Management API, area ``namespaces``: 20 endpoints."""

    def check_permission_namespace_exists(
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
        return self._run_method(  # type: ignore[no-any-return]
            "check_permission_namespace_exists",
            (
                code,
                name,
            ),
            {
                "request_timeout": request_timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "retry_on_post": retry_on_post,
            },
        )

    def create_namespace(
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
        return self._run_method(  # type: ignore[no-any-return]
            "create_namespace",
            (
                code,
                name,
                description,
            ),
            {
                "request_timeout": request_timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "retry_on_post": retry_on_post,
            },
        )

    def create_namespaces_batch(
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
        return self._run_method(  # type: ignore[no-any-return]
            "create_namespaces_batch",
            (list,),
            {
                "request_timeout": request_timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "retry_on_post": retry_on_post,
            },
        )

    def create_permission_namespace(
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
        return self._run_method(  # type: ignore[no-any-return]
            "create_permission_namespace",
            (
                name,
                code,
                description,
            ),
            {
                "request_timeout": request_timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "retry_on_post": retry_on_post,
            },
        )

    def create_permission_namespaces_batch(
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
        return self._run_method(  # type: ignore[no-any-return]
            "create_permission_namespaces_batch",
            (list,),
            {
                "request_timeout": request_timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "retry_on_post": retry_on_post,
            },
        )

    def delete_namespace(
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
        return self._run_method(  # type: ignore[no-any-return]
            "delete_namespace",
            (code,),
            {
                "request_timeout": request_timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "retry_on_post": retry_on_post,
            },
        )

    def delete_namespaces_batch(
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
        return self._run_method(  # type: ignore[no-any-return]
            "delete_namespaces_batch",
            (code_list,),
            {
                "request_timeout": request_timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "retry_on_post": retry_on_post,
            },
        )

    def delete_permission_namespace(
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
        return self._run_method(  # type: ignore[no-any-return]
            "delete_permission_namespace",
            (code,),
            {
                "request_timeout": request_timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "retry_on_post": retry_on_post,
            },
        )

    def delete_permission_namespaces_batch(
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
        return self._run_method(  # type: ignore[no-any-return]
            "delete_permission_namespaces_batch",
            (codes,),
            {
                "request_timeout": request_timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "retry_on_post": retry_on_post,
            },
        )

    def delete_roles(
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
        return self._run_method(  # type: ignore[no-any-return]
            "delete_roles",
            (role_list,),
            {
                "request_timeout": request_timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "retry_on_post": retry_on_post,
            },
        )

    def get_namespace(
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
        return self._run_method(  # type: ignore[no-any-return]
            "get_namespace",
            (code,),
            {
                "request_timeout": request_timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "retry_on_post": retry_on_post,
            },
        )

    def get_namespaces_batch(
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
        return self._run_method(  # type: ignore[no-any-return]
            "get_namespaces_batch",
            (code_list,),
            {
                "request_timeout": request_timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "retry_on_post": retry_on_post,
            },
        )

    def get_permission_namespace(
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
        return self._run_method(  # type: ignore[no-any-return]
            "get_permission_namespace",
            (code,),
            {
                "request_timeout": request_timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "retry_on_post": retry_on_post,
            },
        )

    def get_permission_namespaces_batch(
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
        return self._run_method(  # type: ignore[no-any-return]
            "get_permission_namespaces_batch",
            (codes,),
            {
                "request_timeout": request_timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "retry_on_post": retry_on_post,
            },
        )

    def list_namespace_roles(
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
        return self._run_method(  # type: ignore[no-any-return]
            "list_namespace_roles",
            (
                code,
                page,
                limit,
                keywords,
            ),
            {
                "request_timeout": request_timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "retry_on_post": retry_on_post,
            },
        )

    def list_namespaces(
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
        return self._run_method(  # type: ignore[no-any-return]
            "list_namespaces",
            (
                page,
                limit,
                keywords,
            ),
            {
                "request_timeout": request_timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "retry_on_post": retry_on_post,
            },
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
    ) -> Iterator[NamespacesListRespDto]:
        """Every item of ``list_namespaces``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_list_namespaces",
            (
                limit,
                keywords,
            ),
            {
                "request_timeout": request_timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "retry_on_post": retry_on_post,
            },
        )

    def list_permission_namespace_roles(
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
        return self._run_method(  # type: ignore[no-any-return]
            "list_permission_namespace_roles",
            (
                code,
                page,
                limit,
                query,
            ),
            {
                "request_timeout": request_timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "retry_on_post": retry_on_post,
            },
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
    ) -> Iterator[PermissionNamespaceRolesListRespDto]:
        """Every item of ``list_permission_namespace_roles``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_list_permission_namespace_roles",
            (
                code,
                limit,
                query,
            ),
            {
                "request_timeout": request_timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "retry_on_post": retry_on_post,
            },
        )

    def list_permission_namespaces(
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
        return self._run_method(  # type: ignore[no-any-return]
            "list_permission_namespaces",
            (
                page,
                limit,
                query,
            ),
            {
                "request_timeout": request_timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "retry_on_post": retry_on_post,
            },
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
    ) -> Iterator[PermissionNamespacesListRespDto]:
        """Every item of ``list_permission_namespaces``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_list_permission_namespaces",
            (
                limit,
                query,
            ),
            {
                "request_timeout": request_timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "retry_on_post": retry_on_post,
            },
        )

    def update_namespace(
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
        return self._run_method(  # type: ignore[no-any-return]
            "update_namespace",
            (
                code,
                description,
                name,
                new_code,
            ),
            {
                "request_timeout": request_timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "retry_on_post": retry_on_post,
            },
        )

    def update_permission_namespace(
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
        return self._run_method(  # type: ignore[no-any-return]
            "update_permission_namespace",
            (
                code,
                name,
                new_code,
                description,
            ),
            {
                "request_timeout": request_timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "retry_on_post": retry_on_post,
            },
        )
