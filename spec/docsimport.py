"""Import the provider's per-model OpenAPI documents as normalized sources under ``spec/imported/``.

The provider's documentation site is built from a public git repository with
one OpenAPI 3.1 document per video model. Those documents are the input; what
comes out of them is facts only:

* the request schema's keywords that a validator or generator acts on (types,
  formats, enums, limits, ``required``, defaults, nested objects and items),
  never the provider's descriptions, summaries or per-field examples;
* ``model`` pinned by ``const`` (from the document's one-value enum, else from
  its default), so the merged ``oneOf`` is exclusive;
* the responses pointed at the one shared task and error shapes of
  ``spec/sources/evolink/task-query.yaml``;
* the documented request examples, kept apart as test data (some of them break
  their own schema, so they never enter the spec);
* the docs folder the model lives in (its family), and ``deprecated`` for the
  documents the provider archived.

The files API (``en/api-manual/file-series/``: uploads and the file quota) is
imported the same way, one source per document: its operations with their
facts (operation id, security, body media type, schemas), named components
kept by name so the three upload answers merge into one shape, and the
documented server as each operation's ``servers``: the files API lives on its
own origin. Its documents are optional (an older docs revision has none).

Everything we know beyond the documents is applied later, by the overlays
(``spec/overlay.py``). Output is deterministic (sorted keys, no timestamps):
importing the same docs commit twice gives the same bytes. A lock file records
the docs commit and, per model, where its document lives and a hash of it.

The documents are read from a bare git directory (``git show REV:PATH``), a
git work tree at a revision, or a plain folder.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

#: Where the per-model documents live in the docs repository.
SERIES = ("en/api-manual/video-series/", "_archived/en/api-manual/video-series/")
ARCHIVED = "_archived/"
TASK_QUERY = "en/api-manual/task-management/get-task-detail.json"
#: Where the files API's documents live: one operation each, on the files origin.
FILES = "en/api-manual/file-series/"
#: The name every imported files-API source starts with (``files-upload-stream``).
FILES_PREFIX = "files-"
#: Documents that repeat several models already documented one per page.
OVERVIEW = re.compile(r"-overview\.json$")
CREATE = ("/v1/videos/generations", "post")

#: JSON Schema keywords that state a fact a validator or a generator acts on. Prose (description, title,
#: example) is left behind on purpose: our own words come from the overlays.
SCHEMA_FACTS = frozenset(
    {
        "type", "format", "enum", "const", "default", "minimum", "maximum", "exclusiveMinimum",
        "exclusiveMaximum", "multipleOf", "minLength", "maxLength", "pattern", "minItems", "maxItems",
        "uniqueItems", "minProperties", "maxProperties", "required", "properties", "items",
        "additionalProperties", "oneOf", "anyOf", "allOf", "not", "if", "then", "else", "dependentRequired",
        "deprecated", "prefixItems",
    }
)  # fmt: skip
#: Where each documented status of the create operation points among the shared responses.
SHARED_RESPONSES = {
    "200": "TaskCreated",
    "400": "InvalidRequest",
    "401": "Unauthorized",
    "402": "InsufficientQuota",
    "403": "PermissionDenied",
    "404": "TaskNotFound",
    "429": "RateLimited",
    "500": "InternalError",
    "502": "UpstreamError",
    "503": "UpstreamError",
}
SHARED_FILE = "task-query.yaml"
HEADER = "# Imported by spec/docsimport.py from {path} at {commit} - do not edit; correct it with an overlay.\n"


class DocsImportError(Exception):
    """The documents cannot be imported; the message names the file(s) and the reason."""


# --- reading the docs -------------------------------------------------------------------------


class Docs:
    """The docs repository at one revision: a bare git dir, a git work tree, or a plain folder."""

    def __init__(self, root: Path, rev: str | None = None) -> None:
        self.root = root
        self.git = _is_git(root)
        if rev and not self.git:
            raise DocsImportError(f"{root}: REV={rev} needs a git directory or work tree")
        self.rev = rev or "HEAD"
        self.commit = self._git("rev-parse", "--verify", f"{self.rev}^{{commit}}").strip() if self.git else None

    def _git(self, *args: str) -> str:
        done = subprocess.run(["git", "-C", str(self.root), *args], capture_output=True, text=True)
        if done.returncode != 0:
            raise DocsImportError(f"{self.root}: git {' '.join(args)}: {done.stderr.strip()}")
        return done.stdout

    def files(self) -> list[str]:
        if self.git:
            return sorted(self._git("ls-tree", "-r", "--name-only", self.rev).splitlines())
        return sorted(str(p.relative_to(self.root)) for p in self.root.rglob("*") if p.is_file())

    def read(self, path: str) -> bytes:
        if self.git:
            done = subprocess.run(["git", "-C", str(self.root), "show", f"{self.rev}:{path}"], capture_output=True)
            if done.returncode != 0:
                raise DocsImportError(f"{path}: {done.stderr.decode(errors='replace').strip()}")
            return done.stdout
        return (self.root / path).read_bytes()


def _is_git(root: Path) -> bool:
    done = subprocess.run(["git", "-C", str(root), "rev-parse", "--git-dir"], capture_output=True, text=True)
    if done.returncode != 0:
        return False
    git_dir = (root / done.stdout.strip()).resolve()
    return git_dir == root.resolve() or git_dir.parent == root.resolve()


def model_documents(files: list[str]) -> list[str]:
    """The per-model documents of the video series: every JSON document there except the overviews."""
    return [f for f in files if f.startswith(SERIES) and f.endswith(".json") and not OVERVIEW.search(f)]


# --- normalizing one document -----------------------------------------------------------------


@dataclass(frozen=True)
class Imported:
    model: str
    path: str  # upstream path
    sha256: str
    source: dict[str, Any]
    examples: dict[str, Any]


def class_name(model: str) -> str:
    """``kling-v3-image-to-video`` -> ``KlingV3ImageToVideoRequest``: one component name per model."""
    parts = [p for p in re.split(r"[^A-Za-z0-9]+", model) if p]
    return "".join(p[:1].upper() + p[1:] for p in parts) + "Request"


def family(path: str) -> str:
    """The docs folder right under the video series (``kling``, ``seedance2.0``, ``minimax``)."""
    rest = path.removeprefix(ARCHIVED).removeprefix(SERIES[0])
    return rest.split("/", 1)[0]


def _resolve(doc: dict[str, Any], node: Any, where: str) -> Any:
    seen = 0
    while isinstance(node, dict) and "$ref" in node:
        ref = str(node["$ref"])
        if not ref.startswith("#/"):
            raise DocsImportError(f"{where}: $ref {ref!r} leaves the document")
        target: Any = doc
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
        seen += 1
        if seen > 50:
            raise DocsImportError(f"{where}: $ref {ref!r} loops")
    return node


def facts(doc: dict[str, Any], schema: Any, where: str, *, inline: bool = True) -> Any:
    """``schema`` with everything but facts left out, and its local references inlined unless not ``inline``."""
    if not inline and isinstance(schema, dict) and "$ref" in schema:
        return {"$ref": schema["$ref"]}
    schema = _resolve(doc, schema, where)
    if not isinstance(schema, dict):
        return schema
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key not in SCHEMA_FACTS:
            continue
        if key == "properties":
            out[key] = {name: facts(doc, sub, f"{where}.{name}", inline=inline) for name, sub in value.items()}
        elif key in ("items", "additionalProperties", "not", "if", "then", "else") and isinstance(value, dict):
            out[key] = facts(doc, value, where, inline=inline)
        elif key in ("oneOf", "anyOf", "allOf", "prefixItems"):
            out[key] = [facts(doc, sub, where, inline=inline) for sub in value]
        else:
            out[key] = value
    return out


def pinned_model(schema: dict[str, Any], where: str) -> str:
    """The one model a document describes: its ``model`` enum's only value, else its default."""
    model = schema.get("properties", {}).get("model")
    if not isinstance(model, dict):
        raise DocsImportError(f"{where}: the request schema has no model property")
    enum = model.get("enum")
    if enum is not None:
        if len(enum) != 1:
            raise DocsImportError(f"{where}: model enum {enum} names {len(enum)} models; one document per model")
        return str(enum[0])
    if isinstance(model.get("const"), str):
        return str(model["const"])
    if isinstance(model.get("default"), str):
        return str(model["default"])
    raise DocsImportError(f"{where}: model is pinned neither by enum, const nor default")


def normalize(path: str, raw: bytes) -> Imported:
    """One provider document -> one normalized source (see the module docstring)."""
    try:
        doc = json.loads(raw)
        operation = doc["paths"][CREATE[0]][CREATE[1]]
        media = operation["requestBody"]["content"]["application/json"]
    except (ValueError, KeyError, TypeError) as exc:
        raise DocsImportError(f"{path}: not a {CREATE[1].upper()} {CREATE[0]} document ({exc!r})") from exc
    request = facts(doc, media["schema"], path)
    model = pinned_model(request, path)
    request["properties"]["model"] = {"type": "string", "const": model, "default": model}
    request["x-family"] = family(path)
    if path.startswith(ARCHIVED):
        request["deprecated"] = True
    responses = {}
    for status in operation.get("responses", {}):
        shared = SHARED_RESPONSES.get(str(status))
        if shared is None:
            raise DocsImportError(f"{path}: status {status} has no shared response in {SHARED_FILE}")
        responses[str(status)] = {"$ref": f"{SHARED_FILE}#/components/responses/{shared}"}
    name = class_name(model)
    source = {
        "openapi": "3.1.0",
        "x-source": {"path": path, "family": family(path)},
        "info": {"title": model, "version": "1.0.0"},
        "paths": {
            CREATE[0]: {
                CREATE[1]: {
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{name}"}}},
                    },
                    "responses": responses,
                }
            }
        },
        "components": {"schemas": {name: request}},
    }
    examples = {k: v["value"] for k, v in (media.get("examples") or {}).items() if "value" in v}
    if "example" in media:
        examples["example"] = media["example"]
    return Imported(model, path, hashlib.sha256(raw).hexdigest(), source, examples)


# --- the files API ----------------------------------------------------------------------------


@dataclass(frozen=True)
class FilesDocument:
    name: str  # the source's file stem, ``files-<document stem>``
    path: str  # upstream path
    sha256: str
    source: dict[str, Any]


def files_documents(files: list[str]) -> list[str]:
    """The files API's documents: every JSON document of the file series."""
    return [f for f in files if f.startswith(FILES) and f.endswith(".json")]


def _files_operation(doc: dict[str, Any], operation: dict[str, Any], where: str) -> dict[str, Any]:
    """One files-API operation's facts, its server included; schemas stay references to named components."""
    servers = operation.get("servers") or doc["servers"]
    out: dict[str, Any] = {"operationId": operation["operationId"], "servers": [{"url": s["url"]} for s in servers]}
    security = operation.get("security", doc.get("security"))
    if security is not None:
        out["security"] = security
    body = operation.get("requestBody")
    if body is not None:
        content = {
            media: {"schema": facts(doc, spec["schema"], where, inline=False)}
            for media, spec in body["content"].items()
        }
        out["requestBody"] = {"required": bool(body.get("required")), "content": content}
    responses: dict[str, Any] = {}
    for status, response in operation.get("responses", {}).items():
        content = {
            media: {"schema": facts(doc, spec["schema"], where, inline=False)}
            for media, spec in (response.get("content") or {}).items()
        }
        # OpenAPI requires a description; the provider's prose stays behind, the status speaks for itself.
        responses[str(status)] = {"description": f"HTTP {status}", "content": content}
    out["responses"] = responses
    return out


def normalize_files(path: str, raw: bytes) -> FilesDocument:
    """One files-API document -> one source: its operations, their server, and its components' facts."""
    try:
        doc = json.loads(raw)
        paths = {
            route: {method: _files_operation(doc, op, f"{path} {route}") for method, op in item.items()}
            for route, item in doc["paths"].items()
        }
        schemas = {
            name: facts(doc, schema, f"{path} {name}", inline=False)
            for name, schema in doc.get("components", {}).get("schemas", {}).items()
        }
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise DocsImportError(f"{path}: not a files-API document ({exc!r})") from exc
    name = FILES_PREFIX + path.removeprefix(FILES).removesuffix(".json")
    source = {
        "openapi": "3.1.0",
        "x-source": {"path": path, "api": "files"},
        "info": {"title": name, "version": "1.0.0"},
        "paths": paths,
        "components": {"schemas": schemas},
    }
    return FilesDocument(name, path, hashlib.sha256(raw).hexdigest(), source)


# --- the whole import -------------------------------------------------------------------------


@dataclass(frozen=True)
class Catalogue:
    commit: str | None
    models: list[Imported]
    task_query: tuple[str, str] | None  # (path, sha256) of the task query document, tracked for drift
    files: list[FilesDocument] = field(default_factory=list)


def import_docs(docs: Docs) -> Catalogue:
    files = docs.files()
    found: dict[str, Imported] = {}
    names: dict[str, str] = {}
    for path in model_documents(files):
        item = normalize(path, docs.read(path))
        if item.model in found:
            raise DocsImportError(f"model {item.model!r} is pinned by both {found[item.model].path} and {path}")
        name = class_name(item.model)
        if name in names:
            raise DocsImportError(f"models {names[name]!r} and {item.model!r} would share the class name {name}")
        found[item.model] = item
        names[name] = item.model
    if not found:
        raise DocsImportError(f"{docs.root}: no model documents under {' or '.join(SERIES)}")
    task_query = (TASK_QUERY, hashlib.sha256(docs.read(TASK_QUERY)).hexdigest()) if TASK_QUERY in files else None
    files_api = [normalize_files(path, docs.read(path)) for path in files_documents(files)]
    clash = sorted(set(found) & {document.name for document in files_api})
    if clash:
        raise DocsImportError(f"a model and a files-API document would share the source name {clash[0]}")
    return Catalogue(docs.commit, [found[m] for m in sorted(found)], task_query, files_api)


def _yaml(data: Any) -> str:
    return yaml.safe_dump(data, sort_keys=True, allow_unicode=True, width=110)


def rendered(catalogue: Catalogue) -> Iterator[tuple[str, str]]:
    """(relative path, text) of every file an import writes under the output folder."""
    commit = catalogue.commit or "a plain folder"
    for item in catalogue.models:
        yield f"evolink/{item.model}.yaml", HEADER.format(path=item.path, commit=commit) + _yaml(item.source)
    for document in catalogue.files:
        yield f"evolink/{document.name}.yaml", HEADER.format(path=document.path, commit=commit) + _yaml(document.source)
    examples = {item.model: item.examples for item in catalogue.models if item.examples}
    yield (
        "evolink.examples.yaml",
        "# The provider's request examples, as test data (see tests/spec).\n" + _yaml(examples),
    )
    lock: dict[str, Any] = {
        "docs_commit": catalogue.commit,
        "models": {item.model: {"path": item.path, "sha256": item.sha256} for item in catalogue.models},
    }
    if catalogue.task_query:
        lock["task_query"] = {"path": catalogue.task_query[0], "sha256": catalogue.task_query[1]}
    if catalogue.files:
        lock["files"] = {d.name: {"path": d.path, "sha256": d.sha256} for d in catalogue.files}
    yield "evolink.lock.yaml", "# What `make import` read: the docs commit and each document's hash.\n" + _yaml(lock)


def write(catalogue: Catalogue, out: Path) -> None:
    """Replace the import under ``out`` with ``catalogue`` (models that disappeared are removed)."""
    models = out / "evolink"
    models.mkdir(parents=True, exist_ok=True)
    keep = set()
    for relative, text in rendered(catalogue):
        target = out / relative
        target.write_text(text, encoding="utf-8")
        keep.add(target.resolve())
    for stale in models.glob("*.yaml"):
        if stale.resolve() not in keep:
            stale.unlink()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("docs", type=Path, help="the docs repository: a bare git dir, a work tree or a folder")
    parser.add_argument("--rev", help="the revision to read (git only; default HEAD)")
    parser.add_argument("-o", "--output", type=Path, required=True, help="folder to write (spec/imported)")
    args = parser.parse_args(argv)
    try:
        catalogue = import_docs(Docs(args.docs, args.rev))
    except DocsImportError as exc:
        print(f"docsimport: {exc}", file=sys.stderr)
        return 1
    write(catalogue, args.output)
    files = f" and {len(catalogue.files)} files-API documents" if catalogue.files else ""
    print(f"imported {len(catalogue.models)} models{files} from {catalogue.commit or args.docs}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
