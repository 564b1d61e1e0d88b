# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Official management methods, area ``pipelines``: the official answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from genauth_async._compat_base import CompatBase as _CompatBase
from genauth_async._generated.clients import ManagementClient as _Typed
from genauth_async._generated.management.pipelines import (
    _EP_CREATE_PIPELINE_FUNCTION,
    _EP_DELETE_PIPELINE_FUNCTION,
    _EP_GET_PIPELINE_FUNCTION,
    _EP_GET_PIPELINE_LOGS,
    _EP_LIST_PIPELINE_FUNCTIONS,
    _EP_REUPLOAD_PIPELINE_FUNCTION,
    _EP_UPDATE_PIPELINE_FUNCTION,
    _EP_UPDATE_PIPELINE_ORDER,
)
from genauth_async._options import request_options as _request_options

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack


class PipelinesMixin(_CompatBase[_Typed]):
    """Official management methods, area ``pipelines``: the official answers."""

    __slots__ = ()

    async def create_pipeline_function(
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
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_CREATE_PIPELINE_FUNCTION, (source_code, scene, func_name, func_description, is_asynchronous, timeout, terminate_on_timeout, enabled), None, _request_options(call_options),
        )

    async def delete_pipeline_function(
        self,
        func_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_pipeline_function``: ``POST /api/v3/delete-pipeline-function``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_DELETE_PIPELINE_FUNCTION, (func_id,), None, _request_options(call_options),
        )

    async def get_pipeline_function(
        self,
        func_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_pipeline_function``: ``GET /api/v3/get-pipeline-function``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_PIPELINE_FUNCTION, (func_id,), None, _request_options(call_options),
        )

    async def get_pipeline_logs(
        self,
        func_id: Any,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_pipeline_logs``: ``GET /api/v3/get-pipeline-logs``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_PIPELINE_LOGS, (func_id, page, limit), None, _request_options(call_options),
        )

    async def list_pipeline_functions(
        self,
        scene: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_pipeline_functions``: ``GET /api/v3/list-pipeline-functions``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_LIST_PIPELINE_FUNCTIONS, (scene,), None, _request_options(call_options),
        )

    async def reupload_pipeline_function(
        self,
        func_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``reupload_pipeline_function``: ``POST /api/v3/reupload-pipeline-function``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_REUPLOAD_PIPELINE_FUNCTION, (func_id,), None, _request_options(call_options),
        )

    async def update_pipeline_function(
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
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_UPDATE_PIPELINE_FUNCTION, (func_id, func_name, func_description, source_code, is_asynchronous, timeout, terminate_on_timeout, enabled), None, _request_options(call_options),
        )

    async def update_pipeline_order(
        self,
        order: Any,
        scene: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_pipeline_order``: ``POST /api/v3/update-pipeline-order``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_UPDATE_PIPELINE_ORDER, (order, scene), None, _request_options(call_options),
        )
