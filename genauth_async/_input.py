"""Reading provisioning input files (JSONL, CSV, YAML) one record at a time.

Each record comes with its line number so that a bad line can be reported where the user will
look for it, while the good lines still run. JSONL and CSV are streamed; YAML has no streaming
form for a list, so it is loaded whole.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs


@attrs.frozen(slots=True)
class InputRecord:
    """One record of an input file, or the reason it could not be read."""

    line: int
    data: dict[str, Any] | None = None
    problem: str | None = None


def read_records(path: str | Path) -> Iterator[InputRecord]:
    """Yield the records of a ``.jsonl``/``.ndjson``, ``.csv`` or ``.yaml``/``.yml`` file."""
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix in (".jsonl", ".ndjson", ".json"):
        return _read_jsonl(file)
    if suffix == ".csv":
        return _read_csv(file)
    if suffix in (".yaml", ".yml"):
        return _read_yaml(file)
    raise ValueError(f"{file}: unknown input format {suffix!r} (use .jsonl, .csv or .yaml)")


def _read_jsonl(file: Path) -> Iterator[InputRecord]:
    with file.open(encoding="utf-8") as handle:
        for number, raw in enumerate(handle, start=1):
            text = raw.strip()
            if not text or text.startswith("#"):
                continue
            try:
                value = json.loads(text)
            except json.JSONDecodeError as error:
                yield InputRecord(number, problem=f"malformed JSON: {error.msg} (column {error.colno})")
                continue
            if not isinstance(value, dict):
                yield InputRecord(number, problem=f"expected a JSON object, got {type(value).__name__}")
                continue
            yield InputRecord(number, value)


def _cell(text: str) -> Any:
    """CSV cells are text; JSON-looking cells (lists, objects, booleans, numbers) are decoded."""
    stripped = text.strip()
    if stripped == "":
        return None
    if stripped[0] in "[{" or stripped in ("true", "false", "null"):
        try:
            return json.loads(stripped)
        except json.JSONDecodeError:
            return text
    return text


def _read_csv(file: Path) -> Iterator[InputRecord]:
    with file.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        for row in reader:
            number = reader.line_num
            if None in row:
                yield InputRecord(number, problem="more cells than header columns")
                continue
            if any(value is None for value in row.values()):
                yield InputRecord(number, problem="fewer cells than header columns")
                continue
            data = {key: _cell(value) for key, value in row.items() if key}
            yield InputRecord(number, {k: v for k, v in data.items() if v is not None})


def _read_yaml(file: Path) -> Iterator[InputRecord]:
    try:
        import yaml
    except ImportError as error:  # pragma: no cover - depends on the installed extras
        raise RuntimeError("YAML input needs PyYAML: pip install 'genauth-async[cli]'") from error
    with file.open(encoding="utf-8") as handle:
        loaded = yaml.compose(handle)
    if loaded is None:
        return
    if not isinstance(loaded, yaml.SequenceNode):
        yield InputRecord(1, problem="the YAML document must be a list of mappings")
        return
    for node in loaded.value:
        number = node.start_mark.line + 1
        value = yaml.safe_load(yaml.serialize(node))
        if not isinstance(value, dict):
            yield InputRecord(number, problem=f"expected a mapping, got {type(value).__name__}")
            continue
        yield InputRecord(number, value)
