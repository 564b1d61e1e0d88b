"""Where a ``genauth`` command sends its requests: a user pool's host with its keys, or the embedded emulator.

The embedded emulator is a throwaway server in this process: whatever is "created" there is gone
when the command exits. Falling back to it silently when a configuration is merely incomplete (a
misspelled secret variable) turns a production run into a successful-looking no-op whose report
then makes a later ``--resume`` skip everything. So it is used only when asked for with
``--emulator``, or when nothing at all is configured (a first try on a fresh machine); anything in
between is a usage error that names what is missing, raised before anything is sent.
"""

from __future__ import annotations

import argparse
import contextlib
import os
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from ._generated.clients import ManagementClient

ENV_ID = "GENAUTH_ACCESS_KEY_ID"
ENV_SECRET = "GENAUTH_ACCESS_KEY_SECRET"
ENV_HOST = "GENAUTH_HOST"


class UsageError(Exception):
    """A command line or environment that cannot be run; the message is one line for the user."""


@attrs.frozen(slots=True)
class Target:
    """The resolved destination; ``host`` is None for the embedded emulator until it has started."""

    embedded: bool
    host: str | None = None
    access_key_id: str | None = attrs.field(default=None, repr=False)
    access_key_secret: str | None = attrs.field(default=None, repr=False)
    reason: str = ""


def add_target_flags(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--access-key-id", help=f"the user pool's access key id (default: ${ENV_ID})")
    parser.add_argument("--access-key-secret", help=f"its secret (default: ${ENV_SECRET})")
    parser.add_argument("--host", help=f"the API host (default: ${ENV_HOST}, else https://api.genauth.ai)")
    parser.add_argument("--emulator", action="store_true",
                        help="run against a throwaway embedded emulator: nothing reaches GenAuth")


def _setting(flag: str | None, env: str) -> tuple[str | None, str | None]:
    """The value and where it came from (the flag wins over the environment; empty means unset)."""
    if flag:
        return flag, "--" + env.removeprefix("GENAUTH_").lower().replace("_", "-")
    value = os.environ.get(env)
    return (value, "$" + env) if value else (None, None)


def resolve_target(args: argparse.Namespace) -> Target:
    key_id, id_from = _setting(args.access_key_id, ENV_ID)
    secret, secret_from = _setting(args.access_key_secret, ENV_SECRET)
    host, host_from = _setting(args.host, ENV_HOST)
    if args.emulator:
        flags = [name for name, source in (("--access-key-id", id_from), ("--access-key-secret", secret_from),
                                           ("--host", host_from)) if source and source.startswith("--")]
        if flags:
            raise UsageError(f"--emulator cannot be combined with {', '.join(flags)}")
        return Target(embedded=True, reason="asked for with --emulator")
    if key_id is None and secret is None and host is None:
        return Target(embedded=True, reason=f"no credentials or host configured (${ENV_ID}, ${ENV_SECRET}, "
                                            f"${ENV_HOST}); pass --emulator to say so explicitly")
    missing = [f"${env} (or {flag})" for value, env, flag in (
        (key_id, ENV_ID, "--access-key-id"), (secret, ENV_SECRET, "--access-key-secret")) if value is None]
    if missing:
        given = ", ".join(source for source in (id_from, secret_from, host_from) if source)
        raise UsageError(f"{' and '.join(missing)} missing, though {given} is set; refusing to fall back "
                         f"to the embedded emulator (pass --emulator to use it)")
    if host is not None and not host.startswith(("http://", "https://")):
        raise UsageError(f"{host_from} must be a URL starting with https:// (or http://), got {host!r}")
    from ._base_client import DEFAULT_HOST

    return Target(embedded=False, host=(host or DEFAULT_HOST).rstrip("/"), access_key_id=key_id,
                  access_key_secret=secret)


@contextlib.asynccontextmanager
async def open_client(target: Target) -> AsyncIterator[tuple[ManagementClient, str]]:
    """A client for the target, and the host it talks to (the emulator's URL once it has started)."""
    from . import ManagementClient

    if not target.embedded:
        assert target.access_key_id is not None and target.access_key_secret is not None and target.host
        async with ManagementClient(target.access_key_id, target.access_key_secret, host=target.host) as client:
            yield client, target.host
        return
    from .testing import Emulator

    async with Emulator() as emu, ManagementClient(emu.access_key_id, emu.access_key_secret,
                                                   host=emu.url) as client:
        yield client, emu.url
