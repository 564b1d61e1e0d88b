# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CaptchaCodeDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["CaptchaCodeDto"]


@_attrs.define(kw_only=True, slots=True)
class CaptchaCodeDto:
    """Wire model ``CaptchaCodeDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        r: ``r``, Any, optional
    """

    r: Any = _attrs.field(default=None, metadata={"wire": "r"})
