"""Credentials that live outside the user pool: one-time passcodes and LDAP/AD directory accounts.

Both are touched by request handlers on the emulator's event loop *and* by test code on other
threads (``emu.passcode_sent_to(...)`` from a sync test, ``emu.add_directory_user(...)`` before a
sign-in), so each keeps its state behind its own lock instead of in the (unlocked) store. Neither
is persisted with ``db``: a passcode expires within minutes, and the directory stands for an
external LDAP/AD server that a test sets up, not for data of the pool.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
from typing import Any

import attrs

#: Seconds a passcode stays valid.
PASSCODE_TTL = 300.0
#: The API lets one target receive one code per minute on a given channel.
RESEND_INTERVAL = 60.0
#: Wrong guesses after which a code is burnt (a 6-digit code must not be brute-forced).
MAX_ATTEMPTS = 5

DIRECTORY_CONNECTIONS = ("LDAP", "AD")



def hash_password(password: str, salt: str | None = None) -> dict[str, str]:
    """A stored password: a random salt and the SHA-256 of salt and password (test data, not a KDF)."""
    salt = salt or secrets.token_hex(8)
    digest = hashlib.sha256(f"{salt}:{password}".encode("utf-8", "surrogatepass")).hexdigest()
    return {"salt": salt, "hash": digest}

def email_key(email: str) -> str:
    return "email:" + email.strip().lower()


def phone_key(phone: str) -> str:
    return "phone:" + "".join(phone.split())


def country_code(value: Any) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    code = value.strip()
    return code if code.startswith("+") else "+" + code


def same_secret(given: Any, expected: str) -> bool:
    """Constant-time comparison of a presented secret (any JSON value) with the expected one.

    ``hmac.compare_digest`` raises TypeError for a str with non-ASCII characters, so both sides
    are compared as UTF-8 bytes (``surrogatepass``: a lone surrogate from a header or the stdlib
    JSON parser is just a wrong secret); a value that is not a string never matches.
    """
    if not isinstance(given, str):
        return False
    return hmac.compare_digest(given.encode("utf-8", "surrogatepass"), expected.encode("utf-8", "surrogatepass"))


class ResendTooSoon(Exception):
    """A code was sent to this target on this channel less than ``RESEND_INTERVAL`` ago."""

    def __init__(self, wait: float) -> None:
        super().__init__(f"retry in {wait:.0f} s")
        self.wait = wait


@attrs.define
class _Code:
    code: str
    channel: str
    sent_at: float
    expires_at: float
    country_code: str | None
    attempts: int = 0


class Passcodes:
    """Live codes per (target, channel), and an outbox of the last code sent to each target."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._live: dict[tuple[str, str], _Code] = {}
        self._outbox: dict[str, str] = {}

    def send(self, key: str, channel: str, now: float, phone_country_code: str | None = None) -> str:
        """Issue a fresh random 6-digit code (replacing the live one); raises ResendTooSoon."""
        with self._lock:
            live = self._live.get((key, channel))
            if live is not None and now - live.sent_at < RESEND_INTERVAL:
                raise ResendTooSoon(RESEND_INTERVAL - (now - live.sent_at))
            code = f"{secrets.randbelow(1_000_000):06d}"
            self._live[(key, channel)] = _Code(code, channel, now, now + PASSCODE_TTL, phone_country_code)
            self._outbox[key] = code
            if phone_country_code and key.startswith("phone:"):
                self._outbox["phone:" + phone_country_code + key[6:]] = code
            return code

    def check(self, key: str, channels: tuple[str, ...], code: str, now: float,
              phone_country_code: str | None = None) -> str | None:
        """The channel of the live code ``code`` matches, or None. A wrong guess counts as an attempt."""
        with self._lock:
            for channel in channels:
                live = self._live.get((key, channel))
                if live is None:
                    continue
                if live.expires_at <= now:
                    del self._live[(key, channel)]
                    continue
                if phone_country_code and live.country_code and phone_country_code != live.country_code:
                    continue
                if same_secret(code, live.code):
                    return channel
                live.attempts += 1
                if live.attempts >= MAX_ATTEMPTS:
                    del self._live[(key, channel)]
            return None

    def consume(self, key: str, channel: str) -> None:
        with self._lock:
            self._live.pop((key, channel), None)

    def last_sent(self, target: str) -> str | None:
        """The last code sent to an email address or phone number (used, expired or not)."""
        target = target.strip()
        if not target:
            return None
        key = email_key(target) if "@" in target else phone_key(target)
        with self._lock:
            return self._outbox.get(key)


class Directory:
    """Accounts of the emulated LDAP and AD servers, and the pool users they signed in as."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._accounts: dict[tuple[str, str], dict[str, Any]] = {}

    @staticmethod
    def connection_name(connection: Any) -> str:
        name = connection.upper() if isinstance(connection, str) else ""
        if name not in DIRECTORY_CONNECTIONS:
            raise ValueError(f"connection must be one of {', '.join(DIRECTORY_CONNECTIONS)}, not {connection!r}")
        return name

    def add(self, connection: str, username: str, password: str, email: str | None) -> None:
        name = self.connection_name(connection)
        if not isinstance(username, str) or not username:
            raise ValueError("username must be a non-empty string")
        if not isinstance(password, str) or not password:
            raise ValueError("password must be a non-empty string")
        if email is not None and (not isinstance(email, str) or "@" not in email):
            raise ValueError("email must be an email address")
        with self._lock:
            self._accounts[(name, username)] = {**hash_password(password), "email": email}

    def authenticate(self, connection: str, username: str, password: str) -> dict[str, Any] | None:
        """The account's attributes (``email``) when the password is right, else None."""
        with self._lock:
            account = self._accounts.get((connection, username))
        if account is None:
            return None
        expected = hash_password(password, account["salt"])["hash"]
        if not same_secret(expected, account["hash"]):
            return None
        return {"email": account["email"]}
