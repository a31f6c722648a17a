"""Write the typed per-model call signatures of ``client.videos``: a stub module ``<api>_calls.pyi`` per API.

For every model of the spec, ``create``, ``create_and_wait`` and ``generate``
get an ``@overload`` keyed by ``model: Literal["<name>"]`` whose keyword
parameters are that model's request properties with the spec's types (required
ones without a default), followed by the method's own keywords copied from the
runtime method in ``evolink._client``. One last overload takes a request object
or mapping positionally, for a model newer than the spec. The overloads sit on
typed subclasses of the runtime ``Videos`` / ``AsyncVideos`` (``EvoLinkVideos``,
``AsyncEvoLinkVideos``, ...), which ``_client.py`` declares as the clients'
``videos`` for type checkers only. A stub has no ``.py``: ``import evolink``
never loads it.

On a gateway with a files API, an image field (as the library's one rule,
:func:`evolink.spec.media_fields`, decides) also takes a local file, a path or an open binary file, which the
client uploads (``evolink.files.ImageInput``); a list of images takes a list of either.

Only ``properties`` and ``required`` shape a signature; cross-field rules
(``if``/``then``, ``dependentRequired``) stay the run-time validator's. A type
is never narrower than what the validator accepts: what cannot be mapped is
``Any``.

Usage (run by ``make generate`` after openapi-python-client)::

    python spec/typedcalls.py wrapper/evolink/_generated/evolink_api -o wrapper/evolink/_generated/evolink_calls.pyi
"""

from __future__ import annotations

import argparse
import ast
import builtins
import inspect
import json
import keyword
import re
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openapi_python_client.strings import ClassName

from evolink import _client
from evolink._provider import FILES_UPLOAD
from evolink._schema_words import describe_limits, option_words
from evolink._spec import ApiSpec
from evolink.spec import media_fields

#: The methods that get one overload per model.
METHODS = ("create", "create_and_wait", "generate")
#: Each client base class and the runtime class of its ``client.videos``.
VIDEOS = {_client.SyncClient: _client.Videos, _client.AsyncClient: _client.AsyncVideos}
#: A body field that the method keyword of the same name fills (the runtime merges them, see ClientCore.create).
MERGED_KEYWORDS = frozenset({"extra_body"})
SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "null": "None"}
#: What an image field takes: the spec's link, or a local file the client uploads (the library's public alias).
IMAGE = ("evolink.files", "ImageInput")
HEADER = '"""Code generated from spec/ by `make generate` (spec/typedcalls.py): never edited by hand."""'


@dataclass(frozen=True)
class Field:
    name: str
    annotation: str
    required: bool
    notes: str


@dataclass(frozen=True)
class Model:
    name: str
    description: str
    fields: tuple[Field, ...]


class Imports:
    """The ``from module import name`` lines a stub needs, collected while writing it."""

    def __init__(self) -> None:
        self._names: dict[str, set[str]] = {}

    def add(self, module: str, *names: str) -> None:
        self._names.setdefault(module, set()).update(names)

    def lines(self) -> list[str]:
        return [f"from {module} import {', '.join(sorted(self._names[module]))}" for module in sorted(self._names)]


def annotation(spec: ApiSpec, schema: Mapping[str, Any], imports: Imports) -> str:
    """The Python type of values ``schema`` admits: never narrower than the validator, ``Any`` when unsure."""
    schema = spec.resolve(schema)
    values = [schema["const"]] if "const" in schema else schema.get("enum")
    if values is not None:
        imports.add("typing", "Literal")
        literals = ["None" if v is None else json.dumps(v) for v in values]
        return f"Literal[{', '.join(literals)}]"
    branches = schema.get("oneOf", schema.get("anyOf"))
    if branches is not None and "type" not in schema:
        return union([annotation(spec, branch, imports) for branch in branches], imports)
    kinds = schema.get("type")
    if isinstance(kinds, list):
        return union([annotation(spec, {**schema, "type": kind}, imports) for kind in kinds], imports)
    if kinds in SCALARS:
        return SCALARS[kinds]
    if kinds == "array":
        # list, not Sequence: the validator takes only a list, and Sequence[str] would let a bare string through.
        return f"list[{annotation(spec, schema.get('items', {}), imports)}]"
    imports.add("typing", "Any")
    if kinds == "object":
        imports.add("collections.abc", "Mapping")
        return "Mapping[str, Any]"
    return "Any"


def image_annotation(plain: str, imports: Imports) -> str:
    """An image field's type: its link type with ``str`` widened to a local file too. A list also keeps its plain
    ``list[str]``, since a list is invariant: a caller's ``list[str]`` is no ``list[ImageInput]``."""
    imports.add(*IMAGE)
    widened = re.sub(r"\bstr\b", IMAGE[1], plain)
    return f"{plain} | {widened}" if plain.startswith("list[") else widened


def union(members: list[str], imports: Imports) -> str:
    if "Any" in members:
        imports.add("typing", "Any")
        return "Any"
    unique = list(dict.fromkeys(members))
    # None last, as people write it: `int | None`.
    return " | ".join(sorted(unique, key=lambda member: member == "None"))


def notes(spec: ApiSpec, schema: Mapping[str, Any]) -> str:
    """``schema``'s limits and default in a few words (an object's keys: its type says only ``Mapping``)."""
    schema = spec.resolve(schema)
    words = _limits(spec, schema)
    if "properties" in schema:
        words.append("keys " + ", ".join(schema["properties"]))
    if "default" in schema:
        words.append(f"default {json.dumps(schema['default'])}")
    return "; ".join(words)


def _limits(spec: ApiSpec, schema: Mapping[str, Any]) -> list[str]:
    """The limits ``schema`` states, its ``allOf`` parts' and its ``oneOf``/``anyOf`` alternatives', in the words
    of the library's one keyword table (the words validation errors and ``evolink models`` use)."""
    words = describe_limits(schema)
    for part in schema.get("allOf", []):
        words += _limits(spec, spec.resolve(part))
    for key in ("oneOf", "anyOf"):
        branches = [spec.resolve(branch) for branch in schema.get(key, [])]
        alternatives = [option_words(b) or "; ".join(_limits(spec, b)) for b in branches]
        words.append(" or ".join(a for a in alternatives if a))
    return [word for word in words if word]


def models(spec: ApiSpec, imports: Imports) -> list[Model]:
    """Every model of the spec with its keyword fields (``model`` itself is the overload's key)."""
    found = []
    for name in spec.models:
        schema = spec.model_schema(name)
        required = set(schema.get("required", []))
        media = media_fields(spec, name) if FILES_UPLOAD in spec.operations else {}
        images = {field for field, medium in media.items() if medium == "image"}
        fields = []
        for field, sub in schema.get("properties", {}).items():
            if field == "model":
                continue
            typed = annotation(spec, sub, imports)
            typed = image_annotation(typed, imports) if field in images else typed
            fields.append(Field(field, typed, field in required, notes(spec, sub)))
        # Required fields first: a reader sees what a call must give before what it may.
        fields.sort(key=lambda f: not f.required)
        found.append(Model(name, " ".join(str(schema.get("description", name)).split()), tuple(fields)))
    return found


def request_classes(spec: ApiSpec, package: Path) -> list[str]:
    """The generated request classes (a typed request object per model), as the generated package names them."""
    schema = spec.request_schema()
    refs = [branch["$ref"] for branch in schema["oneOf"]] if "oneOf" in schema else [schema["$ref"]]
    # The pinned generator's own naming rule (`GrokImagineVideo10T2vRequest` becomes `...10T2VRequest`).
    names = [str(ClassName(str(ref).rsplit("/", 1)[-1], prefix="")) for ref in refs]
    exported = _all_of(package / "models" / "__init__.py")
    missing = [name for name in names if name not in exported]
    if missing:
        raise SystemExit(f"{package}: the generator named the request classes differently; not found: {missing}")
    return names


def _all_of(module: Path) -> set[str]:
    for node in ast.parse(module.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets):
            return {str(name) for name in ast.literal_eval(node.value)}
    raise SystemExit(f"{module} has no __all__")


def client_origins() -> dict[str, str]:
    """Where each name ``_client.py`` uses comes from: the module a stub imports it from."""
    source = Path(inspect.getfile(_client))
    origins = {}
    for node in ast.parse(source.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom):
            module = ("evolink." + (node.module or "")).rstrip(".") if node.level else str(node.module)
            origins.update({alias.asname or alias.name: module for alias in node.names})
        elif isinstance(node, ast.Assign | ast.ClassDef | ast.AnnAssign):
            targets = [node.name] if isinstance(node, ast.ClassDef) else _assigned(node)
            origins.update({name: _client.__name__ for name in targets})
    return origins


def _assigned(node: ast.Assign | ast.AnnAssign) -> list[str]:
    targets = node.targets if isinstance(node, ast.Assign) else [node.target]
    return [t.id for t in targets if isinstance(t, ast.Name)]


@dataclass(frozen=True)
class Tail:
    """What a runtime method contributes to every overload: its own keywords, its return, sync or async."""

    keywords: tuple[inspect.Parameter, ...]
    returns: str
    is_async: bool


def runtime_tail(method: Callable[..., Any], origins: Mapping[str, str], imports: Imports) -> Tail:
    """The runtime method's keyword-only parameters and return, their annotations imported from their origin."""
    signature = inspect.signature(method)
    keywords = tuple(p for p in signature.parameters.values() if p.kind is inspect.Parameter.KEYWORD_ONLY)
    texts = [p.annotation for p in keywords] + [signature.return_annotation]
    if not all(isinstance(text, str) for text in texts):
        raise SystemExit(
            f"{method.__qualname__}: annotations are copied as written (`from __future__ import annotations`)"
        )
    for text in texts:
        for node in ast.walk(ast.parse(text, mode="eval")):
            if isinstance(node, ast.Name) and not hasattr(builtins, node.id):
                imports.add(origins[node.id], node.id)
    return Tail(keywords, str(signature.return_annotation), inspect.iscoroutinefunction(method))


def keyword_line(parameter: inspect.Parameter) -> str:
    default = "" if parameter.default is inspect.Parameter.empty else " = ..."
    return f"        {parameter.name}: {parameter.annotation}{default},"


def overload(method: str, model: Model, tail: Tail) -> list[str]:
    """One model's overload of ``method``; a field the method's keyword shadows is that keyword (or unreachable)."""
    own = {p.name for p in tail.keywords}
    shadowed = [f for f in model.fields if f.name in own or not f.name.isidentifier() or keyword.iskeyword(f.name)]
    unreachable = [f.name for f in shadowed if f.name not in MERGED_KEYWORDS]
    if unreachable:
        # A body field named like a method keyword could only be sent in a mapping; decide deliberately.
        raise SystemExit(f"{model.name}: fields {unreachable} collide with a keyword of {method} or of Python")
    lines = ["    @overload", f"    {'async def' if tail.is_async else 'def'} {method}(", "        self,", "        *,"]
    lines.append(f"        model: Literal[{json.dumps(model.name)}],")
    lines += [
        f"        {f.name}: {f.annotation}{'' if f.required else ' = ...'}," for f in model.fields if f not in shadowed
    ]
    lines += [keyword_line(p) for p in tail.keywords]
    lines.append(f"    ) -> {tail.returns}:")
    doc = [model.description, ""]
    for f in model.fields:
        said = [*(["required"] if f.required else []), *([f.notes] if f.notes else [])]
        if f.name in MERGED_KEYWORDS:
            said.append("the method's keyword of that name fills it")
        if said:
            doc.append(f"``{f.name}``: {'; '.join(said)}.")
    lines += _docstring(doc)
    return lines


def dynamic_overload(method: str, request: str, tail: Tail) -> list[str]:
    """The catch-all: a request object or mapping given positionally, fields as ``**fields``."""
    lines = ["    @overload", f"    {'async def' if tail.is_async else 'def'} {method}(", "        self,"]
    lines += [f"        request: {request},", "        /,", "        *,"]
    lines += [keyword_line(p) for p in tail.keywords]
    lines += ["        **fields: Any,", f"    ) -> {tail.returns}:"]
    doc = [
        "Any model, from a request object or a mapping with its ``model``; keywords override its fields.",
        "",
        'A model newer than this spec: ``videos.create({"model": "brand-new", "prompt": "..."})``.',
    ]
    return lines + _docstring(doc)


def _docstring(lines: list[str]) -> list[str]:
    text = [line.replace("\\", "\\\\").replace('"""', '\\"\\"\\"') for line in lines]
    return [f'        """{text[0]}', *(f"        {line}" if line else "" for line in text[1:]), '        """', ""]


def typed_videos(client: type[_client._ClientBase], found: list[Model], request: str, imports: Imports) -> list[str]:
    """The typed ``videos`` class of one client: the runtime class with an overload per model and method."""
    runtime = next(videos for base, videos in VIDEOS.items() if issubclass(client, base))
    imports.add(_client.__name__, runtime.__name__)
    origins = client_origins()
    lines = [
        f"class {client.__name__}Videos({runtime.__name__}):",
        f'    """``{client.__name__}().videos``: :class:`{runtime.__name__}` with one signature per model."""',
        "",
    ]
    for method in METHODS:
        method_tail = runtime_tail(getattr(runtime, method), origins, imports)
        for index, model in enumerate(found):
            body = overload(method, model, method_tail)
            if index == 0:
                # Narrower than the runtime method on purpose: the bare `**fields` call is what these overloads refuse.
                body[0] += "  # type: ignore[override]  # pyright: ignore[reportIncompatibleMethodOverride]"
            lines += body
        lines += dynamic_overload(method, request, method_tail)
    return lines


def stub(package: Path) -> str:
    """The stub module for the generated package ``package`` (``.../evolink_api``)."""
    api = package.name.removesuffix("_api")
    sys.path.insert(0, str(package.parent))
    spec = ApiSpec(package.name)
    imports = Imports()
    imports.add("typing", "overload", "Literal", "Any")
    imports.add("collections.abc", "Mapping")
    found = models(spec, imports)
    classes = request_classes(spec, package)
    imports.add(f"evolink._generated.{package.name}.models", *classes)
    # The public clients of this API: those that set its provider themselves (EvoLink, AsyncEvoLink, ...).
    clients = [
        c
        for c in vars(_client).values()
        if isinstance(c, type)
        and issubclass(c, tuple(VIDEOS))
        and getattr(c.__dict__.get("_provider"), "name", None) == api
    ]
    if not clients:
        raise SystemExit(f"no client class in evolink._client has the provider {api!r}")
    body = [f"_Request = {' | '.join([*classes, 'Mapping[str, Any]'])}", "", ""]
    for client in clients:
        body += [*typed_videos(client, found, "_Request", imports), ""]
    return "\n".join([HEADER, "", *imports.lines(), "", *body]).rstrip("\n") + "\n"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("package", type=Path, help="a generated package folder holding openapi.json")
    parser.add_argument("-o", "--output", type=Path, required=True, help="the .pyi file to write")
    args = parser.parse_args(argv)
    args.output.write_text(stub(args.package.resolve()), encoding="utf-8")


if __name__ == "__main__":
    main()
