# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetImportTemplateDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["GetImportTemplateDto"]


@_attrs.define(kw_only=True, slots=True)
class GetImportTemplateDto:
    """Wire model ``GetImportTemplateDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        model_id: ``modelId``, Any, optional
    """

    model_id: Any = _attrs.field(default=None, metadata={"wire": "modelId"})
