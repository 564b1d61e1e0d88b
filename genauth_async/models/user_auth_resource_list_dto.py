# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UserAuthResourceListDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .open_resource import OpenResource

__all__ = ["UserAuthResourceListDto"]


@_attrs.define(kw_only=True, slots=True)
class UserAuthResourceListDto(WireBacked):
    """Wire model ``UserAuthResourceListDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        namespace_code: ``namespaceCode``, str, required
        resource_list: ``resourceList``, list[OpenResource], optional
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
    resource_list: List[OpenResource] | None = _attrs.field(default=None, metadata={"wire": "resourceList"})
