"""API areas: which module of generated code each endpoint lives in, as declared data.

``areas.json`` beside this file maps every endpoint (per client, by its Python name) to its area;
an area is a module of ``genauth_async/_generated/<client>/`` and of the sync facade, whatever its
size, so a method's import path never moves because a neighbour grew. An endpoint the table does
not name stops the extraction: place it by hand, in the area a reader would look for it.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

TABLE = Path(__file__).with_name("areas.json")


@functools.lru_cache(maxsize=1)
def declared() -> dict[str, dict[str, str]]:
    data: dict[str, dict[str, str]] = json.loads(TABLE.read_text(encoding="utf-8"))
    for client, areas in data.items():
        for name, area in areas.items():
            if not area.isidentifier() or area.startswith("_"):
                raise ValueError(f"{TABLE.name}: {client}.{name}: area {area!r} is not a module name")
    return data


def area_for(client: str, path: str, name: str) -> str:
    """The declared area of one endpoint; a missing entry is an error naming what to add."""
    area = declared().get(client, {}).get(name)
    if area is None:
        raise KeyError(f"{client} endpoint {name!r} ({path}) has no area: add it to {TABLE}")
    return area
