# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Enums of the ``ListSyncJobsParams`` endpoint parameters (ListSyncJobsParamsSyncTrigger)."""

from __future__ import annotations

from genauth_async._model import WireEnum

__all__ = ["ListSyncJobsParamsSyncTrigger"]


class ListSyncJobsParamsSyncTrigger(WireEnum):
    """Enum of ``ListSyncJobsParams.syncTrigger`` (unknown wire values are kept, not rejected)."""

    MANUALLY = "manually"
    TIMED = "timed"
    AUTOMATIC = "automatic"
