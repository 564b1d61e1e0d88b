# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Official management methods, area ``resources``: the official answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from genauth_async._compat_base import CompatBase as _CompatBase
from genauth_async._generated.clients import ManagementClient as _Typed
from genauth_async._generated.management.resources import (
    _EP_AUTHORIZE_APPLICATION_ACCESS,
    _EP_AUTHORIZE_RESOURCES,
    _EP_BATCH_DELETE_COMMON_RESOURCE,
    _EP_CHECK_EXTERNAL_USER_PERMISSION,
    _EP_CHECK_PERMISSION,
    _EP_CHECK_USER_SAME_LEVEL_PERMISSION,
    _EP_CREATE_RESOURCE,
    _EP_CREATE_RESOURCES_BATCH,
    _EP_DELETE_AUTH,
    _EP_DELETE_RESOURCE,
    _EP_DELETE_RESOURCES_BATCH,
    _EP_ENABLED_AUTH,
    _EP_GET_APPLICATION_PERMISSION_STRATEGY,
    _EP_GET_AUTHORIZED_RESOURCES,
    _EP_GET_EXTERNAL_USER_RESOURCE_STRUCT,
    _EP_GET_GROUP_AUTHORIZED_RESOURCES,
    _EP_GET_RESOURCE,
    _EP_GET_RESOURCES_BATCH,
    _EP_GET_RESOURCE_AUTHORIZED_TARGETS,
    _EP_GET_USER_AUTHORIZED_APPS,
    _EP_GET_USER_AUTHORIZED_RESOURCES,
    _EP_GET_USER_PERMISSION_LIST,
    _EP_GET_USER_PRINCIPAL_AUTHENTICATION_INFO,
    _EP_GET_USER_RESOURCE_PERMISSION_LIST,
    _EP_GET_USER_RESOURCE_STRUCT,
    _EP_IS_ACTION_ALLOWED,
    _EP_LIST_AUTH_APPLICATION,
    _EP_LIST_COMMON_RESOURCE,
    _EP_LIST_RESOURCES,
    _EP_LIST_RESOURCE_TARGETS,
    _EP_RESET_USER_PRINCIPAL_AUTHENTICATION_INFO,
    _EP_UPDATE_APPLICATION_PERMISSION_STRATEGY,
    _EP_UPDATE_RESOURCE,
)
from genauth_async._options import request_options as _request_options

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack


class ResourcesMixin(_CompatBase[_Typed]):
    """Official management methods, area ``resources``: the official answers."""

    __slots__ = ()

    async def authorize_application_access(
        self,
        app_id: Any,
        list: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``authorize_application_access``: ``POST /api/v3/authorize-application-access``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_AUTHORIZE_APPLICATION_ACCESS, (app_id, list), None, _request_options(call_options),
        )

    async def authorize_resources(
        self,
        list: Any,
        namespace: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``authorize_resources``: ``POST /api/v3/authorize-resources``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_AUTHORIZE_RESOURCES, (list, namespace), None, _request_options(call_options),
        )

    async def batch_delete_common_resource(
        self,
        ids: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``batch_delete_common_resource``: ``POST /api/v3/delete-common-resources-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_BATCH_DELETE_COMMON_RESOURCE, (ids,), None, _request_options(call_options),
        )

    async def check_external_user_permission(
        self,
        resources: Any,
        action: Any,
        external_id: Any,
        namespace_code: Any,
        judge_condition_enabled: Any = None,
        auth_env_params: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``check_external_user_permission``: ``POST /api/v3/check-external-user-permission``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_CHECK_EXTERNAL_USER_PERMISSION, (resources, action, external_id, namespace_code, judge_condition_enabled, auth_env_params), None, _request_options(call_options),
        )

    async def check_permission(
        self,
        resources: Any,
        action: Any,
        user_id: Any,
        namespace_code: Any,
        judge_condition_enabled: Any = None,
        auth_env_params: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``check_permission``: ``POST /api/v3/check-permission``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_CHECK_PERMISSION, (resources, action, user_id, namespace_code, judge_condition_enabled, auth_env_params), None, _request_options(call_options),
        )

    async def check_user_same_level_permission(
        self,
        resource_node_codes: Any,
        resource: Any,
        action: Any,
        user_id: Any,
        namespace_code: Any,
        judge_condition_enabled: Any = None,
        auth_env_params: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``check_user_same_level_permission``: ``POST /api/v3/check-user-same-level-permission``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_CHECK_USER_SAME_LEVEL_PERMISSION, (resource_node_codes, resource, action, user_id, namespace_code, judge_condition_enabled, auth_env_params), None, _request_options(call_options),
        )

    async def create_resource(
        self,
        type: Any,
        code: Any,
        description: Any = None,
        name: Any = None,
        actions: Any = None,
        api_identifier: Any = None,
        namespace: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_resource``: ``POST /api/v3/create-resource``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_CREATE_RESOURCE, (type, code, description, name, actions, api_identifier, namespace), None, _request_options(call_options),
        )

    async def create_resources_batch(
        self,
        list: Any,
        namespace: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_resources_batch``: ``POST /api/v3/create-resources-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_CREATE_RESOURCES_BATCH, (list, namespace), None, _request_options(call_options),
        )

    async def delete_auth(
        self,
        auth_ids: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_auth``: ``DELETE /api/v3/batch-applications-auth``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_DELETE_AUTH, (auth_ids,), None, _request_options(call_options),
        )

    async def delete_resource(
        self,
        code: Any,
        namespace: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_resource``: ``POST /api/v3/delete-resource``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_DELETE_RESOURCE, (code, namespace), None, _request_options(call_options),
        )

    async def delete_resources_batch(
        self,
        namespace: Any = None,
        code_list: Any = None,
        ids: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_resources_batch``: ``POST /api/v3/delete-resources-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_DELETE_RESOURCES_BATCH, (namespace, code_list, ids), None, _request_options(call_options),
        )

    async def enabled_auth(
        self,
        enabled: Any,
        id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``enabled_auth``: ``POST /api/v3/update-auth-enabled``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_ENABLED_AUTH, (enabled, id), None, _request_options(call_options),
        )

    async def get_application_permission_strategy(
        self,
        app_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_application_permission_strategy``: ``GET /api/v3/get-application-permission-strategy``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_APPLICATION_PERMISSION_STRATEGY, (app_id,), None, _request_options(call_options),
        )

    async def get_authorized_resources(
        self,
        target_type: Any,
        target_identifier: Any,
        namespace: Any = None,
        resource_type: Any = None,
        resource_list: Any = None,
        with_denied: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_authorized_resources``: ``GET /api/v3/get-authorized-resources``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_AUTHORIZED_RESOURCES, (target_type, target_identifier, namespace, resource_type, resource_list, with_denied), None, _request_options(call_options),
        )

    async def get_external_user_resource_struct(
        self,
        resource_code: Any,
        external_id: Any,
        namespace_code: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_external_user_resource_struct``: ``POST /api/v3/get-external-user-resource-struct``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_EXTERNAL_USER_RESOURCE_STRUCT, (resource_code, external_id, namespace_code), None, _request_options(call_options),
        )

    async def get_group_authorized_resources(
        self,
        code: Any,
        namespace: Any = None,
        resource_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_group_authorized_resources``: ``GET /api/v3/get-group-authorized-resources``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_GROUP_AUTHORIZED_RESOURCES, (code, namespace, resource_type), None, _request_options(call_options),
        )

    async def get_resource(
        self,
        code: Any,
        namespace: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_resource``: ``GET /api/v3/get-resource``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_RESOURCE, (code, namespace), None, _request_options(call_options),
        )

    async def get_resource_authorized_targets(
        self,
        resource: Any,
        namespace: Any = None,
        target_type: Any = None,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_resource_authorized_targets``: ``POST /api/v3/get-resource-authorized-targets``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_RESOURCE_AUTHORIZED_TARGETS, (resource, namespace, target_type, page, limit), None, _request_options(call_options),
        )

    async def get_resources_batch(
        self,
        code_list: Any,
        namespace: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_resources_batch``: ``GET /api/v3/get-resources-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_RESOURCES_BATCH, (code_list, namespace), None, _request_options(call_options),
        )

    async def get_user_authorized_apps(
        self,
        user_id: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_authorized_apps``: ``GET /api/v3/get-user-authorized-apps``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_USER_AUTHORIZED_APPS, (user_id, user_id_type), None, _request_options(call_options),
        )

    async def get_user_authorized_resources(
        self,
        user_id: Any,
        user_id_type: Any = None,
        namespace: Any = None,
        resource_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_authorized_resources``: ``GET /api/v3/get-user-authorized-resources``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_USER_AUTHORIZED_RESOURCES, (user_id, user_id_type, namespace, resource_type), None, _request_options(call_options),
        )

    async def get_user_permission_list(
        self,
        user_ids: Any,
        namespace_codes: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_permission_list``: ``POST /api/v3/get-user-permission-list``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_USER_PERMISSION_LIST, (user_ids, namespace_codes), None, _request_options(call_options),
        )

    async def get_user_principal_authentication_info(
        self,
        user_id: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_principal_authentication_info``: ``GET /api/v3/get-user-principal-authentication-info``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_USER_PRINCIPAL_AUTHENTICATION_INFO, (user_id, user_id_type), None, _request_options(call_options),
        )

    async def get_user_resource_permission_list(
        self,
        resources: Any,
        user_id: Any,
        namespace_code: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_resource_permission_list``: ``POST /api/v3/get-user-resource-permission-list``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_USER_RESOURCE_PERMISSION_LIST, (resources, user_id, namespace_code), None, _request_options(call_options),
        )

    async def get_user_resource_struct(
        self,
        resource_code: Any,
        user_id: Any,
        namespace_code: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_resource_struct``: ``POST /api/v3/get-user-resource-struct``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_USER_RESOURCE_STRUCT, (resource_code, user_id, namespace_code), None, _request_options(call_options),
        )

    async def is_action_allowed(
        self,
        user_id: Any,
        action: Any,
        resource: Any,
        namespace: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``is_action_allowed``: ``POST /api/v3/is-action-allowed``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_IS_ACTION_ALLOWED, (user_id, action, resource, namespace), None, _request_options(call_options),
        )

    async def list_auth_application(
        self,
        app_id: Any,
        page: Any = None,
        limit: Any = None,
        target_name: Any = None,
        target_type_list: Any = None,
        effect: Any = None,
        enabled: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_auth_application``: ``POST /api/v3/list-applications-auth``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_LIST_AUTH_APPLICATION, (app_id, page, limit, target_name, target_type_list, effect, enabled), None, _request_options(call_options),
        )

    async def list_common_resource(
        self,
        page: Any = None,
        limit: Any = None,
        keyword: Any = None,
        namespace_code_list: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_common_resource``: ``GET /api/v3/list-common-resource``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_LIST_COMMON_RESOURCE, (page, limit, keyword, namespace_code_list), None, _request_options(call_options),
        )

    async def list_resource_targets(
        self,
        resources: Any,
        actions: Any,
        namespace_code: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_resource_targets``: ``POST /api/v3/list-resource-targets``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_LIST_RESOURCE_TARGETS, (resources, actions, namespace_code), None, _request_options(call_options),
        )

    async def list_resources(
        self,
        namespace: Any = None,
        type: Any = None,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_resources``: ``GET /api/v3/list-resources``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_LIST_RESOURCES, (namespace, type, page, limit), None, _request_options(call_options),
        )

    async def reset_user_principal_authentication_info(
        self,
        user_id: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``reset_user_principal_authentication_info``: ``POST /api/v3/reset-user-principal-authentication-info``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_RESET_USER_PRINCIPAL_AUTHENTICATION_INFO, (user_id, options), None, _request_options(call_options),
        )

    async def update_application_permission_strategy(
        self,
        permission_strategy: Any,
        app_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_application_permission_strategy``: ``POST /api/v3/update-application-permission-strategy``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_UPDATE_APPLICATION_PERMISSION_STRATEGY, (permission_strategy, app_id), None, _request_options(call_options),
        )

    async def update_resource(
        self,
        code: Any,
        description: Any = None,
        name: Any = None,
        actions: Any = None,
        api_identifier: Any = None,
        namespace: Any = None,
        type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_resource``: ``POST /api/v3/update-resource``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_UPDATE_RESOURCE, (code, description, name, actions, api_identifier, namespace, type), None, _request_options(call_options),
        )
