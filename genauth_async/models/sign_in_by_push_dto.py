# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SignInByPushDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

from .sign_in_by_push_options_dto import SignInByPushOptionsDto

__all__ = ["SignInByPushDto"]


@_attrs.define(kw_only=True, slots=True)
class SignInByPushDto:
    """Wire model ``SignInByPushDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        account: ``account``, str, required
        options: ``options``, SignInByPushOptionsDto, optional
    """

    account: str = _attrs.field(metadata={"wire": "account"})
    options: SignInByPushOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})
