# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SignInFastpassDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

from .sign_in_fastpass_options_dto import SignInFastpassOptionsDto

__all__ = ["SignInFastpassDto"]


@_attrs.define(kw_only=True, slots=True)
class SignInFastpassDto:
    """Wire model ``SignInFastpassDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        options: ``options``, SignInFastpassOptionsDto, optional
    """

    options: SignInFastpassOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})
