# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``LdapUpdateDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset
from genauth_async.models._redact import masked as _masked

__all__ = ["LdapUpdateDto"]


@_attrs.define(kw_only=True, slots=True)
class LdapUpdateDto:
    """Wire model ``LdapUpdateDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        bind_pwd: ``bindPwd``, str, optional
    """

    bind_pwd: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "bindPwd"})
