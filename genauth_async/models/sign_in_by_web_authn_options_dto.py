# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SignInByWebAuthnOptionsDto``."""

from __future__ import annotations

from typing import Any

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["SignInByWebAuthnOptionsDto"]


@_attrs.define(kw_only=True, slots=True)
class SignInByWebAuthnOptionsDto:
    """Wire model ``SignInByWebAuthnOptionsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        scope: ``scope``, str, optional
        context: ``context``, Any, optional
        custom_data: ``customData``, Any, optional
    """

    scope: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "scope"})
    context: Any = _attrs.field(default=_UNSET, metadata={"wire": "context"})
    custom_data: Any = _attrs.field(default=_UNSET, metadata={"wire": "customData"})
