# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Official management methods, area ``pipelines``: the official answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from genauth_sync._compat_base import SyncCompatBase as _SyncCompatBase
from genauth_sync._generated.clients import ManagementClient as _Typed

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack


class PipelinesMixin(_SyncCompatBase[_Typed]):
    """Official management methods, area ``pipelines``: the official answers."""

    __slots__ = ()

    def create_pipeline_function(
        self,
        source_code: Any,
        scene: Any,
        func_name: Any,
        func_description: Any = None,
        is_asynchronous: Any = None,
        timeout: Any = None,
        terminate_on_timeout: Any = None,
        enabled: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_pipeline_function``: ``POST /api/v3/create-pipeline-function``, the whole answer."""
        return self._call("create_pipeline_function", (source_code, scene, func_name, func_description, is_asynchronous, timeout, terminate_on_timeout, enabled), {**call_options})  # type: ignore[no-any-return]

    def delete_pipeline_function(
        self,
        func_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_pipeline_function``: ``POST /api/v3/delete-pipeline-function``, the whole answer."""
        return self._call("delete_pipeline_function", (func_id,), {**call_options})  # type: ignore[no-any-return]

    def get_pipeline_function(
        self,
        func_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_pipeline_function``: ``GET /api/v3/get-pipeline-function``, the whole answer."""
        return self._call("get_pipeline_function", (func_id,), {**call_options})  # type: ignore[no-any-return]

    def get_pipeline_logs(
        self,
        func_id: Any,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_pipeline_logs``: ``GET /api/v3/get-pipeline-logs``, the whole answer."""
        return self._call("get_pipeline_logs", (func_id, page, limit), {**call_options})  # type: ignore[no-any-return]

    def list_pipeline_functions(
        self,
        scene: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_pipeline_functions``: ``GET /api/v3/list-pipeline-functions``, the whole answer."""
        return self._call("list_pipeline_functions", (scene,), {**call_options})  # type: ignore[no-any-return]

    def reupload_pipeline_function(
        self,
        func_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``reupload_pipeline_function``: ``POST /api/v3/reupload-pipeline-function``, the whole answer."""
        return self._call("reupload_pipeline_function", (func_id,), {**call_options})  # type: ignore[no-any-return]

    def update_pipeline_function(
        self,
        func_id: Any,
        func_name: Any = None,
        func_description: Any = None,
        source_code: Any = None,
        is_asynchronous: Any = None,
        timeout: Any = None,
        terminate_on_timeout: Any = None,
        enabled: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_pipeline_function``: ``POST /api/v3/update-pipeline-function``, the whole answer."""
        return self._call("update_pipeline_function", (func_id, func_name, func_description, source_code, is_asynchronous, timeout, terminate_on_timeout, enabled), {**call_options})  # type: ignore[no-any-return]

    def update_pipeline_order(
        self,
        order: Any,
        scene: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_pipeline_order``: ``POST /api/v3/update-pipeline-order``, the whole answer."""
        return self._call("update_pipeline_order", (order, scene), {**call_options})  # type: ignore[no-any-return]
