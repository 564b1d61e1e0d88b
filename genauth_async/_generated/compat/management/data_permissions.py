# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Official management methods, area ``data_permissions``: the official answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from genauth_async._compat_base import CompatBase as _CompatBase
from genauth_async._generated.clients import ManagementClient as _Typed
from genauth_async._generated.management.data_permissions import (
    _EP_AUTHORIZE_DATA_POLICIES,
    _EP_CHECK_DATA_POLICY_EXISTS,
    _EP_CHECK_DATA_RESOURCE_EXISTS,
    _EP_CREATE_DATA_POLICY,
    _EP_CREATE_DATA_RESOURCE,
    _EP_CREATE_DATA_RESOURCE_BY_ARRAY,
    _EP_CREATE_DATA_RESOURCE_BY_STRING,
    _EP_CREATE_DATA_RESOURCE_BY_TREE,
    _EP_DELETE_DATA_POLICY,
    _EP_DELETE_DATA_RESOURCE,
    _EP_DETAIL_AUTH_SUBJECT,
    _EP_GET_DATA_POLICY,
    _EP_GET_DATA_RESOURCE,
    _EP_LIST_AUTH_SUBJECT,
    _EP_LIST_DATA_POLICES,
    _EP_LIST_DATA_POLICY_TARGETS,
    _EP_LIST_DATA_RESOURCES,
    _EP_LIST_PERMISSION_VIEW,
    _EP_LIST_SIMPLE_DATA_POLICES,
    _EP_REVOKE_DATA_POLICY,
    _EP_UPDATE_DATA_POLICY,
    _EP_UPDATE_DATA_RESOURCE,
)
from genauth_async._options import request_options as _request_options

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack


class DataPermissionsMixin(_CompatBase[_Typed]):
    """Official management methods, area ``data_permissions``: the official answers."""

    __slots__ = ()

    async def authorize_data_policies(
        self,
        target_list: Any,
        policy_ids: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``authorize_data_policies``: ``POST /api/v3/authorize-data-policies``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_AUTHORIZE_DATA_POLICIES, (target_list, policy_ids), None, _request_options(call_options),
        )

    async def check_data_policy_exists(
        self,
        policy_name: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``check_data_policy_exists``: ``GET /api/v3/check-data-policy-exists``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_CHECK_DATA_POLICY_EXISTS, (policy_name,), None, _request_options(call_options),
        )

    async def check_data_resource_exists(
        self,
        namespace_code: Any,
        resource_name: Any = None,
        resource_code: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``check_data_resource_exists``: ``GET /api/v3/check-data-resource-exists``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_CHECK_DATA_RESOURCE_EXISTS, (namespace_code, resource_name, resource_code), None, _request_options(call_options),
        )

    async def create_data_policy(
        self,
        statement_list: Any,
        policy_name: Any,
        description: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_data_policy``: ``POST /api/v3/create-data-policy``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_CREATE_DATA_POLICY, (statement_list, policy_name, description), None, _request_options(call_options),
        )

    async def create_data_resource(
        self,
        actions: Any,
        struct: Any,
        type: Any,
        resource_code: Any,
        resource_name: Any,
        namespace_code: Any,
        description: Any = None,
        *,
        extend_field_list: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_data_resource``: ``POST /api/v3/create-data-resource``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_CREATE_DATA_RESOURCE, (actions, struct, type, resource_code, resource_name, namespace_code, description, extend_field_list), None, _request_options(call_options),
        )

    async def create_data_resource_by_array(
        self,
        actions: Any,
        struct: Any,
        resource_code: Any,
        resource_name: Any,
        namespace_code: Any,
        description: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_data_resource_by_array``: ``POST /api/v3/create-array-data-resource``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_CREATE_DATA_RESOURCE_BY_ARRAY, (actions, struct, resource_code, resource_name, namespace_code, description), None, _request_options(call_options),
        )

    async def create_data_resource_by_string(
        self,
        actions: Any,
        struct: Any,
        resource_code: Any,
        resource_name: Any,
        namespace_code: Any,
        description: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_data_resource_by_string``: ``POST /api/v3/create-string-data-resource``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_CREATE_DATA_RESOURCE_BY_STRING, (actions, struct, resource_code, resource_name, namespace_code, description), None, _request_options(call_options),
        )

    async def create_data_resource_by_tree(
        self,
        actions: Any,
        struct: Any,
        resource_code: Any,
        resource_name: Any,
        namespace_code: Any,
        description: Any = None,
        *,
        extend_field_list: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_data_resource_by_tree``: ``POST /api/v3/create-tree-data-resource``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_CREATE_DATA_RESOURCE_BY_TREE, (actions, struct, resource_code, resource_name, namespace_code, description, extend_field_list), None, _request_options(call_options),
        )

    async def delete_data_policy(
        self,
        policy_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_data_policy``: ``POST /api/v3/delete-data-policy``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_DELETE_DATA_POLICY, (policy_id,), None, _request_options(call_options),
        )

    async def delete_data_resource(
        self,
        resource_code: Any,
        namespace_code: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_data_resource``: ``POST /api/v3/delete-data-resource``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_DELETE_DATA_RESOURCE, (resource_code, namespace_code), None, _request_options(call_options),
        )

    async def detail_auth_subject(
        self,
        target_id: Any,
        target_type: Any,
        app_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``detail_auth_subject``: ``GET /api/v3/get-subject-auth-detail``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_DETAIL_AUTH_SUBJECT, (target_id, target_type, app_id), None, _request_options(call_options),
        )

    async def get_data_policy(
        self,
        policy_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_data_policy``: ``GET /api/v3/get-data-policy``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_DATA_POLICY, (policy_id,), None, _request_options(call_options),
        )

    async def get_data_resource(
        self,
        namespace_code: Any,
        resource_code: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_data_resource``: ``GET /api/v3/get-data-resource``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_DATA_RESOURCE, (namespace_code, resource_code), None, _request_options(call_options),
        )

    async def list_auth_subject(
        self,
        target_type: Any,
        target_id: Any,
        app_name: Any = None,
        app_type_list: Any = None,
        effect: Any = None,
        enabled: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_auth_subject``: ``POST /api/v3/list-subject-auth``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_LIST_AUTH_SUBJECT, (target_type, target_id, app_name, app_type_list, effect, enabled), None, _request_options(call_options),
        )

    async def list_data_polices(
        self,
        page: Any = None,
        limit: Any = None,
        query: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_data_polices``: ``GET /api/v3/list-data-policies``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_LIST_DATA_POLICES, (page, limit, query), None, _request_options(call_options),
        )

    async def list_data_policy_targets(
        self,
        policy_id: Any,
        page: Any = None,
        limit: Any = None,
        query: Any = None,
        target_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_data_policy_targets``: ``GET /api/v3/list-data-policy-targets``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_LIST_DATA_POLICY_TARGETS, (policy_id, page, limit, query, target_type), None, _request_options(call_options),
        )

    async def list_data_resources(
        self,
        page: Any = None,
        limit: Any = None,
        query: Any = None,
        namespace_codes: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_data_resources``: ``GET /api/v3/list-data-resources``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_LIST_DATA_RESOURCES, (page, limit, query, namespace_codes), None, _request_options(call_options),
        )

    async def list_permission_view(
        self,
        page: Any = None,
        limit: Any = None,
        keyword: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_permission_view``: ``POST /api/v3/list-permission-view/data``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_LIST_PERMISSION_VIEW, (page, limit, keyword), None, _request_options(call_options),
        )

    async def list_simple_data_polices(
        self,
        page: Any = None,
        limit: Any = None,
        query: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_simple_data_polices``: ``GET /api/v3/list-simple-data-policies``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_LIST_SIMPLE_DATA_POLICES, (page, limit, query), None, _request_options(call_options),
        )

    async def revoke_data_policy(
        self,
        target_type: Any,
        target_identifier: Any,
        policy_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``revoke_data_policy``: ``POST /api/v3/revoke-data-policy``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_REVOKE_DATA_POLICY, (target_type, target_identifier, policy_id), None, _request_options(call_options),
        )

    async def update_data_policy(
        self,
        policy_id: Any,
        policy_name: Any = None,
        description: Any = None,
        statement_list: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_data_policy``: ``POST /api/v3/update-data-policy``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_UPDATE_DATA_POLICY, (policy_id, policy_name, description, statement_list), None, _request_options(call_options),
        )

    async def update_data_resource(
        self,
        resource_code: Any,
        namespace_code: Any,
        resource_name: Any = None,
        description: Any = None,
        struct: Any = None,
        actions: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_data_resource``: ``POST /api/v3/update-data-resource``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_UPDATE_DATA_RESOURCE, (resource_code, namespace_code, resource_name, description, struct, actions), None, _request_options(call_options),
        )
