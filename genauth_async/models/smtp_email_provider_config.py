# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SMTPEmailProviderConfig``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async.models._redact import masked as _masked

__all__ = ["SMTPEmailProviderConfig"]


@_attrs.define(kw_only=True, slots=True)
class SMTPEmailProviderConfig:
    """Wire model ``SMTPEmailProviderConfig`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        smtp_host: ``smtp_host``, str, required
        smtp_port: ``smtp_port``, int, required
        sender: ``sender``, str, required
        sender_pass: ``senderPass``, str, required
        secure: ``secure``, bool, required
    """

    smtp_host: str = _attrs.field(metadata={"wire": "smtp_host"})
    smtp_port: int = _attrs.field(metadata={"wire": "smtp_port"})
    sender: str = _attrs.field(metadata={"wire": "sender"})
    sender_pass: str = _attrs.field(repr=_masked, metadata={"wire": "senderPass"})
    secure: bool = _attrs.field(metadata={"wire": "secure"})
