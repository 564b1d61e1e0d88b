# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``BindByPhoneCodeInputApi``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset
from genauth_async.models._redact import masked as _masked

__all__ = ["BindByPhoneCodeInputApi"]


@_attrs.define(kw_only=True, slots=True)
class BindByPhoneCodeInputApi:
    """Wire model ``BindByPhoneCodeInputApi`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        key: ``key``, str, required
        action: ``action``, str, required
        code: ``code``, str, required
        phone: ``phone``, str, required
        phone_country_code: ``phoneCountryCode``, str, optional
    """

    key: str = _attrs.field(metadata={"wire": "key"})
    action: str = _attrs.field(metadata={"wire": "action"})
    code: str = _attrs.field(repr=_masked, metadata={"wire": "code"})
    phone: str = _attrs.field(metadata={"wire": "phone"})
    phone_country_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phoneCountryCode"})
