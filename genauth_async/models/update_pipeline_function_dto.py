# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UpdatePipelineFunctionDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["UpdatePipelineFunctionDto"]


@_attrs.define(kw_only=True, slots=True)
class UpdatePipelineFunctionDto:
    """Wire model ``UpdatePipelineFunctionDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        func_id: ``funcId``, str, required
        func_name: ``funcName``, str, optional
        func_description: ``funcDescription``, str, optional
        source_code: ``sourceCode``, str, optional
        is_asynchronous: ``isAsynchronous``, bool, optional
        timeout: ``timeout``, int, optional
        terminate_on_timeout: ``terminateOnTimeout``, bool, optional
        enabled: ``enabled``, bool, optional
    """

    func_id: str = _attrs.field(metadata={"wire": "funcId"})
    func_name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "funcName"})
    func_description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "funcDescription"})
    source_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sourceCode"})
    is_asynchronous: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "isAsynchronous"})
    timeout: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "timeout"})
    terminate_on_timeout: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "terminateOnTimeout"})
    enabled: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "enabled"})
