"""The merged OpenAPI spec at run time: the one place limits and rules are read from.

The spec ships inside the generated package (``evolink._generated.evolink_api/openapi.json``), so
the client, the mock server and the command line all validate against the very
document the generated code came from. Nothing here knows a limit: it finds the
request schema of an operation, picks the branch for a ``model`` and hands it to
a JSON Schema 2020-12 validator. jsonschema is imported on first use, which
keeps ``import evolink`` light.
"""

from __future__ import annotations

import copy
import importlib
import json
from collections.abc import Mapping
from dataclasses import replace
from functools import cached_property
from importlib import resources
from typing import TYPE_CHECKING, Any

from ._violations import SUM_EQUALS, Violation, violations_from

if TYPE_CHECKING:
    from collections.abc import Iterator

    from jsonschema import ValidationError
    from jsonschema.protocols import Validator

    from ._generated.evolink_api.api import Operation

__all__ = ["ApiSpec", "UnknownModelWarning", "evolink_spec", "uniall_spec"]

_SPEC_URI = "urn:evolink:openapi"
#: Rules about which fields are present: a default fills a field in, so these are never checked on the defaults.
_PRESENCE = frozenset({"required", "not", "dependentRequired", "additionalProperties"})
#: What a violation found on a field's default says, so a refusal of a value nobody typed makes sense.
_DEFAULT_NOTE = "its default when left out: give it"


class UnknownModelWarning(UserWarning):
    """A model this version's spec does not know was sent, checked only against what every model shares.

    The provider adds models faster than releases, so a new name is not an
    error; the warning names the closest known models, which makes a typo
    obvious. ``strict_models=True`` on the client refuses unknown models instead.
    """


class ApiSpec:
    """One API's merged spec, loaded lazily from its generated package.

    The operations come from the generated package's request builders
    (``<package>.api``), which know each one's method, path and header
    parameters: the create is the one that takes a JSON body, the task query
    the other. The create's schema is either a ``oneOf`` whose branches pin
    ``model`` with ``const`` (one branch per model) or a single schema whose
    ``model`` is an ``enum``. A gateway that moves a path is a spec change only.
    """

    def __init__(self, package: str) -> None:
        self.package = package
        self._validators: dict[str, Validator] = {}
        self._rule_fields: dict[str, frozenset[str]] = {}

    @cached_property
    def operations(self) -> Mapping[str, Operation]:
        """The generated package's operations by name, imported on first use (it loads the package's attrs)."""
        table: Mapping[str, Operation] = importlib.import_module(f"{self.package}.api").OPERATIONS
        return table

    @cached_property
    def create(self) -> Operation:
        """The create operation: the one whose JSON body names a ``model`` (other operations take none)."""
        creates = [op for op in self.operations.values() if op.content_type is not None and self._names_model(op)]
        if len(creates) != 1:
            raise LookupError(f"{self.package}: expected one create among {list(self.operations)}")
        return creates[0]

    def _names_model(self, operation: Operation) -> bool:
        body = self.resolve(self._document["paths"][operation.path][operation.method.lower()]["requestBody"])
        schema = self.resolve(body["content"][operation.content_type]["schema"])
        return "oneOf" in schema or "model" in schema.get("properties", {})

    @cached_property
    def task_query(self) -> Operation:
        """The task query: the GET whose path names the task."""
        queries = [op for op in self.operations.values() if op.method == "GET" and "{" in op.path]
        if len(queries) != 1:
            raise LookupError(f"{self.package}: expected one task query among {list(self.operations)}")
        return queries[0]

    def operation(self, name: str) -> Operation:
        """Another documented operation by its generated name (``get_credits``); LookupError if the spec has none."""
        try:
            return self.operations[name]
        except KeyError:
            raise LookupError(f"{self.package} documents no operation {name!r}") from None

    def request_media(self, operation: Operation) -> dict[str, Any]:
        """The media type object of ``operation``'s body (its schema, and for a form its parts' ``encoding``)."""
        spec = self._document["paths"][operation.path][operation.method.lower()]
        media: dict[str, Any] = self.resolve(spec["requestBody"])["content"][operation.content_type]
        return media

    def check_body(self, operation: Operation, body: Any) -> list[Violation]:
        """Every way ``body`` breaks the request schema of ``operation`` (one whose body schema is a component)."""
        schema = self.request_media(operation)["schema"]
        found = self._validator_at(str(schema["$ref"])).iter_errors(body)
        return violations_from(found, self.resolve(schema), self._resolve_ref)

    def component(self, name: str) -> dict[str, Any]:
        """The schema ``#/components/schemas/<name>`` (KeyError when the spec has none of that name)."""
        return self.resolve(self._document["components"]["schemas"][name])

    @property
    def create_path(self) -> str:
        """The create's path, as the generated builders know it."""
        return self.create.path

    @property
    def task_path(self) -> str:
        """The task query's path template (``{task_id}``), as the generated builders know it."""
        return self.task_query.path

    @cached_property
    def default_base_url(self) -> str | None:
        """The spec's server (``servers``), unless it is a template for the caller to fill (``{BASE_URL}``)."""
        servers = self._document.get("servers") or [{}]
        url = servers[0].get("url")
        return None if url is None or "{" in url else str(url)

    def __repr__(self) -> str:
        return f"ApiSpec({self.package!r})"

    @cached_property
    def _document(self) -> dict[str, Any]:
        text = resources.files(self.package).joinpath("openapi.json").read_text(encoding="utf-8")
        doc: dict[str, Any] = json.loads(text)
        return doc

    @property
    def document(self) -> dict[str, Any]:
        """A private copy of the whole spec: tools such as schemathesis edit the dict they are given."""
        return copy.deepcopy(self._document)

    def resolve(self, node: Mapping[str, Any]) -> dict[str, Any]:
        """Follow local ``$ref`` links until a real schema (or response, ...) is reached."""
        while "$ref" in node:
            target: Any = self._document
            for part in str(node["$ref"]).removeprefix("#/").split("/"):
                target = target[part]
            node = target
        return dict(node)

    def request_schema(self) -> dict[str, Any]:
        """The create's body schema."""
        operation = self._document["paths"][self.create.path][self.create.method.lower()]
        body = self.resolve(operation["requestBody"])
        schema: dict[str, Any] = body["content"][self.create.content_type]["schema"]
        return schema

    @cached_property
    def _branches(self) -> dict[str, tuple[str, dict[str, Any]]]:
        """model name -> (JSON pointer of its request schema, the schema itself)."""
        schema = self.request_schema()
        if "oneOf" not in schema:
            resolved = self.resolve(schema)
            pointer = str(schema.get("$ref", ""))
            return {name: (pointer, resolved) for name in resolved["properties"]["model"]["enum"]}
        branches: dict[str, tuple[str, dict[str, Any]]] = {}
        for branch in schema["oneOf"]:
            resolved = self.resolve(branch)
            branches[resolved["properties"]["model"]["const"]] = (str(branch["$ref"]), resolved)
        return branches

    @cached_property
    def create_idempotency_header(self) -> str | None:
        """The idempotency header the create operation declares, or None when the API documents none."""
        return next((name for name in self.create.headers if name.lower() == "idempotency-key"), None)

    @cached_property
    def task_schema(self) -> dict[str, Any]:
        """The task as the task query answers it (200)."""
        operation = self._document["paths"][self.task_query.path][self.task_query.method.lower()]
        response = self.resolve(operation["responses"]["200"])
        return self.resolve(response["content"]["application/json"]["schema"])

    def _task_field(self, *names: str) -> dict[str, Any]:
        node: dict[str, Any] = self.task_schema
        for name in names:
            node = self.resolve(node.get("properties", {}).get(name, {}))
            # A nullable field is a oneOf of its schema and null: the facts live in the schema.
            branches = [self.resolve(b) for b in node.get("oneOf", node.get("anyOf", []))]
            node = next((b for b in branches if b.get("type") != "null"), node)
        return node

    @cached_property
    def retryable_task_codes(self) -> frozenset[str]:
        """Failure codes the API documents as safe to retry later (``x-retryable-codes``)."""
        return frozenset(self._task_field("error", "code").get("x-retryable-codes", []))

    @cached_property
    def result_lifetime_seconds(self) -> float | None:
        """How long result links live after completion (``x-link-lifetime-seconds``), if documented."""
        value = self._task_field("results").get("x-link-lifetime-seconds")
        return float(value) if value is not None else None

    @property
    def models(self) -> list[str]:
        """Every model name the create operation accepts, in spec order."""
        return list(self._branches)

    def knows(self, model: object) -> bool:
        return isinstance(model, str) and model in self._branches

    def model_schema(self, model: str) -> dict[str, Any]:
        """``model``'s request schema (KeyError for a model the spec does not know)."""
        return self._branches[model][1]

    def model_family(self, model: str) -> str | None:
        """The provider's docs folder the model is documented in (``x-family``), if the spec says."""
        family = self.model_schema(model).get("x-family")
        return str(family) if family is not None else None

    def model_output(self, model: str) -> str:
        """What a task of ``model`` produces: ``video`` unless the spec says otherwise (``x-output``)."""
        return str(self.model_schema(model).get("x-output", "video"))

    def closest_models(self, model: str, n: int = 3) -> list[str]:
        """The known model names most like ``model`` (a typo), else those that contain it (a family name)."""
        import difflib  # only when a name is unknown: kept off the import path of `import evolink`

        close = difflib.get_close_matches(model, self.models, n=n, cutoff=0.6)
        wanted = model.casefold()
        containing = [m for m in self.models if wanted and wanted in m.casefold() and m not in close]
        return (close + containing)[:n]

    @cached_property
    def shared_schema(self) -> dict[str, Any]:
        """What every model has in common: the rules an unknown model's request is checked against.

        A field counts when every model documents it with the same schema
        (``callback_url``, for instance); ``model`` itself must be a non-empty
        string. Unknown fields are allowed: an unknown model's fields are unknown.
        """
        schemas = [schema for _, schema in self._branches.values()]
        first = schemas[0].get("properties", {})
        shared = {
            name: sub
            for name, sub in first.items()
            if name != "model" and all(_rules(s.get("properties", {}).get(name)) == _rules(sub) for s in schemas[1:])
        }
        return {
            "type": "object",
            "required": ["model"],
            "properties": {"model": {"type": "string", "minLength": 1}, **shared},
        }

    def validator(self, model: str) -> Validator:
        """A JSON Schema validator for ``model``'s request body, built once (on first use)."""
        return self._validator_at(self._branches[model][0])

    def _validator_at(self, pointer: str) -> Validator:
        """A validator for the schema at ``pointer`` (``#/...``) in the document, built once."""
        return self._validator_for(pointer, {"$ref": f"{_SPEC_URI}{pointer}"})

    def _validator_for(self, key: str, schema: dict[str, Any]) -> Validator:
        if key not in self._validators:
            from jsonschema import Draft202012Validator, validators

            # JSON Schema 2020-12 plus evolink's one keyword for a rule it cannot state (``x-sum-equals``).
            # (types-jsonschema leaves extend untyped; it returns a validator class like the one it extends)
            checker = validators.extend(Draft202012Validator, {SUM_EQUALS: _sum_equals})  # type: ignore[no-untyped-call]
            self._validators[key] = checker(
                schema, registry=self._registry, format_checker=Draft202012Validator.FORMAT_CHECKER
            )
        return self._validators[key]

    @cached_property
    def _registry(self) -> Any:
        from referencing import Registry, Resource
        from referencing.jsonschema import DRAFT202012

        resource = Resource.from_contents(self._document, default_specification=DRAFT202012)
        return Registry().with_resource(_SPEC_URI, resource)

    def check_request(self, body: Any, *, allow_unknown_model: bool = False) -> list[Violation]:
        """Every way ``body`` breaks the create schema of its model; empty when it is valid.

        The branch is chosen by ``model`` first, so a violation names the right
        model's field and rule instead of the noise a ``oneOf`` produces. A model
        the spec does not know is refused, naming the closest known ones, unless
        ``allow_unknown_model``: then only :attr:`shared_schema` is checked.
        """
        if not isinstance(body, Mapping):
            return [Violation("body", "must be a JSON object", body)]
        model = body.get("model")
        if model is None:
            return [Violation("model", "is required")]
        if not self.knows(model):
            if allow_unknown_model:
                shared = self._validator_for("#shared", self.shared_schema)
                return violations_from(shared.iter_errors(dict(body)), self.shared_schema, self._resolve_ref)
            return [Violation("model", self.unknown_model_rule(model), model)]
        validator = self.validator(model)
        schema = self.model_schema(model)
        found = violations_from(validator.iter_errors(dict(body)), schema, self._resolve_ref)
        return sorted(found + self._default_violations(validator, schema, body), key=lambda v: v.field)

    def _default_violations(
        self, validator: Validator, schema: dict[str, Any], body: Mapping[str, Any]
    ) -> list[Violation]:
        """The rules the documented defaults of the fields left out break, given the rest of ``body``.

        A field left out is not "no value": the gateway uses its default, and a
        rule sees that value (Veo's REFERENCE mode needs duration 8, and its
        duration defaults to 4). The body is checked again with every missing
        default filled in, and only what goes wrong *at* a filled-in field is
        kept, so the defaults never make a rule about which fields are present
        fire. Refusing beats sending the value the rule wants instead: that
        would change what is made and billed (8 s cost more than 4 s) without
        the user asking.
        """
        effective, filled = self._with_defaults(schema, body, ())
        # A default is valid for its own field (the spec's tests hold it so): only a rule between fields can
        # refuse it, so a model whose rules between fields name none of the filled-in ones needs no second pass.
        ruled = self._fields_in_rules(str(body.get("model")))
        if _EVERY_FIELD not in ruled and not {where[0] for where in filled} & ruled:
            return []
        errors = [
            error
            for error in validator.iter_errors(effective)
            if error.validator not in _PRESENCE
            and any(tuple(error.absolute_path)[: len(where)] == where for where in filled)
        ]
        return [replace(v, note=_DEFAULT_NOTE) for v in violations_from(errors, schema, self._resolve_ref)]

    def _fields_in_rules(self, model: str) -> frozenset[str]:
        """The top-level fields ``model``'s rules between fields mention (every field, if one is out of sight)."""
        if model not in self._rule_fields:
            self._rule_fields[model] = _named_in_rules(self.model_schema(model))
        return self._rule_fields[model]

    def _with_defaults(
        self, schema: Mapping[str, Any], body: Mapping[str, Any], where: tuple[str, ...]
    ) -> tuple[dict[str, Any], set[tuple[str, ...]]]:
        """``body`` with each missing field that has a ``default`` filled in (in nested objects given too),
        and where each filled-in field is."""
        out = dict(body)
        filled: set[tuple[str, ...]] = set()
        for name, node in (schema.get("properties") or {}).items():
            field = self.resolve(node) if isinstance(node, Mapping) else {}
            if name not in out:
                if "default" in field:
                    out[name] = copy.deepcopy(field["default"])
                    filled.add((*where, name))
            elif isinstance(out[name], Mapping) and "properties" in field:
                out[name], inner = self._with_defaults(field, out[name], (*where, name))
                filled |= inner
        return out, filled

    def check_idempotency_key(self, key: str) -> list[Violation]:
        """How ``key`` breaks the create's ``Idempotency-Key`` header schema (its pattern); empty when it fits.

        The one check of the key, for the client, the command line and the mock:
        a key the gateway refuses with 400 is refused before anything is sent.
        Empty too when the API declares no such header (no key is sent there).
        """
        header = self.create_idempotency_header
        if header is None:
            return []
        return self.check_parameter(self.create.path, self.create.method, header, key)

    def unknown_model_rule(self, model: object) -> str:
        """Why ``model`` is refused, in words that point at the likely intended name."""
        if not isinstance(model, str):
            return "must be a model name (a string)"
        return f"is not a model this version of the spec knows ({len(self.models)} models); {self.model_hint(model)}"

    def model_hint(self, model: str) -> str:
        """Which known model the user probably meant, or where to find them all."""
        closest = self.closest_models(model)
        return f"did you mean {' or '.join(closest)}?" if closest else "see `evolink models` for the list"

    def check_parameter(self, path: str, method: str, name: str, value: Any) -> list[Violation]:
        """Every way ``value`` breaks the schema of parameter ``name`` (path, query or header) of an operation.

        ``path`` is the spec's path template (``/v1/tasks/{task_id}``); header
        names match case-insensitively. A violation of the value itself is
        named after the parameter, as the spec spells it. KeyError for a
        parameter the spec does not declare.
        """
        pointer, parameter = self._parameter(path, method, name)
        schema = parameter["schema"]
        found = violations_from(self._validator_at(pointer).iter_errors(value), schema, self._resolve_ref)
        return [replace(v, field=parameter["name"]) if v.field == "body" else v for v in found]

    def _parameter(self, path: str, method: str, name: str) -> tuple[str, dict[str, Any]]:
        """The JSON pointer of a parameter's schema, and the (resolved) parameter."""
        escaped = path.replace("~", "~0").replace("/", "~1")
        parameters = self._document["paths"][path][method.lower()].get("parameters", [])
        for index, parameter in enumerate(parameters):
            resolved = self.resolve(parameter)
            if resolved["name"].lower() == name.lower():
                where = str(parameter.get("$ref", f"#/paths/{escaped}/{method.lower()}/parameters/{index}"))
                return f"{where}/schema", resolved
        raise KeyError(f"{method.upper()} {path} has no parameter {name!r}")

    def _resolve_ref(self, ref: str) -> dict[str, Any]:
        return self.resolve({"$ref": ref.removeprefix(_SPEC_URI)})


def _sum_equals(validator: Validator, rule: Any, instance: Any, schema: Mapping[str, Any]) -> Iterator[ValidationError]:
    """The ``x-sum-equals`` keyword: the numbers at ``sum`` (``*`` steps into each item of a list) add up to the
    field at ``equals``, or to that field's ``default`` when the body leaves it out.

    JSON Schema cannot compare a field with a sum of others (Kling's shots and
    the video's duration), so the spec states the rule with this keyword and
    this function is its only interpreter, shared by the client's and the
    mock's validation. Items that are missing or not whole numbers are left to
    the other rules, which report them.
    """
    from jsonschema import ValidationError

    if not isinstance(instance, Mapping) or not isinstance(rule, Mapping):
        return
    steps, equals = list(rule.get("sum") or []), list(rule.get("equals") or [])
    if "*" not in steps or not equals:
        return
    star = steps.index("*")
    items = _at(instance, steps[:star])
    if not isinstance(items, list) or not items:
        return
    parts = [_whole(_at(item, steps[star + 1 :])) for item in items]
    total = _whole(_at(instance, equals, default_from=schema))
    if total is None or any(part is None for part in parts):
        return
    found = sum(part for part in parts if part is not None)
    if found != total:
        yield ValidationError(
            f"{'.'.join(map(str, steps))} adds up to {found}, not {total}",
            path=steps[:star],
            instance={"sum": found, "equals": total},
        )


def _at(value: Any, steps: list[Any], default_from: Mapping[str, Any] | None = None) -> Any:
    """The value at ``steps`` in ``value``; else the ``default`` the schema ``default_from`` gives it, else None."""
    schema: Any = default_from
    for step in steps:
        schema = (schema.get("properties") or {}).get(step) if isinstance(schema, Mapping) else None
        if not isinstance(value, Mapping) or step not in value:
            return schema.get("default") if isinstance(schema, Mapping) else None
        value = value[step]
    return value


def _whole(value: Any) -> int | None:
    """A whole number given as a number or as a string of digits (Kling's shot durations), else None."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.isascii() and value.isdigit():
        return int(value)
    return None


def _rules(schema: Any) -> Any:
    """``schema`` without its words: two fields with the same rules but different descriptions are the same field."""
    if isinstance(schema, dict):
        return {k: _rules(v) for k, v in schema.items() if k not in ("description", "title", "example", "examples")}
    if isinstance(schema, list):
        return [_rules(v) for v in schema]
    return schema


def evolink_spec() -> ApiSpec:
    return _EVOLINK


def uniall_spec() -> ApiSpec:
    return _UNIALL


_EVOLINK = ApiSpec("evolink._generated.evolink_api")
_UNIALL = ApiSpec("evolink._generated.uniall_api")


#: Keywords whose subschemas state rules between fields (the value of one decides what another may be).
_RULE_KEYWORDS = frozenset(
    {"if", "then", "else", "allOf", "anyOf", "oneOf", "not", "dependentSchemas", "dependentRequired", SUM_EQUALS}
)
#: Stands for "every field": a rule whose fields cannot be listed here (behind a ``$ref``, a path of ``x-sum-equals``).
_EVERY_FIELD = "*"


def _named_in_rules(schema: Mapping[str, Any]) -> frozenset[str]:
    """The top-level fields a model's rules between fields can involve: those named in its own rules, and each
    field whose schema holds a rule of its own (a nested object's); ``*`` when some cannot be told."""
    found = {name for name, field in (schema.get("properties") or {}).items() if _holds_rule(field)}
    for key in _RULE_KEYWORDS & set(schema):
        found |= _names_in(schema[key])
    return frozenset(found)


def _holds_rule(node: Any) -> bool:
    if isinstance(node, list):
        return any(_holds_rule(item) for item in node)
    return isinstance(node, Mapping) and any(
        key in _RULE_KEYWORDS or key == "$ref" or _holds_rule(value) for key, value in node.items()
    )


def _names_in(node: Any) -> set[str]:
    """Every field name a rule mentions (``properties``, ``required``, ``dependentRequired``), or ``*``."""
    if isinstance(node, list):
        return set().union(*(_names_in(item) for item in node))
    if not isinstance(node, Mapping):
        return set()
    if "$ref" in node or SUM_EQUALS in node:
        return {_EVERY_FIELD}
    found: set[str] = set()
    for key, value in node.items():
        if key == "properties" and isinstance(value, Mapping):
            found |= set(value)
        elif key == "required" and isinstance(value, list):
            found |= {str(name) for name in value}
        elif key == "dependentRequired" and isinstance(value, Mapping):
            found |= set(value) | {str(name) for names in value.values() for name in names}
        found |= _names_in(value)
    return found
