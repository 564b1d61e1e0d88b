# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ListApplicationSubjectDataListDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .list_application_subject_data_dto import ListApplicationSubjectDataDto

__all__ = ["ListApplicationSubjectDataListDto"]


@_attrs.define(kw_only=True, slots=True)
class ListApplicationSubjectDataListDto(WireBacked):
    """Wire model ``ListApplicationSubjectDataListDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        list: ``list``, list[ListApplicationSubjectDataDto], required
    """

    list: List[ListApplicationSubjectDataDto] = _attrs.field(metadata={"wire": "list"})
