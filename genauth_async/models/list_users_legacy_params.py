# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Enums of the ``ListUsersLegacyParams`` endpoint parameters (ListUsersLegacyParamsStatus)."""

from __future__ import annotations

from genauth_async._model import WireEnum

__all__ = ["ListUsersLegacyParamsStatus"]


class ListUsersLegacyParamsStatus(WireEnum):
    """Enum of ``ListUsersLegacyParams.status`` (unknown wire values are kept, not rejected)."""

    SUSPENDED = "Suspended"
    RESIGNED = "Resigned"
    ACTIVATED = "Activated"
    ARCHIVED = "Archived"
    DEACTIVATED = "Deactivated"
