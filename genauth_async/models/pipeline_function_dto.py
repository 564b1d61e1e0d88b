# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``PipelineFunctionDto`` and its enums (PipelineFunctionDtoScene, PipelineFunctionDtoStatus)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum

from .last_execute_status import LastExecuteStatus

__all__ = ["PipelineFunctionDto", "PipelineFunctionDtoScene", "PipelineFunctionDtoStatus"]


@_attrs.define(kw_only=True, slots=True)
class PipelineFunctionDto(WireBacked):
    """Wire model ``PipelineFunctionDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        func_id: ``funcId``, str, required
        func_name: ``funcName``, str, required
        func_description: ``funcDescription``, str, optional
        scene: ``scene``, PipelineFunctionDtoScene, required
        created_at: ``createdAt``, str, required
        updated_at: ``updatedAt``, str, required
        is_asynchronous: ``isAsynchronous``, bool, required
        timeout: ``timeout``, int, required
        terminate_on_timeout: ``terminateOnTimeout``, bool, required
        source_code: ``sourceCode``, str, required
        status: ``status``, PipelineFunctionDtoStatus, required
        upload_err_msg: ``uploadErrMsg``, str, optional
        enabled: ``enabled``, bool, required
        is_cloud: ``isCloud``, bool, required
        last_execute_status: ``lastExecuteStatus``, LastExecuteStatus, required
    """

    func_id: str = _attrs.field(metadata={"wire": "funcId"})
    func_name: str = _attrs.field(metadata={"wire": "funcName"})
    func_description: str | None = _attrs.field(default=None, metadata={"wire": "funcDescription"})
    scene: PipelineFunctionDtoScene = _attrs.field(metadata={"wire": "scene"})
    created_at: str = _attrs.field(metadata={"wire": "createdAt"})
    updated_at: str = _attrs.field(metadata={"wire": "updatedAt"})
    is_asynchronous: bool = _attrs.field(metadata={"wire": "isAsynchronous"})
    timeout: int = _attrs.field(metadata={"wire": "timeout"})
    terminate_on_timeout: bool = _attrs.field(metadata={"wire": "terminateOnTimeout"})
    source_code: str = _attrs.field(metadata={"wire": "sourceCode"})
    status: PipelineFunctionDtoStatus = _attrs.field(metadata={"wire": "status"})
    upload_err_msg: str | None = _attrs.field(default=None, metadata={"wire": "uploadErrMsg"})
    enabled: bool = _attrs.field(metadata={"wire": "enabled"})
    is_cloud: bool = _attrs.field(metadata={"wire": "isCloud"})
    last_execute_status: LastExecuteStatus = _attrs.field(metadata={"wire": "lastExecuteStatus"})


class PipelineFunctionDtoScene(WireEnum):
    """Enum of ``PipelineFunctionDto.scene`` (unknown wire values are kept, not rejected)."""

    PRE_REGISTER = "PRE_REGISTER"
    POST_REGISTER = "POST_REGISTER"
    PRE_AUTHENTICATION = "PRE_AUTHENTICATION"
    POST_AUTHENTICATION = "POST_AUTHENTICATION"
    PRE_OIDC_ID_TOKEN_ISSUED = "PRE_OIDC_ID_TOKEN_ISSUED"
    PRE_OIDC_ACCESS_TOKEN_ISSUED = "PRE_OIDC_ACCESS_TOKEN_ISSUED"
    PRE_COMPLETE_USER_INFO = "PRE_COMPLETE_USER_INFO"
    PRE_MFA_VERIFY = "PRE_MFA_VERIFY"
    POST_MFA_VERIFY = "POST_MFA_VERIFY"


class PipelineFunctionDtoStatus(WireEnum):
    """Enum of ``PipelineFunctionDto.status`` (unknown wire values are kept, not rejected)."""

    UPLOADING = "uploading"
    SUCCESS = "success"
    FAILED = "failed"
