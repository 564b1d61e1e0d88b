# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CreatePipelineFunctionDto`` and its enum (CreatePipelineFunctionDtoScene)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

__all__ = ["CreatePipelineFunctionDto", "CreatePipelineFunctionDtoScene"]


@_attrs.define(kw_only=True, slots=True)
class CreatePipelineFunctionDto:
    """Wire model ``CreatePipelineFunctionDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        source_code: ``sourceCode``, str, required
        scene: ``scene``, CreatePipelineFunctionDtoScene, required
        func_name: ``funcName``, str, required
        func_description: ``funcDescription``, str, optional
        is_asynchronous: ``isAsynchronous``, bool, optional
        timeout: ``timeout``, int, optional
        terminate_on_timeout: ``terminateOnTimeout``, bool, optional
        enabled: ``enabled``, bool, optional
    """

    source_code: str = _attrs.field(metadata={"wire": "sourceCode"})
    scene: CreatePipelineFunctionDtoScene = _attrs.field(metadata={"wire": "scene"})
    func_name: str = _attrs.field(metadata={"wire": "funcName"})
    func_description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "funcDescription"})
    is_asynchronous: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "isAsynchronous"})
    timeout: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "timeout"})
    terminate_on_timeout: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "terminateOnTimeout"})
    enabled: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "enabled"})


class CreatePipelineFunctionDtoScene(WireEnum):
    """Enum of ``CreatePipelineFunctionDto.scene`` (unknown wire values are kept, not rejected)."""

    PRE_REGISTER = "PRE_REGISTER"
    POST_REGISTER = "POST_REGISTER"
    PRE_AUTHENTICATION = "PRE_AUTHENTICATION"
    POST_AUTHENTICATION = "POST_AUTHENTICATION"
    PRE_OIDC_ID_TOKEN_ISSUED = "PRE_OIDC_ID_TOKEN_ISSUED"
    PRE_OIDC_ACCESS_TOKEN_ISSUED = "PRE_OIDC_ACCESS_TOKEN_ISSUED"
    PRE_COMPLETE_USER_INFO = "PRE_COMPLETE_USER_INFO"
    PRE_MFA_VERIFY = "PRE_MFA_VERIFY"
    POST_MFA_VERIFY = "POST_MFA_VERIFY"
