# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Management API endpoints, area ``namespaces`` (sync facade)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any, List, TYPE_CHECKING

from genauth_sync._portal import SyncClient as _SyncClient

if TYPE_CHECKING:
    from genauth_async._generated.clients import ManagementClient as _AsyncManagementClient  # noqa: F401
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


class NamespacesMixin(_SyncClient["_AsyncManagementClient"]):
    """Management API, area ``namespaces``: 20 endpoints."""

    def check_permission_namespace_exists(
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
        return self._run_method(  # type: ignore[no-any-return]
            "check_permission_namespace_exists",
            (
                code,
                name,
            ),
            call_options,
        )

    def create_namespace(
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
        return self._run_method(  # type: ignore[no-any-return]
            "create_namespace",
            (
                code,
                name,
                description,
            ),
            call_options,
        )

    def create_namespaces_batch(
        self,
        list: List[CreateNamespacesBatchItemDto | Mapping[str, Any]],
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/create-namespaces-batch`` -> ``IsSuccessDto``.

        Official python name, Node ``createNamespacesBatch``; area ``namespaces``.

        Parameters (name: wire name, location):
            list: ``list``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "create_namespaces_batch",
            (list,),
            call_options,
        )

    def create_permission_namespace(
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
        return self._run_method(  # type: ignore[no-any-return]
            "create_permission_namespace",
            (
                name,
                code,
                description,
            ),
            call_options,
        )

    def create_permission_namespaces_batch(
        self,
        list: List[CreatePermissionNamespacesBatchItemDto | Mapping[str, Any]],
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/create-permission-namespaces-batch`` -> ``IsSuccessDto``.

        Official python name, Node ``createPermissionNamespacesBatch``; area ``namespaces``.

        Parameters (name: wire name, location):
            list: ``list``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "create_permission_namespaces_batch",
            (list,),
            call_options,
        )

    def delete_namespace(
        self,
        code: str,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/delete-namespace`` -> ``IsSuccessDto``.

        Official python name, Node ``deleteNamespace``; area ``namespaces``.

        Parameters (name: wire name, location):
            code: ``code``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "delete_namespace",
            (code,),
            call_options,
        )

    def delete_namespaces_batch(
        self,
        code_list: List[str],
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/delete-namespaces-batch`` -> ``IsSuccessDto``.

        Official python name, Node ``deleteNamespacesBatch``; area ``namespaces``.

        Parameters (name: wire name, location):
            code_list: ``codeList``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "delete_namespaces_batch",
            (code_list,),
            call_options,
        )

    def delete_permission_namespace(
        self,
        code: str,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/delete-permission-namespace`` -> ``IsSuccessDto``.

        Official python name, Node ``deletePermissionNamespace``; area ``namespaces``.

        Parameters (name: wire name, location):
            code: ``code``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "delete_permission_namespace",
            (code,),
            call_options,
        )

    def delete_permission_namespaces_batch(
        self,
        codes: List[str],
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/delete-permission-namespaces-batch`` -> ``IsSuccessDto``.

        Official python name, Node ``deletePermissionNamespacesBatch``; area ``namespaces``.

        Parameters (name: wire name, location):
            codes: ``codes``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "delete_permission_namespaces_batch",
            (codes,),
            call_options,
        )

    def delete_roles(
        self,
        role_list: List[RoleCodeAndNamespaceDto | Mapping[str, Any]],
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/multiple-namespace-delete-roles-batch`` -> ``IsSuccessDto``.

        Official python name, Node ``deleteRoles``; area ``namespaces``.

        Parameters (name: wire name, location):
            role_list: ``roleList``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "delete_roles",
            (role_list,),
            call_options,
        )

    def get_namespace(
        self,
        code: str,
        **call_options: Unpack[CallOptions],
    ) -> NamespaceDto:
        """``GET /api/v3/get-namespace`` -> ``NamespaceDto``.

        Official python name, Node ``getNamespace``; area ``namespaces``.

        Parameters (name: wire name, location):
            code: ``code``, query, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_namespace",
            (code,),
            call_options,
        )

    def get_namespaces_batch(
        self,
        code_list: Sequence[str] | str,
        **call_options: Unpack[CallOptions],
    ) -> List[NamespaceDto]:
        """``GET /api/v3/get-namespaces-batch`` -> ``list[NamespaceDto]``.

        Official python name, Node ``getNamespacesBatch``; area ``namespaces``.

        Parameters (name: wire name, location):
            code_list: ``codeList``, query, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_namespaces_batch",
            (code_list,),
            call_options,
        )

    def get_permission_namespace(
        self,
        code: str,
        **call_options: Unpack[CallOptions],
    ) -> GetPermissionNamespaceRespDto:
        """``GET /api/v3/get-permission-namespace`` -> ``GetPermissionNamespaceRespDto``.

        Official python name, Node ``getPermissionNamespace``; area ``namespaces``.

        Parameters (name: wire name, location):
            code: ``code``, query, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_permission_namespace",
            (code,),
            call_options,
        )

    def get_permission_namespaces_batch(
        self,
        codes: Sequence[str] | str,
        **call_options: Unpack[CallOptions],
    ) -> List[GetPermissionNamespaceRespDto]:
        """``GET /api/v3/get-permission-namespaces-batch`` -> ``list[GetPermissionNamespaceRespDto]``.

        Official python name, Node ``getPermissionNamespacesBatch``; area ``namespaces``.

        Parameters (name: wire name, location):
            codes: ``codes``, query, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_permission_namespaces_batch",
            (codes,),
            call_options,
        )

    def list_namespace_roles(
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
        return self._run_method(  # type: ignore[no-any-return]
            "list_namespace_roles",
            (
                code,
                page,
                limit,
                keywords,
            ),
            call_options,
        )

    def list_namespaces(
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
        return self._run_method(  # type: ignore[no-any-return]
            "list_namespaces",
            (
                page,
                limit,
                keywords,
            ),
            call_options,
        )

    def iter_list_namespaces(
        self,
        limit: int | None = None,
        keywords: str | None = None,
        **call_options: Unpack[CallOptions],
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
            call_options,
        )

    def list_permission_namespace_roles(
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
        return self._run_method(  # type: ignore[no-any-return]
            "list_permission_namespace_roles",
            (
                code,
                page,
                limit,
                query,
            ),
            call_options,
        )

    def iter_list_permission_namespace_roles(
        self,
        code: str,
        limit: int | None = None,
        query: str | None = None,
        **call_options: Unpack[CallOptions],
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
            call_options,
        )

    def list_permission_namespaces(
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
        return self._run_method(  # type: ignore[no-any-return]
            "list_permission_namespaces",
            (
                page,
                limit,
                query,
            ),
            call_options,
        )

    def iter_list_permission_namespaces(
        self,
        limit: int | None = None,
        query: str | None = None,
        **call_options: Unpack[CallOptions],
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
            call_options,
        )

    def update_namespace(
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
        return self._run_method(  # type: ignore[no-any-return]
            "update_namespace",
            (
                code,
                description,
                name,
                new_code,
            ),
            call_options,
        )

    def update_permission_namespace(
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
        return self._run_method(  # type: ignore[no-any-return]
            "update_permission_namespace",
            (
                code,
                name,
                new_code,
                description,
            ),
            call_options,
        )
