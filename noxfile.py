"""Developer tasks. CI runs the README's test command (.ci/run); these sessions are the long forms."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import sys
from pathlib import Path

import nox

sys.path.insert(0, str(Path(__file__).resolve().parent))  # nox does not put the project on sys.path
from tools.floors import floor_pins, python_floor  # noqa: E402

nox.options.sessions = ["lint", "typecheck", "codegen", "tests"]
nox.options.reuse_existing_virtualenvs = True

PY = "3.11"
# The floors job: the lowest versions pyproject.toml admits (tools/floors.py reads them), on the
# lowest Python it admits, running the tests of the core client, of the protocol helpers, and every
# generated endpoint, the sync facade and the CLI against the emulator (about a minute with the
# install).
# The test tools (the ``test`` extra) are not pinned: they are not what users install.
FLOOR_EXTRAS = "jwt,speedups,cli"
FLOOR_TESTS = ("tests/core", "tests/protocols", "tests/generated/test_endpoints.py",
               "tests/generated/test_pagination.py", "tests/sync",
               "tests/bulk/test_cli.py")


def _interpreter(version: str) -> str:
    """An absolute path to a working ``python<version>``: from PATH when it runs (a pyenv shim for a
    version that is installed but not selected does not), else from pyenv's versions; the bare
    version (nox's own lookup, which then names what is missing) when neither has it."""
    found = shutil.which(f"python{version}")
    if found and subprocess.run([found, "-c", ""], capture_output=True).returncode == 0:
        return found
    root = os.environ.get("PYENV_ROOT", os.path.expanduser("~/.pyenv"))
    candidates = glob.glob(os.path.join(root, "versions", f"{version}.*", "bin", f"python{version}"))
    candidates.sort(key=lambda p: [int(x) for x in Path(p).parents[1].name.split(".") if x.isdigit()])
    return candidates[-1] if candidates else version


@nox.session(python=PY)
def tests(session: nox.Session) -> None:
    session.install("-e", ".[test,cli,speedups]")
    session.run("pytest", *session.posargs)


@nox.session(python=_interpreter(python_floor()))
def floors(session: nox.Session) -> None:
    """Install exactly the declared floors (tools/floors.py) and run the core tests on them."""
    pins = floor_pins(FLOOR_EXTRAS.split(","))
    constraints = Path(session.create_tmp()) / "floors.txt"
    constraints.write_text("".join(f"{pin}\n" for pin in pins), encoding="utf-8")
    session.log("floors: " + ", ".join(pins))
    # '==' constraints: pip installs exactly these versions or fails (a floor that cannot be
    # installed is not a floor either).
    session.install("-c", str(constraints), "-e", f".[test,{FLOOR_EXTRAS}]")
    session.run("pytest", *(session.posargs or FLOOR_TESTS))


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
