# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ListDeviceCredentialDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["ListDeviceCredentialDto"]


@_attrs.define(kw_only=True, slots=True)
class ListDeviceCredentialDto:
    """Wire model ``ListDeviceCredentialDto`` (request side; optional fields default to UNSET)."""
