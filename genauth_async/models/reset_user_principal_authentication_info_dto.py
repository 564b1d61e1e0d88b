# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ResetUserPrincipalAuthenticationInfoDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

from .reset_user_principal_authentication_info_options_dto import ResetUserPrincipalAuthenticationInfoOptionsDto

__all__ = ["ResetUserPrincipalAuthenticationInfoDto"]


@_attrs.define(kw_only=True, slots=True)
class ResetUserPrincipalAuthenticationInfoDto:
    """Wire model ``ResetUserPrincipalAuthenticationInfoDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        options: ``options``, ResetUserPrincipalAuthenticationInfoOptionsDto, optional
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    options: ResetUserPrincipalAuthenticationInfoOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})
