"""The types of ``client.with_raw_response``: one class per client and package, for type checkers.

At run time ``with_raw_response`` is a generic proxy (``genauth_async._raw_response``,
``genauth_sync._raw_response``) that hands any endpoint method to a copy of the client whose
calls answer a ``RawResponse``; nothing is written per endpoint. What the type checker needs is
each endpoint's signature with ``RawResponse[<its result>]`` as the answer, so the generated
classes subclass the proxies and declare those methods under ``if TYPE_CHECKING:`` only, with
the same signatures the endpoint mixins have (``tools.codegen.endpoints._sig``).
"""

from __future__ import annotations

import re
from typing import Any

from tools.codegen.common import HEADER, TypeRenderer, wrap_names
from tools.codegen.endpoints import (
    CLIENTS,
    Area,
    Method,
    _replaced_by_helpers,
    _sig,
    _typing_imports,
    json_type_imports,
)

__all__ = ["raw_class_name", "render_raw"]


def raw_class_name(client: str, sync: bool) -> str:
    return f"{'Sync' if sync else ''}{CLIENTS[client].replace('Client', '')}WithRawResponse"


def _stub(m: Method, sync: bool) -> list[str]:
    lines = _sig(m, sync)
    head = lines[-1]
    assert head.startswith("    ) -> ") and head.endswith(":")
    lines[-1] = f"    ) -> RawResponse[{m.returns}]: ..."
    return ["    " + line for line in lines]


def _methods(areas: list[Area], client: str) -> list[Method]:
    replaced = _replaced_by_helpers(client)
    return sorted((m for a in areas if a.client == client for m in a.methods
                   if not m.iterator and m.name not in replaced), key=lambda m: m.name)


#: Lines a generated file stays under (tests/codegen/test_codegen.py allows 3,000).
_PART_LINES = 2600


def _parts(methods: list[Method], sync: bool) -> list[list[list[str]]]:
    """The methods' stubs, packed in name order into parts that each fit one file."""
    parts: list[list[list[str]]] = [[]]
    size = 0
    for m in methods:
        stub = _stub(m, sync)
        if size + len(stub) + 1 > _PART_LINES and parts[-1]:
            parts.append([])
            size = 0
        parts[-1].append(stub)
        size += len(stub) + 1
    return parts


def _model_names(areas: list[Area], tr: TypeRenderer, text: str) -> list[str]:
    names: set[str] = set()
    for a in areas:
        for ep in a.endpoints:
            for p in ep["params"]:
                tr.names(p["type"], names)
            tr.names(ep.get("data_type"), names)
    return sorted(n for n in names if re.search(rf"\b{n}\b", text))


def _part_module(areas: list[Area], tr: TypeRenderer, package: str, cls: str, stubs: list[list[str]]) -> str:
    body = ["", "", f"class {cls}:", '    """Some of the methods ``with_raw_response`` declares (in parts, to keep files small)."""',
            "", "    __slots__ = ()", "", "    if TYPE_CHECKING:"]
    for stub in stubs:
        body.append("")
        body.extend(stub)
    text = "\n".join(body)
    abc = [n for n in ("Mapping", "Sequence") if re.search(rf"\b{n}\[", text)]
    head = [
        HEADER.rstrip("\n"),
        f'"""Part of the types of ``with_raw_response`` ({package}); see tools/codegen/raw.py."""',
        "",
        "from __future__ import annotations",
        "",
        *([f"from collections.abc import {', '.join(abc)}"] if abc else []),
        f"from typing import {', '.join(_typing_imports(text, ('TYPE_CHECKING',)))}",
        "",
        "if TYPE_CHECKING:",
        "    from genauth_async._options import CallOptions, Unpack",
        "    from genauth_async._raw_response import RawResponse",
        *json_type_imports(text),
    ]
    models = _model_names(areas, tr, text)
    if models:
        head.append("    from genauth_async.models import (")
        head.extend(wrap_names(models, indent="        "))
        head.append("    )")
    head.append("")
    head.append(f'__all__ = ["{cls}"]')
    return "\n".join(head) + "\n" + text + "\n"


def render_raw(areas: list[Area], spec: dict[str, Any], tr: TypeRenderer, sync: bool) -> dict[str, str]:
    """``<package>/_generated/raw/``: a package whose ``__init__`` composes one class per client
    from parts (files of at most ``_PART_LINES`` lines) declaring the endpoint methods."""
    package = "genauth_sync" if sync else "genauth_async"
    root = f"{package}/_generated/raw"
    files: dict[str, str] = {}
    imports: list[str] = []
    classes: list[str] = []
    for client in CLIENTS:
        methods = _methods(areas, client)
        final = raw_class_name(client, sync)
        bases: list[str] = []
        for n, stubs in enumerate(_parts(methods, sync), start=1):
            module = f"{client}_{n}"
            cls = f"_{final}{n}"
            files[f"{root}/{module}.py"] = _part_module(areas, tr, package, cls, stubs)
            imports.append(f"from {package}._generated.raw.{module} import {cls}")
            bases.append(cls)
        base = "SyncWithRawResponse" if sync else "WithRawResponse"
        classes += ["", "", f"class {final}(", *(f"    {b}," for b in bases), f"    {base},", "):",
                    f'    """``{package}.{CLIENTS[client]}().with_raw_response``: {len(methods)} endpoint methods '
                    'answering ``RawResponse``, and ``request()``."""',
                    "", "    __slots__ = ()"]
    proxy = ("from genauth_sync._raw_response import SyncWithRawResponse" if sync
             else "from genauth_async._raw_response import WithRawResponse")
    head = [
        HEADER.rstrip("\n"),
        f'"""Types of ``with_raw_response`` ({package}): each endpoint method, answering ``RawResponse``.',
        "",
        "For type checkers: the methods are declared under ``TYPE_CHECKING`` only; at run time the",
        "generic proxy base class serves them (see tools/codegen/raw.py).",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        *imports,
        proxy,
        "",
        f'__all__ = ["{raw_class_name("authentication", sync)}", "{raw_class_name("management", sync)}"]',
    ]
    files[f"{root}/__init__.py"] = "\n".join(head + classes) + "\n"
    return files
