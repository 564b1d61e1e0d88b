# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetGroupDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["GetGroupDto"]


@_attrs.define(kw_only=True, slots=True)
class GetGroupDto:
    """Wire model ``GetGroupDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
    """

    code: Any = _attrs.field(default=None, metadata={"wire": "code"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})
