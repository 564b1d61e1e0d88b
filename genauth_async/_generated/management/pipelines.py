# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Management API endpoints, area ``pipelines``."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import List, TYPE_CHECKING

from genauth_async._endpoint import Endpoint, Param
from genauth_async._generated._caller import _Caller
from genauth_async._options import check_call_options as _check_call_options, request_options as _request_options
from genauth_async._pagination import paginate as _paginate

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack
    from genauth_async.models import (
        CreatePipelineFunctionDtoScene, ListPipelineFunctionsParamsScene, PipelineFunctionDto,
        PipelineFunctionPagingDto, UpdatePipelineOrderDtoScene,
    )

_EP_CREATE_PIPELINE_FUNCTION = Endpoint(
    "create_pipeline_function",
    "POST",
    "/api/v3/create-pipeline-function",
    (
        Param("source_code", "sourceCode", "json", True, "str"),
        Param("scene", "scene", "json", True, "str", "any", ("PRE_REGISTER", "POST_REGISTER", "PRE_AUTHENTICATION", "POST_AUTHENTICATION", "PRE_OIDC_ID_TOKEN_ISSUED", "PRE_OIDC_ACCESS_TOKEN_ISSUED", "PRE_COMPLETE_USER_INFO", "PRE_MFA_VERIFY", "POST_MFA_VERIFY")),
        Param("func_name", "funcName", "json", True, "str"),
        Param("func_description", "funcDescription", "json", False, "str"),
        Param("is_asynchronous", "isAsynchronous", "json", False, "bool"),
        Param("timeout", "timeout", "json", False, "int"),
        Param("terminate_on_timeout", "terminateOnTimeout", "json", False, "bool"),
        Param("enabled", "enabled", "json", False, "bool"),
    ),
    idempotent=False,
)

_EP_DELETE_PIPELINE_FUNCTION = Endpoint(
    "delete_pipeline_function",
    "POST",
    "/api/v3/delete-pipeline-function",
    (
        Param("func_id", "funcId", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_GET_PIPELINE_FUNCTION = Endpoint(
    "get_pipeline_function",
    "GET",
    "/api/v3/get-pipeline-function",
    (
        Param("func_id", "funcId", "query", True, "str"),
    ),
    idempotent=True,
)

_EP_GET_PIPELINE_LOGS = Endpoint(
    "get_pipeline_logs",
    "GET",
    "/api/v3/get-pipeline-logs",
    (
        Param("func_id", "funcId", "query", True, "str"),
        Param("page", "page", "query", False, "int"),
        Param("limit", "limit", "query", False, "int"),
    ),
    idempotent=True,
)

_EP_LIST_PIPELINE_FUNCTIONS = Endpoint(
    "list_pipeline_functions",
    "GET",
    "/api/v3/list-pipeline-functions",
    (
        Param("scene", "scene", "query", True, "str", "any", ("PRE_REGISTER", "POST_REGISTER", "PRE_AUTHENTICATION", "POST_AUTHENTICATION", "PRE_OIDC_ID_TOKEN_ISSUED", "PRE_OIDC_ACCESS_TOKEN_ISSUED", "PRE_COMPLETE_USER_INFO", "PRE_MFA_VERIFY", "POST_MFA_VERIFY")),
    ),
    idempotent=True,
)

_EP_REUPLOAD_PIPELINE_FUNCTION = Endpoint(
    "reupload_pipeline_function",
    "POST",
    "/api/v3/reupload-pipeline-function",
    (
        Param("func_id", "funcId", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_UPDATE_PIPELINE_FUNCTION = Endpoint(
    "update_pipeline_function",
    "POST",
    "/api/v3/update-pipeline-function",
    (
        Param("func_id", "funcId", "json", True, "str"),
        Param("func_name", "funcName", "json", False, "str"),
        Param("func_description", "funcDescription", "json", False, "str"),
        Param("source_code", "sourceCode", "json", False, "str"),
        Param("is_asynchronous", "isAsynchronous", "json", False, "bool"),
        Param("timeout", "timeout", "json", False, "int"),
        Param("terminate_on_timeout", "terminateOnTimeout", "json", False, "bool"),
        Param("enabled", "enabled", "json", False, "bool"),
    ),
    idempotent=False,
)

_EP_UPDATE_PIPELINE_ORDER = Endpoint(
    "update_pipeline_order",
    "POST",
    "/api/v3/update-pipeline-order",
    (
        Param("order", "order", "json", True, "list", "str"),
        Param("scene", "scene", "json", True, "str", "any", ("PRE_REGISTER", "POST_REGISTER", "PRE_AUTHENTICATION", "POST_AUTHENTICATION", "PRE_OIDC_ID_TOKEN_ISSUED", "PRE_OIDC_ACCESS_TOKEN_ISSUED", "PRE_COMPLETE_USER_INFO", "PRE_MFA_VERIFY", "POST_MFA_VERIFY")),
    ),
    idempotent=False,
)


class PipelinesMixin(_Caller):
    """Management API, area ``pipelines``: 8 endpoints."""

    __slots__ = ()

    async def create_pipeline_function(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_CREATE_PIPELINE_FUNCTION,
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
            "PipelineFunctionDto",
            _request_options(call_options),
        )

    async def delete_pipeline_function(
        self,
        func_id: str,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/delete-pipeline-function`` -> ``None``.

        Official python name, Node ``deletePipelineFunction``; area ``pipelines``.

        Parameters (name: wire name, location):
            func_id: ``funcId``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_DELETE_PIPELINE_FUNCTION,
            (func_id,),
            None,
            _request_options(call_options),
        )

    async def get_pipeline_function(
        self,
        func_id: str,
        **call_options: Unpack[CallOptions],
    ) -> PipelineFunctionDto:
        """``GET /api/v3/get-pipeline-function`` -> ``PipelineFunctionDto``.

        Official python name, Node ``getPipelineFunction``; area ``pipelines``.

        Parameters (name: wire name, location):
            func_id: ``funcId``, query, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_PIPELINE_FUNCTION,
            (func_id,),
            "PipelineFunctionDto",
            _request_options(call_options),
        )

    async def get_pipeline_logs(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_PIPELINE_LOGS,
            (
                func_id,
                page,
                limit,
            ),
            "PipelineFunctionPagingDto",
            _request_options(call_options),
        )

    def iter_get_pipeline_logs(
        self,
        func_id: str,
        limit: int | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[PipelineFunctionDto]:
        """Every item of ``get_pipeline_logs``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.get_pipeline_logs(
                page=page,
                func_id=func_id,
                limit=limit,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )

    async def list_pipeline_functions(
        self,
        scene: ListPipelineFunctionsParamsScene | str,
        **call_options: Unpack[CallOptions],
    ) -> PipelineFunctionPagingDto:
        """``GET /api/v3/list-pipeline-functions`` -> ``PipelineFunctionPagingDto``.

        Official python name, Node ``listPipelineFunctions``; area ``pipelines``.

        Parameters (name: wire name, location):
            scene: ``scene``, query, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_PIPELINE_FUNCTIONS,
            (scene,),
            "PipelineFunctionPagingDto",
            _request_options(call_options),
        )

    async def reupload_pipeline_function(
        self,
        func_id: str,
        **call_options: Unpack[CallOptions],
    ) -> PipelineFunctionDto:
        """``POST /api/v3/reupload-pipeline-function`` -> ``PipelineFunctionDto``.

        Official python name, Node ``reuploadPipelineFunction``; area ``pipelines``.

        Parameters (name: wire name, location):
            func_id: ``funcId``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_REUPLOAD_PIPELINE_FUNCTION,
            (func_id,),
            "PipelineFunctionDto",
            _request_options(call_options),
        )

    async def update_pipeline_function(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_UPDATE_PIPELINE_FUNCTION,
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
            "PipelineFunctionDto",
            _request_options(call_options),
        )

    async def update_pipeline_order(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_UPDATE_PIPELINE_ORDER,
            (
                order,
                scene,
            ),
            None,
            _request_options(call_options),
        )
