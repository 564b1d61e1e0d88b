# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``TreeAuthorize``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .tree_auth_bo import TreeAuthBo

__all__ = ["TreeAuthorize"]


@_attrs.define(kw_only=True, slots=True)
class TreeAuthorize(WireBacked):
    """Wire model ``TreeAuthorize`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        auth_list: ``authList``, list[TreeAuthBo], required
    """

    auth_list: List[TreeAuthBo] = _attrs.field(metadata={"wire": "authList"})
