# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``BindByEmailCodeInputApi``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async.models._redact import masked as _masked

__all__ = ["BindByEmailCodeInputApi"]


@_attrs.define(kw_only=True, slots=True)
class BindByEmailCodeInputApi:
    """Wire model ``BindByEmailCodeInputApi`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        key: ``key``, str, required
        action: ``action``, str, required
        code: ``code``, str, required
        email: ``email``, str, required
    """

    key: str = _attrs.field(metadata={"wire": "key"})
    action: str = _attrs.field(metadata={"wire": "action"})
    code: str = _attrs.field(repr=_masked, metadata={"wire": "code"})
    email: str = _attrs.field(metadata={"wire": "email"})
