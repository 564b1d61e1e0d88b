# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``PublicKeyCredentialParametersDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["PublicKeyCredentialParametersDto"]


@_attrs.define(kw_only=True, slots=True)
class PublicKeyCredentialParametersDto:
    """Wire model ``PublicKeyCredentialParametersDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        alg: ``alg``, int, required
        type: ``type``, str, required
    """

    alg: int = _attrs.field(metadata={"wire": "alg"})
    type: str = _attrs.field(metadata={"wire": "type"})
