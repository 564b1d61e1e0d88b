# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetSubjectAuthDetailDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["GetSubjectAuthDetailDto"]


@_attrs.define(kw_only=True, slots=True)
class GetSubjectAuthDetailDto:
    """Wire model ``GetSubjectAuthDetailDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        target_id: ``targetId``, Any, optional
        target_type: ``targetType``, Any, optional
        app_id: ``appId``, Any, optional
    """

    target_id: Any = _attrs.field(default=None, metadata={"wire": "targetId"})
    target_type: Any = _attrs.field(default=None, metadata={"wire": "targetType"})
    app_id: Any = _attrs.field(default=None, metadata={"wire": "appId"})
