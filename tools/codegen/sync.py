"""The sync facade's client classes (``genauth_sync/_generated/clients.py``).

The endpoint mixins come from the spec (see ``endpoints.py``). The constructors and the
hand-written public methods of the async base clients are mirrored by introspecting
``genauth_async._base_client`` at generation time, so the facade follows the async classes
without anyone keeping a twin by hand (the drift test notices when the base changes). The
hand-written runtime must import: there is no fallback, a broken base client fails generation.

How each mirrored method runs: coroutines on the portal (``_run``), async iterators through it
(``_iter``), the pure protocol helpers (``HELPERS`` kind ``"sync"``: URL builders, PKCE) directly
in the caller's thread (``_direct``: no portal hop, no loop thread started) and other plain
methods of the base client (``set_access_token``, which changes the portal's client) on the
portal's thread (``_run_sync``). Docstrings are adapted for the sync facade (:func:`sync_doc`).
"""

from __future__ import annotations

import ast
import importlib
import inspect
import re
import sys
import textwrap
from dataclasses import dataclass
from typing import Any

from tools.codegen.common import HEADER, sync_doc
from tools.codegen.endpoints import CLIENTS, HELPER_MIXINS, Area

# Constructor arguments the sync facade does not take: an aiohttp session belongs to one loop, and
# the facade owns its loop.
SKIP_INIT = {"session", "loop"}
# Async lifecycle methods that the sync base class maps to close() / with-blocks.
SKIP_METHODS = {"aclose", "close"}
# Public methods of the async base that make no sense through a portal: ``with_options`` returns a
# configured copy of the *async* client (use per-call options on the facade instead).
SKIP_METHODS |= {"with_options"}

@dataclass
class BaseInfo:
    init: list[tuple[str, str, str | None, bool]]  # name, annotation, default text, keyword-only
    methods: list[str]  # rendered sync methods
    imports: dict[str, set[str]]  # module -> names (TYPE_CHECKING)


def _default_text(v: Any) -> str:
    if v is None or isinstance(v, (bool, int, float, str)):
        return repr(v)
    raise ValueError(f"unsupported default {v!r}")


def _module_imports(module: Any) -> dict[str, str]:
    """name -> module it is imported from, read from the module's source (TYPE_CHECKING imports too)."""
    out: dict[str, str] = {}
    try:
        tree = ast.parse(inspect.getsource(module))
    except (OSError, TypeError):
        return out
    pkg = module.__name__.rpartition(".")[0]
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.ImportFrom)
            and node.module is not None
            or isinstance(node, ast.ImportFrom)
            and node.level
        ):
            base = node.module or ""
            if node.level:
                parts = module.__name__.split(".")[: -node.level] if module.__name__ else pkg.split(".")
                base = ".".join(parts + ([node.module] if node.module else []))
            for a in node.names:
                out[a.asname or a.name] = f"{base}:{a.name}"
        elif isinstance(node, ast.Import):
            for a in node.names:
                out[a.asname or a.name.split(".")[0]] = a.name if a.asname else a.name.split(".")[0]
    return out


_TYPING = {
    "Any",
    "Callable",
    "Literal",
    "Mapping",
    "Sequence",
    "Iterable",
    "Awaitable",
    "AsyncIterator",
    "Iterator",
}


def _collect(ann: str, fn: Any, imports: dict[str, set[str]]) -> None:
    mod = sys.modules[fn.__module__]
    table = _module_imports(mod)
    for ident in set(re.findall(r"\b([A-Za-z_][A-Za-z0-9_]*)(?:\.[A-Za-z_][A-Za-z0-9_.]*)?", ann)):
        if ident in {
            "None",
            "str",
            "int",
            "float",
            "bool",
            "bytes",
            "dict",
            "list",
            "tuple",
            "set",
            "object",
            "type",
        }:
            continue
        src = table.get(ident)
        if src is None:
            if hasattr(mod, ident) and not ident.startswith("__"):
                imports.setdefault(mod.__name__, set()).add(ident)
            elif ident in _TYPING:
                imports.setdefault("typing", set()).add(ident)
            continue
        if ":" in src:
            m, name = src.split(":")
            imports.setdefault(m, set()).add(name if name == ident else f"{name} as {ident}")
        else:
            imports.setdefault("__import__", set()).add(src)


def _render_param(p: inspect.Parameter) -> str:
    ann = p.annotation if p.annotation is not inspect.Parameter.empty else None
    ann_txt = (
        f": {ann}"
        if isinstance(ann, str)
        else (f": {inspect.formatannotation(ann)}" if ann is not None else "")
    )
    prefix = {inspect.Parameter.VAR_POSITIONAL: "*", inspect.Parameter.VAR_KEYWORD: "**"}.get(p.kind, "")
    default = "" if p.default is inspect.Parameter.empty else f" = {_default_text(p.default)}"
    return f"{prefix}{p.name}{ann_txt}{default}"


def _render_sig(sig: inspect.Signature) -> list[str]:
    lines = ["        self,"]
    star = False
    slash = False
    params = list(sig.parameters.values())[1:]
    for p in params:
        if p.kind is inspect.Parameter.KEYWORD_ONLY and not star:
            lines.append("        *,")
            star = True
        if p.kind is inspect.Parameter.VAR_POSITIONAL:
            star = True
        lines.append(f"        {_render_param(p)},")
        if p.kind is inspect.Parameter.POSITIONAL_ONLY:
            slash = True
        elif slash:
            lines.insert(len(lines) - 1, "        /,")
            slash = False
    return lines


def _call_args(sig: inspect.Signature) -> list[str]:
    out = []
    for p in list(sig.parameters.values())[1:]:
        if p.kind is inspect.Parameter.VAR_POSITIONAL:
            out.append(f"*{p.name}")
        elif p.kind is inspect.Parameter.VAR_KEYWORD:
            out.append(f"**{p.name}")
        elif p.kind is inspect.Parameter.KEYWORD_ONLY:
            out.append(f"{p.name}={p.name}")
        else:
            out.append(p.name)
    return out


def _strip_async_iter(ann: str) -> str | None:
    m = re.fullmatch(
        r"(?:collections\.abc\.|typing\.)?(AsyncIterator|AsyncGenerator|AsyncIterable)\[(.*)\]", ann.strip()
    )
    if not m:
        return None
    inner = m.group(2)
    if m.group(1) == "AsyncGenerator":
        inner = inner.rsplit(",", 1)[0].strip()
    return inner


def _public_methods(client: str, base: type, generated_names: set[str]) -> list[tuple[type, str]]:
    """The hand-written public methods to mirror: the protocol helpers (which may replace a
    generated endpoint of the same name) and the base client's own."""
    from genauth_async.protocols import HELPERS, mixins

    helper_cls = getattr(mixins, HELPER_MIXINS[client])
    helpers = sorted(name for c, name, _ in HELPERS if c == client)
    out: list[tuple[type, str]] = [(helper_cls, name) for name in helpers]
    for name in sorted(dir(base)):
        if name.startswith("_") or name in SKIP_METHODS or name in generated_names or name in helpers:
            continue
        fn = inspect.getattr_static(base, name)
        if isinstance(fn, (staticmethod, classmethod, property)) or not inspect.isfunction(fn):
            continue
        if fn.__module__.startswith("genauth_async"):
            out.append((base, name))
    return out


PORTAL_NOTE = "Runs on the client's portal thread."
DIRECT_NOTE = "Computed in the calling thread: sends nothing and starts no event-loop thread."


def _summary(fn: Any, name: str) -> str:
    """The first paragraph of ``fn``'s docstring, adapted for the sync facade, on one line."""
    doc = inspect.getdoc(fn) or ""
    para = doc.strip().split("\n\n", 1)[0] if doc.strip() else f"Sync form of ``{name}``."
    return sync_doc(" ".join(para.split())).replace(chr(92), chr(92) * 2)


def _docstring(summary: str, *notes: str) -> list[str]:
    """A docstring block: the summary wrapped, then one paragraph per note."""
    ind = " " * 8
    lines = textwrap.wrap(summary, 100, initial_indent=ind + '"""', subsequent_indent=ind)
    for note in notes:
        lines.append("")
        lines.extend(textwrap.wrap(note, 100, initial_indent=ind, subsequent_indent=ind))
    lines.append(ind + '"""')
    return lines


def _callback_iterator(name: str, sig: inspect.Signature, item: str, doc: str) -> str:
    """A subscription: an iterator, or with ``callback`` a blocking loop calling it for each item
    in the caller's thread (as the official SDK's blocking ``sub_event`` did). The loop is
    ``genauth_sync._subscribe.deliver``; the generated method only hands it the iterator."""
    args = [a if a != "callback" else "None" for a in _call_args(sig)]
    lines = [f"    def {name}(", *_render_sig(sig), f"    ) -> Iterator[{item}] | None:"]
    lines.extend(
        _docstring(
            doc,
            PORTAL_NOTE + " With ``callback``, blocks and calls it in this thread for each message.",
        )
    )
    lines.append(f"        return _deliver(self._iter(lambda c: c.{name}({', '.join(args)})), callback)")
    return "\n".join(lines)


def introspect(client: str, generated_names: set[str]) -> BaseInfo:
    """Mirror the constructor and hand-written public methods of ``Base<Client>`` and the helper
    mixin. Fails loudly (ImportError, AttributeError) when the runtime cannot be imported: a
    facade generated from a guessed contract would drift silently."""
    from genauth_async.protocols import HELPERS

    base_mod = importlib.import_module("genauth_async._base_client")
    base = getattr(base_mod, f"Base{CLIENTS[client]}")
    kinds = {name: kind for c, name, kind in HELPERS if c == client}
    imports: dict[str, set[str]] = {}
    sig = inspect.signature(base.__init__)
    init: list[tuple[str, str, str | None, bool]] = []
    for p in list(sig.parameters.values())[1:]:
        if p.name in SKIP_INIT or p.kind in (inspect.Parameter.VAR_KEYWORD, inspect.Parameter.VAR_POSITIONAL):
            continue
        ann = p.annotation if isinstance(p.annotation, str) else inspect.formatannotation(p.annotation)
        _collect(ann, base.__init__, imports)
        default = None if p.default is inspect.Parameter.empty else _default_text(p.default)
        init.append((p.name, ann, default, p.kind is inspect.Parameter.KEYWORD_ONLY))
    methods: list[str] = []
    for owner, name in _public_methods(client, base, generated_names):
        fn = inspect.getattr_static(owner, name)
        msig = inspect.signature(fn)
        ret = msig.return_annotation
        ret = (
            ret
            if isinstance(ret, str)
            else ("Any" if ret is inspect.Signature.empty else inspect.formatannotation(ret))
        )
        for p in list(msig.parameters.values())[1:]:
            if isinstance(p.annotation, str):
                _collect(p.annotation, fn, imports)
        _collect(ret, fn, imports)
        inner = _strip_async_iter(ret)
        first = _summary(fn, name)
        if (inspect.isasyncgenfunction(fn) or inner is not None) and "callback" in msig.parameters:
            methods.append(_callback_iterator(name, msig, inner or "Any", first))
            imports.setdefault("collections.abc", set()).add("Iterator")
            continue
        if inspect.isasyncgenfunction(fn) or inner is not None:
            runner, ret_txt = "_iter", f"Iterator[{inner or 'Any'}]"
            imports.setdefault("collections.abc", set()).add("Iterator")
        elif inspect.iscoroutinefunction(fn):
            runner, ret_txt = "_run", ret
        elif kinds.get(name) == "sync":
            runner, ret_txt = "_direct", ret  # a pure helper: no portal, no loop thread
        else:
            runner, ret_txt = "_run_sync", ret
        if name in kinds and kinds[name] == "sync" and runner != "_direct":
            raise ValueError(f"{client}.{name}: HELPERS says 'sync' but it is a coroutine or async iterator")
        lines = [f"    def {name}(", *_render_sig(msig), f"    ) -> {ret_txt}:"]
        lines.extend(_docstring(first, DIRECT_NOTE if runner == "_direct" else PORTAL_NOTE))
        lines.append(f"        return self.{runner}(")
        lines.append(f"            lambda c: c.{name}(")
        lines.extend(f"                {a}," for a in _call_args(msig))
        lines.append("            )")
        lines.append("        )")
        methods.append("\n".join(lines))
    from genauth_async.protocols import HELPER_ALIASES

    aliases = [(alias, target) for c, alias, target in HELPER_ALIASES if c == client]
    if aliases:
        block = ["    # The Node SDK's names of the helpers above (the same methods, as on the async client)."]
        block += [f"    {alias} = {target}" for alias, target in aliases]
        methods.append("\n".join(block))
    return BaseInfo(init, methods, imports)


def render_sync_clients(areas: list[Area], infos: dict[str, BaseInfo]) -> str:
    t = [
        HEADER.rstrip("\n"),
        '"""The sync clients: every generated endpoint mixin on the portal-owning base class."""',
        "",
    ]
    t.append("from __future__ import annotations")
    t.append("")
    imports: dict[str, set[str]] = {"typing": {"TYPE_CHECKING", "Any"}}
    for info in infos.values():
        for m, names in info.imports.items():
            if m in ("typing", "collections.abc"):
                imports.setdefault(m, set()).update(names)
    # Only what the rendered methods and constructors mention (a wrapped AsyncIterator is not).
    used = "\n".join(m for info in infos.values() for m in info.methods)
    used += "\n".join(ann for info in infos.values() for _, ann, _, _ in info.init)
    for m in ("collections.abc", "typing"):
        names = {n for n in imports.get(m, set()) if n in ("TYPE_CHECKING", "Any") or re.search(rf"\b{n}\b", used)}
        if names:
            t.append(f"from {m} import {', '.join(sorted(names))}")
    t.append("")
    t.append("from genauth_sync._generated.raw import SyncAuthenticationWithRawResponse, SyncManagementWithRawResponse")
    t.append("from genauth_sync._portal import SyncClient")
    if "_deliver(" in used:
        t.append("from genauth_sync._subscribe import deliver as _deliver")
    for a in areas:
        alias = f"_{a.client[0].upper()}{a.cls}"
        t.append(f"from genauth_sync._generated.{a.client}.{a.module} import {a.cls} as {alias}")
    t.append("")
    t.append("if TYPE_CHECKING:")
    for cls in CLIENTS.values():
        t.append(f"    from genauth_async._generated.clients import {cls} as _Async{cls}  # noqa: F401")
    tc: dict[str, set[str]] = {}
    for info in infos.values():
        for m, names in info.imports.items():
            if m not in ("typing", "collections.abc"):
                tc.setdefault(m, set()).update(names)
    for m, names in sorted(tc.items()):
        if m == "__import__":
            for n in sorted(names):
                t.append(f"    import {n}")
        else:
            t.append(f"    from {m} import {', '.join(sorted(names))}")
    t.append("")
    t.append('__all__ = ["AuthenticationClient", "ManagementClient"]')
    for client, cls in CLIENTS.items():
        mine = [a for a in areas if a.client == client]
        info = infos[client]
        t.append("")
        t.append("")
        t.append(f"class {cls}(")
        for a in mine:
            t.append(f"    _{a.client[0].upper()}{a.cls},")
        t.append(f'    SyncClient["_Async{cls}"],')
        t.append("):")
        t.append(f'    """GenAuth {client} API client (sync facade over ``genauth_async.{cls}``).')
        t.append("")
        t.append(
            "    Owns one event-loop thread (an anyio blocking portal), started on first use and stopped by"
        )
        t.append(
            "    ``close()``, a ``with`` block or interpreter exit. Safe to share between threads; after"
        )
        t.append("    ``os.fork()`` the child process gets its own loop thread and connections.")
        t.append('    """')
        t.append("")
        t.append(f'    _async_class_path = ("genauth_async._generated.clients", "{cls}")')
        raw_cls = "Sync" + cls.replace("Client", "") + "WithRawResponse"
        t.append(f"    _raw_response_class = {raw_cls}")
        t.append("")
        t.append("    if TYPE_CHECKING:")
        t.append("")
        t.append("        @property")
        t.append(f"        def with_raw_response(self) -> {raw_cls}: ...")
        t.append("")
        t.append("    def __init__(")
        t.append("        self,")
        star = False
        for name, ann, default, kw in info.init:
            if kw and not star:
                t.append("        *,")
                star = True
            t.append(f"        {name}: {ann}{'' if default is None else ' = ' + default},")
        t.append("    ) -> None:")
        t.append(
            f'        """Same arguments as ``genauth_async.{cls}`` (without ``session``: the facade owns its loop)."""'
        )
        t.append("        self._setup(")
        t.append("            {")
        for name, _, _, _ in info.init:
            t.append(f"                {name!r}: {name},")
        t.append("            }")
        t.append("        )")
        for m in info.methods:
            t.append("")
            t.append(m)
    return "\n".join(t) + "\n"
