"""The official SDK's clients on our transport: ``genauth_async/_generated/compat.py`` and
``genauth_sync/_generated/compat.py``.

Every official method gets a compat method with the official name and parameters (the spec's
``origin: "python"`` endpoints, plus the hand-written helpers the official clients had), which
answers as the official ``genauth`` SDK did: the whole envelope as a dict, API errors returned.

- An endpoint runs its typed descriptor (the ``_EP_*`` constant of its area module: the same
  encoding, checks and wire corrections) on the typed client's *envelope view*, with no answer
  model: ``self._view._call(_EP_X, (values...), None, options)``.
- A helper (``genauth_async.protocols.HELPERS``) calls the typed helper of the same name on the
  envelope view, whose requests then answer the official way too; its signature is read from the
  typed client at generation time. Helpers the official SDK never had are left out
  (``NOT_OFFICIAL``), and the result annotation is the official shape (``str`` for URL and PKCE
  helpers, ``bool`` for ``revoke_token``, the answer dict otherwise).
- The sync twin calls the async compat method of the same name on the typed sync client's portal.

Parameters are annotated ``Any``, as the official SDK (which has no annotations) accepted them;
bad values still raise ``ValidationError`` before anything is sent.
"""

from __future__ import annotations

import inspect
import json
from typing import Any

from tools.codegen.common import HEADER, TypeRenderer, const_name, param_name
from tools.codegen.endpoints import CLIENTS, OPTIONS_VAR, _signature_args, module_name

#: Helpers of our clients that the official ``genauth`` 5.1.0 clients do not have.
NOT_OFFICIAL = {("authentication", "validate_ticket_v2")}
#: Result annotations of the helpers that do not answer a dict (their official shape).
PLAIN_RESULTS = {"str", "bool"}

_BASES = {"management": "CompatManagementBase", "authentication": "CompatAuthenticationBase"}
_SYNC_BASES = {"management": "SyncCompatManagementBase", "authentication": "SyncCompatAuthenticationBase"}


def _official_endpoints(spec: dict[str, Any], client: str) -> list[dict[str, Any]]:
    return sorted(
        (ep for ep in spec.get("endpoints", []) if ep["client"] == client and ep.get("origin") == "python"),
        key=lambda ep: ep["name"],
    )


def _helpers(client: str) -> list[tuple[str, str]]:
    from genauth_async.protocols import HELPERS

    return [(name, kind) for c, name, kind in HELPERS if c == client and (c, name) not in NOT_OFFICIAL]


def _typed_class(client: str) -> Any:
    import genauth_async

    return getattr(genauth_async, CLIENTS[client])


class _Sig:
    """One compat method's parameters: (name, default text or None, keyword-only)."""

    def __init__(self, params: list[tuple[str, str | None, bool]]) -> None:
        self.params = params

    def lines(self, returns: str, sync: bool, is_async: bool, name: str) -> list[str]:
        out = [f"    {'async def' if is_async and not sync else 'def'} {name}(", "        self,"]
        star = False
        for pname, default, kw_only in self.params:
            if kw_only and not star:
                out.append("        *,")
                star = True
            out.append(f"        {pname}: Any{'' if default is None else ' = ' + default},")
        out.append(f"        **{OPTIONS_VAR}: Unpack[CallOptions],")
        out.append(f"    ) -> {returns}:")
        return out

    def positional(self) -> list[str]:
        return [p for p, _, kw in self.params if not kw]

    def keywords(self) -> list[str]:
        return [p for p, _, kw in self.params if kw]


def _endpoint_sig(ep: dict[str, Any], tr: TypeRenderer) -> _Sig:
    return _Sig([(a.name, None if a.required else "None", a.keyword_only) for a in _signature_args(ep, tr)])


def _helper_sig(client: str, name: str) -> tuple[_Sig, str, bool, str]:
    fn = getattr(_typed_class(client), name)
    sig = inspect.signature(fn)
    params: list[tuple[str, str | None, bool]] = []
    has_options = False
    for p in list(sig.parameters.values())[1:]:
        if p.kind is p.VAR_KEYWORD:
            has_options = True
            continue
        default = None if p.default is p.empty else repr(p.default)
        params.append((p.name, default, p.kind is p.KEYWORD_ONLY))
    ann = sig.return_annotation if isinstance(sig.return_annotation, str) else "Any"
    returns = ann if ann in PLAIN_RESULTS else "dict[str, Any]"
    return _Sig(params), returns, has_options, ann


def _ignore(typed: str, returns: str) -> str:
    """The mypy ignore returning the typed helper's result under the official annotation needs."""
    if typed == returns:
        return ""
    return "  # type: ignore[no-any-return]" if typed == "Any" else "  # type: ignore[return-value]"


def _call_args(sig: _Sig) -> str:
    parts = [*sig.positional(), *(f"{k}={k}" for k in sig.keywords())]
    return ", ".join(parts)


def _doc(text: str) -> list[str]:
    return [f'        """{text}"""']


def render_async_compat(spec: dict[str, Any], tr: TypeRenderer) -> str:
    imports: dict[str, set[str]] = {}
    body: list[str] = []
    for client, cls in CLIENTS.items():
        body += ["", "", f"class {cls}({_BASES[client]}):"]
        body.append(f'    """The official ``genauth.{cls}``, answering as it did, on ``genauth_async.{cls}``."""')
        methods: list[tuple[str, list[str]]] = []
        helpers = dict(_helpers(client))
        for ep in _official_endpoints(spec, client):
            name = param_name(ep["name"])
            if name in helpers:
                continue  # a hand-written helper replaces this endpoint (e.g. put_event): below
            sig = _endpoint_sig(ep, tr)
            module = f"genauth_async._generated.{client}.{module_name(ep.get('area') or 'misc')}"
            # Aliased per client: both clients have endpoints of the same name (different paths).
            const = ("_M" if client == "management" else "_A") + const_name(ep["name"])
            imports.setdefault(module, set()).add(f"{const_name(ep['name'])} as {const}")
            values = [param_name(p["name"]) for p in ep["params"]]
            tup = "()" if not values else "(" + ", ".join(values) + ("," if len(values) == 1 else "") + ")"
            lines = sig.lines("dict[str, Any]", False, True, name)
            lines += _doc(f"Official ``{ep['name']}``: ``{ep['method']} {ep['path']}``, the whole answer.")
            lines += [
                "        return await self._view._call(  # type: ignore[no-any-return]",
                f"            {const}, {tup}, None, _request_options({OPTIONS_VAR}),",
                "        )",
            ]
            methods.append((name, lines))
        for name, kind in helpers.items():
            sig, returns, has_options, typed = _helper_sig(client, name)
            opts = f", **{OPTIONS_VAR}" if has_options else ""
            args = _call_args(sig) + opts
            if kind == "aiter":
                lines = sig.lines("AsyncIterator[str]", False, False, name)
                lines = [ln for ln in lines if OPTIONS_VAR not in ln or has_options]
                lines += _doc(f"Official ``{name}``: the typed client's, on the shared connections.")
                lines.append(f"        return self._view.{name}({_call_args(sig)})")
            else:
                lines = sig.lines(returns, False, kind == "async", name)
                if not has_options:
                    lines = [ln for ln in lines if OPTIONS_VAR not in ln]
                lines += _doc(f"Official ``{name}``, answering the official shape (``{returns}``).")
                call = f"self._view.{name}({args})"
                lines.append(f"        return {'await ' if kind == 'async' else ''}{call}{_ignore(typed, returns)}")
            methods.append((name, lines))
        for _, lines in sorted(methods):
            body.append("")
            body.extend(lines)
    head = [
        HEADER.rstrip("\n"),
        '"""The official clients\' methods on the typed clients\' envelope view (see tools/codegen/compat.py)."""',
        "",
        "from __future__ import annotations",
        "",
        "from collections.abc import AsyncIterator",
        "from typing import TYPE_CHECKING, Any",
        "",
        "from genauth_async._compat_base import CompatAuthenticationBase, CompatManagementBase",
    ]
    for module in sorted(imports):
        names = sorted(imports[module], key=lambda n: n.split(" as ")[1])
        head.append(f"from {module} import (")
        head.extend(f"    {n}," for n in names)
        head.append(")")
    head += [
        "from genauth_async._options import request_options as _request_options",
        "",
        "if TYPE_CHECKING:",
        "    from genauth_async._options import CallOptions, Unpack",
        "",
        f"__all__ = {json.dumps(sorted(CLIENTS.values()))}",
    ]
    return "\n".join(head + body) + "\n"


def render_sync_compat(spec: dict[str, Any], tr: TypeRenderer) -> str:
    body: list[str] = []
    for client, cls in CLIENTS.items():
        body += ["", "", f"class {cls}({_SYNC_BASES[client]}):"]
        body.append(f'    """The official ``genauth.{cls}``, answering as it did, on ``genauth_sync.{cls}``."""')
        body.append("")
        body.append(f"    _async_compat = _Async{cls}")
        methods: list[tuple[str, list[str]]] = []
        helpers = dict(_helpers(client))
        entries: list[tuple[str, _Sig, str, str, bool]] = []
        for ep in _official_endpoints(spec, client):
            name = param_name(ep["name"])
            if name not in helpers:
                entries.append((name, _endpoint_sig(ep, tr), "dict[str, Any]", "async", True))
        for name, kind in helpers.items():
            sig, returns, has_options, _ = _helper_sig(client, name)
            entries.append((name, sig, returns, kind, has_options))
        for name, sig, returns, kind, has_options in entries:
            kwargs = ", ".join(f'"{k}": {k}' for k in sig.keywords())
            if has_options:
                kwargs = f"{kwargs}, **{OPTIONS_VAR}" if kwargs else f"**{OPTIONS_VAR}"
            kw_text = "{" + kwargs + "}" if kwargs else "{}"
            if kind == "aiter":
                positional = [p for p in sig.positional() if p != "callback"]
                lines = sig.lines("Iterator[str] | None", True, False, name)
                if not has_options:
                    lines = [ln for ln in lines if OPTIONS_VAR not in ln]
                lines += _doc(f"Official ``{name}``: with ``callback``, blocks and calls it for each message.")
                tup = "(" + ", ".join(positional) + (", None" if "callback" in sig.positional() else "") + ")"
                lines.append(f"        return _deliver(self._call_iter({json.dumps(name)}, {tup}, {kw_text}), callback)")
            else:
                lines = sig.lines(returns, True, False, name)
                if not has_options:
                    lines = [ln for ln in lines if OPTIONS_VAR not in ln]
                lines += _doc(f"Official ``{name}``, answering the official shape (``{returns}``).")
                pos = sig.positional()
                tup = "()" if not pos else "(" + ", ".join(pos) + ("," if len(pos) == 1 else "") + ")"
                runner = "_call_direct" if kind == "sync" else "_call"
                lines.append(f"        return self.{runner}({json.dumps(name)}, {tup}, {kw_text})"
                             "  # type: ignore[no-any-return]")
            methods.append((name, lines))
        for _, lines in sorted(methods):
            body.append("")
            body.extend(lines)
    head = [
        HEADER.rstrip("\n"),
        '"""The official clients\' methods, blocking, on the sync facade (see tools/codegen/compat.py)."""',
        "",
        "from __future__ import annotations",
        "",
        "from collections.abc import Iterator",
        "from typing import TYPE_CHECKING, Any",
        "",
        "from genauth_async._generated.compat import AuthenticationClient as _AsyncAuthenticationClient",
        "from genauth_async._generated.compat import ManagementClient as _AsyncManagementClient",
        "from genauth_sync._compat_base import SyncCompatAuthenticationBase, SyncCompatManagementBase",
        "from genauth_sync._subscribe import deliver as _deliver",
        "",
        "if TYPE_CHECKING:",
        "    from genauth_async._options import CallOptions, Unpack",
        "",
        f"__all__ = {json.dumps(sorted(CLIENTS.values()))}",
    ]
    return "\n".join(head + body) + "\n"
