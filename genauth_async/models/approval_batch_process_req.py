# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ApprovalBatchProcessReq``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["ApprovalBatchProcessReq"]


@_attrs.define(kw_only=True, slots=True)
class ApprovalBatchProcessReq:
    """Wire model ``ApprovalBatchProcessReq`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        numbers: ``numbers``, list[int], required
        is_agreed: ``isAgreed``, bool, optional
    """

    numbers: List[int] = _attrs.field(metadata={"wire": "numbers"})
    is_agreed: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "isAgreed"})
