# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SyncTaskLdapClientConfig``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async.models._redact import masked as _masked

__all__ = ["SyncTaskLdapClientConfig"]


@_attrs.define(kw_only=True, slots=True)
class SyncTaskLdapClientConfig:
    """Wire model ``SyncTaskLdapClientConfig`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        url: ``url``, str, required
        bind_dn: ``bindDn``, str, required
        bind_credentials: ``bindCredentials``, str, required
        users_base_dn: ``usersBaseDn``, str, required
        groups_base_dn: ``groupsBaseDn``, str, required
        user_query_criteria: ``userQueryCriteria``, str, required
        department_query_criteria: ``departmentQueryCriteria``, str, required
    """

    url: str = _attrs.field(metadata={"wire": "url"})
    bind_dn: str = _attrs.field(metadata={"wire": "bindDn"})
    bind_credentials: str = _attrs.field(repr=_masked, metadata={"wire": "bindCredentials"})
    users_base_dn: str = _attrs.field(metadata={"wire": "usersBaseDn"})
    groups_base_dn: str = _attrs.field(metadata={"wire": "groupsBaseDn"})
    user_query_criteria: str = _attrs.field(metadata={"wire": "userQueryCriteria"})
    department_query_criteria: str = _attrs.field(metadata={"wire": "departmentQueryCriteria"})
