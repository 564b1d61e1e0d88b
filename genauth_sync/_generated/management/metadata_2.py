# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Management API endpoints, area ``metadata`` (sync facade)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TYPE_CHECKING

from genauth_sync._portal import SyncClient as _SyncClient

if TYPE_CHECKING:
    from genauth_async._generated.clients import ManagementClient as _AsyncManagementClient  # noqa: F401
    from genauth_async.models import (
        RowDto,
    )


class Metadata2Mixin(_SyncClient["_AsyncManagementClient"]):
    """Management API, area ``metadata``: 1 endpoint."""

    def update_row(
        self,
        data: Any,
        row_id: str,
        model_id: str,
        show_field_id: bool | None = None,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
    ) -> RowDto:
        """``POST /api/v3/metadata/update-row`` -> ``RowDto``.

        Official python name, Node ``updateRow``; area ``metadata``.

        Parameters (name: wire name, location):
            data: ``data``, json, required
            row_id: ``rowId``, json, required
            model_id: ``modelId``, json, required
            show_field_id: ``showFieldId``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "update_row",
            (
                data,
                row_id,
                model_id,
                show_field_id,
            ),
            {
                "request_timeout": request_timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "retry_on_post": retry_on_post,
            },
        )
