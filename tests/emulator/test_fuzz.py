"""About 1,000 malformed requests, seeded, across every route of the emulator: none gets a 5xx.

The route list comes from the emulator's own router (exact paths, the spec's templated paths,
the raw prefixes), and request bodies start from each endpoint's spec parameters before they
are mangled: wrong methods, invalid JSON, wrong top-level and element types, huge, empty,
unicode and surrogate-escaped strings, nested junk, wrong content types, missing or garbage
credentials (valid ones too, so the junk reaches the handlers), and bad query strings.

The emulator's fault injection is left off (``faults=None``): its ``error`` and ``bad_gateway``
kinds answer 5xx on purpose and are excluded from this test by construction. Everything else
must answer below 500, both as HTTP status and as the envelope's ``statusCode``, and the
emulator must record no handler failure (see ``Emulator.handler_failures``).
"""

from __future__ import annotations

import base64
import json
import logging
import random
import re
import string
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import aiohttp
import pytest
from yarl import URL

from genauth_async.testing import Emulator
from genauth_async.testing import events as emu_events
from genauth_async.testing import spec as spec_mod

SEED = 20261204
REQUESTS = 1000
BODY_LIMIT = 64 * 1024  # a small limit keeps the over-limit bodies cheap to send
METHODS = ("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS")

TEXT = (
    "", " ", "x", "é", "用户名", "🙂" * 3, "\u0000", "\ud800", "\udfff", "a\ud83dz", "' OR 1=1 --",
    "<script>", "../../etc/passwd", "%00", "\r\nX-Injected: 1", "null", "[]", "{}", "-1", "1e309",
    "ǅ" * 40, "x" * 5000,
)


def _junk(rng: random.Random, depth: int = 0) -> Any:
    """A JSON value of any type, sometimes nested, sometimes very large or very odd."""
    roll = rng.randrange(14 if depth < 3 else 9)
    if roll == 0:
        return None
    if roll == 1:
        return rng.choice((True, False))
    if roll == 2:
        return rng.choice((0, -1, 1, 2**31, -(2**63), 2**64 + 1, 10**30))
    if roll == 3:
        return rng.choice((0.5, -1e300, 1e-300, 3.0))
    if roll in (4, 5, 6):
        return rng.choice(TEXT)
    if roll == 7:
        return "".join(rng.choice(string.printable) for _ in range(rng.randrange(1, 40)))
    if roll == 8:
        return chr(rng.randrange(0x80, 0x2FFFF)) * rng.randrange(1, 4)
    if roll in (9, 10):
        return [_junk(rng, depth + 1) for _ in range(rng.randrange(0, 4))]
    if roll == 11:
        return [{}] if rng.random() < 0.5 else [[None]]
    return {rng.choice(("a", "list", "id", "", "é", "\ud800", "$gt")): _junk(rng, depth + 1) for _ in range(rng.randrange(0, 4))}


def _odd(rng: random.Random, sample: Any, wire: str, ids: tuple[str, ...]) -> Any:
    """A value of the sample's own JSON type with odd contents, so that it passes the top-level
    type check and reaches the handler (real ids for ``*Id`` fields, to get past the lookups)."""
    if isinstance(sample, bool):
        return rng.choice((True, False))
    if isinstance(sample, str):
        return rng.choice(ids) if wire.lower().endswith(("id", "ids")) and rng.random() < 0.6 else rng.choice(TEXT)
    if isinstance(sample, int):
        return rng.choice((0, -1, 2**31, 2**63, -(2**63), 10**30))
    if isinstance(sample, float):
        return rng.choice((0.0, -1e300, 1e300))
    if isinstance(sample, list):
        if rng.random() < 0.5 or not sample:
            return [_junk(rng) for _ in range(rng.randrange(1, 4))]
        return [_odd(rng, item, wire, ids) for item in sample * rng.randrange(1, 3)]
    if isinstance(sample, dict):
        return {k: (_junk(rng) if rng.random() < 0.4 else _odd(rng, v, k, ids)) for k, v in sample.items()}
    return _junk(rng)


def _value(rng: random.Random, t: Any, wire: str, ids: tuple[str, ...]) -> Any:
    """Junk, a well-formed value for a spec TYPE, or one of the right type with odd contents."""
    roll = rng.random()
    if roll < 0.25:
        return _junk(rng)
    sample = spec_mod.sampler().value(t, wire, "fuzz")
    if roll < 0.7:
        return _odd(rng, sample, wire, ids)
    return sample


class Fuzzer:
    """Builds the seeded request list for one emulator (its app, user and tokens make auth pass)."""

    def __init__(self, emu: Emulator, rng: random.Random) -> None:
        self.emu = emu
        self.rng = rng
        self.app = emu.create_application("Fuzz", "fuzz-app", redirectUris=["https://rp.example.com/cb"])
        self.user = emu.create_user(password="Passw0rd!", email="fuzz@example.com", username="fuzz")
        self.mgmt_token = emu.issue_management_token()["access_token"]
        self.user_tokens = emu.issue_user_tokens(self.app, self.user)
        self.ids = (self.app["appId"], self.user["userId"], "fuzz@example.com", "fuzz")
        raw = spec_mod.load()
        self.params: dict[tuple[str, str], list[dict[str, Any]]] = {}
        for ep in [*(raw.get("endpoints") or []), *(raw.get("protocol_endpoints") or [])]:
            key = (str(ep.get("method", "GET")).upper(), str(ep["path"]))
            self.params.setdefault(key, []).extend(ep.get("params") or [])

    def routes(self) -> list[tuple[str, str, str, bool]]:
        """(method, path template, kind, hand-written?) of every route the emulator serves."""
        router = self.emu.router
        out = [(m, p, r.kind, _hand_written(r)) for (m, p), r in router.exact.items()]
        templated = {(ep.method, ep.path) for ep in spec_mod.endpoints() if ep.path_regex is not None}
        for method, regex, route in router.templated:
            paths = sorted(p for m, p in templated if m == method and regex.pattern == _pattern(p))
            out.extend((method, p, route.kind, _hand_written(route)) for p in paths)
        out.extend((m, prefix + "{tail}", r.kind, True) for m, prefix, r in router.prefixes)
        assert len(out) >= len(router.exact) + len(router.templated) + len(router.prefixes)
        return sorted(out)

    def path(self, template: str) -> str:
        parts = []
        for segment in template.split("/"):
            if segment.startswith("{"):
                segment = self.rng.choice((self.app["appId"], "x", "%C3%A9", "%ED%A0%80", "a" * 300, "..",
                                           f"{self.app['appId']}/validate", "p3/serviceValidate", "logout"))
            parts.append(segment)
        return "/".join(parts)

    def headers(self, kind: str) -> dict[str, str]:
        rng = self.rng
        roll = rng.random()
        headers: dict[str, str] = {}
        if roll < 0.7:  # valid credentials, so the junk reaches the handler
            if kind in ("management", "either") and rng.random() < 0.9:
                headers = {"authorization": f"Bearer {self.mgmt_token}", "x-genauth-userpool-id": self.emu.user_pool_id}
            else:
                headers = {"x-genauth-app-id": self.app["appId"]}
                if rng.random() < 0.6:
                    headers["authorization"] = self.user_tokens["access_token"]
                elif rng.random() < 0.5:
                    pair = f"{self.app['appId']}:{self.app['appSecret']}".encode()
                    headers["authorization"] = "Basic " + base64.b64encode(pair).decode()
        elif roll < 0.9:
            credential = rng.choice((
                "Bearer", "Bearer ", "Bearer x.y.z", "Basic", "Basic !!!", "Basic " + base64.b64encode(b"a").decode(),
                "Basic " + base64.b64encode("é:ü".encode()).decode(), "Basic " + base64.b64encode(b"\xff:\xfe").decode(),
                "genauth é:ü", "genauth x:y", "bearer " + "a" * 3000, "Bearer é.ü.ö", "Bearer 中文",
                self.user_tokens["id_token"], "Bearer " + self.mgmt_token[:-3] + "abc",
            ))
            headers["authorization"] = credential
            if rng.random() < 0.5:
                headers["x-genauth-userpool-id"] = rng.choice((self.emu.user_pool_id, "é", "x", ""))
            if rng.random() < 0.5:
                headers["x-genauth-app-id"] = rng.choice((self.app["appId"], "é", "nope", " "))
        return headers

    def body(self, method: str, template: str) -> tuple[bytes | None, str | None]:
        """(raw body, content type); None content type sends no header at all."""
        rng = self.rng
        json_type = rng.choice(("application/json",) * 6 + ("application/json; charset=utf-8", "text/json",
                                                              "application/vnd.api+json"))
        roll = rng.randrange(20)
        if roll < 9:  # the spec's parameters, mangled
            params = self.params.get((method, template)) or self.params.get(("POST", template)) or []
            doc: dict[str, Any] = {}
            for p in params:
                if rng.random() < 0.8:
                    doc[str(p["wire"])] = _value(rng, p.get("type"), str(p["wire"]), self.ids)
            if rng.random() < 0.2:
                doc[rng.choice(("é", "\ud800", "", "__proto__", "x" * 300))] = _junk(rng)
            return json.dumps(doc, ensure_ascii=rng.random() < 0.7).encode("utf-8", "surrogatepass"), json_type
        if roll == 9:
            return rng.choice((b"{", b'{"a":', b"{bad}", b"[1,2", b'{"a": NaN}', b"\x00\x01", b"\xff\xfe\xfd",
                               b'{"a": "\\ud800"}', b'{"a": "\\x"}', b"{'a': 1}", b'{"a":1}{"b":2}',
                               b'{"a": 1,}', "{\"é\": 1}".encode("latin-1"), b"[" * 5000)), json_type
        if roll == 10:  # a valid JSON value of the wrong top-level type
            return json.dumps(rng.choice(([], [{}], "str", 1, None, True, 1.5, [[1]]))).encode(), json_type
        if roll == 11:  # over the size limit (or just under it)
            size = BODY_LIMIT + rng.choice((1, 1000)) if rng.random() < 0.7 else BODY_LIMIT - 200
            return b'{"a": "' + b"x" * size + b'"}', json_type
        if roll == 12:
            return b"", json_type
        if roll == 13:  # deep nesting
            depth = rng.choice((50, 500, 2000))
            return (b'{"a": ' + b"[" * depth + b"]" * depth + b"}"), json_type
        if roll in (14, 15):  # other content types
            ctype = rng.choice(("application/x-www-form-urlencoded", "multipart/form-data; boundary=zz",
                                "multipart/form-data", "text/plain", "application/xml", "application/octet-stream",
                                "garbage", "text/html; charset=nope", "application/json; charset=latin-9"))
            payload = rng.choice((b"a=1&b=%ff&c", b'{"codeList": ["x"]}', b"--zz\r\nContent-Disposition: form-data; "
                                  b'name="a"\r\n\r\n1\r\n--zz--\r\n', b"<a>1</a>", "é=ü".encode(), b"\xff\x00"))
            return payload, ctype
        if roll == 16:
            return json.dumps({"a": _junk(rng)}).encode(), None
        params = self.params.get((method, template)) or []
        doc = {str(p["wire"]): rng.choice(TEXT) for p in params}
        return json.dumps(doc).encode("utf-8", "surrogatepass"), json_type

    def query(self, method: str, template: str) -> str:
        rng = self.rng
        roll = rng.randrange(8)
        if roll < 3:
            return ""
        if roll < 5:
            params = self.params.get((method, template)) or []
            items = [(str(p["wire"]), rng.choice(TEXT[:12] + ("abc", "-5", "0", "99999", "true", "1.5")))
                     for p in params if rng.random() < 0.8]
            return "&".join(f"{_quote(k)}={_quote(v)}" for k, v in items)
        return rng.choice((
            "%zz", "a=%ff%fe", "=&&=&", "a=%ED%A0%80", "page=-1&limit=abc", "page=0&limit=0", "limit=100000",
            "page=1e3", "x=" + "y" * 4000, "a=1&a=2&a=3", "appId=%00", "code=&state=%", "%", "a[]=1&a[b]=2",
            "login_hint=fuzz&client_id=" + self.app["appId"], "redirect_uri=javascript:alert(1)",
            "post_logout_redirect_uri=https://evil.example.com/", "service=https://x&ticket=ST-1&format=JSON",
            "withCustomData=maybe", "userIds=a,b,%E4%B8%AD",
        ))

    def requests(self) -> Iterator[tuple[str, str, dict[str, str], bytes | None]]:
        """REQUESTS requests: every route once, then mostly the hand-written (stateful) ones,
        where input reaches real logic instead of a sample answer."""
        routes = self.routes()
        stateful = [r for r in routes if r[3]]
        order = list(routes)
        self.rng.shuffle(order)
        while len(order) < REQUESTS:
            order.append(self.rng.choice(stateful if self.rng.random() < 0.7 else routes))
        for method, template, kind, _ in order:
            if self.rng.random() < 0.15:
                method = self.rng.choice(METHODS)
            headers = self.headers(kind)
            body, ctype = self.body(method, template) if method not in ("GET", "HEAD") or self.rng.random() < 0.2 \
                else (None, None)
            if ctype is not None:
                headers["content-type"] = ctype
            query = self.query(method, template)
            yield method, self.path(template) + ("?" + query if query else ""), headers, body


def _hand_written(route: Any) -> bool:
    handler = route.raw or route.handler
    return route.kind in ("protocol", "either") or "_sample_handler" not in getattr(handler, "__qualname__", "")


def _pattern(path: str) -> str:
    return "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path)) + "$"


def _quote(value: str) -> str:
    return quote(value.encode("utf-8", "surrogatepass"), safe="")


def _outcome(status: int, ctype: str, raw: bytes) -> tuple[int, str | None]:
    """(the envelope's statusCode, else the HTTP status; a description if it is a server error)."""
    if status >= 500:
        return status, f"HTTP {status}: {raw[:200]!r}"
    if "json" in ctype and raw:
        try:
            answer = json.loads(raw)
        except ValueError:
            return status, f"HTTP {status} says JSON but is not: {raw[:200]!r}"
        code = answer.get("statusCode") if isinstance(answer, dict) else None
        if isinstance(code, int):
            return code, f"envelope statusCode {code}: {raw[:200]!r}" if code >= 500 else None
    return status, None


@pytest.fixture
def fuzz_log(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.WARNING)
    return caplog


async def test_malformed_requests_never_get_a_5xx(fuzz_log: pytest.LogCaptureFixture) -> None:
    emu = Emulator(access_key_id="ak-fuzz", access_key_secret="sk-fuzz", max_body_size=BODY_LIMIT, faults=None)
    emu_events.register(emu.router)
    await emu.start()
    failures: list[str] = []
    outcomes: dict[int, int] = {}
    sent = 0
    try:
        fuzzer = Fuzzer(emu, random.Random(SEED))
        routes = fuzzer.routes()
        timeout = aiohttp.ClientTimeout(total=30)
        async with aiohttp.ClientSession(timeout=timeout, auto_decompress=False) as session:
            for method, target, headers, body in fuzzer.requests():
                url = URL(emu.url + target, encoded=True)
                async with session.request(method, url, headers=headers, data=body, allow_redirects=False,
                                           skip_auto_headers=("Content-Type",)) as resp:
                    raw = await resp.read()
                    code, problem = _outcome(resp.status, resp.headers.get("content-type", ""), raw)
                    outcomes[code] = outcomes.get(code, 0) + 1
                    if problem:
                        failures.append(f"{method} {target[:160]} ct={headers.get('content-type')}: {problem}")
                sent += 1
            # Still serving after all that: a normal management call succeeds.
            async with session.post(emu.url + "/api/v3/get-management-token",
                                    json={"accessKeyId": "ak-fuzz", "accessKeySecret": "sk-fuzz"}) as resp:
                token = (await resp.json())["data"]["access_token"]
            headers = {"authorization": f"Bearer {token}", "x-genauth-userpool-id": emu.user_pool_id}
            async with session.get(emu.url + "/api/v3/list-users", headers=headers) as resp:
                answer = await resp.json()
            assert answer["statusCode"] == 200 and answer["data"]["totalCount"] >= 1
        recorded = list(emu.handler_failures)
    finally:
        await emu_events.close_all(emu)
        await emu.stop()
    assert sent >= REQUESTS and len({(m, p) for m, p, _, _ in routes}) > 600
    assert not failures, f"{len(failures)} server errors:\n" + "\n".join(failures[:40])
    assert not recorded, "handler failures:\n" + "\n".join(map(str, recorded[:20]))
    assert not [r for r in fuzz_log.records if r.levelno >= logging.ERROR or r.exc_info]
    # The mix reached the handlers: plenty of successes and refusals of every kind.
    assert outcomes.get(200, 0) > 50 and outcomes.get(400, 0) > 200 and outcomes.get(413, 0) > 5
    assert outcomes.get(401, 0) > 50 and outcomes.get(404, 0) > 5
