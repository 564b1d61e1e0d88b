# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (CreateOrganizationReqDto, ..., CreatePublicAccountBatchReqDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum

if TYPE_CHECKING:
    from ._c16 import (
        CreatePublicAccountOptionsDto, CreatePublicAccountReqDto,
    )
    from ._o2 import (
        OrganizationNameI18nDto,
    )
    from ._p3 import (
        PostInfoDto,
    )

__all__ = [
    "CreateOrganizationReqDto", "CreatePermissionNamespaceDto", "CreatePermissionNamespaceRespDto",
    "CreatePermissionNamespaceResponseDto", "CreatePermissionNamespacesBatchDto",
    "CreatePermissionNamespacesBatchItemDto", "CreatePipelineFunctionDto",
    "CreatePipelineFunctionDtoScene", "CreatePostDto", "CreatePostRespDto",
    "CreatePublicAccountBatchReqDto",
]


@_attrs.define(kw_only=True, slots=True)
class CreateOrganizationReqDto:
    """Wire model ``CreateOrganizationReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        metadata: ``metadata``, Any, required
        organization_name: ``organizationName``, str, required
        organization_code: ``organizationCode``, str, required
        description: ``description``, str, optional
        open_department_id: ``openDepartmentId``, str, optional
        i18n: ``i18n``, OrganizationNameI18nDto, optional
        tenant_id: ``tenantId``, str, optional
        post_id_list: ``postIdList``, list[str], optional
    """

    metadata: Any = _attrs.field(metadata={"wire": "metadata"})
    organization_name: str = _attrs.field(metadata={"wire": "organizationName"})
    organization_code: str = _attrs.field(metadata={"wire": "organizationCode"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    open_department_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "openDepartmentId"})
    i18n: OrganizationNameI18nDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "i18n"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})
    post_id_list: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "postIdList"})


@_attrs.define(kw_only=True, slots=True)
class CreatePermissionNamespaceDto:
    """Wire model ``CreatePermissionNamespaceDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        name: ``name``, str, required
        code: ``code``, str, required
        description: ``description``, str, optional
    """

    name: str = _attrs.field(metadata={"wire": "name"})
    code: str = _attrs.field(metadata={"wire": "code"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})


@_attrs.define(kw_only=True, slots=True)
class CreatePermissionNamespaceRespDto:
    """Wire model ``CreatePermissionNamespaceRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        name: ``name``, str, required
        description: ``description``, str, optional
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    name: str = _attrs.field(metadata={"wire": "name"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})


@_attrs.define(kw_only=True, slots=True)
class CreatePermissionNamespaceResponseDto(WireBacked):
    """Wire model ``CreatePermissionNamespaceResponseDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, CreatePermissionNamespaceRespDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: CreatePermissionNamespaceRespDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class CreatePermissionNamespacesBatchDto:
    """Wire model ``CreatePermissionNamespacesBatchDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        list: ``list``, list[CreatePermissionNamespacesBatchItemDto], required
    """

    list: List[CreatePermissionNamespacesBatchItemDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class CreatePermissionNamespacesBatchItemDto:
    """Wire model ``CreatePermissionNamespacesBatchItemDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        name: ``name``, str, required
        description: ``description``, str, optional
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    name: str = _attrs.field(metadata={"wire": "name"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})


@_attrs.define(kw_only=True, slots=True)
class CreatePipelineFunctionDto:
    """Wire model ``CreatePipelineFunctionDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        source_code: ``sourceCode``, str, required
        scene: ``scene``, CreatePipelineFunctionDtoScene, required
        func_name: ``funcName``, str, required
        func_description: ``funcDescription``, str, optional
        is_asynchronous: ``isAsynchronous``, bool, optional
        timeout: ``timeout``, int, optional
        terminate_on_timeout: ``terminateOnTimeout``, bool, optional
        enabled: ``enabled``, bool, optional
    """

    source_code: str = _attrs.field(metadata={"wire": "sourceCode"})
    scene: CreatePipelineFunctionDtoScene = _attrs.field(metadata={"wire": "scene"})
    func_name: str = _attrs.field(metadata={"wire": "funcName"})
    func_description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "funcDescription"})
    is_asynchronous: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "isAsynchronous"})
    timeout: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "timeout"})
    terminate_on_timeout: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "terminateOnTimeout"})
    enabled: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "enabled"})


class CreatePipelineFunctionDtoScene(WireEnum):
    """Enum of ``CreatePipelineFunctionDto.scene`` (unknown wire values are kept, not rejected)."""

    PRE_REGISTER = "PRE_REGISTER"
    POST_REGISTER = "POST_REGISTER"
    PRE_AUTHENTICATION = "PRE_AUTHENTICATION"
    POST_AUTHENTICATION = "POST_AUTHENTICATION"
    PRE_OIDC_ID_TOKEN_ISSUED = "PRE_OIDC_ID_TOKEN_ISSUED"
    PRE_OIDC_ACCESS_TOKEN_ISSUED = "PRE_OIDC_ACCESS_TOKEN_ISSUED"
    PRE_COMPLETE_USER_INFO = "PRE_COMPLETE_USER_INFO"
    PRE_MFA_VERIFY = "PRE_MFA_VERIFY"
    POST_MFA_VERIFY = "POST_MFA_VERIFY"


@_attrs.define(kw_only=True, slots=True)
class CreatePostDto:
    """Wire model ``CreatePostDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        name: ``name``, str, required
        id: ``id``, str, optional
        description: ``description``, str, optional
        department_id_list: ``departmentIdList``, str, optional
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    name: str = _attrs.field(metadata={"wire": "name"})
    id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "id"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    department_id_list: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "departmentIdList"})


@_attrs.define(kw_only=True, slots=True)
class CreatePostRespDto(WireBacked):
    """Wire model ``CreatePostRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, PostInfoDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: PostInfoDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class CreatePublicAccountBatchReqDto:
    """Wire model ``CreatePublicAccountBatchReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        list: ``list``, list[CreatePublicAccountReqDto], required
        options: ``options``, CreatePublicAccountOptionsDto, optional
    """

    list: List[CreatePublicAccountReqDto] = _attrs.field(metadata={"wire": "list"})
    options: CreatePublicAccountOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})
