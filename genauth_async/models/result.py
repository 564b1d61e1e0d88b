# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``Result``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["Result"]


@_attrs.define(kw_only=True, slots=True)
class Result:
    """Wire model ``Result`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        add_user: ``addUser``, int, required
        update_user: ``updateUser``, int, required
        add_department: ``addDepartment``, int, required
        update_department: ``updateDepartment``, int, required
    """

    add_user: int = _attrs.field(metadata={"wire": "addUser"})
    update_user: int = _attrs.field(metadata={"wire": "updateUser"})
    add_department: int = _attrs.field(metadata={"wire": "addDepartment"})
    update_department: int = _attrs.field(metadata={"wire": "updateDepartment"})
