# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetUserPasswordCiphertextDataDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["GetUserPasswordCiphertextDataDto"]


@_attrs.define(kw_only=True, slots=True)
class GetUserPasswordCiphertextDataDto:
    """Wire model ``GetUserPasswordCiphertextDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        ciphertext: ``ciphertext``, str, required
    """

    ciphertext: str = _attrs.field(metadata={"wire": "ciphertext"})
