"""Every hand-written family's routes on one router, in the order their overrides need."""

from __future__ import annotations

from genauth_async.testing.routing import Router


def register_all(router: Router) -> None:
    from genauth_async.testing import events
    from genauth_async.testing.resources import (
        applications,
        auth,
        cas,
        custom_data,
        extidp,
        groups,
        oidc,
        orgs,
        roles,
        row_relations,
        tenant_members,
        user_links,
        users,
        whitelists,
    )

    for module in (applications, users, roles, groups, orgs, extidp, auth, oidc, cas, custom_data, user_links,
                   tenant_members, whitelists, row_relations):
        module.register(router)
    events.register(router)  # after the spec-driven routes it overrides (pub-event, pub-userEvent)
