# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ApprovalProcessReq``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["ApprovalProcessReq"]


@_attrs.define(kw_only=True, slots=True)
class ApprovalProcessReq:
    """Wire model ``ApprovalProcessReq`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        number: ``number``, str, required
        is_agreed: ``isAgreed``, bool, optional
    """

    number: str = _attrs.field(metadata={"wire": "number"})
    is_agreed: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "isAgreed"})
