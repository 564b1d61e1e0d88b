# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``PreviewEmailTemplateRespDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireBacked

from ..preview_email_template_data_dto import PreviewEmailTemplateDataDto

__all__ = ["PreviewEmailTemplateRespDto"]


@_attrs.define(kw_only=True, slots=True)
class PreviewEmailTemplateRespDto(WireBacked):
    """Wire model ``PreviewEmailTemplateRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        data: ``data``, PreviewEmailTemplateDataDto, required
    """

    data: PreviewEmailTemplateDataDto = _attrs.field(metadata={"wire": "data"})
