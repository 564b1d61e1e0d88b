# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SendGridEmailProviderConfig``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async.models._redact import masked as _masked

__all__ = ["SendGridEmailProviderConfig"]


@_attrs.define(kw_only=True, slots=True)
class SendGridEmailProviderConfig:
    """Wire model ``SendGridEmailProviderConfig`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        sender: ``sender``, str, required
        apikey: ``apikey``, str, required
    """

    sender: str = _attrs.field(metadata={"wire": "sender"})
    apikey: str = _attrs.field(repr=_masked, metadata={"wire": "apikey"})
