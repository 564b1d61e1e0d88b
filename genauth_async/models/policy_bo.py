# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``PolicyBo``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["PolicyBo"]


@_attrs.define(kw_only=True, slots=True)
class PolicyBo:
    """Wire model ``PolicyBo`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        data_policy_id: ``dataPolicyId``, str, required
        data_policy_name: ``dataPolicyName``, str, required
    """

    data_policy_id: str = _attrs.field(metadata={"wire": "dataPolicyId"})
    data_policy_name: str = _attrs.field(metadata={"wire": "dataPolicyName"})
