# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ListResourceTargetsDtoResp``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .action_auth import ActionAuth

__all__ = ["ListResourceTargetsDtoResp"]


@_attrs.define(kw_only=True, slots=True)
class ListResourceTargetsDtoResp(WireBacked):
    """Wire model ``ListResourceTargetsDtoResp`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        resource: ``resource``, str, required
        action_auth_list: ``actionAuthList``, list[ActionAuth], required
    """

    resource: str = _attrs.field(metadata={"wire": "resource"})
    action_auth_list: List[ActionAuth] = _attrs.field(metadata={"wire": "actionAuthList"})
