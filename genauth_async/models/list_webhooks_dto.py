# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ListWebhooksDto``."""

from __future__ import annotations

from typing import Any

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET

__all__ = ["ListWebhooksDto"]


@_attrs.define(kw_only=True, slots=True)
class ListWebhooksDto:
    """Wire model ``ListWebhooksDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
    """

    page: Any = _attrs.field(default=_UNSET, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=_UNSET, metadata={"wire": "limit"})
