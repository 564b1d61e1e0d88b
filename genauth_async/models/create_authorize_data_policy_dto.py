# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CreateAuthorizeDataPolicyDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from .subject_dto import SubjectDto

__all__ = ["CreateAuthorizeDataPolicyDto"]


@_attrs.define(kw_only=True, slots=True)
class CreateAuthorizeDataPolicyDto:
    """Wire model ``CreateAuthorizeDataPolicyDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        target_list: ``targetList``, list[SubjectDto], required
        policy_ids: ``policyIds``, list[str], required
    """

    target_list: List[SubjectDto] = _attrs.field(metadata={"wire": "targetList"})
    policy_ids: List[str] = _attrs.field(metadata={"wire": "policyIds"})
