# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``PipelineFunctionPaginatedRespDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireBacked

from ..pipeline_function_paging_dto import PipelineFunctionPagingDto

__all__ = ["PipelineFunctionPaginatedRespDto"]


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
