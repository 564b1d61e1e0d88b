# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``PreviewEmailTemplateDataDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["PreviewEmailTemplateDataDto"]


@_attrs.define(kw_only=True, slots=True)
class PreviewEmailTemplateDataDto:
    """Wire model ``PreviewEmailTemplateDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        content: ``content``, str, required
        subject: ``subject``, str, required
        sender: ``sender``, str, required
    """

    content: str = _attrs.field(metadata={"wire": "content"})
    subject: str = _attrs.field(metadata={"wire": "subject"})
    sender: str = _attrs.field(metadata={"wire": "sender"})
