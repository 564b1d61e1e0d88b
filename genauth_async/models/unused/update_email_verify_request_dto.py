# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UpdateEmailVerifyRequestDto`` and its enum (UpdateEmailVerifyRequestDtoVerifyMethod).

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum

from ..update_email_by_email_pass_code_dto import UpdateEmailByEmailPassCodeDto

__all__ = ["UpdateEmailVerifyRequestDto", "UpdateEmailVerifyRequestDtoVerifyMethod"]


@_attrs.define(kw_only=True, slots=True)
class UpdateEmailVerifyRequestDto(WireBacked):
    """Wire model ``UpdateEmailVerifyRequestDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        email_passcode_payload: ``emailPasscodePayload``, UpdateEmailByEmailPassCodeDto, required
        verify_method: ``verifyMethod``, UpdateEmailVerifyRequestDtoVerifyMethod, required
    """

    email_passcode_payload: UpdateEmailByEmailPassCodeDto = _attrs.field(metadata={"wire": "emailPasscodePayload"})
    verify_method: UpdateEmailVerifyRequestDtoVerifyMethod = _attrs.field(metadata={"wire": "verifyMethod"})


class UpdateEmailVerifyRequestDtoVerifyMethod(WireEnum):
    """Enum of ``UpdateEmailVerifyRequestDto.verifyMethod`` (unknown wire values are kept, not rejected)."""

    EMAIL_PASSCODE = "EMAIL_PASSCODE"
