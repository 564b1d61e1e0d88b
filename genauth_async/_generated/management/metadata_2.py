# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Management API endpoints, area ``metadata``."""

from __future__ import annotations

from typing import Any, TYPE_CHECKING

from genauth_async._endpoint import Endpoint, Param
from genauth_async._generated._caller import _Caller
from genauth_async._options import request_options as _request_options

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack
    from genauth_async.models import (
        RowDto,
    )

_EP_UPDATE_ROW = Endpoint(
    "update_row",
    "POST",
    "/api/v3/metadata/update-row",
    (
        Param("data", "data", "json", True, "any"),
        Param("row_id", "rowId", "json", True, "str"),
        Param("model_id", "modelId", "json", True, "str"),
        Param("show_field_id", "showFieldId", "json", False, "bool"),
    ),
    idempotent=False,
)


class Metadata2Mixin(_Caller):
    """Management API, area ``metadata``: 1 endpoint."""

    __slots__ = ()

    async def update_row(
        self,
        data: Any,
        row_id: str,
        model_id: str,
        show_field_id: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> RowDto:
        """``POST /api/v3/metadata/update-row`` -> ``RowDto``.

        Official python name, Node ``updateRow``; area ``metadata``.

        Parameters (name: wire name, location):
            data: ``data``, json, required
            row_id: ``rowId``, json, required
            model_id: ``modelId``, json, required
            show_field_id: ``showFieldId``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_UPDATE_ROW,
            (
                data,
                row_id,
                model_id,
                show_field_id,
            ),
            "RowDto",
            _request_options(call_options),
        )
