# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Official management methods, area ``groups``: the official answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from genauth_async._compat_base import CompatBase as _CompatBase
from genauth_async._generated.clients import ManagementClient as _Typed
from genauth_async._generated.management.groups import (
    _EP_ADD_GROUP_MEMBERS,
    _EP_CREATE_GROUP,
    _EP_CREATE_GROUPS_BATCH,
    _EP_CREATE_OR_UPDATE_GROUP,
    _EP_DELETE_GROUPS_BATCH,
    _EP_GET_ALL_GROUPS,
    _EP_GET_GROUP,
    _EP_GET_USER_GROUPS,
    _EP_LIST_GROUPS,
    _EP_LIST_GROUP_MEMBERS,
    _EP_REMOVE_GROUP_MEMBERS,
    _EP_UPDATE_GROUP,
)
from genauth_async._options import request_options as _request_options

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack


class GroupsMixin(_CompatBase[_Typed]):
    """Official management methods, area ``groups``: the official answers."""

    __slots__ = ()

    async def add_group_members(
        self,
        user_ids: Any,
        code: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``add_group_members``: ``POST /api/v3/add-group-members``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_ADD_GROUP_MEMBERS, (user_ids, code), None, _request_options(call_options),
        )

    async def create_group(
        self,
        type: Any,
        description: Any,
        name: Any,
        code: Any,
        custom_data: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_group``: ``POST /api/v3/create-group``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_CREATE_GROUP, (type, description, name, code, custom_data), None, _request_options(call_options),
        )

    async def create_groups_batch(
        self,
        list: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_groups_batch``: ``POST /api/v3/create-groups-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_CREATE_GROUPS_BATCH, (list,), None, _request_options(call_options),
        )

    async def create_or_update_group(
        self,
        type: Any,
        description: Any,
        name: Any,
        code: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_or_update_group``: ``POST /api/v3/create-or-update-group``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_CREATE_OR_UPDATE_GROUP, (type, description, name, code), None, _request_options(call_options),
        )

    async def delete_groups_batch(
        self,
        code_list: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_groups_batch``: ``POST /api/v3/delete-groups-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_DELETE_GROUPS_BATCH, (code_list,), None, _request_options(call_options),
        )

    async def get_all_groups(
        self,
        fetch_members: Any = None,
        with_custom_data: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_all_groups``: ``GET /api/v3/get-all-groups``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_ALL_GROUPS, (fetch_members, with_custom_data), None, _request_options(call_options),
        )

    async def get_group(
        self,
        code: Any,
        with_custom_data: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_group``: ``GET /api/v3/get-group``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_GROUP, (code, with_custom_data), None, _request_options(call_options),
        )

    async def get_user_groups(
        self,
        user_id: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_groups``: ``GET /api/v3/get-user-groups``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_USER_GROUPS, (user_id, user_id_type), None, _request_options(call_options),
        )

    async def list_group_members(
        self,
        code: Any,
        page: Any = None,
        limit: Any = None,
        with_custom_data: Any = None,
        with_identities: Any = None,
        *,
        with_department_ids: Any = None,
        flat_custom_data: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_group_members``: ``GET /api/v3/list-group-members``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_LIST_GROUP_MEMBERS, (code, page, limit, with_custom_data, with_identities, with_department_ids, flat_custom_data), None, _request_options(call_options),
        )

    async def list_groups(
        self,
        keywords: Any = None,
        page: Any = None,
        limit: Any = None,
        with_metadata: Any = None,
        with_custom_data: Any = None,
        flat_custom_data: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_groups``: ``GET /api/v3/list-groups``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_LIST_GROUPS, (keywords, page, limit, with_metadata, with_custom_data, flat_custom_data), None, _request_options(call_options),
        )

    async def remove_group_members(
        self,
        user_ids: Any,
        code: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``remove_group_members``: ``POST /api/v3/remove-group-members``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_REMOVE_GROUP_MEMBERS, (user_ids, code), None, _request_options(call_options),
        )

    async def update_group(
        self,
        description: Any,
        code: Any,
        name: Any = None,
        new_code: Any = None,
        custom_data: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_group``: ``POST /api/v3/update-group``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_UPDATE_GROUP, (description, code, name, new_code, custom_data), None, _request_options(call_options),
        )
