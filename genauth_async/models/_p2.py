# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (PermissionNamespaceListPagingDto, ..., PipelineFunctionPagingDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum

if TYPE_CHECKING:
    from ._l1 import (
        LastExecuteStatus,
    )

__all__ = [
    "PermissionNamespaceListPagingDto", "PermissionNamespaceRolesListPaginatedRespDto",
    "PermissionNamespaceRolesListPagingDto", "PermissionNamespaceRolesListRespDto",
    "PermissionNamespacesListRespDto", "Person", "PipelineFunctionDto", "PipelineFunctionDtoScene",
    "PipelineFunctionDtoStatus", "PipelineFunctionPaginatedRespDto", "PipelineFunctionPagingDto",
]


@_attrs.define(kw_only=True, slots=True)
class PermissionNamespaceListPagingDto(WireBacked):
    """Wire model ``PermissionNamespaceListPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[PermissionNamespacesListRespDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[PermissionNamespacesListRespDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class PermissionNamespaceRolesListPaginatedRespDto(WireBacked):
    """Wire model ``PermissionNamespaceRolesListPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, PermissionNamespaceRolesListPagingDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: PermissionNamespaceRolesListPagingDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class PermissionNamespaceRolesListPagingDto(WireBacked):
    """Wire model ``PermissionNamespaceRolesListPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[PermissionNamespaceRolesListRespDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[PermissionNamespaceRolesListRespDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class PermissionNamespaceRolesListRespDto:
    """Wire model ``PermissionNamespaceRolesListRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        name: ``name``, str, required
        code: ``code``, str, required
        description: ``description``, str, optional
        namespace: ``namespace``, str, required
        updated_at: ``updatedAt``, str, required
    """

    name: str = _attrs.field(metadata={"wire": "name"})
    code: str = _attrs.field(metadata={"wire": "code"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
    namespace: str = _attrs.field(metadata={"wire": "namespace"})
    updated_at: str = _attrs.field(metadata={"wire": "updatedAt"})


@_attrs.define(kw_only=True, slots=True)
class PermissionNamespacesListRespDto:
    """Wire model ``PermissionNamespacesListRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        name: ``name``, str, required
        code: ``code``, str, required
        description: ``description``, str, optional
        status: ``status``, int, optional
    """

    name: str = _attrs.field(metadata={"wire": "name"})
    code: str = _attrs.field(metadata={"wire": "code"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
    status: int | None = _attrs.field(default=None, metadata={"wire": "status"})


@_attrs.define(kw_only=True, slots=True)
class Person:
    """Wire model ``Person`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        app_id: ``appId``, Any, optional
    """

    user_id: Any = _attrs.field(default=None, metadata={"wire": "userId"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    app_id: Any = _attrs.field(default=None, metadata={"wire": "appId"})


@_attrs.define(kw_only=True, slots=True)
class PipelineFunctionDto(WireBacked):
    """Wire model ``PipelineFunctionDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        func_id: ``funcId``, str, required
        func_name: ``funcName``, str, required
        func_description: ``funcDescription``, str, optional
        scene: ``scene``, PipelineFunctionDtoScene, required
        created_at: ``createdAt``, str, required
        updated_at: ``updatedAt``, str, required
        is_asynchronous: ``isAsynchronous``, bool, required
        timeout: ``timeout``, int, required
        terminate_on_timeout: ``terminateOnTimeout``, bool, required
        source_code: ``sourceCode``, str, required
        status: ``status``, PipelineFunctionDtoStatus, required
        upload_err_msg: ``uploadErrMsg``, str, optional
        enabled: ``enabled``, bool, required
        is_cloud: ``isCloud``, bool, required
        last_execute_status: ``lastExecuteStatus``, LastExecuteStatus, required
    """

    func_id: str = _attrs.field(metadata={"wire": "funcId"})
    func_name: str = _attrs.field(metadata={"wire": "funcName"})
    func_description: str | None = _attrs.field(default=None, metadata={"wire": "funcDescription"})
    scene: PipelineFunctionDtoScene = _attrs.field(metadata={"wire": "scene"})
    created_at: str = _attrs.field(metadata={"wire": "createdAt"})
    updated_at: str = _attrs.field(metadata={"wire": "updatedAt"})
    is_asynchronous: bool = _attrs.field(metadata={"wire": "isAsynchronous"})
    timeout: int = _attrs.field(metadata={"wire": "timeout"})
    terminate_on_timeout: bool = _attrs.field(metadata={"wire": "terminateOnTimeout"})
    source_code: str = _attrs.field(metadata={"wire": "sourceCode"})
    status: PipelineFunctionDtoStatus = _attrs.field(metadata={"wire": "status"})
    upload_err_msg: str | None = _attrs.field(default=None, metadata={"wire": "uploadErrMsg"})
    enabled: bool = _attrs.field(metadata={"wire": "enabled"})
    is_cloud: bool = _attrs.field(metadata={"wire": "isCloud"})
    last_execute_status: LastExecuteStatus = _attrs.field(metadata={"wire": "lastExecuteStatus"})


class PipelineFunctionDtoScene(WireEnum):
    """Enum of ``PipelineFunctionDto.scene`` (unknown wire values are kept, not rejected)."""

    PRE_REGISTER = "PRE_REGISTER"
    POST_REGISTER = "POST_REGISTER"
    PRE_AUTHENTICATION = "PRE_AUTHENTICATION"
    POST_AUTHENTICATION = "POST_AUTHENTICATION"
    PRE_OIDC_ID_TOKEN_ISSUED = "PRE_OIDC_ID_TOKEN_ISSUED"
    PRE_OIDC_ACCESS_TOKEN_ISSUED = "PRE_OIDC_ACCESS_TOKEN_ISSUED"
    PRE_COMPLETE_USER_INFO = "PRE_COMPLETE_USER_INFO"
    PRE_MFA_VERIFY = "PRE_MFA_VERIFY"
    POST_MFA_VERIFY = "POST_MFA_VERIFY"


class PipelineFunctionDtoStatus(WireEnum):
    """Enum of ``PipelineFunctionDto.status`` (unknown wire values are kept, not rejected)."""

    UPLOADING = "uploading"
    SUCCESS = "success"
    FAILED = "failed"


@_attrs.define(kw_only=True, slots=True)
class PipelineFunctionPaginatedRespDto(WireBacked):
    """Wire model ``PipelineFunctionPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, PipelineFunctionPagingDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: PipelineFunctionPagingDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class PipelineFunctionPagingDto(WireBacked):
    """Wire model ``PipelineFunctionPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[PipelineFunctionDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[PipelineFunctionDto] = _attrs.field(metadata={"wire": "list"})
