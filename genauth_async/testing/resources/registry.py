"""Every hand-written family's routes on one router, in the order their overrides need."""

from __future__ import annotations

from genauth_async.testing.routing import Router


def register_all(router: Router) -> None:
    from genauth_async.testing import events
    from genauth_async.testing.resources import (
        applications,
        auth,
        cas,
        extidp,
        groups,
        oidc,
        orgs,
        roles,
        users,
    )

    for module in (applications, users, roles, groups, orgs, extidp, auth, oidc, cas):
        module.register(router)
    events.register(router)  # after the spec-driven routes it overrides (pub-event, pub-userEvent)
