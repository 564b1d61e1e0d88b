# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Management API endpoints, area ``resources``."""

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
        AppDto, ApplicationPermissionRecordItem, AuthEnvParams, AuthorizeResourceItem,
        AuthorizedResourceDto, AuthorizedResourcePagingDto, CheckExternalUserPermissionDataDto,
        CheckPermissionDataDto, CheckUserSameLevelPermissionDataDto, CommonResourceDto,
        CommonResourcePagingDto, CreateResourceBatchItemDto, CreateResourceDtoType,
        GetApplicationPermissionStrategyDataDto, GetAuthorizedResourcesParamsResourceType,
        GetAuthorizedResourcesParamsTargetType, GetExternalUserResourceStructDataDto,
        GetGroupAuthorizedResourcesParamsResourceType, GetResourceAuthorizedTargetDataDto,
        GetResourceAuthorizedTargetsDtoTargetType, GetUserAuthorizedAppsParamsUserIdType,
        GetUserAuthorizedResourcesParamsResourceType, GetUserAuthorizedResourcesParamsUserIdType,
        GetUserPermissionListDataDto, GetUserPrincipalAuthenticationInfoParamsUserIdType,
        GetUserResourcePermissionListDataDto, GetUserResourceStructDataDto, IsActionAllowedDataDto,
        IsSuccessDto, ListApplicationAuthDataDto, ListApplicationAuthDtoEffect,
        ListApplicationAuthPaginatedDataDto, ListResourceTargetsDataDto, ListResourcesParamsType,
        PrincipalAuthenticationInfoPagingDto, ResetUserPrincipalAuthenticationInfoOptionsDto,
        ResourceAction, ResourceAuthorizedTargetDto, ResourceDto, ResourcePagingDto,
        UpdateApplicationPermissionStrategyDataDtoPermissionStrategy, UpdateResourceDtoType,
    )

_EP_AUTHORIZE_APPLICATION_ACCESS = Endpoint(
    "authorize_application_access",
    "POST",
    "/api/v3/authorize-application-access",
    (
        Param("app_id", "appId", "json", True, "str"),
        Param("list", "list", "json", True, "list", "dict"),
    ),
    idempotent=False,
)

_EP_AUTHORIZE_RESOURCES = Endpoint(
    "authorize_resources",
    "POST",
    "/api/v3/authorize-resources",
    (
        Param("list", "list", "json", True, "list", "dict"),
        Param("namespace", "namespace", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_BATCH_DELETE_COMMON_RESOURCE = Endpoint(
    "batch_delete_common_resource",
    "POST",
    "/api/v3/delete-common-resources-batch",
    (
        Param("ids", "ids", "json", True, "list", "str"),
    ),
    idempotent=False,
)

_EP_CHECK_EXTERNAL_USER_PERMISSION = Endpoint(
    "check_external_user_permission",
    "POST",
    "/api/v3/check-external-user-permission",
    (
        Param("resources", "resources", "json", True, "list", "str"),
        Param("action", "action", "json", True, "str"),
        Param("external_id", "externalId", "json", True, "str"),
        Param("namespace_code", "namespaceCode", "json", True, "str"),
        Param("judge_condition_enabled", "judgeConditionEnabled", "json", False, "bool"),
        Param("auth_env_params", "authEnvParams", "json", False, "dict"),
    ),
    idempotent=False,
)

_EP_CHECK_PERMISSION = Endpoint(
    "check_permission",
    "POST",
    "/api/v3/check-permission",
    (
        Param("resources", "resources", "json", True, "list", "str"),
        Param("action", "action", "json", True, "str"),
        Param("user_id", "userId", "json", True, "str"),
        Param("namespace_code", "namespaceCode", "json", True, "str"),
        Param("judge_condition_enabled", "judgeConditionEnabled", "json", False, "bool"),
        Param("auth_env_params", "authEnvParams", "json", False, "dict"),
    ),
    idempotent=False,
)

_EP_CHECK_USER_SAME_LEVEL_PERMISSION = Endpoint(
    "check_user_same_level_permission",
    "POST",
    "/api/v3/check-user-same-level-permission",
    (
        Param("resource_node_codes", "resourceNodeCodes", "json", True, "list", "str"),
        Param("resource", "resource", "json", True, "str"),
        Param("action", "action", "json", True, "str"),
        Param("user_id", "userId", "json", True, "str"),
        Param("namespace_code", "namespaceCode", "json", True, "str"),
        Param("judge_condition_enabled", "judgeConditionEnabled", "json", False, "bool"),
        Param("auth_env_params", "authEnvParams", "json", False, "dict"),
    ),
    idempotent=False,
)

_EP_CREATE_RESOURCE = Endpoint(
    "create_resource",
    "POST",
    "/api/v3/create-resource",
    (
        Param("type", "type", "json", True, "str", "any", ("DATA", "API", "MENU", "BUTTON", "UI")),
        Param("code", "code", "json", True, "str"),
        Param("description", "description", "json", False, "str"),
        Param("name", "name", "json", False, "str"),
        Param("actions", "actions", "json", False, "list", "dict"),
        Param("api_identifier", "apiIdentifier", "json", False, "str"),
        Param("namespace", "namespace", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_CREATE_RESOURCES_BATCH = Endpoint(
    "create_resources_batch",
    "POST",
    "/api/v3/create-resources-batch",
    (
        Param("list", "list", "json", True, "list", "dict"),
        Param("namespace", "namespace", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_DELETE_AUTH = Endpoint(
    "delete_auth",
    "DELETE",
    "/api/v3/batch-applications-auth",
    (
        Param("auth_ids", "authIds", "query", True, "list", "str"),
    ),
    idempotent=True,
)

_EP_DELETE_RESOURCE = Endpoint(
    "delete_resource",
    "POST",
    "/api/v3/delete-resource",
    (
        Param("code", "code", "json", True, "str"),
        Param("namespace", "namespace", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_DELETE_RESOURCES_BATCH = Endpoint(
    "delete_resources_batch",
    "POST",
    "/api/v3/delete-resources-batch",
    (
        Param("namespace", "namespace", "json", False, "str"),
        Param("code_list", "codeList", "json", False, "list", "str"),
        Param("ids", "ids", "json", False, "list", "str"),
    ),
    idempotent=False,
)

_EP_ENABLED_AUTH = Endpoint(
    "enabled_auth",
    "POST",
    "/api/v3/update-auth-enabled",
    (
        Param("enabled", "enabled", "json", True, "bool"),
        Param("id", "id", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_GET_APPLICATION_PERMISSION_STRATEGY = Endpoint(
    "get_application_permission_strategy",
    "GET",
    "/api/v3/get-application-permission-strategy",
    (
        Param("app_id", "appId", "query", True, "str"),
    ),
    idempotent=True,
)

_EP_GET_AUTHORIZED_RESOURCES = Endpoint(
    "get_authorized_resources",
    "GET",
    "/api/v3/get-authorized-resources",
    (
        Param("target_type", "targetType", "query", True, "str", "any", ("USER", "ROLE", "GROUP", "DEPARTMENT")),
        Param("target_identifier", "targetIdentifier", "query", True, "str"),
        Param("namespace", "namespace", "query", False, "str"),
        Param("resource_type", "resourceType", "query", False, "str", "any", ("DATA", "API", "MENU", "BUTTON", "UI")),
        Param("resource_list", "resourceList", "query", False, "list", "str"),
        Param("with_denied", "withDenied", "query", False, "bool"),
    ),
    idempotent=True,
)

_EP_GET_EXTERNAL_USER_RESOURCE_STRUCT = Endpoint(
    "get_external_user_resource_struct",
    "POST",
    "/api/v3/get-external-user-resource-struct",
    (
        Param("resource_code", "resourceCode", "json", True, "str"),
        Param("external_id", "externalId", "json", True, "str"),
        Param("namespace_code", "namespaceCode", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_GET_GROUP_AUTHORIZED_RESOURCES = Endpoint(
    "get_group_authorized_resources",
    "GET",
    "/api/v3/get-group-authorized-resources",
    (
        Param("code", "code", "query", True, "str"),
        Param("namespace", "namespace", "query", False, "str"),
        Param("resource_type", "resourceType", "query", False, "str", "any", ("DATA", "API", "MENU", "BUTTON", "UI")),
    ),
    idempotent=True,
)

_EP_GET_RESOURCE = Endpoint(
    "get_resource",
    "GET",
    "/api/v3/get-resource",
    (
        Param("code", "code", "query", True, "str"),
        Param("namespace", "namespace", "query", False, "str"),
    ),
    idempotent=True,
)

_EP_GET_RESOURCE_AUTHORIZED_TARGETS = Endpoint(
    "get_resource_authorized_targets",
    "POST",
    "/api/v3/get-resource-authorized-targets",
    (
        Param("resource", "resource", "json", True, "str"),
        Param("namespace", "namespace", "json", False, "str"),
        Param("target_type", "targetType", "json", False, "str", "any", ("USER", "ROLE", "GROUP", "DEPARTMENT")),
        Param("page", "page", "json", False, "int"),
        Param("limit", "limit", "json", False, "int"),
    ),
    idempotent=False,
)

_EP_GET_RESOURCES_BATCH = Endpoint(
    "get_resources_batch",
    "GET",
    "/api/v3/get-resources-batch",
    (
        Param("code_list", "codeList", "query", True, "list", "str"),
        Param("namespace", "namespace", "query", False, "str"),
    ),
    idempotent=True,
)

_EP_GET_USER_AUTHORIZED_APPS = Endpoint(
    "get_user_authorized_apps",
    "GET",
    "/api/v3/get-user-authorized-apps",
    (
        Param("user_id", "userId", "query", True, "str"),
        Param("user_id_type", "userIdType", "query", False, "str", "any", ("user_id", "external_id", "phone", "email", "username", "identity", "sync_relation", "custom_field")),
    ),
    idempotent=True,
)

_EP_GET_USER_AUTHORIZED_RESOURCES = Endpoint(
    "get_user_authorized_resources",
    "GET",
    "/api/v3/get-user-authorized-resources",
    (
        Param("user_id", "userId", "query", True, "str"),
        Param("user_id_type", "userIdType", "query", False, "str", "any", ("user_id", "external_id", "phone", "email", "username", "identity", "sync_relation", "custom_field")),
        Param("namespace", "namespace", "query", False, "str"),
        Param("resource_type", "resourceType", "query", False, "str", "any", ("DATA", "API", "MENU", "BUTTON", "UI")),
    ),
    idempotent=True,
)

_EP_GET_USER_PERMISSION_LIST = Endpoint(
    "get_user_permission_list",
    "POST",
    "/api/v3/get-user-permission-list",
    (
        Param("user_ids", "userIds", "json", True, "list", "str"),
        Param("namespace_codes", "namespaceCodes", "json", False, "list", "str"),
    ),
    idempotent=False,
)

_EP_GET_USER_PRINCIPAL_AUTHENTICATION_INFO = Endpoint(
    "get_user_principal_authentication_info",
    "GET",
    "/api/v3/get-user-principal-authentication-info",
    (
        Param("user_id", "userId", "query", True, "str"),
        Param("user_id_type", "userIdType", "query", False, "str", "any", ("user_id", "external_id", "phone", "email", "username", "identity", "sync_relation", "custom_field")),
    ),
    idempotent=True,
)

_EP_GET_USER_RESOURCE_PERMISSION_LIST = Endpoint(
    "get_user_resource_permission_list",
    "POST",
    "/api/v3/get-user-resource-permission-list",
    (
        Param("resources", "resources", "json", True, "list", "str"),
        Param("user_id", "userId", "json", True, "str"),
        Param("namespace_code", "namespaceCode", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_GET_USER_RESOURCE_STRUCT = Endpoint(
    "get_user_resource_struct",
    "POST",
    "/api/v3/get-user-resource-struct",
    (
        Param("resource_code", "resourceCode", "json", True, "str"),
        Param("user_id", "userId", "json", True, "str"),
        Param("namespace_code", "namespaceCode", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_IS_ACTION_ALLOWED = Endpoint(
    "is_action_allowed",
    "POST",
    "/api/v3/is-action-allowed",
    (
        Param("user_id", "userId", "json", True, "str"),
        Param("action", "action", "json", True, "str"),
        Param("resource", "resource", "json", True, "str"),
        Param("namespace", "namespace", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_LIST_AUTH_APPLICATION = Endpoint(
    "list_auth_application",
    "POST",
    "/api/v3/list-applications-auth",
    (
        Param("app_id", "appId", "json", True, "str"),
        Param("page", "page", "json", False, "int"),
        Param("limit", "limit", "json", False, "int"),
        Param("target_name", "targetName", "json", False, "str"),
        Param("target_type_list", "targetTypeList", "json", False, "list", "str"),
        Param("effect", "effect", "json", False, "str", "any", ("ALLOW", "DENY")),
        Param("enabled", "enabled", "json", False, "bool"),
    ),
    idempotent=False,
)

_EP_LIST_COMMON_RESOURCE = Endpoint(
    "list_common_resource",
    "GET",
    "/api/v3/list-common-resource",
    (
        Param("page", "page", "query", False, "int"),
        Param("limit", "limit", "query", False, "int"),
        Param("keyword", "keyword", "query", False, "str"),
        Param("namespace_code_list", "namespaceCodeList", "query", False, "str"),
    ),
    idempotent=True,
)

_EP_LIST_RESOURCE_TARGETS = Endpoint(
    "list_resource_targets",
    "POST",
    "/api/v3/list-resource-targets",
    (
        Param("resources", "resources", "json", True, "list", "str"),
        Param("actions", "actions", "json", True, "list", "str"),
        Param("namespace_code", "namespaceCode", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_LIST_RESOURCES = Endpoint(
    "list_resources",
    "GET",
    "/api/v3/list-resources",
    (
        Param("namespace", "namespace", "query", False, "str"),
        Param("type", "type", "query", False, "str", "any", ("DATA", "API", "MENU", "BUTTON", "UI")),
        Param("page", "page", "query", False, "int"),
        Param("limit", "limit", "query", False, "int"),
    ),
    idempotent=True,
)

_EP_RESET_USER_PRINCIPAL_AUTHENTICATION_INFO = Endpoint(
    "reset_user_principal_authentication_info",
    "POST",
    "/api/v3/reset-user-principal-authentication-info",
    (
        Param("user_id", "userId", "json", True, "str"),
        Param("options", "options", "json", False, "dict"),
    ),
    idempotent=False,
)

_EP_UPDATE_APPLICATION_PERMISSION_STRATEGY = Endpoint(
    "update_application_permission_strategy",
    "POST",
    "/api/v3/update-application-permission-strategy",
    (
        Param("permission_strategy", "permissionStrategy", "json", True, "str", "any", ("ALLOW_ALL", "DENY_ALL")),
        Param("app_id", "appId", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_UPDATE_RESOURCE = Endpoint(
    "update_resource",
    "POST",
    "/api/v3/update-resource",
    (
        Param("code", "code", "json", True, "str"),
        Param("description", "description", "json", False, "str"),
        Param("name", "name", "json", False, "str"),
        Param("actions", "actions", "json", False, "list", "dict"),
        Param("api_identifier", "apiIdentifier", "json", False, "str"),
        Param("namespace", "namespace", "json", False, "str"),
        Param("type", "type", "json", False, "str", "any", ("DATA", "API", "MENU", "BUTTON", "UI")),
    ),
    idempotent=False,
)


class ResourcesMixin(_Caller):
    """Management API, area ``resources``: 33 endpoints."""

    __slots__ = ()

    async def authorize_application_access(
        self,
        app_id: str,
        list: List[ApplicationPermissionRecordItem | Mapping[str, Any]],
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/authorize-application-access`` -> ``IsSuccessDto``.

        Official python name, Node ``authorizeApplicationAccess``; area ``resources``.

        Parameters (name: wire name, location):
            app_id: ``appId``, json, required
            list: ``list``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_AUTHORIZE_APPLICATION_ACCESS,
            (
                app_id,
                list,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def authorize_resources(
        self,
        list: List[AuthorizeResourceItem | Mapping[str, Any]],
        namespace: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/authorize-resources`` -> ``IsSuccessDto``.

        Official python name, Node ``authorizeResources``; area ``resources``.

        Parameters (name: wire name, location):
            list: ``list``, json, required
            namespace: ``namespace``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_AUTHORIZE_RESOURCES,
            (
                list,
                namespace,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def batch_delete_common_resource(
        self,
        ids: List[str],
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/delete-common-resources-batch`` -> ``IsSuccessDto``.

        Official python name, Node ``batchDeleteCommonResource``; area ``resources``.

        Parameters (name: wire name, location):
            ids: ``ids``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_BATCH_DELETE_COMMON_RESOURCE,
            (ids,),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def check_external_user_permission(
        self,
        resources: List[str],
        action: str,
        external_id: str,
        namespace_code: str,
        judge_condition_enabled: bool | None = None,
        auth_env_params: AuthEnvParams | Mapping[str, Any] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> CheckExternalUserPermissionDataDto:
        """``POST /api/v3/check-external-user-permission`` -> ``CheckExternalUserPermissionDataDto``.

        Official python name, Node ``checkExternalUserPermission``; area ``resources``.

        Parameters (name: wire name, location):
            resources: ``resources``, json, required
            action: ``action``, json, required
            external_id: ``externalId``, json, required
            namespace_code: ``namespaceCode``, json, required
            judge_condition_enabled: ``judgeConditionEnabled``, json
            auth_env_params: ``authEnvParams``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_CHECK_EXTERNAL_USER_PERMISSION,
            (
                resources,
                action,
                external_id,
                namespace_code,
                judge_condition_enabled,
                auth_env_params,
            ),
            "CheckExternalUserPermissionDataDto",
            _request_options(call_options),
        )

    async def check_permission(
        self,
        resources: List[str],
        action: str,
        user_id: str,
        namespace_code: str,
        judge_condition_enabled: bool | None = None,
        auth_env_params: AuthEnvParams | Mapping[str, Any] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> CheckPermissionDataDto:
        """``POST /api/v3/check-permission`` -> ``CheckPermissionDataDto``.

        Official python name, Node ``checkPermission``; area ``resources``.

        Parameters (name: wire name, location):
            resources: ``resources``, json, required
            action: ``action``, json, required
            user_id: ``userId``, json, required
            namespace_code: ``namespaceCode``, json, required
            judge_condition_enabled: ``judgeConditionEnabled``, json
            auth_env_params: ``authEnvParams``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_CHECK_PERMISSION,
            (
                resources,
                action,
                user_id,
                namespace_code,
                judge_condition_enabled,
                auth_env_params,
            ),
            "CheckPermissionDataDto",
            _request_options(call_options),
        )

    async def check_user_same_level_permission(
        self,
        resource_node_codes: List[str],
        resource: str,
        action: str,
        user_id: str,
        namespace_code: str,
        judge_condition_enabled: bool | None = None,
        auth_env_params: AuthEnvParams | Mapping[str, Any] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> CheckUserSameLevelPermissionDataDto:
        """``POST /api/v3/check-user-same-level-permission`` -> ``CheckUserSameLevelPermissionDataDto``.

        Official python name, Node ``checkUserSameLevelPermission``; area ``resources``.

        Parameters (name: wire name, location):
            resource_node_codes: ``resourceNodeCodes``, json, required
            resource: ``resource``, json, required
            action: ``action``, json, required
            user_id: ``userId``, json, required
            namespace_code: ``namespaceCode``, json, required
            judge_condition_enabled: ``judgeConditionEnabled``, json
            auth_env_params: ``authEnvParams``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_CHECK_USER_SAME_LEVEL_PERMISSION,
            (
                resource_node_codes,
                resource,
                action,
                user_id,
                namespace_code,
                judge_condition_enabled,
                auth_env_params,
            ),
            "CheckUserSameLevelPermissionDataDto",
            _request_options(call_options),
        )

    async def create_resource(
        self,
        type: CreateResourceDtoType | str,
        code: str,
        description: str | None = None,
        name: str | None = None,
        actions: List[ResourceAction | Mapping[str, Any]] | None = None,
        api_identifier: str | None = None,
        namespace: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> ResourceDto:
        """``POST /api/v3/create-resource`` -> ``ResourceDto``.

        Official python name, Node ``createResource``; area ``resources``.

        Parameters (name: wire name, location):
            type: ``type``, json, required
            code: ``code``, json, required
            description: ``description``, json
            name: ``name``, json
            actions: ``actions``, json
            api_identifier: ``apiIdentifier``, json
            namespace: ``namespace``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_CREATE_RESOURCE,
            (
                type,
                code,
                description,
                name,
                actions,
                api_identifier,
                namespace,
            ),
            "ResourceDto",
            _request_options(call_options),
        )

    async def create_resources_batch(
        self,
        list: List[CreateResourceBatchItemDto | Mapping[str, Any]],
        namespace: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/create-resources-batch`` -> ``IsSuccessDto``.

        Official python name, Node ``createResourcesBatch``; area ``resources``.

        Parameters (name: wire name, location):
            list: ``list``, json, required
            namespace: ``namespace``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_CREATE_RESOURCES_BATCH,
            (
                list,
                namespace,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def delete_auth(
        self,
        auth_ids: Sequence[str] | str,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``DELETE /api/v3/batch-applications-auth`` -> ``IsSuccessDto``.

        Official python name, Node ``deleteAuth``; area ``resources``.

        Parameters (name: wire name, location):
            auth_ids: ``authIds``, query, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_DELETE_AUTH,
            (auth_ids,),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def delete_resource(
        self,
        code: str,
        namespace: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/delete-resource`` -> ``IsSuccessDto``.

        Official python name, Node ``deleteResource``; area ``resources``.

        Parameters (name: wire name, location):
            code: ``code``, json, required
            namespace: ``namespace``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_DELETE_RESOURCE,
            (
                code,
                namespace,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def delete_resources_batch(
        self,
        namespace: str | None = None,
        code_list: List[str] | None = None,
        ids: List[str] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/delete-resources-batch`` -> ``IsSuccessDto``.

        Official python name, Node ``deleteResourcesBatch``; area ``resources``.

        Parameters (name: wire name, location):
            namespace: ``namespace``, json
            code_list: ``codeList``, json
            ids: ``ids``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_DELETE_RESOURCES_BATCH,
            (
                namespace,
                code_list,
                ids,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def enabled_auth(
        self,
        enabled: bool,
        id: str,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/update-auth-enabled`` -> ``IsSuccessDto``.

        Official python name, Node ``enabledAuth``; area ``resources``.

        Parameters (name: wire name, location):
            enabled: ``enabled``, json, required
            id: ``id``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_ENABLED_AUTH,
            (
                enabled,
                id,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def get_application_permission_strategy(
        self,
        app_id: str,
        **call_options: Unpack[CallOptions],
    ) -> GetApplicationPermissionStrategyDataDto:
        """``GET /api/v3/get-application-permission-strategy`` -> ``GetApplicationPermissionStrategyDataDto``.

        Official python name, Node ``getApplicationPermissionStrategy``; area ``resources``.

        Parameters (name: wire name, location):
            app_id: ``appId``, query, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_APPLICATION_PERMISSION_STRATEGY,
            (app_id,),
            "GetApplicationPermissionStrategyDataDto",
            _request_options(call_options),
        )

    async def get_authorized_resources(
        self,
        target_type: GetAuthorizedResourcesParamsTargetType | str,
        target_identifier: str,
        namespace: str | None = None,
        resource_type: GetAuthorizedResourcesParamsResourceType | str | None = None,
        resource_list: Sequence[str] | str | None = None,
        with_denied: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AuthorizedResourcePagingDto:
        """``GET /api/v3/get-authorized-resources`` -> ``AuthorizedResourcePagingDto``.

        Official python name, Node ``getAuthorizedResources``; area ``resources``.

        Parameters (name: wire name, location):
            target_type: ``targetType``, query, required
            target_identifier: ``targetIdentifier``, query, required
            namespace: ``namespace``, query
            resource_type: ``resourceType``, query
            resource_list: ``resourceList``, query
            with_denied: ``withDenied``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_AUTHORIZED_RESOURCES,
            (
                target_type,
                target_identifier,
                namespace,
                resource_type,
                resource_list,
                with_denied,
            ),
            "AuthorizedResourcePagingDto",
            _request_options(call_options),
        )

    async def get_external_user_resource_struct(
        self,
        resource_code: str,
        external_id: str,
        namespace_code: str,
        **call_options: Unpack[CallOptions],
    ) -> GetExternalUserResourceStructDataDto:
        """``POST /api/v3/get-external-user-resource-struct`` -> ``GetExternalUserResourceStructDataDto``.

        Official python name, Node ``getExternalUserResourceStruct``; area ``resources``.

        Parameters (name: wire name, location):
            resource_code: ``resourceCode``, json, required
            external_id: ``externalId``, json, required
            namespace_code: ``namespaceCode``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_EXTERNAL_USER_RESOURCE_STRUCT,
            (
                resource_code,
                external_id,
                namespace_code,
            ),
            "GetExternalUserResourceStructDataDto",
            _request_options(call_options),
        )

    async def get_group_authorized_resources(
        self,
        code: str,
        namespace: str | None = None,
        resource_type: GetGroupAuthorizedResourcesParamsResourceType | str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> List[AuthorizedResourceDto]:
        """``GET /api/v3/get-group-authorized-resources`` -> ``list[AuthorizedResourceDto]``.

        Official python name, Node ``getGroupAuthorizedResources``; area ``resources``.

        Parameters (name: wire name, location):
            code: ``code``, query, required
            namespace: ``namespace``, query
            resource_type: ``resourceType``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_GROUP_AUTHORIZED_RESOURCES,
            (
                code,
                namespace,
                resource_type,
            ),
            "list[AuthorizedResourceDto]",
            _request_options(call_options),
        )

    async def get_resource(
        self,
        code: str,
        namespace: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> ResourceDto:
        """``GET /api/v3/get-resource`` -> ``ResourceDto``.

        Official python name, Node ``getResource``; area ``resources``.

        Parameters (name: wire name, location):
            code: ``code``, query, required
            namespace: ``namespace``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_RESOURCE,
            (
                code,
                namespace,
            ),
            "ResourceDto",
            _request_options(call_options),
        )

    async def get_resource_authorized_targets(
        self,
        resource: str,
        namespace: str | None = None,
        target_type: GetResourceAuthorizedTargetsDtoTargetType | str | None = None,
        page: int | None = None,
        limit: int | None = None,
        **call_options: Unpack[CallOptions],
    ) -> GetResourceAuthorizedTargetDataDto:
        """``POST /api/v3/get-resource-authorized-targets`` -> ``GetResourceAuthorizedTargetDataDto``.

        Official python name, Node ``getResourceAuthorizedTargets``; area ``resources``.

        Parameters (name: wire name, location):
            resource: ``resource``, json, required
            namespace: ``namespace``, json
            target_type: ``targetType``, json
            page: ``page``, json
            limit: ``limit``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_RESOURCE_AUTHORIZED_TARGETS,
            (
                resource,
                namespace,
                target_type,
                page,
                limit,
            ),
            "GetResourceAuthorizedTargetDataDto",
            _request_options(call_options),
        )

    def iter_get_resource_authorized_targets(
        self,
        resource: str,
        namespace: str | None = None,
        target_type: GetResourceAuthorizedTargetsDtoTargetType | str | None = None,
        limit: int | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[ResourceAuthorizedTargetDto]:
        """Every item of ``get_resource_authorized_targets``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.get_resource_authorized_targets(
                page=page,
                resource=resource,
                namespace=namespace,
                target_type=target_type,
                limit=limit,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )

    async def get_resources_batch(
        self,
        code_list: Sequence[str] | str,
        namespace: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> List[ResourceDto]:
        """``GET /api/v3/get-resources-batch`` -> ``list[ResourceDto]``.

        Official python name, Node ``getResourcesBatch``; area ``resources``.

        Parameters (name: wire name, location):
            code_list: ``codeList``, query, required
            namespace: ``namespace``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_RESOURCES_BATCH,
            (
                code_list,
                namespace,
            ),
            "list[ResourceDto]",
            _request_options(call_options),
        )

    async def get_user_authorized_apps(
        self,
        user_id: str,
        user_id_type: GetUserAuthorizedAppsParamsUserIdType | str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> List[AppDto]:
        """``GET /api/v3/get-user-authorized-apps`` -> ``list[AppDto]``.

        Official python name, Node ``getUserAuthorizedApps``; area ``resources``.

        Parameters (name: wire name, location):
            user_id: ``userId``, query, required
            user_id_type: ``userIdType``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_USER_AUTHORIZED_APPS,
            (
                user_id,
                user_id_type,
            ),
            "list[AppDto]",
            _request_options(call_options),
        )

    async def get_user_authorized_resources(
        self,
        user_id: str,
        user_id_type: GetUserAuthorizedResourcesParamsUserIdType | str | None = None,
        namespace: str | None = None,
        resource_type: GetUserAuthorizedResourcesParamsResourceType | str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AuthorizedResourcePagingDto:
        """``GET /api/v3/get-user-authorized-resources`` -> ``AuthorizedResourcePagingDto``.

        Official python name, Node ``getUserAuthorizedResources``; area ``resources``.

        Parameters (name: wire name, location):
            user_id: ``userId``, query, required
            user_id_type: ``userIdType``, query
            namespace: ``namespace``, query
            resource_type: ``resourceType``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_USER_AUTHORIZED_RESOURCES,
            (
                user_id,
                user_id_type,
                namespace,
                resource_type,
            ),
            "AuthorizedResourcePagingDto",
            _request_options(call_options),
        )

    async def get_user_permission_list(
        self,
        user_ids: List[str],
        namespace_codes: List[str] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> GetUserPermissionListDataDto:
        """``POST /api/v3/get-user-permission-list`` -> ``GetUserPermissionListDataDto``.

        Official python name, Node ``getUserPermissionList``; area ``resources``.

        Parameters (name: wire name, location):
            user_ids: ``userIds``, json, required
            namespace_codes: ``namespaceCodes``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_USER_PERMISSION_LIST,
            (
                user_ids,
                namespace_codes,
            ),
            "GetUserPermissionListDataDto",
            _request_options(call_options),
        )

    async def get_user_principal_authentication_info(
        self,
        user_id: str,
        user_id_type: GetUserPrincipalAuthenticationInfoParamsUserIdType | str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> PrincipalAuthenticationInfoPagingDto:
        """``GET /api/v3/get-user-principal-authentication-info`` -> ``PrincipalAuthenticationInfoPagingDto``.

        Official python name, Node ``getUserPrincipalAuthenticationInfo``; area ``resources``.

        Parameters (name: wire name, location):
            user_id: ``userId``, query, required
            user_id_type: ``userIdType``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_USER_PRINCIPAL_AUTHENTICATION_INFO,
            (
                user_id,
                user_id_type,
            ),
            "PrincipalAuthenticationInfoPagingDto",
            _request_options(call_options),
        )

    async def get_user_resource_permission_list(
        self,
        resources: List[str],
        user_id: str,
        namespace_code: str,
        **call_options: Unpack[CallOptions],
    ) -> GetUserResourcePermissionListDataDto:
        """``POST /api/v3/get-user-resource-permission-list`` -> ``GetUserResourcePermissionListDataDto``.

        Official python name, Node ``getUserResourcePermissionList``; area ``resources``.

        Parameters (name: wire name, location):
            resources: ``resources``, json, required
            user_id: ``userId``, json, required
            namespace_code: ``namespaceCode``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_USER_RESOURCE_PERMISSION_LIST,
            (
                resources,
                user_id,
                namespace_code,
            ),
            "GetUserResourcePermissionListDataDto",
            _request_options(call_options),
        )

    async def get_user_resource_struct(
        self,
        resource_code: str,
        user_id: str,
        namespace_code: str,
        **call_options: Unpack[CallOptions],
    ) -> GetUserResourceStructDataDto:
        """``POST /api/v3/get-user-resource-struct`` -> ``GetUserResourceStructDataDto``.

        Official python name, Node ``getUserResourceStruct``; area ``resources``.

        Parameters (name: wire name, location):
            resource_code: ``resourceCode``, json, required
            user_id: ``userId``, json, required
            namespace_code: ``namespaceCode``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_USER_RESOURCE_STRUCT,
            (
                resource_code,
                user_id,
                namespace_code,
            ),
            "GetUserResourceStructDataDto",
            _request_options(call_options),
        )

    async def is_action_allowed(
        self,
        user_id: str,
        action: str,
        resource: str,
        namespace: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> IsActionAllowedDataDto:
        """``POST /api/v3/is-action-allowed`` -> ``IsActionAllowedDataDto``.

        Official python name, Node ``isActionAllowed``; area ``resources``.

        Parameters (name: wire name, location):
            user_id: ``userId``, json, required
            action: ``action``, json, required
            resource: ``resource``, json, required
            namespace: ``namespace``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_IS_ACTION_ALLOWED,
            (
                user_id,
                action,
                resource,
                namespace,
            ),
            "IsActionAllowedDataDto",
            _request_options(call_options),
        )

    async def list_auth_application(
        self,
        app_id: str,
        page: int | None = None,
        limit: int | None = None,
        target_name: str | None = None,
        target_type_list: List[str] | None = None,
        effect: ListApplicationAuthDtoEffect | str | None = None,
        enabled: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> ListApplicationAuthPaginatedDataDto:
        """``POST /api/v3/list-applications-auth`` -> ``ListApplicationAuthPaginatedDataDto``.

        Official python name, Node ``listAuthApplication``; area ``resources``.

        Parameters (name: wire name, location):
            app_id: ``appId``, json, required
            page: ``page``, json
            limit: ``limit``, json
            target_name: ``targetName``, json
            target_type_list: ``targetTypeList``, json
            effect: ``effect``, json
            enabled: ``enabled``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_AUTH_APPLICATION,
            (
                app_id,
                page,
                limit,
                target_name,
                target_type_list,
                effect,
                enabled,
            ),
            "ListApplicationAuthPaginatedDataDto",
            _request_options(call_options),
        )

    def iter_list_auth_application(
        self,
        app_id: str,
        limit: int | None = None,
        target_name: str | None = None,
        target_type_list: List[str] | None = None,
        effect: ListApplicationAuthDtoEffect | str | None = None,
        enabled: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[ListApplicationAuthDataDto]:
        """Every item of ``list_auth_application``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.list_auth_application(
                page=page,
                app_id=app_id,
                limit=limit,
                target_name=target_name,
                target_type_list=target_type_list,
                effect=effect,
                enabled=enabled,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )

    async def list_common_resource(
        self,
        page: int | None = None,
        limit: int | None = None,
        keyword: str | None = None,
        namespace_code_list: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> CommonResourcePagingDto:
        """``GET /api/v3/list-common-resource`` -> ``CommonResourcePagingDto``.

        Official python name, Node ``listCommonResource``; area ``resources``.

        Parameters (name: wire name, location):
            page: ``page``, query
            limit: ``limit``, query
            keyword: ``keyword``, query
            namespace_code_list: ``namespaceCodeList``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_COMMON_RESOURCE,
            (
                page,
                limit,
                keyword,
                namespace_code_list,
            ),
            "CommonResourcePagingDto",
            _request_options(call_options),
        )

    def iter_list_common_resource(
        self,
        limit: int | None = None,
        keyword: str | None = None,
        namespace_code_list: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[CommonResourceDto]:
        """Every item of ``list_common_resource``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.list_common_resource(
                page=page,
                limit=limit,
                keyword=keyword,
                namespace_code_list=namespace_code_list,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )

    async def list_resource_targets(
        self,
        resources: List[str],
        actions: List[str],
        namespace_code: str,
        **call_options: Unpack[CallOptions],
    ) -> ListResourceTargetsDataDto:
        """``POST /api/v3/list-resource-targets`` -> ``ListResourceTargetsDataDto``.

        Official python name, Node ``listResourceTargets``; area ``resources``.

        Parameters (name: wire name, location):
            resources: ``resources``, json, required
            actions: ``actions``, json, required
            namespace_code: ``namespaceCode``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_RESOURCE_TARGETS,
            (
                resources,
                actions,
                namespace_code,
            ),
            "ListResourceTargetsDataDto",
            _request_options(call_options),
        )

    async def list_resources(
        self,
        namespace: str | None = None,
        type: ListResourcesParamsType | str | None = None,
        page: int | None = None,
        limit: int | None = None,
        **call_options: Unpack[CallOptions],
    ) -> ResourcePagingDto:
        """``GET /api/v3/list-resources`` -> ``ResourcePagingDto``.

        Official python name, Node ``listResources``; area ``resources``.

        Parameters (name: wire name, location):
            namespace: ``namespace``, query
            type: ``type``, query
            page: ``page``, query
            limit: ``limit``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_RESOURCES,
            (
                namespace,
                type,
                page,
                limit,
            ),
            "ResourcePagingDto",
            _request_options(call_options),
        )

    def iter_list_resources(
        self,
        namespace: str | None = None,
        type: ListResourcesParamsType | str | None = None,
        limit: int | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[ResourceDto]:
        """Every item of ``list_resources``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.list_resources(
                page=page,
                namespace=namespace,
                type=type,
                limit=limit,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )

    async def reset_user_principal_authentication_info(
        self,
        user_id: str,
        options: ResetUserPrincipalAuthenticationInfoOptionsDto | Mapping[str, Any] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/reset-user-principal-authentication-info`` -> ``IsSuccessDto``.

        Official python name, Node ``resetUserPrincipalAuthenticationInfo``; area ``resources``.

        Parameters (name: wire name, location):
            user_id: ``userId``, json, required
            options: ``options``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_RESET_USER_PRINCIPAL_AUTHENTICATION_INFO,
            (
                user_id,
                options,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def update_application_permission_strategy(
        self,
        permission_strategy: UpdateApplicationPermissionStrategyDataDtoPermissionStrategy | str,
        app_id: str,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/update-application-permission-strategy`` -> ``IsSuccessDto``.

        Official python name, Node ``updateApplicationPermissionStrategy``; area ``resources``.

        Parameters (name: wire name, location):
            permission_strategy: ``permissionStrategy``, json, required
            app_id: ``appId``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_UPDATE_APPLICATION_PERMISSION_STRATEGY,
            (
                permission_strategy,
                app_id,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def update_resource(
        self,
        code: str,
        description: str | None = None,
        name: str | None = None,
        actions: List[ResourceAction | Mapping[str, Any]] | None = None,
        api_identifier: str | None = None,
        namespace: str | None = None,
        type: UpdateResourceDtoType | str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> ResourceDto:
        """``POST /api/v3/update-resource`` -> ``ResourceDto``.

        Official python name, Node ``updateResource``; area ``resources``.

        Parameters (name: wire name, location):
            code: ``code``, json, required
            description: ``description``, json
            name: ``name``, json
            actions: ``actions``, json
            api_identifier: ``apiIdentifier``, json
            namespace: ``namespace``, json
            type: ``type``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_UPDATE_RESOURCE,
            (
                code,
                description,
                name,
                actions,
                api_identifier,
                namespace,
                type,
            ),
            "ResourceDto",
            _request_options(call_options),
        )
