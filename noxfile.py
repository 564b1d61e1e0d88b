"""Developer tasks. CI runs the README's test command (.ci/run); these sessions are the long forms."""

from __future__ import annotations

import nox

nox.options.sessions = ["lint", "typecheck", "codegen", "tests"]
nox.options.reuse_existing_virtualenvs = True

PY = "3.11"


@nox.session(python=PY)
def tests(session: nox.Session) -> None:
    session.install("-e", ".[test,cli,speedups]")
    session.run("pytest", *session.posargs)


@nox.session(python=PY)
def lint(session: nox.Session) -> None:
    session.install("ruff")
    session.run("ruff", "check", ".")


@nox.session(python=PY)
def typecheck(session: nox.Session) -> None:
    session.install("-e", ".[dev,cli,test]")
    session.run("mypy")


@nox.session(python=PY)
def spec(session: nox.Session) -> None:
    """Re-extract the spec from the official packages (needs pip and npm to reach their registries)."""
    session.install("-e", ".")
    session.run("python", "-m", "tools.spec.extract", *session.posargs, external=False)


@nox.session(python=PY)
def codegen(session: nox.Session) -> None:
    """Regenerate into a temporary directory and fail on any difference from the committed code."""
    session.install("-e", ".")
    session.run("python", "-m", "tools.codegen", "--check")


@nox.session(python=PY)
def bench(session: nox.Session) -> None:
    session.install("-e", ".[test,speedups]", "httpx", "requests")
    session.run("python", "-m", "benchmarks", *session.posargs)
