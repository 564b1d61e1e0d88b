# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UserPoolPublicConfigDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["UserPoolPublicConfigDto"]


@_attrs.define(kw_only=True, slots=True)
class UserPoolPublicConfigDto:
    """Wire model ``UserPoolPublicConfigDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        name: ``name``, str, optional
        logo: ``logo``, str, optional
        description: ``description``, str, optional
    """

    name: str | None = _attrs.field(default=None, metadata={"wire": "name"})
    logo: str | None = _attrs.field(default=None, metadata={"wire": "logo"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
