# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SMTPEmailProviderConfigInput``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset
from genauth_async.models._redact import masked as _masked

__all__ = ["SMTPEmailProviderConfigInput"]


@_attrs.define(kw_only=True, slots=True)
class SMTPEmailProviderConfigInput:
    """Wire model ``SMTPEmailProviderConfigInput`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        smtp_host: ``smtp_host``, str, required
        smtp_port: ``smtp_port``, int, required
        sender: ``sender``, str, optional
        sender_pass: ``senderPass``, str, required
        secure: ``secure``, bool, optional
    """

    smtp_host: str = _attrs.field(metadata={"wire": "smtp_host"})
    smtp_port: int = _attrs.field(metadata={"wire": "smtp_port"})
    sender: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sender"})
    sender_pass: str = _attrs.field(repr=_masked, metadata={"wire": "senderPass"})
    secure: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "secure"})
