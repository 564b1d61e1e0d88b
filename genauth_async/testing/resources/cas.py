"""CAS IdP: login issuing service tickets, v1 text validation, v2 serviceValidate (JSON or XML).

Login follows the OIDC module's rule: ``login_hint`` (or ``x-genauth-emulator-user``) signs in
without a form, so tests can drive the redirect with any HTTP client.
"""

from __future__ import annotations

import secrets
from typing import Any
from urllib.parse import urlencode
from xml.sax.saxutils import escape

from aiohttp import web

from genauth_async.testing._wire import ProtocolError, json_response
from genauth_async.testing.resources.oidc import lookup_user
from genauth_async.testing.routing import Router, emulator_of

TICKET_TTL = 300


def _username(user: dict[str, Any]) -> str:
    return str(user.get("username") or user.get("email") or user.get("phone") or user["userId"])


def _parts(request: web.Request) -> tuple[str, str]:
    parts = request.path.strip("/").split("/")
    # /cas-idp/{appId}[/validate|/serviceValidate|/p3/serviceValidate]
    app_id = parts[1] if len(parts) > 1 else ""
    action = "/".join(parts[2:])
    return app_id, action


def issue_ticket(emu: Any, app_id: str, user_id: str, service: str) -> str:
    ticket = f"ST-{secrets.token_hex(16)}"
    emu.store.cas_tickets.put(ticket, {"appId": app_id, "userId": user_id, "service": service, "exp": emu.now() + TICKET_TTL})
    return ticket


def _consume(emu: Any, app_id: str, ticket: str, service: str) -> dict[str, Any] | None:
    record = emu.store.cas_tickets.delete(ticket) if ticket else None
    if record is None or record["appId"] != app_id or record["service"] != service or record["exp"] < emu.now():
        return None
    return emu.store.users.get(record["userId"])  # type: ignore[no-any-return]


async def cas(request: web.Request) -> web.StreamResponse:
    emu = emulator_of(request)
    app_id, action = _parts(request)
    if app_id == "logout":
        target = request.query.get("url")
        if target:
            raise web.HTTPFound(target)
        return web.Response(text="Signed out.", content_type="text/plain")
    if app_id not in emu.store.applications:
        raise ProtocolError("invalid_request", f"application {app_id} does not exist", 404)
    service = request.query.get("service", "")
    if action == "":
        return _login(emu, request, app_id, service)
    ticket = request.query.get("ticket", "")
    if action == "validate":
        user = _consume(emu, app_id, ticket, service)
        text = f"yes\n{_username(user)}\n" if user else "no\n"
        return web.Response(text=text, content_type="text/plain")
    if action in ("serviceValidate", "p3/serviceValidate"):
        user = _consume(emu, app_id, ticket, service)
        as_json = request.query.get("format", "XML").upper() == "JSON"
        return _service_response(user, ticket, as_json)
    raise ProtocolError("invalid_request", f"unknown CAS endpoint {action}", 404)


def _login(emu: Any, request: web.Request, app_id: str, service: str) -> web.StreamResponse:
    if not service:
        raise ProtocolError("invalid_request", "service is required")
    hint = request.query.get("login_hint") or request.headers.get("x-genauth-emulator-user")
    if not hint:
        return web.Response(
            text="<!doctype html><title>CAS login</title><p>Pass login_hint=&lt;user&gt; to sign in.</p>",
            content_type="text/html",
        )
    user = lookup_user(emu, hint)
    if user is None:
        raise ProtocolError("access_denied", f"login_hint {hint!r} names no user", 403)
    ticket = issue_ticket(emu, app_id, user["userId"], service)
    raise web.HTTPFound(f"{service}{'&' if '?' in service else '?'}{urlencode({'ticket': ticket})}")


def _service_response(user: dict[str, Any] | None, ticket: str, as_json: bool) -> web.StreamResponse:
    if user is None:
        failure = {"code": "INVALID_TICKET", "description": f"Ticket {ticket} not recognized"}
        if as_json:
            return json_response({"serviceResponse": {"authenticationFailure": failure}})
        xml = (
            "<cas:serviceResponse xmlns:cas='http://www.yale.edu/tp/cas'>"
            f"<cas:authenticationFailure code=\"INVALID_TICKET\">{escape(failure['description'])}"
            "</cas:authenticationFailure></cas:serviceResponse>"
        )
        return web.Response(text=xml, content_type="application/xml")
    attributes = {k: user[k] for k in ("email", "phone", "name", "nickname") if user.get(k) is not None}
    attributes["userId"] = user["userId"]
    if as_json:
        return json_response(
            {"serviceResponse": {"authenticationSuccess": {"user": _username(user), "attributes": attributes}}}
        )
    attrs_xml = "".join(f"<cas:{k}>{escape(str(v))}</cas:{k}>" for k, v in attributes.items())
    xml = (
        "<cas:serviceResponse xmlns:cas='http://www.yale.edu/tp/cas'><cas:authenticationSuccess>"
        f"<cas:user>{escape(_username(user))}</cas:user><cas:attributes>{attrs_xml}</cas:attributes>"
        "</cas:authenticationSuccess></cas:serviceResponse>"
    )
    return web.Response(text=xml, content_type="application/xml")


def register(router: Router) -> None:
    router.raw_prefix("GET", "/cas-idp/", cas)
