# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ImportExportTemplateRespDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["ImportExportTemplateRespDto"]


@_attrs.define(kw_only=True, slots=True)
class ImportExportTemplateRespDto:
    """Wire model ``ImportExportTemplateRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        key: ``key``, str, required
        url: ``url``, str, required
    """

    key: str = _attrs.field(metadata={"wire": "key"})
    url: str = _attrs.field(metadata={"wire": "url"})
