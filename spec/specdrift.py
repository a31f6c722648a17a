"""What changed in the provider's documents since the committed import (``make drift``).

The docs are imported afresh into a temporary folder and compared, model by
model, with ``spec/imported``: models added or removed, and for each request
field (nested ones too, as ``model_params.multi_prompt[].prompt``) whether it
appeared or went away and whether its type, enum values, limits, default or
requiredness changed; the files API's documents are compared by their hashes
(a changed one is re-imported and its overlay reviewed). Exit status 1 on any drift, 0 on none, so a scheduled
job can open an issue when the provider edits a page.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from docsimport import TASK_QUERY, Docs, DocsImportError, import_docs, write

#: The keywords compared per field; enums are compared value by value.
LIMITS = (
    "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minLength", "maxLength",
    "pattern", "minItems", "maxItems", "uniqueItems", "format", "const",
)  # fmt: skip


def load_import(folder: Path) -> dict[str, dict[str, Any]]:
    """model -> its imported request schema, from ``folder`` (as written by docsimport)."""
    out: dict[str, dict[str, Any]] = {}
    for path in sorted((folder / "evolink").glob("*.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        if doc.get("x-source", {}).get("api") == "files":
            continue  # the files API's sources: see files_drift
        for schema in doc["components"]["schemas"].values():
            out[schema["properties"]["model"]["const"]] = schema
    return out


def fields(schema: dict[str, Any], prefix: str = "") -> dict[str, tuple[dict[str, Any], bool]]:
    """Every field of ``schema`` by dotted path -> (its schema, whether its object requires it)."""
    out: dict[str, tuple[dict[str, Any], bool]] = {}
    required = set(schema.get("required", []))
    for name, sub in (schema.get("properties") or {}).items():
        path = f"{prefix}{name}"
        out[path] = (sub, name in required)
        out.update(fields(sub, f"{path}."))
        items = sub.get("items")
        if isinstance(items, dict):
            out.update(fields(items, f"{path}[]."))
    return out


def _show(value: Any) -> str:
    return "absent" if value is None else json.dumps(value, ensure_ascii=False)


def field_changes(before: dict[str, Any], after: dict[str, Any], required: tuple[bool, bool]) -> Iterator[str]:
    if before.get("type") != after.get("type"):
        yield f"type {_show(before.get('type'))} -> {_show(after.get('type'))}"
    old, new = before.get("enum"), after.get("enum")
    if old is not None and new is not None:
        added = [v for v in new if v not in old]
        removed = [v for v in old if v not in new]
        if added:
            yield f"enum adds {', '.join(map(_show, added))}"
        if removed:
            yield f"enum drops {', '.join(map(_show, removed))}"
    elif old != new:
        yield f"enum {_show(old)} -> {_show(new)}"
    for key in LIMITS:
        if before.get(key) != after.get(key):
            yield f"{key} {_show(before.get(key))} -> {_show(after.get(key))}"
    if before.get("default") != after.get("default"):
        yield f"default {_show(before.get('default'))} -> {_show(after.get('default'))}"
    if required[0] != required[1]:
        yield "now required" if required[1] else "no longer required"


def drift(before: dict[str, dict[str, Any]], after: dict[str, dict[str, Any]]) -> list[str]:
    """One line per change, models in name order; empty when nothing changed."""
    lines: list[str] = []
    for model in sorted(set(before) | set(after)):
        if model not in before:
            lines.append(f"{model}: model added")
            continue
        if model not in after:
            lines.append(f"{model}: model removed")
            continue
        old, new = fields(before[model]), fields(after[model])
        for path in sorted(set(old) | set(new)):
            if path not in old:
                lines.append(f"{model}: {path}: field added")
            elif path not in new:
                lines.append(f"{model}: {path}: field removed")
            else:
                for change in field_changes(old[path][0], new[path][0], (old[path][1], new[path][1])):
                    lines.append(f"{model}: {path}: {change}")
        if before[model].get("deprecated") != after[model].get("deprecated"):
            lines.append(f"{model}: {'retired' if after[model].get('deprecated') else 'no longer retired'}")
    return lines


def task_query_drift(before: Path, after: Path) -> list[str]:
    """The task query is hand-written (spec/sources/evolink/task-query.yaml): only its document's hash is tracked."""
    old, new = (yaml.safe_load((p / "evolink.lock.yaml").read_text(encoding="utf-8")) for p in (before, after))
    if old.get("task_query") == new.get("task_query"):
        return []
    return [f"task query: {TASK_QUERY} changed; review spec/sources/evolink/task-query.yaml"]


def files_drift(before: Path, after: Path) -> list[str]:
    """The files API's documents by their hashes: one line per document added, removed or changed."""
    old, new = (
        yaml.safe_load((p / "evolink.lock.yaml").read_text(encoding="utf-8")).get("files") or {}
        for p in (before, after)
    )
    lines: list[str] = []
    for name in sorted(set(old) | set(new)):
        if name not in old:
            lines.append(f"files API: {new[name]['path']}: document added")
        elif name not in new:
            lines.append(f"files API: {old[name]['path']}: document removed")
        elif old[name] != new[name]:
            lines.append(
                f"files API: {new[name]['path']}: changed; `make import` and review spec/overlays/evolink/files.yaml"
            )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("docs", type=Path, help="the docs repository: a bare git dir, a work tree or a folder")
    parser.add_argument("--rev", help="the revision to read (git only; default HEAD)")
    parser.add_argument("--against", type=Path, required=True, help="the committed import (spec/imported)")
    args = parser.parse_args(argv)
    try:
        catalogue = import_docs(Docs(args.docs, args.rev))
    except DocsImportError as exc:
        print(f"specdrift: {exc}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        write(catalogue, Path(tmp))
        lines = drift(load_import(args.against), load_import(Path(tmp)))
        lines += task_query_drift(args.against, Path(tmp))
        lines += files_drift(args.against, Path(tmp))
    for line in lines:
        print(line)
    if not lines:
        print(f"no drift: {len(catalogue.models)} models match {catalogue.commit or args.docs}")
    return 1 if lines else 0


if __name__ == "__main__":
    sys.exit(main())
