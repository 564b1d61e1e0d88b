# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ResourcePagingDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .resource_dto import ResourceDto

__all__ = ["ResourcePagingDto"]


@_attrs.define(kw_only=True, slots=True)
class ResourcePagingDto(WireBacked):
    """Wire model ``ResourcePagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        total_count: ``totalCount``, int, required
        list: ``list``, list[ResourceDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[ResourceDto] = _attrs.field(metadata={"wire": "list"})
