# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Enums of the ``FindUserListParams`` endpoint parameters (FindUserListParamsUserListType)."""

from __future__ import annotations

from genauth_async._model import WireEnum

__all__ = ["FindUserListParamsUserListType"]


class FindUserListParamsUserListType(WireEnum):
    """Enum of ``FindUserListParams.userListType`` (unknown wire values are kept, not rejected)."""

    BLACK = "BLACK"
    WHITE = "WHITE"
