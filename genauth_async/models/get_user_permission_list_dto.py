# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetUserPermissionListDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["GetUserPermissionListDto"]


@_attrs.define(kw_only=True, slots=True)
class GetUserPermissionListDto:
    """Wire model ``GetUserPermissionListDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_ids: ``userIds``, list[str], required
        namespace_codes: ``namespaceCodes``, list[str], optional
    """

    user_ids: List[str] = _attrs.field(metadata={"wire": "userIds"})
    namespace_codes: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "namespaceCodes"})
