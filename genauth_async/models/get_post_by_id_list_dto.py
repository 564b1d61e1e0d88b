# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetPostByIdListDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["GetPostByIdListDto"]


@_attrs.define(kw_only=True, slots=True)
class GetPostByIdListDto:
    """Wire model ``GetPostByIdListDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        id_list: ``idList``, str, optional
        with_custom_data: ``withCustomData``, bool, optional
    """

    id_list: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "idList"})
    with_custom_data: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withCustomData"})
