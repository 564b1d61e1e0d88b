# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Management API endpoints, area ``groups``."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from typing import Any, List, TYPE_CHECKING

from genauth_async._endpoint import Endpoint, Param
from genauth_async._generated._caller import _Caller
from genauth_async._options import check_call_options as _check_call_options, request_options as _request_options
from genauth_async._pagination import paginate as _paginate

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack
    from genauth_async.models import (
        CreateGroupReqDto, CreateOrUpdateGroupDataDto, GetUserGroupsParamsUserIdType, GroupDto,
        GroupPagingDto, IsSuccessDto, ResGroupDto, UserDto, UserPagingDto,
    )

_EP_ADD_GROUP_MEMBERS = Endpoint(
    "add_group_members",
    "POST",
    "/api/v3/add-group-members",
    (
        Param("user_ids", "userIds", "json", True, "list", "str"),
        Param("code", "code", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_CREATE_GROUP = Endpoint(
    "create_group",
    "POST",
    "/api/v3/create-group",
    (
        Param("type", "type", "json", True, "str"),
        Param("description", "description", "json", True, "str"),
        Param("name", "name", "json", True, "str"),
        Param("code", "code", "json", True, "str"),
        Param("custom_data", "customData", "json", False, "any"),
    ),
    idempotent=False,
)

_EP_CREATE_GROUPS_BATCH = Endpoint(
    "create_groups_batch",
    "POST",
    "/api/v3/create-groups-batch",
    (
        Param("list", "list", "json", True, "list", "dict"),
    ),
    idempotent=False,
)

_EP_CREATE_OR_UPDATE_GROUP = Endpoint(
    "create_or_update_group",
    "POST",
    "/api/v3/create-or-update-group",
    (
        Param("type", "type", "json", True, "str"),
        Param("description", "description", "json", True, "str"),
        Param("name", "name", "json", True, "str"),
        Param("code", "code", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_DELETE_GROUPS_BATCH = Endpoint(
    "delete_groups_batch",
    "POST",
    "/api/v3/delete-groups-batch",
    (
        Param("code_list", "codeList", "json", True, "list", "str"),
    ),
    idempotent=False,
)

_EP_GET_ALL_GROUPS = Endpoint(
    "get_all_groups",
    "GET",
    "/api/v3/get-all-groups",
    (
        Param("fetch_members", "fetchMembers", "query", False, "bool"),
        Param("with_custom_data", "withCustomData", "query", False, "bool"),
    ),
    idempotent=True,
)

_EP_GET_GROUP = Endpoint(
    "get_group",
    "GET",
    "/api/v3/get-group",
    (
        Param("code", "code", "query", True, "str"),
        Param("with_custom_data", "withCustomData", "query", False, "bool"),
    ),
    idempotent=True,
)

_EP_GET_USER_GROUPS = Endpoint(
    "get_user_groups",
    "GET",
    "/api/v3/get-user-groups",
    (
        Param("user_id", "userId", "query", True, "str"),
        Param("user_id_type", "userIdType", "query", False, "str", "any", ("user_id", "external_id", "phone", "email", "username", "identity", "sync_relation", "custom_field")),
    ),
    idempotent=True,
)

_EP_LIST_GROUP_MEMBERS = Endpoint(
    "list_group_members",
    "GET",
    "/api/v3/list-group-members",
    (
        Param("code", "code", "query", True, "str"),
        Param("page", "page", "query", False, "int"),
        Param("limit", "limit", "query", False, "int"),
        Param("with_custom_data", "withCustomData", "query", False, "bool"),
        Param("with_identities", "withIdentities", "query", False, "bool"),
        Param("with_department_ids", "withDepartmentIds", "query", False, "bool"),
        Param("flat_custom_data", "flatCustomData", "query", False, "bool"),
    ),
    idempotent=True,
)

_EP_LIST_GROUPS = Endpoint(
    "list_groups",
    "GET",
    "/api/v3/list-groups",
    (
        Param("keywords", "keywords", "query", False, "str"),
        Param("page", "page", "query", False, "int"),
        Param("limit", "limit", "query", False, "int"),
        Param("with_metadata", "withMetadata", "query", False, "bool"),
        Param("with_custom_data", "withCustomData", "query", False, "bool"),
        Param("flat_custom_data", "flatCustomData", "query", False, "bool"),
    ),
    idempotent=True,
)

_EP_REMOVE_GROUP_MEMBERS = Endpoint(
    "remove_group_members",
    "POST",
    "/api/v3/remove-group-members",
    (
        Param("user_ids", "userIds", "json", True, "list", "str"),
        Param("code", "code", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_UPDATE_GROUP = Endpoint(
    "update_group",
    "POST",
    "/api/v3/update-group",
    (
        Param("description", "description", "json", True, "str"),
        Param("code", "code", "json", True, "str"),
        Param("name", "name", "json", False, "str"),
        Param("new_code", "newCode", "json", False, "str"),
        Param("custom_data", "customData", "json", False, "any"),
    ),
    idempotent=False,
)


class GroupsMixin(_Caller):
    """Management API, area ``groups``: 12 endpoints."""

    __slots__ = ()

    async def add_group_members(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_ADD_GROUP_MEMBERS,
            (
                user_ids,
                code,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def create_group(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_CREATE_GROUP,
            (
                type,
                description,
                name,
                code,
                custom_data,
            ),
            "GroupDto",
            _request_options(call_options),
        )

    async def create_groups_batch(
        self,
        list: List[CreateGroupReqDto | Mapping[str, Any]],
        **call_options: Unpack[CallOptions],
    ) -> List[GroupDto]:
        """``POST /api/v3/create-groups-batch`` -> ``list[GroupDto]``.

        Official python name, Node ``createGroupsBatch``; area ``groups``.

        Parameters (name: wire name, location):
            list: ``list``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_CREATE_GROUPS_BATCH,
            (list,),
            "list[GroupDto]",
            _request_options(call_options),
        )

    async def create_or_update_group(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_CREATE_OR_UPDATE_GROUP,
            (
                type,
                description,
                name,
                code,
            ),
            "CreateOrUpdateGroupDataDto",
            _request_options(call_options),
        )

    async def delete_groups_batch(
        self,
        code_list: List[str],
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/delete-groups-batch`` -> ``IsSuccessDto``.

        Official python name, Node ``deleteGroupsBatch``; area ``groups``.

        Parameters (name: wire name, location):
            code_list: ``codeList``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_DELETE_GROUPS_BATCH,
            (code_list,),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def get_all_groups(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_ALL_GROUPS,
            (
                fetch_members,
                with_custom_data,
            ),
            "list[GroupDto]",
            _request_options(call_options),
        )

    async def get_group(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_GROUP,
            (
                code,
                with_custom_data,
            ),
            "GroupDto",
            _request_options(call_options),
        )

    async def get_user_groups(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_USER_GROUPS,
            (
                user_id,
                user_id_type,
            ),
            "GroupPagingDto",
            _request_options(call_options),
        )

    async def list_group_members(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_GROUP_MEMBERS,
            (
                code,
                page,
                limit,
                with_custom_data,
                with_identities,
                with_department_ids,
                flat_custom_data,
            ),
            "UserPagingDto",
            _request_options(call_options),
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
    ) -> AsyncIterator[UserDto]:
        """Every item of ``list_group_members``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.list_group_members(
                page=page,
                code=code,
                limit=limit,
                with_custom_data=with_custom_data,
                with_identities=with_identities,
                with_department_ids=with_department_ids,
                flat_custom_data=flat_custom_data,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )

    async def list_groups(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_GROUPS,
            (
                keywords,
                page,
                limit,
                with_metadata,
                with_custom_data,
                flat_custom_data,
            ),
            "GroupPagingDto",
            _request_options(call_options),
        )

    def iter_list_groups(
        self,
        keywords: str | None = None,
        limit: int | None = None,
        with_metadata: bool | None = None,
        with_custom_data: bool | None = None,
        flat_custom_data: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[ResGroupDto]:
        """Every item of ``list_groups``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.list_groups(
                page=page,
                keywords=keywords,
                limit=limit,
                with_metadata=with_metadata,
                with_custom_data=with_custom_data,
                flat_custom_data=flat_custom_data,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )

    async def remove_group_members(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_REMOVE_GROUP_MEMBERS,
            (
                user_ids,
                code,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def update_group(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_UPDATE_GROUP,
            (
                description,
                code,
                name,
                new_code,
                custom_data,
            ),
            "GroupDto",
            _request_options(call_options),
        )
