# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SignUpDto`` and its enum (SignUpDtoConnection)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

from .sign_up_by_pass_code_dto import SignUpByPassCodeDto
from .sign_up_by_password_dto import SignUpByPasswordDto
from .sign_up_options_dto import SignUpOptionsDto
from .sign_up_profile_dto import SignUpProfileDto

__all__ = ["SignUpDto", "SignUpDtoConnection"]


@_attrs.define(kw_only=True, slots=True)
class SignUpDto:
    """Wire model ``SignUpDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        connection: ``connection``, SignUpDtoConnection, required
        password_payload: ``passwordPayload``, SignUpByPasswordDto, optional
        pass_code_payload: ``passCodePayload``, SignUpByPassCodeDto, optional
        profile: ``profile``, SignUpProfileDto, optional
        options: ``options``, SignUpOptionsDto, optional
    """

    connection: SignUpDtoConnection = _attrs.field(metadata={"wire": "connection"})
    password_payload: SignUpByPasswordDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "passwordPayload"})
    pass_code_payload: SignUpByPassCodeDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "passCodePayload"})
    profile: SignUpProfileDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "profile"})
    options: SignUpOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})


class SignUpDtoConnection(WireEnum):
    """Enum of ``SignUpDto.connection`` (unknown wire values are kept, not rejected)."""

    PASSWORD = "PASSWORD"
    PASSCODE = "PASSCODE"
