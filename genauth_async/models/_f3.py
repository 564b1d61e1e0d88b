# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (FunctionModelResDto, ..., FunctionModelValueResDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import WireBacked

if TYPE_CHECKING:
    from ._f2 import (
        FunctionModelDto,
    )
    from ._r9 import (
        RowDto,
    )

__all__ = [
    "FunctionModelResDto", "FunctionModelValueListDto", "FunctionModelValueListResDto",
    "FunctionModelValueResDto",
]


@_attrs.define(kw_only=True, slots=True)
class FunctionModelResDto(WireBacked):
    """Wire model ``FunctionModelResDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, FunctionModelDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: FunctionModelDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class FunctionModelValueListDto:
    """Wire model ``FunctionModelValueListDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[Any], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[Any] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class FunctionModelValueListResDto(WireBacked):
    """Wire model ``FunctionModelValueListResDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        data: ``data``, FunctionModelValueListDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    data: FunctionModelValueListDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class FunctionModelValueResDto(WireBacked):
    """Wire model ``FunctionModelValueResDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        data: ``data``, RowDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    data: RowDto = _attrs.field(metadata={"wire": "data"})
