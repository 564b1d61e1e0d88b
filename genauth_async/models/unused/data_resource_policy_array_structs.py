# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``DataResourcePolicyArrayStructs``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from ..unused.array_or_string_action_dto import ArrayOrStringActionDto

__all__ = ["DataResourcePolicyArrayStructs"]


@_attrs.define(kw_only=True, slots=True)
class DataResourcePolicyArrayStructs(WireBacked):
    """Wire model ``DataResourcePolicyArrayStructs`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        operation_type: ``operationType``, str, required
        action_list: ``actionList``, list[ArrayOrStringActionDto], required
    """

    operation_type: str = _attrs.field(metadata={"wire": "operationType"})
    action_list: List[ArrayOrStringActionDto] = _attrs.field(metadata={"wire": "actionList"})
