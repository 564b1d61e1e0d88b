# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetEmailTemplatesDataDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .email_template_category_dto import EmailTemplateCategoryDto
from .email_template_dto import EmailTemplateDto

__all__ = ["GetEmailTemplatesDataDto"]


@_attrs.define(kw_only=True, slots=True)
class GetEmailTemplatesDataDto(WireBacked):
    """Wire model ``GetEmailTemplatesDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        templates: ``templates``, list[EmailTemplateDto], required
        categories: ``categories``, list[EmailTemplateCategoryDto], required
    """

    templates: List[EmailTemplateDto] = _attrs.field(metadata={"wire": "templates"})
    categories: List[EmailTemplateCategoryDto] = _attrs.field(metadata={"wire": "categories"})
