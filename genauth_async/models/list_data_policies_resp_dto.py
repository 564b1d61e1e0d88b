# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ListDataPoliciesRespDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .data_resource_simple_resp_dto import DataResourceSimpleRespDto
from .subject_resp_dto import SubjectRespDto

__all__ = ["ListDataPoliciesRespDto"]


@_attrs.define(kw_only=True, slots=True)
class ListDataPoliciesRespDto(WireBacked):
    """Wire model ``ListDataPoliciesRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        policy_name: ``policyName``, str, required
        description: ``description``, str, optional
        resource_list: ``resourceList``, list[DataResourceSimpleRespDto], required
        policy_id: ``policyId``, str, required
        target_list: ``targetList``, list[SubjectRespDto], required
        updated_at: ``updatedAt``, str, required
    """

    policy_name: str = _attrs.field(metadata={"wire": "policyName"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
    resource_list: List[DataResourceSimpleRespDto] = _attrs.field(metadata={"wire": "resourceList"})
    policy_id: str = _attrs.field(metadata={"wire": "policyId"})
    target_list: List[SubjectRespDto] = _attrs.field(metadata={"wire": "targetList"})
    updated_at: str = _attrs.field(metadata={"wire": "updatedAt"})
