# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ListDataPolicyTargetsDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["ListDataPolicyTargetsDto"]


@_attrs.define(kw_only=True, slots=True)
class ListDataPolicyTargetsDto:
    """Wire model ``ListDataPolicyTargetsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        policy_id: ``policyId``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        query: ``query``, Any, optional
        target_type: ``targetType``, Any, optional
    """

    policy_id: Any = _attrs.field(default=None, metadata={"wire": "policyId"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    query: Any = _attrs.field(default=None, metadata={"wire": "query"})
    target_type: Any = _attrs.field(default=None, metadata={"wire": "targetType"})
