# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetAuthorizedResourceActionDto`` and its enum (GetAuthorizedResourceActionDtoOp).

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireEnum

__all__ = ["GetAuthorizedResourceActionDto", "GetAuthorizedResourceActionDtoOp"]


@_attrs.define(kw_only=True, slots=True)
class GetAuthorizedResourceActionDto:
    """Wire model ``GetAuthorizedResourceActionDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        op: ``op``, GetAuthorizedResourceActionDtoOp, required
        list: ``list``, list[str], required
    """

    op: GetAuthorizedResourceActionDtoOp = _attrs.field(metadata={"wire": "op"})
    list: List[str] = _attrs.field(metadata={"wire": "list"})


class GetAuthorizedResourceActionDtoOp(WireEnum):
    """Enum of ``GetAuthorizedResourceActionDto.op`` (unknown wire values are kept, not rejected)."""

    AND = "AND"
    OR = "OR"
