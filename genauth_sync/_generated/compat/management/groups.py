# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Official management methods, area ``groups``: the official answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from genauth_sync._compat_base import SyncCompatBase as _SyncCompatBase
from genauth_sync._generated.clients import ManagementClient as _Typed

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack


class GroupsMixin(_SyncCompatBase[_Typed]):
    """Official management methods, area ``groups``: the official answers."""

    __slots__ = ()

    def add_group_members(
        self,
        user_ids: Any,
        code: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``add_group_members``: ``POST /api/v3/add-group-members``, the whole answer."""
        return self._call("add_group_members", (user_ids, code), {**call_options})  # type: ignore[no-any-return]

    def create_group(
        self,
        type: Any,
        description: Any,
        name: Any,
        code: Any,
        custom_data: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_group``: ``POST /api/v3/create-group``, the whole answer."""
        return self._call("create_group", (type, description, name, code, custom_data), {**call_options})  # type: ignore[no-any-return]

    def create_groups_batch(
        self,
        list: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_groups_batch``: ``POST /api/v3/create-groups-batch``, the whole answer."""
        return self._call("create_groups_batch", (list,), {**call_options})  # type: ignore[no-any-return]

    def create_or_update_group(
        self,
        type: Any,
        description: Any,
        name: Any,
        code: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_or_update_group``: ``POST /api/v3/create-or-update-group``, the whole answer."""
        return self._call("create_or_update_group", (type, description, name, code), {**call_options})  # type: ignore[no-any-return]

    def delete_groups_batch(
        self,
        code_list: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_groups_batch``: ``POST /api/v3/delete-groups-batch``, the whole answer."""
        return self._call("delete_groups_batch", (code_list,), {**call_options})  # type: ignore[no-any-return]

    def get_all_groups(
        self,
        fetch_members: Any = None,
        with_custom_data: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_all_groups``: ``GET /api/v3/get-all-groups``, the whole answer."""
        return self._call("get_all_groups", (fetch_members, with_custom_data), {**call_options})  # type: ignore[no-any-return]

    def get_group(
        self,
        code: Any,
        with_custom_data: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_group``: ``GET /api/v3/get-group``, the whole answer."""
        return self._call("get_group", (code, with_custom_data), {**call_options})  # type: ignore[no-any-return]

    def get_user_groups(
        self,
        user_id: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_groups``: ``GET /api/v3/get-user-groups``, the whole answer."""
        return self._call("get_user_groups", (user_id, user_id_type), {**call_options})  # type: ignore[no-any-return]

    def list_group_members(
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
        return self._call("list_group_members", (code, page, limit, with_custom_data, with_identities), {"with_department_ids": with_department_ids, "flat_custom_data": flat_custom_data, **call_options})  # type: ignore[no-any-return]

    def list_groups(
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
        return self._call("list_groups", (keywords, page, limit, with_metadata, with_custom_data, flat_custom_data), {**call_options})  # type: ignore[no-any-return]

    def remove_group_members(
        self,
        user_ids: Any,
        code: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``remove_group_members``: ``POST /api/v3/remove-group-members``, the whole answer."""
        return self._call("remove_group_members", (user_ids, code), {**call_options})  # type: ignore[no-any-return]

    def update_group(
        self,
        description: Any,
        code: Any,
        name: Any = None,
        new_code: Any = None,
        custom_data: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_group``: ``POST /api/v3/update-group``, the whole answer."""
        return self._call("update_group", (description, code, name, new_code, custom_data), {**call_options})  # type: ignore[no-any-return]
