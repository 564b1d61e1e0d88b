# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UpdateBizEmailTemplateDto`` and its enum (UpdateBizEmailTemplateDtoTplEngine).

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireEnum

__all__ = ["UpdateBizEmailTemplateDto", "UpdateBizEmailTemplateDtoTplEngine"]


@_attrs.define(kw_only=True, slots=True)
class UpdateBizEmailTemplateDto:
    """Wire model ``UpdateBizEmailTemplateDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        name: ``name``, str, optional
        subject: ``subject``, str, required
        content: ``content``, str, required
        sender: ``sender``, str, optional
        tpl_engine: ``tplEngine``, UpdateBizEmailTemplateDtoTplEngine, optional
    """

    name: str | None = _attrs.field(default=None, metadata={"wire": "name"})
    subject: str = _attrs.field(metadata={"wire": "subject"})
    content: str = _attrs.field(metadata={"wire": "content"})
    sender: str | None = _attrs.field(default=None, metadata={"wire": "sender"})
    tpl_engine: UpdateBizEmailTemplateDtoTplEngine | None = _attrs.field(default=None, metadata={"wire": "tplEngine"})


class UpdateBizEmailTemplateDtoTplEngine(WireEnum):
    """Enum of ``UpdateBizEmailTemplateDto.tplEngine`` (unknown wire values are kept, not rejected)."""

    HANDLEBAR = "handlebar"
    EJS = "ejs"
