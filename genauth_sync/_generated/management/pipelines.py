# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Management API endpoints, area ``pipelines`` (sync facade)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import List, TYPE_CHECKING

from genauth_sync._portal import SyncClient as _SyncClient

if TYPE_CHECKING:
    from genauth_async._generated.clients import ManagementClient as _AsyncManagementClient  # noqa: F401
    from genauth_async._options import CallOptions, Unpack
    from genauth_async.models import (
        CreatePipelineFunctionDtoScene, ListPipelineFunctionsParamsScene, PipelineFunctionDto,
        PipelineFunctionPagingDto, UpdatePipelineOrderDtoScene,
    )


class PipelinesMixin(_SyncClient["_AsyncManagementClient"]):
    """Management API, area ``pipelines``: 8 endpoints."""

    def create_pipeline_function(
        self,
        source_code: str,
        scene: CreatePipelineFunctionDtoScene | str,
        func_name: str,
        func_description: str | None = None,
        is_asynchronous: bool | None = None,
        timeout: int | None = None,
        terminate_on_timeout: bool | None = None,
        enabled: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> PipelineFunctionDto:
        """``POST /api/v3/create-pipeline-function`` -> ``PipelineFunctionDto``.

        Official python name, Node ``createPipelineFunction``; area ``pipelines``.

        Parameters (name: wire name, location):
            source_code: ``sourceCode``, json, required
            scene: ``scene``, json, required
            func_name: ``funcName``, json, required
            func_description: ``funcDescription``, json
            is_asynchronous: ``isAsynchronous``, json
            timeout: ``timeout``, json
            terminate_on_timeout: ``terminateOnTimeout``, json
            enabled: ``enabled``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "create_pipeline_function",
            (
                source_code,
                scene,
                func_name,
                func_description,
                is_asynchronous,
                timeout,
                terminate_on_timeout,
                enabled,
            ),
            call_options,
        )

    def delete_pipeline_function(
        self,
        func_id: str,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/delete-pipeline-function`` -> ``None``.

        Official python name, Node ``deletePipelineFunction``; area ``pipelines``.

        Parameters (name: wire name, location):
            func_id: ``funcId``, json, required
        """
        self._run_method(
            "delete_pipeline_function",
            (func_id,),
            call_options,
        )

    def get_pipeline_function(
        self,
        func_id: str,
        **call_options: Unpack[CallOptions],
    ) -> PipelineFunctionDto:
        """``GET /api/v3/get-pipeline-function`` -> ``PipelineFunctionDto``.

        Official python name, Node ``getPipelineFunction``; area ``pipelines``.

        Parameters (name: wire name, location):
            func_id: ``funcId``, query, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_pipeline_function",
            (func_id,),
            call_options,
        )

    def get_pipeline_logs(
        self,
        func_id: str,
        page: int | None = None,
        limit: int | None = None,
        **call_options: Unpack[CallOptions],
    ) -> PipelineFunctionPagingDto:
        """``GET /api/v3/get-pipeline-logs`` -> ``PipelineFunctionPagingDto``.

        Official python name, Node ``getPipelineLogs``; area ``pipelines``.

        Parameters (name: wire name, location):
            func_id: ``funcId``, query, required
            page: ``page``, query
            limit: ``limit``, query
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_pipeline_logs",
            (
                func_id,
                page,
                limit,
            ),
            call_options,
        )

    def iter_get_pipeline_logs(
        self,
        func_id: str,
        limit: int | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Iterator[PipelineFunctionDto]:
        """Every item of ``get_pipeline_logs``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_get_pipeline_logs",
            (
                func_id,
                limit,
            ),
            call_options,
        )

    def list_pipeline_functions(
        self,
        scene: ListPipelineFunctionsParamsScene | str,
        **call_options: Unpack[CallOptions],
    ) -> PipelineFunctionPagingDto:
        """``GET /api/v3/list-pipeline-functions`` -> ``PipelineFunctionPagingDto``.

        Official python name, Node ``listPipelineFunctions``; area ``pipelines``.

        Parameters (name: wire name, location):
            scene: ``scene``, query, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "list_pipeline_functions",
            (scene,),
            call_options,
        )

    def reupload_pipeline_function(
        self,
        func_id: str,
        **call_options: Unpack[CallOptions],
    ) -> PipelineFunctionDto:
        """``POST /api/v3/reupload-pipeline-function`` -> ``PipelineFunctionDto``.

        Official python name, Node ``reuploadPipelineFunction``; area ``pipelines``.

        Parameters (name: wire name, location):
            func_id: ``funcId``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "reupload_pipeline_function",
            (func_id,),
            call_options,
        )

    def update_pipeline_function(
        self,
        func_id: str,
        func_name: str | None = None,
        func_description: str | None = None,
        source_code: str | None = None,
        is_asynchronous: bool | None = None,
        timeout: int | None = None,
        terminate_on_timeout: bool | None = None,
        enabled: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> PipelineFunctionDto:
        """``POST /api/v3/update-pipeline-function`` -> ``PipelineFunctionDto``.

        Official python name, Node ``updatePipelineFunction``; area ``pipelines``.

        Parameters (name: wire name, location):
            func_id: ``funcId``, json, required
            func_name: ``funcName``, json
            func_description: ``funcDescription``, json
            source_code: ``sourceCode``, json
            is_asynchronous: ``isAsynchronous``, json
            timeout: ``timeout``, json
            terminate_on_timeout: ``terminateOnTimeout``, json
            enabled: ``enabled``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "update_pipeline_function",
            (
                func_id,
                func_name,
                func_description,
                source_code,
                is_asynchronous,
                timeout,
                terminate_on_timeout,
                enabled,
            ),
            call_options,
        )

    def update_pipeline_order(
        self,
        order: List[str],
        scene: UpdatePipelineOrderDtoScene | str,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/update-pipeline-order`` -> ``None``.

        Official python name, Node ``updatePipelineOrder``; area ``pipelines``.

        Parameters (name: wire name, location):
            order: ``order``, json, required
            scene: ``scene``, json, required
        """
        self._run_method(
            "update_pipeline_order",
            (
                order,
                scene,
            ),
            call_options,
        )
