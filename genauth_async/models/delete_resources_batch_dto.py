# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``DeleteResourcesBatchDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["DeleteResourcesBatchDto"]


@_attrs.define(kw_only=True, slots=True)
class DeleteResourcesBatchDto:
    """Wire model ``DeleteResourcesBatchDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        namespace: ``namespace``, str, optional
        code_list: ``codeList``, list[str], optional
        ids: ``ids``, list[str], optional
    """

    namespace: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "namespace"})
    code_list: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "codeList"})
    ids: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "ids"})
