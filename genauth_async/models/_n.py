# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (NamespaceDto, ..., NodeBo)."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

__all__ = [
    "NamespaceDto", "NamespaceListPaginatedRespDto", "NamespaceListPagingDto",
    "NamespaceListRespDto", "NamespaceRespDto", "NamespaceRolesListPaginatedRespDto",
    "NamespaceRolesListRespDto", "NamespacesListRespDto", "Node", "NodeBo",
]


@_attrs.define(kw_only=True, slots=True)
class NamespaceDto:
    """Wire model ``NamespaceDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        name: ``name``, str, optional
        description: ``description``, str, optional
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    name: str | None = _attrs.field(default=None, metadata={"wire": "name"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})


@_attrs.define(kw_only=True, slots=True)
class NamespaceListPaginatedRespDto(WireBacked):
    """Wire model ``NamespaceListPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, NamespaceListPagingDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: NamespaceListPagingDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class NamespaceListPagingDto(WireBacked):
    """Wire model ``NamespaceListPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[NamespacesListRespDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[NamespacesListRespDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class NamespaceListRespDto(WireBacked):
    """Wire model ``NamespaceListRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[NamespaceDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[NamespaceDto] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class NamespaceRespDto(WireBacked):
    """Wire model ``NamespaceRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, NamespaceDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: NamespaceDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class NamespaceRolesListPaginatedRespDto(WireBacked):
    """Wire model ``NamespaceRolesListPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, NamespaceRolesListRespDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: NamespaceRolesListRespDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class NamespaceRolesListRespDto:
    """Wire model ``NamespaceRolesListRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        name: ``name``, str, required
        code: ``code``, str, required
        description: ``description``, str, optional
        namespace: ``namespace``, str, required
        updated_at: ``updatedAt``, str, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    name: str = _attrs.field(metadata={"wire": "name"})
    code: str = _attrs.field(metadata={"wire": "code"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
    namespace: str = _attrs.field(metadata={"wire": "namespace"})
    updated_at: str = _attrs.field(metadata={"wire": "updatedAt"})


@_attrs.define(kw_only=True, slots=True)
class NamespacesListRespDto:
    """Wire model ``NamespacesListRespDto`` (response side; optional fields default to None).

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
class Node:
    """Wire model ``Node`` (response side; optional fields default to None)."""


@_attrs.define(kw_only=True, slots=True)
class NodeBo:
    """Wire model ``NodeBo`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        node_id: ``nodeId``, str, required
        node_name: ``nodeName``, str, required
        node_code: ``nodeCode``, str, required
    """

    node_id: str = _attrs.field(metadata={"wire": "nodeId"})
    node_name: str = _attrs.field(metadata={"wire": "nodeName"})
    node_code: str = _attrs.field(metadata={"wire": "nodeCode"})
