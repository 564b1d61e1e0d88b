# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``Config``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from .option import Option

__all__ = ["Config"]


@_attrs.define(kw_only=True, slots=True)
class Config:
    """Wire model ``Config`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        options: ``options``, list[Option], required
    """

    options: List[Option] = _attrs.field(metadata={"wire": "options"})
