"""Emulator state: named collections of JSON documents, optionally written through to SQLite.

Handlers work on plain dicts (the wire shape), so persisting a collection is just storing each
document as JSON keyed by id; unique indexes are rebuilt from the documents on load rather than
stored, which keeps the schema to two tables and makes a crashed run recoverable.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Hashable, Iterable, Iterator
from typing import Any

KeyFn = Callable[[dict[str, Any]], Hashable | None]


class Collection:
    """Documents in insertion order plus unique indexes (a key function each)."""

    def __init__(self, name: str, store: Store, unique: dict[str, KeyFn] | None = None) -> None:
        self.name = name
        self._store = store
        self.docs: dict[str, dict[str, Any]] = {}
        self._unique_fns = dict(unique or {})
        self._indexes: dict[str, dict[Hashable, str]] = {k: {} for k in self._unique_fns}

    def __len__(self) -> int:
        return len(self.docs)

    def __contains__(self, key: object) -> bool:
        return key in self.docs

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return iter(list(self.docs.values()))

    def get(self, key: str | None) -> dict[str, Any] | None:
        if key is None:
            return None
        return self.docs.get(key)

    def find(self, index: str, value: Hashable | None) -> dict[str, Any] | None:
        if value is None:
            return None
        key = self._indexes[index].get(value)
        return self.docs.get(key) if key is not None else None

    def conflicts(self, doc: dict[str, Any], key: str | None = None) -> str | None:
        """Name of the first unique index that ``doc`` would violate (ignoring document ``key``)."""
        for name, fn in self._unique_fns.items():
            value = fn(doc)
            if value is None:
                continue
            owner = self._indexes[name].get(value)
            if owner is not None and owner != key:
                return name
        return None

    def put(self, key: str, doc: dict[str, Any]) -> dict[str, Any]:
        old = self.docs.get(key)
        if old is not None:
            self._unindex(key, old)
        self.docs[key] = doc
        self._index(key, doc)
        self._store.write(self.name, key, doc)
        return doc

    def delete(self, key: str) -> dict[str, Any] | None:
        old = self.docs.pop(key, None)
        if old is not None:
            self._unindex(key, old)
            self._store.erase(self.name, key)
        return old

    def has_index(self, name: str) -> bool:
        return name in self._indexes

    def add_unique(self, name: str, fn: KeyFn) -> None:
        """Add a unique index (no-op if one of that name exists), built from the current documents."""
        if name in self._unique_fns:
            return
        self._unique_fns[name] = fn
        index: dict[Hashable, str] = {}
        for key, doc in self.docs.items():
            value = fn(doc)
            if value is not None:
                index[value] = key
        self._indexes[name] = index

    def _index(self, key: str, doc: dict[str, Any]) -> None:
        for name, fn in self._unique_fns.items():
            value = fn(doc)
            if value is not None:
                self._indexes[name][value] = key

    def _unindex(self, key: str, doc: dict[str, Any]) -> None:
        for name, fn in self._unique_fns.items():
            value = fn(doc)
            if value is not None and self._indexes[name].get(value) == key:
                del self._indexes[name][value]

    def load(self, rows: Iterable[tuple[str, dict[str, Any]]]) -> None:
        for key, doc in rows:
            self.docs[key] = doc
            self._index(key, doc)


def _field(name: str) -> KeyFn:
    def key(doc: dict[str, Any]) -> Hashable | None:
        value = doc.get(name)
        return value if isinstance(value, str) and value else None

    return key


def _lower_field(name: str) -> KeyFn:
    def key(doc: dict[str, Any]) -> Hashable | None:
        value = doc.get(name)
        return value.lower() if isinstance(value, str) and value else None

    return key


def _pair(first: str, second: str, default_first: str = "default") -> KeyFn:
    def key(doc: dict[str, Any]) -> Hashable | None:
        value = doc.get(second)
        if not isinstance(value, str) or not value:
            return None
        return (doc.get(first) or default_first, value)

    return key


# Every collection the emulator knows, with its uniqueness rules (the conflicts the real API reports).
SCHEMA: dict[str, dict[str, KeyFn]] = {
    "applications": {"appIdentifier": _lower_field("appIdentifier")},
    "app_secrets": {},
    "users": {
        "email": _lower_field("email"),
        "phone": _field("phone"),
        "username": _field("username"),
        "externalId": _field("externalId"),
    },
    "passwords": {},
    "roles": {"code": _pair("namespace", "code")},
    "groups": {"code": _field("code")},
    "organizations": {"organizationCode": _field("organizationCode")},
    "departments": {},
    "ext_idps": {},
    "ext_idp_conns": {"identifier": _field("identifier")},
    "identities": {},
    "directory_links": {},  # "LDAP:<sAMAccountName>" -> the pool user that account signs in as
    "access_grants": {},
    "refresh_tokens": {},
    "revoked": {},
    "logins": {},
    "app_settings": {},
    "members": {},
    "codes": {},
    "cas_tickets": {},
    "meta": {},
}


class Store:
    """All collections; ``db`` names a SQLite file that makes the state survive restarts."""

    def __init__(self, db: str | None = None) -> None:
        self._conn: sqlite3.Connection | None = None
        self.collections: dict[str, Collection] = {name: Collection(name, self, u) for name, u in SCHEMA.items()}
        if db:
            self._open(db)

    def __getattr__(self, name: str) -> Collection:
        try:
            return self.__dict__["collections"][name]  # type: ignore[no-any-return]
        except KeyError:
            raise AttributeError(name) from None

    def __getitem__(self, name: str) -> Collection:
        return self.collections[name]

    def ensure(self, name: str, unique: dict[str, KeyFn] | None = None) -> Collection:
        """The collection ``name``, created empty on first use, with (at least) these unique indexes.

        The spec-driven engine's families get their collections this way, also when SQLite loaded
        their documents before any family asked (the indexes are then built from the documents).
        """
        coll = self.collections.get(name)
        if coll is None:
            coll = self.collections[name] = Collection(name, self)
        for index, fn in (unique or {}).items():
            coll.add_unique(index, fn)
        return coll

    def _open(self, path: str) -> None:
        # check_same_thread=False: the emulator may be created in one thread and served in another.
        conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute(
            "CREATE TABLE IF NOT EXISTS docs (collection TEXT NOT NULL, id TEXT NOT NULL, body TEXT NOT NULL,"
            " seq INTEGER NOT NULL, PRIMARY KEY (collection, id))"
        )
        grouped: dict[str, list[tuple[str, dict[str, Any]]]] = {}
        for name, key, body in conn.execute("SELECT collection, id, body FROM docs ORDER BY seq"):
            grouped.setdefault(name, []).append((key, json.loads(body)))
        for name, rows in grouped.items():
            if name not in self.collections:
                self.collections[name] = Collection(name, self)
            self.collections[name].load(rows)
        row = conn.execute("SELECT COALESCE(MAX(seq), 0) FROM docs").fetchone()
        self._seq = int(row[0])
        self._conn = conn

    def write(self, collection: str, key: str, doc: dict[str, Any]) -> None:
        if self._conn is None:
            return
        self._seq += 1
        # Keep the original position of updated documents so listing order survives a restart.
        self._conn.execute(
            "INSERT INTO docs (collection, id, body, seq) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (collection, id) DO UPDATE SET body = excluded.body",
            (collection, key, json.dumps(doc, separators=(",", ":")), self._seq),
        )

    def erase(self, collection: str, key: str) -> None:
        if self._conn is not None:
            self._conn.execute("DELETE FROM docs WHERE collection = ? AND id = ?", (collection, key))

    def meta(self, key: str) -> Any:
        doc = self.collections["meta"].get(key)
        return None if doc is None else doc.get("value")

    def set_meta(self, key: str, value: Any) -> None:
        self.collections["meta"].put(key, {"value": value})

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
