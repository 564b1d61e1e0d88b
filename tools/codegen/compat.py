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
bad values still raise ``ValidationError`` before anything is sent. The official parameters keep
their names and order; the fields only the Node SDK sends (the spec's ``keyword_only`` parameters)
follow them keyword-only, as on the typed clients: the compat method runs the same descriptor, and
an official call (which cannot name them) is unchanged.
"""

from __future__ import annotations

import inspect
import json
import re
from dataclasses import dataclass, field
from typing import Any

from tools.codegen.common import HEADER, TypeRenderer, const_name, param_name
from tools.codegen.endpoints import CLIENTS, OPTIONS_VAR, _signature_args, camel, module_name, package_init

#: Helpers of our clients that the official ``genauth`` 5.1.0 clients do not have.
NOT_OFFICIAL = {("authentication", "validate_ticket_v2")} | {
    # the Node SDK's helpers (issue 19): not in the official Python clients
    (client, name)
    for client in ("authentication", "management")
    for name in ("pub", "parse_access_token", "parse_id_token", "login_with_redirect", "handle_redirect_callback",
                 "logout_with_redirect", "make_request")
}
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
    if typed == returns or (typed == "JsonObject" and returns == "dict[str, Any]"):
        return ""  # a JSON object (dict[str, JsonValue]) is a dict[str, Any] to mypy
    return "  # type: ignore[no-any-return]" if typed == "Any" else "  # type: ignore[return-value]"


def _call_args(sig: _Sig) -> str:
    parts = [*sig.positional(), *(f"{k}={k}" for k in sig.keywords())]
    return ", ".join(parts)


def _doc(text: str) -> list[str]:
    return [f'        """{text}"""']


#: The module holding a client's helper methods (no area module has this name).
HELPERS_MODULE = "protocol_helpers"


@dataclass
class _Entry:
    """One compat method: where it lives and its async and sync text."""

    module: str
    name: str
    async_lines: list[str]
    sync_lines: list[str]
    imports: dict[str, set[str]] = field(default_factory=dict)  # async module: module -> names


def _endpoint_entry(client: str, ep: dict[str, Any], tr: TypeRenderer) -> _Entry:
    name = param_name(ep["name"])
    sig = _endpoint_sig(ep, tr)
    area = module_name(ep.get("area") or "misc")
    const = const_name(ep["name"])
    values = [param_name(p["name"]) for p in ep["params"]]
    tup = "()" if not values else "(" + ", ".join(values) + ("," if len(values) == 1 else "") + ")"
    doc = _doc(f"Official ``{ep['name']}``: ``{ep['method']} {ep['path']}``, the whole answer.")
    async_lines = sig.lines("dict[str, Any]", False, True, name) + doc + [
        "        return await self._view._call(  # type: ignore[no-any-return]",
        f"            {const}, {tup}, None, _request_options({OPTIONS_VAR}),",
        "        )",
    ]
    kwargs = ", ".join([*(f'"{k}": {k}' for k in sig.keywords()), f"**{OPTIONS_VAR}"])
    pos = sig.positional()
    ptup = "()" if not pos else "(" + ", ".join(pos) + ("," if len(pos) == 1 else "") + ")"
    sync_lines = sig.lines("dict[str, Any]", True, False, name) + doc + [
        f"        return self._call({json.dumps(name)}, {ptup}, {{{kwargs}}})  # type: ignore[no-any-return]",
    ]
    module = f"genauth_async._generated.{client}.{area}"
    return _Entry(area, name, async_lines, sync_lines, {module: {const}})


def _helper_entry(client: str, name: str, kind: str) -> _Entry:
    sig, returns, has_options, typed = _helper_sig(client, name)
    keep = (lambda ln: True) if has_options else (lambda ln: OPTIONS_VAR not in ln)
    kwargs_parts = [f'"{k}": {k}' for k in sig.keywords()] + ([f"**{OPTIONS_VAR}"] if has_options else [])
    kw_text = "{" + ", ".join(kwargs_parts) + "}"
    if kind == "aiter":
        doc = _doc(f"Official ``{name}``: the typed client's, on the shared connections.")
        async_lines = [ln for ln in sig.lines("AsyncIterator[str]", False, False, name) if keep(ln)] + doc
        async_lines.append(f"        return self._view.{name}({_call_args(sig)})")
        positional = [p for p in sig.positional() if p != "callback"]
        tup = "(" + ", ".join(positional) + (", None" if "callback" in sig.positional() else "") + ")"
        sdoc = _doc(f"Official ``{name}``: with ``callback``, blocks and calls it for each message.")
        sync_lines = [ln for ln in sig.lines("Iterator[str] | None", True, False, name) if keep(ln)] + sdoc
        sync_lines.append(f"        return _deliver(self._call_iter({json.dumps(name)}, {tup}, {kw_text}), callback)")
        return _Entry(HELPERS_MODULE, name, async_lines, sync_lines)
    doc = _doc(f"Official ``{name}``, answering the official shape (``{returns}``).")
    args = _call_args(sig) + (f", **{OPTIONS_VAR}" if has_options else "")
    async_lines = [ln for ln in sig.lines(returns, False, kind == "async", name) if keep(ln)] + doc
    call = f"self._view.{name}({args})"
    async_lines.append(f"        return {'await ' if kind == 'async' else ''}{call}{_ignore(typed, returns)}")
    pos = sig.positional()
    ptup = "()" if not pos else "(" + ", ".join(pos) + ("," if len(pos) == 1 else "") + ")"
    runner = "_call_direct" if kind == "sync" else "_call"
    sync_lines = [ln for ln in sig.lines(returns, True, False, name) if keep(ln)] + doc
    sync_lines.append(f"        return self.{runner}({json.dumps(name)}, {ptup}, {kw_text})  # type: ignore[no-any-return]")
    return _Entry(HELPERS_MODULE, name, async_lines, sync_lines)


def _entries(spec: dict[str, Any], tr: TypeRenderer, client: str) -> dict[str, list[_Entry]]:
    """Compat methods of ``client`` by module (area modules, then the helpers' module)."""
    helpers = dict(_helpers(client))
    by_module: dict[str, list[_Entry]] = {}
    for ep in _official_endpoints(spec, client):
        if param_name(ep["name"]) in helpers:
            continue  # a hand-written helper replaces this endpoint (e.g. put_event): see below
        entry = _endpoint_entry(client, ep, tr)
        by_module.setdefault(entry.module, []).append(entry)
    for name, kind in helpers.items():
        entry = _helper_entry(client, name, kind)
        by_module.setdefault(entry.module, []).append(entry)
    return dict(sorted(by_module.items()))


def _mixin(module: str) -> str:
    return camel(module) + "Mixin"


def _module_text(doc: str, head: list[str], cls: str, base: str, entries: list[_Entry], sync: bool) -> str:
    body = ["", "", f"class {cls}({base}):", f'    """{doc}"""', "", "    __slots__ = ()"]
    for entry in sorted(entries, key=lambda e: e.name):
        body.append("")
        body.extend(entry.sync_lines if sync else entry.async_lines)
    text = "\n".join(body)
    abc = [n for n in ("AsyncIterator", "Iterator") if re.search(rf"\b{n}\[", text)]
    lines = [HEADER.rstrip("\n"), f'"""{doc}"""', "", "from __future__ import annotations", ""]
    if abc:
        lines.append(f"from collections.abc import {', '.join(abc)}")
    lines.append("from typing import TYPE_CHECKING, Any")
    lines.append("")
    lines.extend(head)
    return "\n".join(lines + body) + "\n"


def render_compat(spec: dict[str, Any], tr: TypeRenderer) -> dict[str, str]:
    """Every compat file: path relative to the repository root -> text."""
    files: dict[str, str] = {}
    for pkg, what in (("genauth_async", "async"), ("genauth_sync", "sync")):
        files[f"{pkg}/_generated/compat/__init__.py"] = package_init(
            f"Generated compat clients ({what}): the official methods and answers (see tools/codegen/compat.py)."
        )
    clients_async: list[str] = []
    clients_sync: list[str] = []
    for client, cls in CLIENTS.items():
        by_module = _entries(spec, tr, client)
        for pkg in ("genauth_async", "genauth_sync"):
            files[f"{pkg}/_generated/compat/{client}/__init__.py"] = package_init(
                f"Generated compat mixins of the {client} client, one module per API area."
            )
        for module, entries in by_module.items():
            what = "protocol helpers" if module == HELPERS_MODULE else f"area ``{module}``"
            doc = f"Official {client} methods, {what}: the official answers."
            consts = sorted({c for e in entries for names in e.imports.values() for c in names})
            head = [
                "from genauth_async._compat_base import CompatBase as _CompatBase",
                f"from genauth_async._generated.clients import {cls} as _Typed",
            ]
            if consts:
                head.append(f"from genauth_async._generated.{client}.{module} import (")
                head.extend(f"    {c}," for c in consts)
                head.append(")")
                head.append("from genauth_async._options import request_options as _request_options")
            head += ["", "if TYPE_CHECKING:", "    from genauth_async._options import CallOptions, Unpack"]
            files[f"genauth_async/_generated/compat/{client}/{module}.py"] = _module_text(
                doc, head, _mixin(module), "_CompatBase[_Typed]", entries, sync=False
            )
            shead = [
                "from genauth_sync._compat_base import SyncCompatBase as _SyncCompatBase",
                f"from genauth_sync._generated.clients import {cls} as _Typed",
            ]
            if any("_deliver(" in ln for e in entries for ln in e.sync_lines):
                shead.append("from genauth_sync._subscribe import deliver as _deliver")
            shead += ["", "if TYPE_CHECKING:", "    from genauth_async._options import CallOptions, Unpack"]
            files[f"genauth_sync/_generated/compat/{client}/{module}.py"] = _module_text(
                doc, shead, _mixin(module), "_SyncCompatBase[_Typed]", entries, sync=True
            )
        prefix = "_M" if client == "management" else "_A"
        for out, pkg in ((clients_async, "genauth_async"), (clients_sync, "genauth_sync")):
            out.extend(
                f"from {pkg}._generated.compat.{client}.{m} import {_mixin(m)} as {prefix}{_mixin(m)}"
                for m in by_module
            )
        base = _BASES[client]
        sbase = _SYNC_BASES[client]
        mixins = [f"    {prefix}{_mixin(m)}," for m in by_module]
        clients_async += ["", "", f"class {cls}(", f"    {base},", *mixins, "):",
                          f'    """The official ``genauth.{cls}``, answering as it did, on ``genauth_async.{cls}``."""',
                          "", "    __slots__ = ()"]
        clients_sync += ["", "", f"class {cls}(", f"    {sbase},", *mixins, "):",
                         f'    """The official ``genauth.{cls}``, answering as it did, on ``genauth_sync.{cls}``."""',
                         "", f"    _async_compat = _Async{cls}"]
    all_text = f"__all__ = {json.dumps(sorted(CLIENTS.values()))}"
    files["genauth_async/_generated/compat/clients.py"] = "\n".join([
        HEADER.rstrip("\n"),
        '"""The async compat clients: the official constructors (hand-written bases) and every official method."""',
        "",
        "from __future__ import annotations",
        "",
        "from genauth_async._compat_base import CompatAuthenticationBase, CompatManagementBase",
        *[ln for ln in clients_async if ln.startswith("from ")],
        "",
        all_text,
        *[ln for ln in clients_async if not ln.startswith("from ")],
    ]) + "\n"
    files["genauth_sync/_generated/compat/clients.py"] = "\n".join([
        HEADER.rstrip("\n"),
        '"""The sync compat clients: each official method runs its async twin on the typed facade\'s portal."""',
        "",
        "from __future__ import annotations",
        "",
        "from genauth_async._generated.compat.clients import AuthenticationClient as _AsyncAuthenticationClient",
        "from genauth_async._generated.compat.clients import ManagementClient as _AsyncManagementClient",
        "from genauth_sync._compat_base import SyncCompatAuthenticationBase, SyncCompatManagementBase",
        *[ln for ln in clients_sync if ln.startswith("from ")],
        "",
        all_text,
        *[ln for ln in clients_sync if not ln.startswith("from ")],
    ]) + "\n"
    return files
