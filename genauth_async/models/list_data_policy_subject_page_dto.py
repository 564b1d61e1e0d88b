# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ListDataPolicySubjectPageDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .data_subject_resp_dto import DataSubjectRespDto

__all__ = ["ListDataPolicySubjectPageDto"]


@_attrs.define(kw_only=True, slots=True)
class ListDataPolicySubjectPageDto(WireBacked):
    """Wire model ``ListDataPolicySubjectPageDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, optional
        list: ``list``, list[DataSubjectRespDto], required
    """

    total_count: int | None = _attrs.field(default=None, metadata={"wire": "totalCount"})
    list: List[DataSubjectRespDto] = _attrs.field(metadata={"wire": "list"})
