# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UpdateEmailDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async.models._redact import masked as _masked

__all__ = ["UpdateEmailDto"]


@_attrs.define(kw_only=True, slots=True)
class UpdateEmailDto:
    """Wire model ``UpdateEmailDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        update_email_token: ``updateEmailToken``, str, required
    """

    update_email_token: str = _attrs.field(repr=_masked, metadata={"wire": "updateEmailToken"})
