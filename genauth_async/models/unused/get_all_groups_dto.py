# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetAllGroupsDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["GetAllGroupsDto"]


@_attrs.define(kw_only=True, slots=True)
class GetAllGroupsDto:
    """Wire model ``GetAllGroupsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        fetch_members: ``fetchMembers``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
    """

    fetch_members: Any = _attrs.field(default=None, metadata={"wire": "fetchMembers"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})
