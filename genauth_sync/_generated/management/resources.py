# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Management API endpoints, area ``resources`` (sync facade)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any, List, TYPE_CHECKING

from genauth_sync._portal import SyncClient as _SyncClient

if TYPE_CHECKING:
    from genauth_async._generated.clients import ManagementClient as _AsyncManagementClient  # noqa: F401
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


class ResourcesMixin(_SyncClient["_AsyncManagementClient"]):
    """Management API, area ``resources``: 33 endpoints."""

    def authorize_application_access(
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
        return self._run_method(  # type: ignore[no-any-return]
            "authorize_application_access",
            (
                app_id,
                list,
            ),
            call_options,
        )

    def authorize_resources(
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
        return self._run_method(  # type: ignore[no-any-return]
            "authorize_resources",
            (
                list,
                namespace,
            ),
            call_options,
        )

    def batch_delete_common_resource(
        self,
        ids: List[str],
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/delete-common-resources-batch`` -> ``IsSuccessDto``.

        Official python name, Node ``batchDeleteCommonResource``; area ``resources``.

        Parameters (name: wire name, location):
            ids: ``ids``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "batch_delete_common_resource",
            (ids,),
            call_options,
        )

    def check_external_user_permission(
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
        return self._run_method(  # type: ignore[no-any-return]
            "check_external_user_permission",
            (
                resources,
                action,
                external_id,
                namespace_code,
                judge_condition_enabled,
                auth_env_params,
            ),
            call_options,
        )

    def check_permission(
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
        return self._run_method(  # type: ignore[no-any-return]
            "check_permission",
            (
                resources,
                action,
                user_id,
                namespace_code,
                judge_condition_enabled,
                auth_env_params,
            ),
            call_options,
        )

    def check_user_same_level_permission(
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
        return self._run_method(  # type: ignore[no-any-return]
            "check_user_same_level_permission",
            (
                resource_node_codes,
                resource,
                action,
                user_id,
                namespace_code,
                judge_condition_enabled,
                auth_env_params,
            ),
            call_options,
        )

    def create_resource(
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
        return self._run_method(  # type: ignore[no-any-return]
            "create_resource",
            (
                type,
                code,
                description,
                name,
                actions,
                api_identifier,
                namespace,
            ),
            call_options,
        )

    def create_resources_batch(
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
        return self._run_method(  # type: ignore[no-any-return]
            "create_resources_batch",
            (
                list,
                namespace,
            ),
            call_options,
        )

    def delete_auth(
        self,
        auth_ids: Sequence[str] | str,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``DELETE /api/v3/batch-applications-auth`` -> ``IsSuccessDto``.

        Official python name, Node ``deleteAuth``; area ``resources``.

        Parameters (name: wire name, location):
            auth_ids: ``authIds``, query, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "delete_auth",
            (auth_ids,),
            call_options,
        )

    def delete_resource(
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
        return self._run_method(  # type: ignore[no-any-return]
            "delete_resource",
            (
                code,
                namespace,
            ),
            call_options,
        )

    def delete_resources_batch(
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
        return self._run_method(  # type: ignore[no-any-return]
            "delete_resources_batch",
            (
                namespace,
                code_list,
                ids,
            ),
            call_options,
        )

    def enabled_auth(
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
        return self._run_method(  # type: ignore[no-any-return]
            "enabled_auth",
            (
                enabled,
                id,
            ),
            call_options,
        )

    def get_application_permission_strategy(
        self,
        app_id: str,
        **call_options: Unpack[CallOptions],
    ) -> GetApplicationPermissionStrategyDataDto:
        """``GET /api/v3/get-application-permission-strategy`` -> ``GetApplicationPermissionStrategyDataDto``.

        Official python name, Node ``getApplicationPermissionStrategy``; area ``resources``.

        Parameters (name: wire name, location):
            app_id: ``appId``, query, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_application_permission_strategy",
            (app_id,),
            call_options,
        )

    def get_authorized_resources(
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
        return self._run_method(  # type: ignore[no-any-return]
            "get_authorized_resources",
            (
                target_type,
                target_identifier,
                namespace,
                resource_type,
                resource_list,
                with_denied,
            ),
            call_options,
        )

    def get_external_user_resource_struct(
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
        return self._run_method(  # type: ignore[no-any-return]
            "get_external_user_resource_struct",
            (
                resource_code,
                external_id,
                namespace_code,
            ),
            call_options,
        )

    def get_group_authorized_resources(
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
        return self._run_method(  # type: ignore[no-any-return]
            "get_group_authorized_resources",
            (
                code,
                namespace,
                resource_type,
            ),
            call_options,
        )

    def get_resource(
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
        return self._run_method(  # type: ignore[no-any-return]
            "get_resource",
            (
                code,
                namespace,
            ),
            call_options,
        )

    def get_resource_authorized_targets(
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
        return self._run_method(  # type: ignore[no-any-return]
            "get_resource_authorized_targets",
            (
                resource,
                namespace,
                target_type,
                page,
                limit,
            ),
            call_options,
        )

    def iter_get_resource_authorized_targets(
        self,
        resource: str,
        namespace: str | None = None,
        target_type: GetResourceAuthorizedTargetsDtoTargetType | str | None = None,
        limit: int | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Iterator[ResourceAuthorizedTargetDto]:
        """Every item of ``get_resource_authorized_targets``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_get_resource_authorized_targets",
            (
                resource,
                namespace,
                target_type,
                limit,
            ),
            call_options,
        )

    def get_resources_batch(
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
        return self._run_method(  # type: ignore[no-any-return]
            "get_resources_batch",
            (
                code_list,
                namespace,
            ),
            call_options,
        )

    def get_user_authorized_apps(
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
        return self._run_method(  # type: ignore[no-any-return]
            "get_user_authorized_apps",
            (
                user_id,
                user_id_type,
            ),
            call_options,
        )

    def get_user_authorized_resources(
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
        return self._run_method(  # type: ignore[no-any-return]
            "get_user_authorized_resources",
            (
                user_id,
                user_id_type,
                namespace,
                resource_type,
            ),
            call_options,
        )

    def get_user_permission_list(
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
        return self._run_method(  # type: ignore[no-any-return]
            "get_user_permission_list",
            (
                user_ids,
                namespace_codes,
            ),
            call_options,
        )

    def get_user_principal_authentication_info(
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
        return self._run_method(  # type: ignore[no-any-return]
            "get_user_principal_authentication_info",
            (
                user_id,
                user_id_type,
            ),
            call_options,
        )

    def get_user_resource_permission_list(
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
        return self._run_method(  # type: ignore[no-any-return]
            "get_user_resource_permission_list",
            (
                resources,
                user_id,
                namespace_code,
            ),
            call_options,
        )

    def get_user_resource_struct(
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
        return self._run_method(  # type: ignore[no-any-return]
            "get_user_resource_struct",
            (
                resource_code,
                user_id,
                namespace_code,
            ),
            call_options,
        )

    def is_action_allowed(
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
        return self._run_method(  # type: ignore[no-any-return]
            "is_action_allowed",
            (
                user_id,
                action,
                resource,
                namespace,
            ),
            call_options,
        )

    def list_auth_application(
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
        return self._run_method(  # type: ignore[no-any-return]
            "list_auth_application",
            (
                app_id,
                page,
                limit,
                target_name,
                target_type_list,
                effect,
                enabled,
            ),
            call_options,
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
    ) -> Iterator[ListApplicationAuthDataDto]:
        """Every item of ``list_auth_application``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_list_auth_application",
            (
                app_id,
                limit,
                target_name,
                target_type_list,
                effect,
                enabled,
            ),
            call_options,
        )

    def list_common_resource(
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
        return self._run_method(  # type: ignore[no-any-return]
            "list_common_resource",
            (
                page,
                limit,
                keyword,
                namespace_code_list,
            ),
            call_options,
        )

    def iter_list_common_resource(
        self,
        limit: int | None = None,
        keyword: str | None = None,
        namespace_code_list: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Iterator[CommonResourceDto]:
        """Every item of ``list_common_resource``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_list_common_resource",
            (
                limit,
                keyword,
                namespace_code_list,
            ),
            call_options,
        )

    def list_resource_targets(
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
        return self._run_method(  # type: ignore[no-any-return]
            "list_resource_targets",
            (
                resources,
                actions,
                namespace_code,
            ),
            call_options,
        )

    def list_resources(
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
        return self._run_method(  # type: ignore[no-any-return]
            "list_resources",
            (
                namespace,
                type,
                page,
                limit,
            ),
            call_options,
        )

    def iter_list_resources(
        self,
        namespace: str | None = None,
        type: ListResourcesParamsType | str | None = None,
        limit: int | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Iterator[ResourceDto]:
        """Every item of ``list_resources``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_list_resources",
            (
                namespace,
                type,
                limit,
            ),
            call_options,
        )

    def reset_user_principal_authentication_info(
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
        return self._run_method(  # type: ignore[no-any-return]
            "reset_user_principal_authentication_info",
            (
                user_id,
                options,
            ),
            call_options,
        )

    def update_application_permission_strategy(
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
        return self._run_method(  # type: ignore[no-any-return]
            "update_application_permission_strategy",
            (
                permission_strategy,
                app_id,
            ),
            call_options,
        )

    def update_resource(
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
        return self._run_method(  # type: ignore[no-any-return]
            "update_resource",
            (
                code,
                description,
                name,
                actions,
                api_identifier,
                namespace,
                type,
            ),
            call_options,
        )
