# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Management API endpoints, area ``groups`` (sync facade)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, List, TYPE_CHECKING

from genauth_sync._portal import SyncClient as _SyncClient

if TYPE_CHECKING:
    from genauth_async._generated.clients import ManagementClient as _AsyncManagementClient  # noqa: F401
    from genauth_async._options import CallOptions, Unpack
    from genauth_async.models import (
        CreateGroupReqDto, CreateOrUpdateGroupDataDto, GetUserGroupsParamsUserIdType, GroupDto,
        GroupPagingDto, IsSuccessDto, ResGroupDto, UserDto, UserPagingDto,
    )


class GroupsMixin(_SyncClient["_AsyncManagementClient"]):
    """Management API, area ``groups``: 12 endpoints."""

    def add_group_members(
        self,
        user_ids: List[str],
        code: str,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/add-group-members`` -> ``IsSuccessDto``.

        Official python name, Node ``addGroupMembers``; area ``groups``.

        Parameters (name: wire name, location):
            user_ids: ``userIds``, json, required
            code: ``code``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "add_group_members",
            (
                user_ids,
                code,
            ),
            call_options,
        )

    def create_group(
        self,
        type: str,
        description: str,
        name: str,
        code: str,
        custom_data: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> GroupDto:
        """``POST /api/v3/create-group`` -> ``GroupDto``.

        Official python name, Node ``createGroup``; area ``groups``.

        Parameters (name: wire name, location):
            type: ``type``, json, required
            description: ``description``, json, required
            name: ``name``, json, required
            code: ``code``, json, required
            custom_data: ``customData``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "create_group",
            (
                type,
                description,
                name,
                code,
                custom_data,
            ),
            call_options,
        )

    def create_groups_batch(
        self,
        list: List[CreateGroupReqDto | Mapping[str, Any]],
        **call_options: Unpack[CallOptions],
    ) -> List[GroupDto]:
        """``POST /api/v3/create-groups-batch`` -> ``list[GroupDto]``.

        Official python name, Node ``createGroupsBatch``; area ``groups``.

        Parameters (name: wire name, location):
            list: ``list``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "create_groups_batch",
            (list,),
            call_options,
        )

    def create_or_update_group(
        self,
        type: str,
        description: str,
        name: str,
        code: str,
        **call_options: Unpack[CallOptions],
    ) -> CreateOrUpdateGroupDataDto:
        """``POST /api/v3/create-or-update-group`` -> ``CreateOrUpdateGroupDataDto``.

        Official python name, Node ``createOrUpdateGroup``; area ``groups``.

        Parameters (name: wire name, location):
            type: ``type``, json, required
            description: ``description``, json, required
            name: ``name``, json, required
            code: ``code``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "create_or_update_group",
            (
                type,
                description,
                name,
                code,
            ),
            call_options,
        )

    def delete_groups_batch(
        self,
        code_list: List[str],
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/delete-groups-batch`` -> ``IsSuccessDto``.

        Official python name, Node ``deleteGroupsBatch``; area ``groups``.

        Parameters (name: wire name, location):
            code_list: ``codeList``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "delete_groups_batch",
            (code_list,),
            call_options,
        )

    def get_all_groups(
        self,
        fetch_members: bool | None = None,
        with_custom_data: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> List[GroupDto]:
        """``GET /api/v3/get-all-groups`` -> ``list[GroupDto]``.

        Official python name, Node ``getAllGroups``; area ``groups``.

        Parameters (name: wire name, location):
            fetch_members: ``fetchMembers``, query
            with_custom_data: ``withCustomData``, query
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_all_groups",
            (
                fetch_members,
                with_custom_data,
            ),
            call_options,
        )

    def get_group(
        self,
        code: str,
        with_custom_data: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> GroupDto:
        """``GET /api/v3/get-group`` -> ``GroupDto``.

        Official python name, Node ``getGroup``; area ``groups``.

        Parameters (name: wire name, location):
            code: ``code``, query, required
            with_custom_data: ``withCustomData``, query
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_group",
            (
                code,
                with_custom_data,
            ),
            call_options,
        )

    def get_user_groups(
        self,
        user_id: str,
        user_id_type: GetUserGroupsParamsUserIdType | str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> GroupPagingDto:
        """``GET /api/v3/get-user-groups`` -> ``GroupPagingDto``.

        Official python name, Node ``getUserGroups``; area ``groups``.

        Parameters (name: wire name, location):
            user_id: ``userId``, query, required
            user_id_type: ``userIdType``, query
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_user_groups",
            (
                user_id,
                user_id_type,
            ),
            call_options,
        )

    def list_group_members(
        self,
        code: str,
        page: int | None = None,
        limit: int | None = None,
        with_custom_data: bool | None = None,
        with_identities: bool | None = None,
        *,
        with_department_ids: bool | None = None,
        flat_custom_data: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> UserPagingDto:
        """``GET /api/v3/list-group-members`` -> ``UserPagingDto``.

        Official python name, Node ``listGroupMembers``; area ``groups``.

        Parameters (name: wire name, location):
            code: ``code``, query, required
            page: ``page``, query
            limit: ``limit``, query
            with_custom_data: ``withCustomData``, query
            with_identities: ``withIdentities``, query
            with_department_ids: ``withDepartmentIds``, query, keyword-only (Node SDK field)
            flat_custom_data: ``flatCustomData``, query, keyword-only (Node SDK field)
        """
        return self._run_method(  # type: ignore[no-any-return]
            "list_group_members",
            (
                code,
                page,
                limit,
                with_custom_data,
                with_identities,
            ),
            {
                "with_department_ids": with_department_ids,
                "flat_custom_data": flat_custom_data,
                **call_options,
            },
        )

    def iter_list_group_members(
        self,
        code: str,
        limit: int | None = None,
        with_custom_data: bool | None = None,
        with_identities: bool | None = None,
        *,
        with_department_ids: bool | None = None,
        flat_custom_data: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Iterator[UserDto]:
        """Every item of ``list_group_members``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_list_group_members",
            (
                code,
                limit,
                with_custom_data,
                with_identities,
            ),
            {
                "with_department_ids": with_department_ids,
                "flat_custom_data": flat_custom_data,
                **call_options,
            },
        )

    def list_groups(
        self,
        keywords: str | None = None,
        page: int | None = None,
        limit: int | None = None,
        with_metadata: bool | None = None,
        with_custom_data: bool | None = None,
        flat_custom_data: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> GroupPagingDto:
        """``GET /api/v3/list-groups`` -> ``GroupPagingDto``.

        Official python name, Node ``listGroups``; area ``groups``.

        Parameters (name: wire name, location):
            keywords: ``keywords``, query
            page: ``page``, query
            limit: ``limit``, query
            with_metadata: ``withMetadata``, query
            with_custom_data: ``withCustomData``, query
            flat_custom_data: ``flatCustomData``, query
        """
        return self._run_method(  # type: ignore[no-any-return]
            "list_groups",
            (
                keywords,
                page,
                limit,
                with_metadata,
                with_custom_data,
                flat_custom_data,
            ),
            call_options,
        )

    def iter_list_groups(
        self,
        keywords: str | None = None,
        limit: int | None = None,
        with_metadata: bool | None = None,
        with_custom_data: bool | None = None,
        flat_custom_data: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Iterator[ResGroupDto]:
        """Every item of ``list_groups``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_list_groups",
            (
                keywords,
                limit,
                with_metadata,
                with_custom_data,
                flat_custom_data,
            ),
            call_options,
        )

    def remove_group_members(
        self,
        user_ids: List[str],
        code: str,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/remove-group-members`` -> ``IsSuccessDto``.

        Official python name, Node ``removeGroupMembers``; area ``groups``.

        Parameters (name: wire name, location):
            user_ids: ``userIds``, json, required
            code: ``code``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "remove_group_members",
            (
                user_ids,
                code,
            ),
            call_options,
        )

    def update_group(
        self,
        description: str,
        code: str,
        name: str | None = None,
        new_code: str | None = None,
        custom_data: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> GroupDto:
        """``POST /api/v3/update-group`` -> ``GroupDto``.

        Official python name, Node ``updateGroup``; area ``groups``.

        Parameters (name: wire name, location):
            description: ``description``, json, required
            code: ``code``, json, required
            name: ``name``, json
            new_code: ``newCode``, json
            custom_data: ``customData``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "update_group",
            (
                description,
                code,
                name,
                new_code,
                custom_data,
            ),
            call_options,
        )
