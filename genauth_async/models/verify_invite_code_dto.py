# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``VerifyInviteCodeDto`` and its enum (VerifyInviteCodeDtoReceiverType)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireEnum
from genauth_async.models._redact import masked as _masked

__all__ = ["VerifyInviteCodeDto", "VerifyInviteCodeDtoReceiverType"]


@_attrs.define(kw_only=True, slots=True)
class VerifyInviteCodeDto:
    """Wire model ``VerifyInviteCodeDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        receiver_type: ``receiverType``, VerifyInviteCodeDtoReceiverType, required
        code: ``code``, str, required
        token: ``token``, str, required
    """

    receiver_type: VerifyInviteCodeDtoReceiverType = _attrs.field(metadata={"wire": "receiverType"})
    code: str = _attrs.field(repr=_masked, metadata={"wire": "code"})
    token: str = _attrs.field(repr=_masked, metadata={"wire": "token"})


class VerifyInviteCodeDtoReceiverType(WireEnum):
    """Enum of ``VerifyInviteCodeDto.receiverType`` (unknown wire values are kept, not rejected)."""

    SMS_CODE = "smsCode"
    EMAIL_CODE = "emailCode"
