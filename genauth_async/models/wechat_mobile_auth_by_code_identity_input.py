# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``WechatMobileAuthByCodeIdentityInput``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset
from genauth_async.models._redact import masked as _masked

from .sign_in_options_dto import SignInOptionsDto

__all__ = ["WechatMobileAuthByCodeIdentityInput"]


@_attrs.define(kw_only=True, slots=True)
class WechatMobileAuthByCodeIdentityInput:
    """Wire model ``WechatMobileAuthByCodeIdentityInput`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        app_id: ``appId``, str, optional
        conn_id: ``connId``, str, optional
        options: ``options``, SignInOptionsDto, optional
    """

    code: str = _attrs.field(repr=_masked, metadata={"wire": "code"})
    app_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "appId"})
    conn_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "connId"})
    options: SignInOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})
