# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``AliExmailEmailProviderConfigInput``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async.models._redact import masked as _masked

__all__ = ["AliExmailEmailProviderConfigInput"]


@_attrs.define(kw_only=True, slots=True)
class AliExmailEmailProviderConfigInput:
    """Wire model ``AliExmailEmailProviderConfigInput`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        sender: ``sender``, str, required
        sender_pass: ``senderPass``, str, required
    """

    sender: str = _attrs.field(metadata={"wire": "sender"})
    sender_pass: str = _attrs.field(repr=_masked, metadata={"wire": "senderPass"})
