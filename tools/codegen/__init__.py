"""Code generator: the committed spec -> attrs models, async endpoint mixins, the sync facade.

Run ``python -m tools.codegen`` from the repository root (``--check`` to verify the committed
files are up to date). The output is a pure function of the spec (plus the constructor and
public helper signatures of the hand-written base clients, which the sync facade mirrors).
"""

from __future__ import annotations

from tools.codegen.main import DEFAULT_SPEC, GENERATED_DIRS, check, generate, main, write

__all__ = ["DEFAULT_SPEC", "GENERATED_DIRS", "check", "generate", "main", "write"]
