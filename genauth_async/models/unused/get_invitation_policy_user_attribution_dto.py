# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetInvitationPolicyUserAttributionDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["GetInvitationPolicyUserAttributionDto"]


@_attrs.define(kw_only=True, slots=True)
class GetInvitationPolicyUserAttributionDto:
    """Wire model ``GetInvitationPolicyUserAttributionDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, Any, optional
        with_target_detail: ``withTargetDetail``, Any, optional
        with_department_ext_info: ``withDepartmentExtInfo``, Any, optional
    """

    id: Any = _attrs.field(default=None, metadata={"wire": "id"})
    with_target_detail: Any = _attrs.field(default=None, metadata={"wire": "withTargetDetail"})
    with_department_ext_info: Any = _attrs.field(default=None, metadata={"wire": "withDepartmentExtInfo"})
