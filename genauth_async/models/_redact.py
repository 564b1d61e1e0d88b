# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""``repr`` of secret model fields (the spec's ``secret_fields`` rule, tools/spec/secrets.py)."""

from __future__ import annotations

from genauth_async._model import UNSET

__all__ = ["masked"]


def masked(value: object) -> str:
    """``'***'`` for a set secret; ``None`` and ``UNSET`` as they are (was one given?)."""
    if value is None or value is UNSET:
        return repr(value)
    return "'***'"
