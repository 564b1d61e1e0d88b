# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CheckPushcodeStatusDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["CheckPushcodeStatusDto"]


@_attrs.define(kw_only=True, slots=True)
class CheckPushcodeStatusDto:
    """Wire model ``CheckPushcodeStatusDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        push_code_id: ``pushCodeId``, Any, optional
    """

    push_code_id: Any = _attrs.field(default=None, metadata={"wire": "pushCodeId"})
