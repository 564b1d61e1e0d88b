# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``InviteTenantUserRecord``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["InviteTenantUserRecord"]


@_attrs.define(kw_only=True, slots=True)
class InviteTenantUserRecord:
    """Wire model ``InviteTenantUserRecord`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        record_id: ``recordId``, int, required
        invite_account: ``inviteAccount``, str, required
        verified_status: ``verifiedStatus``, str, required
        invite_link: ``inviteLink``, str, required
        created_at: ``createdAt``, str, required
        activated_at: ``activatedAt``, str, required
    """

    record_id: int = _attrs.field(metadata={"wire": "recordId"})
    invite_account: str = _attrs.field(metadata={"wire": "inviteAccount"})
    verified_status: str = _attrs.field(metadata={"wire": "verifiedStatus"})
    invite_link: str = _attrs.field(metadata={"wire": "inviteLink"})
    created_at: str = _attrs.field(metadata={"wire": "createdAt"})
    activated_at: str = _attrs.field(metadata={"wire": "activatedAt"})
