# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UpdateDnefReq``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

from .config import Config

__all__ = ["UpdateDnefReq"]


@_attrs.define(kw_only=True, slots=True)
class UpdateDnefReq:
    """Wire model ``UpdateDnefReq`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        key: ``key``, str, required
        resource_code: ``resourceCode``, str, required
        namespace_code: ``namespaceCode``, str, required
        description: ``description``, str, optional
        label: ``label``, str, optional
        config: ``config``, Config, optional
    """

    key: str = _attrs.field(metadata={"wire": "key"})
    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    label: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "label"})
    config: Config | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "config"})
