# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``PublicAccountSwitchLoginDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

from .sign_in_by_switch_options_dto import SignInBySwitchOptionsDto

__all__ = ["PublicAccountSwitchLoginDto"]


@_attrs.define(kw_only=True, slots=True)
class PublicAccountSwitchLoginDto:
    """Wire model ``PublicAccountSwitchLoginDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        target_user_id: ``targetUserId``, str, required
        options: ``options``, SignInBySwitchOptionsDto, optional
    """

    target_user_id: str = _attrs.field(metadata={"wire": "targetUserId"})
    options: SignInBySwitchOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})
