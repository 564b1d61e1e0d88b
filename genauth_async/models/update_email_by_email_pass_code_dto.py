# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UpdateEmailByEmailPassCodeDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset
from genauth_async.models._redact import masked as _masked

__all__ = ["UpdateEmailByEmailPassCodeDto"]


@_attrs.define(kw_only=True, slots=True)
class UpdateEmailByEmailPassCodeDto:
    """Wire model ``UpdateEmailByEmailPassCodeDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        new_email: ``newEmail``, str, required
        new_email_pass_code: ``newEmailPassCode``, str, required
        old_email: ``oldEmail``, str, optional
        old_email_pass_code: ``oldEmailPassCode``, str, optional
    """

    new_email: str = _attrs.field(metadata={"wire": "newEmail"})
    new_email_pass_code: str = _attrs.field(repr=_masked, metadata={"wire": "newEmailPassCode"})
    old_email: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "oldEmail"})
    old_email_pass_code: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "oldEmailPassCode"})
