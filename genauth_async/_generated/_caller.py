# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Base of the generated async mixins: declares ``_call`` for type checkers only.

At run time the class is empty, so ``BaseClient._call`` (later in the MRO) is the one that runs.
"""

from __future__ import annotations

from collections.abc import Coroutine, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from genauth_async._endpoint import Endpoint, RequestOptions


class _Caller:
    __slots__ = ()

    if TYPE_CHECKING:

        def _call(
            self,
            endpoint: Endpoint,
            values: Sequence[Any],
            returns: str | None,
            options: RequestOptions | None = None,
        ) -> Coroutine[Any, Any, Any]: ...
