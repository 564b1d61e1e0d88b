# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``WechatIdentityResolveRespDataDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import List

import attrs as _attrs

__all__ = ["WechatIdentityResolveRespDataDto"]


@_attrs.define(kw_only=True, slots=True)
class WechatIdentityResolveRespDataDto:
    """Wire model ``WechatIdentityResolveRespDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        methods: ``methods``, list[str], optional
        accounts: ``accounts``, list[str], optional
        key: ``key``, str, required
    """

    methods: List[str] | None = _attrs.field(default=None, metadata={"wire": "methods"})
    accounts: List[str] | None = _attrs.field(default=None, metadata={"wire": "accounts"})
    key: str = _attrs.field(metadata={"wire": "key"})
