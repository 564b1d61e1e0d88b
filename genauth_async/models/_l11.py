# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (ListResourceTargetsDataDto, ..., ListSimpleDataPoliciesDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum

if TYPE_CHECKING:
    from ._a1 import (
        ActionAuth,
    )

__all__ = [
    "ListResourceTargetsDataDto", "ListResourceTargetsDto", "ListResourceTargetsDtoResp",
    "ListResourceTargetsRespDto", "ListResourcesDto", "ListResourcesParamsType",
    "ListRoleAssignmentsDto", "ListRoleAssignmentsParamsTargetType", "ListRoleDepartmentsDto",
    "ListRoleMembersDto", "ListRolesDto", "ListSimpleDataPoliciesDto",
]


@_attrs.define(kw_only=True, slots=True)
class ListResourceTargetsDataDto(WireBacked):
    """Wire model ``ListResourceTargetsDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        auth_user_list: ``authUserList``, list[ListResourceTargetsDtoResp], required
    """

    auth_user_list: List[ListResourceTargetsDtoResp] = _attrs.field(metadata={"wire": "authUserList"})


@_attrs.define(kw_only=True, slots=True)
class ListResourceTargetsDto:
    """Wire model ``ListResourceTargetsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        resources: ``resources``, list[str], required
        actions: ``actions``, list[str], required
        namespace_code: ``namespaceCode``, str, required
    """

    resources: List[str] = _attrs.field(metadata={"wire": "resources"})
    actions: List[str] = _attrs.field(metadata={"wire": "actions"})
    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})


@_attrs.define(kw_only=True, slots=True)
class ListResourceTargetsDtoResp(WireBacked):
    """Wire model ``ListResourceTargetsDtoResp`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        resource: ``resource``, str, required
        action_auth_list: ``actionAuthList``, list[ActionAuth], required
    """

    resource: str = _attrs.field(metadata={"wire": "resource"})
    action_auth_list: List[ActionAuth] = _attrs.field(metadata={"wire": "actionAuthList"})


@_attrs.define(kw_only=True, slots=True)
class ListResourceTargetsRespDto(WireBacked):
    """Wire model ``ListResourceTargetsRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, ListResourceTargetsDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: ListResourceTargetsDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ListResourcesDto:
    """Wire model ``ListResourcesDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        namespace: ``namespace``, Any, optional
        type: ``type``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
    """

    namespace: Any = _attrs.field(default=None, metadata={"wire": "namespace"})
    type: Any = _attrs.field(default=None, metadata={"wire": "type"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})


class ListResourcesParamsType(WireEnum):
    """Enum of ``ListResourcesParams.type`` (unknown wire values are kept, not rejected)."""

    DATA = "DATA"
    API = "API"
    MENU = "MENU"
    BUTTON = "BUTTON"
    UI = "UI"


@_attrs.define(kw_only=True, slots=True)
class ListRoleAssignmentsDto:
    """Wire model ``ListRoleAssignmentsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        role_code: ``roleCode``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        query: ``query``, Any, optional
        namespace_code: ``namespaceCode``, Any, optional
        target_type: ``targetType``, Any, optional
    """

    role_code: Any = _attrs.field(default=None, metadata={"wire": "roleCode"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    query: Any = _attrs.field(default=None, metadata={"wire": "query"})
    namespace_code: Any = _attrs.field(default=None, metadata={"wire": "namespaceCode"})
    target_type: Any = _attrs.field(default=None, metadata={"wire": "targetType"})


class ListRoleAssignmentsParamsTargetType(WireEnum):
    """Enum of ``ListRoleAssignmentsParams.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ORG = "ORG"


@_attrs.define(kw_only=True, slots=True)
class ListRoleDepartmentsDto:
    """Wire model ``ListRoleDepartmentsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, Any, optional
        namespace: ``namespace``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
    """

    code: Any = _attrs.field(default=None, metadata={"wire": "code"})
    namespace: Any = _attrs.field(default=None, metadata={"wire": "namespace"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})


@_attrs.define(kw_only=True, slots=True)
class ListRoleMembersDto:
    """Wire model ``ListRoleMembersDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
        with_identities: ``withIdentities``, Any, optional
        with_department_ids: ``withDepartmentIds``, Any, optional
        namespace: ``namespace``, Any, optional
    """

    code: Any = _attrs.field(default=None, metadata={"wire": "code"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})
    with_identities: Any = _attrs.field(default=None, metadata={"wire": "withIdentities"})
    with_department_ids: Any = _attrs.field(default=None, metadata={"wire": "withDepartmentIds"})
    namespace: Any = _attrs.field(default=None, metadata={"wire": "namespace"})


@_attrs.define(kw_only=True, slots=True)
class ListRolesDto:
    """Wire model ``ListRolesDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        keywords: ``keywords``, Any, optional
        namespace: ``namespace``, Any, optional
    """

    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    keywords: Any = _attrs.field(default=None, metadata={"wire": "keywords"})
    namespace: Any = _attrs.field(default=None, metadata={"wire": "namespace"})


@_attrs.define(kw_only=True, slots=True)
class ListSimpleDataPoliciesDto:
    """Wire model ``ListSimpleDataPoliciesDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        query: ``query``, Any, optional
    """

    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    query: Any = _attrs.field(default=None, metadata={"wire": "query"})
