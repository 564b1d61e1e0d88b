# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ErrMsgI18nDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

from .lang_unit import LangUnit

__all__ = ["ErrMsgI18nDto"]


@_attrs.define(kw_only=True, slots=True)
class ErrMsgI18nDto:
    """Wire model ``ErrMsgI18nDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        error_message: ``errorMessage``, LangUnit, optional
    """

    error_message: LangUnit | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "errorMessage"})
