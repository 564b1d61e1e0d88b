# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CheckRoleMutualExclusionResultDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["CheckRoleMutualExclusionResultDto"]


@_attrs.define(kw_only=True, slots=True)
class CheckRoleMutualExclusionResultDto:
    """Wire model ``CheckRoleMutualExclusionResultDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        exist_mutually_exclusive: ``existMutuallyExclusive``, bool, required
    """

    exist_mutually_exclusive: bool = _attrs.field(metadata={"wire": "existMutuallyExclusive"})
