# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CheckDomainAvailable``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["CheckDomainAvailable"]


@_attrs.define(kw_only=True, slots=True)
class CheckDomainAvailable:
    """Wire model ``CheckDomainAvailable`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        domain: ``domain``, str, required
    """

    domain: str = _attrs.field(metadata={"wire": "domain"})
