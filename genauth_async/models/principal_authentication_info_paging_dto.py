# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``PrincipalAuthenticationInfoPagingDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .principal_authentication_info_dto import PrincipalAuthenticationInfoDto

__all__ = ["PrincipalAuthenticationInfoPagingDto"]


@_attrs.define(kw_only=True, slots=True)
class PrincipalAuthenticationInfoPagingDto(WireBacked):
    """Wire model ``PrincipalAuthenticationInfoPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[PrincipalAuthenticationInfoDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[PrincipalAuthenticationInfoDto] = _attrs.field(metadata={"wire": "list"})
