# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ListPermissionViewResponseDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireBacked

from ..list_permission_view_paginated_resp_dto import ListPermissionViewPaginatedRespDto

__all__ = ["ListPermissionViewResponseDto"]


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
