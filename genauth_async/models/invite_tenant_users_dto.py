# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``InviteTenantUsersDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .error_email_msg import errorEmailMsg
from .invite_tenant_user_record import InviteTenantUserRecord

__all__ = ["InviteTenantUsersDto"]


@_attrs.define(kw_only=True, slots=True)
class InviteTenantUsersDto(WireBacked):
    """Wire model ``InviteTenantUsersDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        err_msgs: ``errMsgs``, list[errorEmailMsg], required
        list: ``list``, list[InviteTenantUserRecord], required
    """

    err_msgs: List[errorEmailMsg] = _attrs.field(metadata={"wire": "errMsgs"})
    list: List[InviteTenantUserRecord] = _attrs.field(metadata={"wire": "list"})
