# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Enums of the ``FindIpListParams`` endpoint parameters (FindIpListParamsIpType)."""

from __future__ import annotations

from genauth_async._model import WireEnum

__all__ = ["FindIpListParamsIpType"]


class FindIpListParamsIpType(WireEnum):
    """Enum of ``FindIpListParams.ipType`` (unknown wire values are kept, not rejected)."""

    BLACK = "BLACK"
    WHITE = "WHITE"
