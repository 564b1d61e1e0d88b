# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UpdatePhoneDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async.models._redact import masked as _masked

__all__ = ["UpdatePhoneDto"]


@_attrs.define(kw_only=True, slots=True)
class UpdatePhoneDto:
    """Wire model ``UpdatePhoneDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        update_phone_token: ``updatePhoneToken``, str, required
    """

    update_phone_token: str = _attrs.field(repr=_masked, metadata={"wire": "updatePhoneToken"})
