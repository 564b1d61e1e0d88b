# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``errorEmailMsg``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["errorEmailMsg"]


@_attrs.define(kw_only=True, slots=True)
class errorEmailMsg:
    """Wire model ``errorEmailMsg`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        email: ``email``, str, required
        message: ``message``, str, required
    """

    email: str = _attrs.field(metadata={"wire": "email"})
    message: str = _attrs.field(metadata={"wire": "message"})
