# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ParsedUserAgent``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["ParsedUserAgent"]


@_attrs.define(kw_only=True, slots=True)
class ParsedUserAgent:
    """Wire model ``ParsedUserAgent`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        device: ``device``, str, required
        name: ``name``, str, required
        os: ``os``, str, required
    """

    device: str = _attrs.field(metadata={"wire": "device"})
    name: str = _attrs.field(metadata={"wire": "name"})
    os: str = _attrs.field(metadata={"wire": "os"})
