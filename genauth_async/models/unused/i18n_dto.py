# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``I18nDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireBacked

from ..lang_object import LangObject

__all__ = ["I18nDto"]


@_attrs.define(kw_only=True, slots=True)
class I18nDto(WireBacked):
    """Wire model ``I18nDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        name: ``name``, LangObject, required
    """

    name: LangObject = _attrs.field(metadata={"wire": "name"})
