"""Membership lists (role, group and department members) kept apart from the documents they join."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from genauth_async.testing.server import Emulator


def members(emu: Emulator, kind: str, owner: str) -> list[str]:
    doc = emu.store.members.get(f"{kind}:{owner}")
    return list(doc["userIds"]) if doc else []


def add(emu: Emulator, kind: str, owner: str, user_ids: list[Any]) -> None:
    current = members(emu, kind, owner)
    for uid in user_ids:
        if isinstance(uid, str) and uid in emu.store.users and uid not in current:
            current.append(uid)
    emu.store.members.put(f"{kind}:{owner}", {"userIds": current})


def remove(emu: Emulator, kind: str, owner: str, user_ids: list[Any]) -> None:
    drop = set(u for u in user_ids if isinstance(u, str))
    emu.store.members.put(f"{kind}:{owner}", {"userIds": [u for u in members(emu, kind, owner) if u not in drop]})


def forget(emu: Emulator, kind: str, owner: str) -> None:
    emu.store.members.delete(f"{kind}:{owner}")


def owners_of(emu: Emulator, kind: str, user_id: str) -> list[str]:
    prefix = f"{kind}:"
    return [k[len(prefix) :] for k, d in emu.store.members.docs.items() if k.startswith(prefix) and user_id in d["userIds"]]
