# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetInvitationRosterDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["GetInvitationRosterDto"]


@_attrs.define(kw_only=True, slots=True)
class GetInvitationRosterDto:
    """Wire model ``GetInvitationRosterDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        roster_id: ``rosterId``, Any, optional
        with_creator_detail: ``withCreatorDetail``, Any, optional
        with_user_count: ``withUserCount``, Any, optional
        with_assigned_policy: ``withAssignedPolicy``, Any, optional
    """

    roster_id: Any = _attrs.field(default=None, metadata={"wire": "rosterId"})
    with_creator_detail: Any = _attrs.field(default=None, metadata={"wire": "withCreatorDetail"})
    with_user_count: Any = _attrs.field(default=None, metadata={"wire": "withUserCount"})
    with_assigned_policy: Any = _attrs.field(default=None, metadata={"wire": "withAssignedPolicy"})
