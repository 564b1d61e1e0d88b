# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Management API endpoints, area ``metadata`` (sync facade)."""

from __future__ import annotations

from typing import Any, TYPE_CHECKING

from genauth_sync._portal import SyncClient as _SyncClient

if TYPE_CHECKING:
    from genauth_async._generated.clients import ManagementClient as _AsyncManagementClient  # noqa: F401
    from genauth_async._options import CallOptions, Unpack
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
        return self._run_method(  # type: ignore[no-any-return]
            "update_row",
            (
                data,
                row_id,
                model_id,
                show_field_id,
            ),
            call_options,
        )
