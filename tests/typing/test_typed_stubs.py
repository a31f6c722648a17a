"""The generated per-model stubs against the spec and the runtime methods, read with ``ast`` (no checker: cheap).

Every model of every gateway has its overload on every method of every typed ``videos`` class, with exactly the
spec's request properties and required set, followed by the runtime method's own keywords; the dynamic overload
comes last. The stubs cost nothing at run time: they are ``.pyi`` only and ``import evolink`` loads none.
"""

from __future__ import annotations

import ast
import inspect
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import evolink._generated
import typedcalls
from evolink import AsyncEvoLink, AsyncUniAll, EvoLink, UniAll
from evolink._client import AsyncClient, AsyncVideos, Videos
from evolink._spec import evolink_spec

GENERATED = Path(evolink._generated.__file__).parent
Function = ast.FunctionDef | ast.AsyncFunctionDef


def typed_class(client: type[Any]) -> ast.ClassDef:
    """The stub class of ``client().videos`` (``EvoLinkVideos`` in ``evolink_calls.pyi``, ...)."""
    tree = ast.parse((GENERATED / f"{client._provider.name}_calls.pyi").read_text())
    (found,) = [n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == f"{client.__name__}Videos"]
    return found


def keywords(node: Function) -> dict[str, tuple[str, bool]]:
    """name -> (annotation, has a default) of a stub's keyword-only parameters, in order."""
    args = node.args
    return {
        a.arg: (ast.unparse(a.annotation) if a.annotation else "", default is not None)
        for a, default in zip(args.kwonlyargs, args.kw_defaults, strict=True)
    }


def runtime_keywords(method: Callable[..., Any]) -> dict[str, tuple[str, bool]]:
    parameters = inspect.signature(method).parameters.values()
    return {p.name: (str(p.annotation), p.default is not p.empty) for p in parameters if p.kind is p.KEYWORD_ONLY}


@pytest.mark.parametrize("client", [EvoLink, AsyncEvoLink, UniAll, AsyncUniAll], ids=lambda c: c.__name__)
@pytest.mark.parametrize("method", typedcalls.METHODS)
def test_every_model_has_an_overload_with_its_spec_fields(client: type[Any], method: str) -> None:
    runtime_class = AsyncVideos if issubclass(client, AsyncClient) else Videos
    runtime = getattr(runtime_class, method)
    spec = client._provider.spec()
    cls = typed_class(client)
    assert [ast.unparse(base) for base in cls.bases] == [runtime_class.__name__]
    *per_model, dynamic = [n for n in cls.body if isinstance(n, Function) and n.name == method]
    tail = runtime_keywords(runtime)

    models = [ast.literal_eval(ast.unparse(n.args.kwonlyargs[0].annotation or ast.Constant())[8:-1]) for n in per_model]
    assert models == spec.models
    for model, node in zip(models, per_model, strict=True):
        assert isinstance(node, ast.AsyncFunctionDef) == inspect.iscoroutinefunction(runtime), model
        given = keywords(node)
        assert list(given)[-len(tail) :] == list(tail), model
        assert {name: given[name] for name in tail} == tail, model
        schema = spec.model_schema(model)
        properties = set(schema["properties"]) - {"model"}
        fields = {name: default for name, (_, default) in given.items() if name not in tail and name != "model"}
        # A property named like a method keyword is given by that keyword: only extra_body, which the runtime merges.
        assert properties & set(tail) <= typedcalls.MERGED_KEYWORDS, model
        assert set(fields) == properties - set(tail), model
        assert {name for name, default in fields.items() if not default} == set(schema["required"]) - {"model"}, model

    # The way in for a model newer than the spec: a positional request, then any fields.
    assert [a.arg for a in dynamic.args.posonlyargs] == ["self", "request"]
    assert dynamic.args.kwarg is not None and dynamic.args.kwarg.arg == "fields"
    assert keywords(dynamic) == tail


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        ({"type": "integer", "enum": [4, 6, 8]}, "Literal[4, 6, 8]"),
        ({"type": "string", "const": "on"}, 'Literal["on"]'),
        ({"type": "number", "minimum": 0}, "float"),
        ({"type": "array", "items": {"type": "string", "format": "uri"}}, "list[str]"),
        ({"type": "object", "properties": {"a": {"type": "string"}}}, "Mapping[str, Any]"),
        ({"oneOf": [{"type": "integer"}, {"type": "string", "enum": ["auto"]}]}, 'int | Literal["auto"]'),
        ({"oneOf": [{"type": "null"}, {"type": "boolean"}]}, "bool | None"),
        ({"type": ["string", "null"]}, "str | None"),
        ({"anyOf": [{"type": "string"}, {"not": {"type": "string"}}]}, "Any"),
        ({"description": "no type at all"}, "Any"),
        ({"type": "integer", "allOf": [{"anyOf": [{"const": -1}, {"minimum": 2}]}]}, "int"),
    ],
)
def test_json_schema_types_map_to_python_types_never_narrower(schema: dict[str, Any], expected: str) -> None:
    assert typedcalls.annotation(evolink_spec(), schema, typedcalls.Imports()) == expected


def test_the_docstring_gives_limits_and_defaults() -> None:
    schema = {"type": "integer", "default": 5, "allOf": [{"anyOf": [{"const": -1}, {"minimum": 4, "maximum": 30}]}]}
    assert typedcalls.notes(evolink_spec(), schema) == "-1 or from 4 to 30; default 5"


@pytest.mark.parametrize("name", ["timeout", "output", "class"])
def test_a_field_named_like_a_method_keyword_or_a_python_keyword_stops_generation(name: str) -> None:
    """Such a field could only be sent in a mapping: the spec change needs a decision, not a silent signature."""
    model = typedcalls.Model("acme", "Acme video.", (typedcalls.Field(name, "int", False, ""),))
    tail = typedcalls.runtime_tail(Videos.generate, typedcalls.client_origins(), typedcalls.Imports())
    with pytest.raises(SystemExit, match=name):
        typedcalls.overload("generate", model, tail)


def test_import_evolink_loads_no_stub() -> None:
    assert sorted(p.name for p in GENERATED.glob("*_calls.*")) == ["evolink_calls.pyi", "uniall_calls.pyi"]
    timed = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import evolink"], capture_output=True, text=True, check=True
    )
    assert "evolink._client" in timed.stderr and "_calls" not in timed.stderr
