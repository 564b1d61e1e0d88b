# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SystmeInfoVersion``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["SystmeInfoVersion"]


@_attrs.define(kw_only=True, slots=True)
class SystmeInfoVersion:
    """Wire model ``SystmeInfoVersion`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        server: ``server``, str, required
        console: ``console``, str, required
        login: ``login``, str, required
    """

    server: str = _attrs.field(metadata={"wire": "server"})
    console: str = _attrs.field(metadata={"wire": "console"})
    login: str = _attrs.field(metadata={"wire": "login"})
