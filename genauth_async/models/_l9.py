# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (ListOrganizationsDto, ..., ListPolicyUserAttributionDetailParamsTargetType)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum

if TYPE_CHECKING:
    from ._g25 import (
        GroupBo,
    )
    from ._n import (
        NodeBo,
    )
    from ._p3 import (
        PolicyBo,
    )
    from ._r7 import (
        RoleBo,
    )

__all__ = [
    "ListOrganizationsDto", "ListPermissionNamespaceRolesDto", "ListPermissionNamespacesDto",
    "ListPermissionViewDto", "ListPermissionViewPaginatedRespDto", "ListPermissionViewRespDto",
    "ListPermissionViewResponseDto", "ListPipelineFunctionDto", "ListPipelineFunctionsDto",
    "ListPipelineFunctionsParamsScene", "ListPolicyUserAttributionDetailParamsTargetType",
]


@_attrs.define(kw_only=True, slots=True)
class ListOrganizationsDto:
    """Wire model ``ListOrganizationsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        fetch_all: ``fetchAll``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
        with_post: ``withPost``, Any, optional
        tenant_id: ``tenantId``, Any, optional
        status: ``status``, Any, optional
    """

    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    fetch_all: Any = _attrs.field(default=None, metadata={"wire": "fetchAll"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})
    with_post: Any = _attrs.field(default=None, metadata={"wire": "withPost"})
    tenant_id: Any = _attrs.field(default=None, metadata={"wire": "tenantId"})
    status: Any = _attrs.field(default=None, metadata={"wire": "status"})


@_attrs.define(kw_only=True, slots=True)
class ListPermissionNamespaceRolesDto:
    """Wire model ``ListPermissionNamespaceRolesDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        query: ``query``, Any, optional
    """

    code: Any = _attrs.field(default=None, metadata={"wire": "code"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    query: Any = _attrs.field(default=None, metadata={"wire": "query"})


@_attrs.define(kw_only=True, slots=True)
class ListPermissionNamespacesDto:
    """Wire model ``ListPermissionNamespacesDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        query: ``query``, Any, optional
    """

    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    query: Any = _attrs.field(default=None, metadata={"wire": "query"})


@_attrs.define(kw_only=True, slots=True)
class ListPermissionViewDto:
    """Wire model ``ListPermissionViewDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        page: ``page``, int, optional
        limit: ``limit``, int, optional
        keyword: ``keyword``, str, optional
    """

    page: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "page"})
    limit: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "limit"})
    keyword: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "keyword"})


@_attrs.define(kw_only=True, slots=True)
class ListPermissionViewPaginatedRespDto(WireBacked):
    """Wire model ``ListPermissionViewPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[ListPermissionViewRespDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[ListPermissionViewRespDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class ListPermissionViewRespDto(WireBacked):
    """Wire model ``ListPermissionViewRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        username: ``username``, str, optional
        namespace_id: ``namespaceId``, str, required
        namespace_code: ``namespaceCode``, str, required
        namespace_name: ``namespaceName``, str, required
        data_resource_id: ``dataResourceId``, str, required
        data_resource_code: ``dataResourceCode``, str, required
        data_resource_name: ``dataResourceName``, str, required
        data_policy_list: ``dataPolicyList``, list[PolicyBo], required
        role_list: ``roleList``, list[RoleBo], required
        group_list: ``groupList``, list[GroupBo], required
        node_list: ``nodeList``, list[NodeBo], required
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    username: str | None = _attrs.field(default=None, metadata={"wire": "username"})
    namespace_id: str = _attrs.field(metadata={"wire": "namespaceId"})
    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
    namespace_name: str = _attrs.field(metadata={"wire": "namespaceName"})
    data_resource_id: str = _attrs.field(metadata={"wire": "dataResourceId"})
    data_resource_code: str = _attrs.field(metadata={"wire": "dataResourceCode"})
    data_resource_name: str = _attrs.field(metadata={"wire": "dataResourceName"})
    data_policy_list: List[PolicyBo] = _attrs.field(metadata={"wire": "dataPolicyList"})
    role_list: List[RoleBo] = _attrs.field(metadata={"wire": "roleList"})
    group_list: List[GroupBo] = _attrs.field(metadata={"wire": "groupList"})
    node_list: List[NodeBo] = _attrs.field(metadata={"wire": "nodeList"})


@_attrs.define(kw_only=True, slots=True)
class ListPermissionViewResponseDto(WireBacked):
    """Wire model ``ListPermissionViewResponseDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, ListPermissionViewPaginatedRespDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: ListPermissionViewPaginatedRespDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ListPipelineFunctionDto:
    """Wire model ``ListPipelineFunctionDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        scene: ``scene``, Any, optional
    """

    scene: Any = _attrs.field(default=None, metadata={"wire": "scene"})


@_attrs.define(kw_only=True, slots=True)
class ListPipelineFunctionsDto:
    """Wire model ``ListPipelineFunctionsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        scene: ``scene``, Any, optional
    """

    scene: Any = _attrs.field(default=None, metadata={"wire": "scene"})


class ListPipelineFunctionsParamsScene(WireEnum):
    """Enum of ``ListPipelineFunctionsParams.scene`` (unknown wire values are kept, not rejected)."""

    PRE_REGISTER = "PRE_REGISTER"
    POST_REGISTER = "POST_REGISTER"
    PRE_AUTHENTICATION = "PRE_AUTHENTICATION"
    POST_AUTHENTICATION = "POST_AUTHENTICATION"
    PRE_OIDC_ID_TOKEN_ISSUED = "PRE_OIDC_ID_TOKEN_ISSUED"
    PRE_OIDC_ACCESS_TOKEN_ISSUED = "PRE_OIDC_ACCESS_TOKEN_ISSUED"
    PRE_COMPLETE_USER_INFO = "PRE_COMPLETE_USER_INFO"
    PRE_MFA_VERIFY = "PRE_MFA_VERIFY"
    POST_MFA_VERIFY = "POST_MFA_VERIFY"


class ListPolicyUserAttributionDetailParamsTargetType(WireEnum):
    """Enum of ``ListPolicyUserAttributionDetailParams.targetType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT = "department"
    POST = "post"
    ROLE = "role"
    GROUP = "group"
