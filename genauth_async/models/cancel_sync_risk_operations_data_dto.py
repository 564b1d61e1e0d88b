# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CancelSyncRiskOperationsDataDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

__all__ = ["CancelSyncRiskOperationsDataDto"]


@_attrs.define(kw_only=True, slots=True)
class CancelSyncRiskOperationsDataDto:
    """Wire model ``CancelSyncRiskOperationsDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        success_list: ``successList``, list[int], required
        faild_list: ``faildList``, list[int], required
    """

    success_list: List[int] = _attrs.field(metadata={"wire": "successList"})
    faild_list: List[int] = _attrs.field(metadata={"wire": "faildList"})
