# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``DeleteGroupsReqDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

__all__ = ["DeleteGroupsReqDto"]


@_attrs.define(kw_only=True, slots=True)
class DeleteGroupsReqDto:
    """Wire model ``DeleteGroupsReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code_list: ``codeList``, list[str], required
    """

    code_list: List[str] = _attrs.field(metadata={"wire": "codeList"})
