# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ExtraParams``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["ExtraParams"]


@_attrs.define(kw_only=True, slots=True)
class ExtraParams:
    """Wire model ``ExtraParams`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        end_time: ``endTime``, int, optional
        enable_time: ``enableTime``, int, optional
    """

    end_time: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "endTime"})
    enable_time: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "enableTime"})
