# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ValidatePasswordResultDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["ValidatePasswordResultDto"]


@_attrs.define(kw_only=True, slots=True)
class ValidatePasswordResultDto:
    """Wire model ``ValidatePasswordResultDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        valid: ``valid``, bool, required
    """

    valid: bool = _attrs.field(metadata={"wire": "valid"})
