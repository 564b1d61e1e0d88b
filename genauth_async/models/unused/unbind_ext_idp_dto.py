# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UnbindExtIdpDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

import attrs as _attrs

__all__ = ["UnbindExtIdpDto"]


@_attrs.define(kw_only=True, slots=True)
class UnbindExtIdpDto:
    """Wire model ``UnbindExtIdpDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        ext_idp_id: ``extIdpId``, str, required
    """

    ext_idp_id: str = _attrs.field(metadata={"wire": "extIdpId"})
