# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SignInByDingTalkPayloadDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset
from genauth_async.models._redact import masked as _masked

__all__ = ["SignInByDingTalkPayloadDto"]


@_attrs.define(kw_only=True, slots=True)
class SignInByDingTalkPayloadDto:
    """Wire model ``SignInByDingTalkPayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        is_sns_code: ``isSnsCode``, bool, optional
    """

    code: str = _attrs.field(repr=_masked, metadata={"wire": "code"})
    is_sns_code: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "isSnsCode"})
