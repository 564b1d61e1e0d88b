# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ChangePushCodeStatusDto`` and its enum (ChangePushCodeStatusDtoAction)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireEnum

__all__ = ["ChangePushCodeStatusDto", "ChangePushCodeStatusDtoAction"]


@_attrs.define(kw_only=True, slots=True)
class ChangePushCodeStatusDto:
    """Wire model ``ChangePushCodeStatusDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        push_code_id: ``pushCodeId``, str, required
        action: ``action``, ChangePushCodeStatusDtoAction, required
    """

    push_code_id: str = _attrs.field(metadata={"wire": "pushCodeId"})
    action: ChangePushCodeStatusDtoAction = _attrs.field(metadata={"wire": "action"})


class ChangePushCodeStatusDtoAction(WireEnum):
    """Enum of ``ChangePushCodeStatusDto.action`` (unknown wire values are kept, not rejected)."""

    CONFIRM = "CONFIRM"
    CANCEL = "CANCEL"
