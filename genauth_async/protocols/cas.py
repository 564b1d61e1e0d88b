"""CAS ticket validation answers, parsed into one shape: ``{valid, username?, attributes?, code?, message?}``.

CAS 1.0 ``/validate`` answers plain text (``yes\\n<user>\\n`` or ``no\\n``). The official SDK called
``.json()`` on it, so ``validate_ticket_v1`` always raised and never returned anything. CAS 2.0
``/serviceValidate`` answers XML, or JSON with ``format=JSON``; both are handled here.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

__all__ = ["parse_v1", "parse_v2", "CAS_NS"]

CAS_NS = "http://www.yale.edu/tp/cas"
_INVALID = "ticket is not valid"


def parse_v1(text: Any) -> dict[str, Any]:
    """Read a CAS 1.0 answer; anything but ``yes`` on the first line means the ticket is not valid."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", errors="replace")
    if not isinstance(text, str):
        return {"valid": False, "message": "unexpected CAS 1.0 answer"}
    lines = text.splitlines()
    first = lines[0].strip() if lines else ""
    if first == "yes":
        result: dict[str, Any] = {"valid": True}
        username = lines[1].strip() if len(lines) > 1 else ""
        if username:
            result["username"] = username
        return result
    if first == "no":
        return {"valid": False, "message": _INVALID}
    return {"valid": False, "message": "unexpected CAS 1.0 answer"}


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _xml_attributes(node: Element | None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if node is None:
        return out
    for child in node:
        name = _local(child.tag)
        value = (child.text or "").strip()
        if name in out:  # repeated attribute: CAS's way of sending a list
            prev = out[name]
            out[name] = (prev if isinstance(prev, list) else [prev]) + [value]
        else:
            out[name] = value
    return out


def _parse_xml(text: str) -> dict[str, Any]:
    if "<!DOCTYPE" in text.upper() or "<!ENTITY" in text.upper():
        # Entity tricks (billion laughs, external entities) have no place in a CAS answer.
        return {"valid": False, "message": "CAS answer contains a DTD; refused"}
    from xml.etree import ElementTree  # imported on first XML answer: most callers never need it

    try:
        root = ElementTree.fromstring(text)
    except ElementTree.ParseError:
        return {"valid": False, "message": "CAS answer is not well-formed XML"}
    ns = {"cas": CAS_NS}
    success = root.find("cas:authenticationSuccess", ns)
    if success is not None:
        user = success.findtext("cas:user", default="", namespaces=ns).strip()
        result: dict[str, Any] = {"valid": True, "username": user}
        attrs = _xml_attributes(success.find("cas:attributes", ns))
        if attrs:
            result["attributes"] = attrs
        return result
    failure = root.find("cas:authenticationFailure", ns)
    if failure is not None:
        return {
            "valid": False,
            "code": failure.get("code"),
            "message": (failure.text or "").strip() or _INVALID,
        }
    return {"valid": False, "message": "unexpected CAS 2.0 answer"}


def _parse_json(body: Mapping[str, Any]) -> dict[str, Any]:
    response = body.get("serviceResponse")
    if not isinstance(response, Mapping):
        return {"valid": False, "message": "unexpected CAS 2.0 answer"}
    success = response.get("authenticationSuccess")
    if isinstance(success, Mapping):
        result: dict[str, Any] = {"valid": True, "username": str(success.get("user") or "")}
        attrs = success.get("attributes")
        if isinstance(attrs, Mapping) and attrs:
            result["attributes"] = dict(attrs)
        return result
    failure = response.get("authenticationFailure")
    if isinstance(failure, Mapping):
        return {
            "valid": False,
            "code": failure.get("code"),
            "message": str(failure.get("description") or _INVALID),
        }
    return {"valid": False, "message": "unexpected CAS 2.0 answer"}


def parse_v2(body: Any) -> dict[str, Any]:
    """Read a CAS 2.0 ``serviceValidate`` answer, JSON (already parsed or text) or XML."""
    if isinstance(body, bytes):
        body = body.decode("utf-8", errors="replace")
    if isinstance(body, str):
        stripped = body.strip()
        if stripped.startswith("{"):
            try:
                body = json.loads(stripped)
            except ValueError:
                return {"valid": False, "message": "CAS answer is not valid JSON"}
        else:
            return _parse_xml(stripped)
    if isinstance(body, Mapping):
        return _parse_json(body)
    return {"valid": False, "message": "unexpected CAS 2.0 answer"}
