# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``DeleteRoleDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["DeleteRoleDto"]


@_attrs.define(kw_only=True, slots=True)
class DeleteRoleDto:
    """Wire model ``DeleteRoleDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code_list: ``codeList``, list[str], required
        namespace: ``namespace``, str, optional
    """

    code_list: List[str] = _attrs.field(metadata={"wire": "codeList"})
    namespace: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "namespace"})
