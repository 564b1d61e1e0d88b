# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetAlipayAuthinfoDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["GetAlipayAuthinfoDto"]


@_attrs.define(kw_only=True, slots=True)
class GetAlipayAuthinfoDto:
    """Wire model ``GetAlipayAuthinfoDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        ext_idp_connidentifier: ``extIdpConnidentifier``, Any, optional
    """

    ext_idp_connidentifier: Any = _attrs.field(default=None, metadata={"wire": "extIdpConnidentifier"})
