# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``EnrollFactorEnrollmentDataDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset
from genauth_async.models._redact import masked as _masked

__all__ = ["EnrollFactorEnrollmentDataDto"]


@_attrs.define(kw_only=True, slots=True)
class EnrollFactorEnrollmentDataDto:
    """Wire model ``EnrollFactorEnrollmentDataDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        pass_code: ``passCode``, str, optional
        photo: ``photo``, str, optional
        is_external_photo: ``isExternalPhoto``, bool, optional
    """

    pass_code: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "passCode"})
    photo: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "photo"})
    is_external_photo: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "isExternalPhoto"})
