"""``evolink models``: the models the spec knows, and one model's parameters with types, limits and defaults.

Everything shown is read from the spec and from the options ``generate`` builds
from it, so the listing, ``--help`` and the validation can never disagree.
Nested parameters (the keys of ``--model-params`` JSON) are listed too, since
the option alone does not say what the JSON may hold.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from evolink import RequestValidationError
from evolink.spec import MEDIA_KINDS, ApiSpec, describe_limits, describe_rules, media_fields

from .backends import BACKENDS, Backend
from .describe import default_words, type_words
from .params import FieldOption
from .schema import PROMPT, Field, model_fields, nested_fields

__all__ = ["input_kinds", "model_info", "models_info", "print_model", "print_models"]


def input_kinds(spec: ApiSpec, model: str) -> list[str]:
    """The inputs ``model`` takes - text, image, video, audio, elements - read from its fields.

    The media are the library's one rule (:func:`evolink.spec.media_fields`, which also decides where a local
    image is uploaded); elements are Kling's reusable subjects (``element_list``).
    """
    fields = [f for top in model_fields(spec, model) for f in (top, *nested_fields(spec, top))]
    kinds = ["text"] if any(f.name == PROMPT for f in fields) else []
    media = set(media_fields(spec, model).values())
    kinds += [kind for kind in MEDIA_KINDS if kind in media]
    if any(f.name.rsplit(".", 1)[-1] == "element_list" for f in fields):
        kinds.append("elements")
    return kinds


def _summary(backend: Backend, model: str) -> dict[str, Any]:
    spec = backend.spec()
    schema = spec.model_schema(model)
    return {
        "model": model,
        "provider": backend.name,
        "family": spec.model_family(model) or backend.name,
        "inputs": input_kinds(spec, model),
        "output": spec.model_output(model),
        "description": schema.get("description", ""),
        "deprecated": bool(schema.get("deprecated")),
    }


def models_info(backends: Iterable[Backend]) -> list[dict[str, Any]]:
    """Every model of each gateway, by family: name, family, inputs, output, description, deprecation."""
    listed = [_summary(backend, model) for backend in backends for model in backend.spec().models]
    gateways = list(dict.fromkeys(info["provider"] for info in listed))
    return sorted(listed, key=lambda info: (gateways.index(info["provider"]), info["family"], info["model"]))


def _option_names(option: FieldOption) -> list[str]:
    if option.secondary_opts:
        return [f"{on}/{off}" for on, off in zip(option.opts, option.secondary_opts, strict=True)]
    return list(option.opts)


def _parameter(field: Field, options: Sequence[str]) -> dict[str, Any]:
    return {
        "field": field.name,
        "options": list(options),
        "type": type_words(field),
        "required": field.required,
        "default": default_words(field.schema) or None,
        "limits": describe_limits(field.schema),
        "description": field.schema.get("description", ""),
    }


def _inner_rules(field: Field) -> list[str]:
    """The rules inside an object field, or inside the objects of an array field."""
    if field.kind == "object":
        return describe_rules(field.schema, f"{field.name}.")
    return describe_rules(field.items, f"{field.name}[].") if field.items else []


def model_info(backend: Backend, model: str, options: Sequence[FieldOption]) -> dict[str, Any]:
    """``model``'s parameters (top-level, then nested ones after their parent) and cross-field rules.

    ``options`` are the ones ``generate`` builds for the model; a model
    ``backend`` does not know raises the library's :class:`~evolink.RequestValidationError`.
    """
    spec = backend.spec()
    if not spec.knows(model):
        raise RequestValidationError(spec.check_request({"model": model}))
    names = {o.field.name: _option_names(o) for o in options if not o.hidden}
    parameters: list[dict[str, Any]] = []
    rules = describe_rules(spec.model_schema(model))
    for field in model_fields(spec, model):
        top = ["PROMPT"] if field.name == PROMPT else names.get(field.name, [])
        for f in (field, *nested_fields(spec, field)):
            parameters.append(_parameter(f, top if f is field else []))
            rules += _inner_rules(f)
    return {**_summary(backend, model), "parameters": parameters, "rules": rules}


def _gateway(name: str) -> str:
    """How to pick a gateway on the command line (nothing for the default one)."""
    flags = BACKENDS[name].flags
    return f"{name}: {' '.join(flags)}" if flags else name


def print_models(console: Console, models: Sequence[dict[str, Any]]) -> None:
    """One table per gateway, its models grouped by family, in the order given; a description or a family
    the row above already shows is not repeated."""
    for name in dict.fromkeys(info["provider"] for info in models):
        table = Table(box=None, header_style="bold", title_justify="left")
        # Names are what users copy: never cut them; the description wraps instead.
        longest = max(len(info["model"]) for info in models if info["provider"] == name)
        table.add_column("family", no_wrap=True)
        table.add_column("model", no_wrap=True, min_width=longest + len(" (deprecated)"))
        table.add_column("inputs")
        table.add_column("description", ratio=1)
        table.title = f"[bold]{escape(_gateway(name))}[/] ({sum(info['provider'] == name for info in models)} models)"
        family = description = None
        for info in models:
            if info["provider"] != name:
                continue
            note = " [dim](deprecated)[/]" if info["deprecated"] else ""
            makes = "" if info["output"] == "video" else f" -> {info['output']}"
            shown = escape(info["family"]) if info["family"] != family else ""
            # Models sharing one schema (UniAll's) share its description: once is enough, like the family.
            said = escape(info["description"]) if info["description"] != description else ""
            family, description = info["family"], info["description"]
            table.add_row(shown, escape(info["model"]) + note, ", ".join(info["inputs"]) + makes, said)
        console.print(table)
        console.print()
    console.print("Parameters of a model: [bold]evolink models MODEL[/]")


def print_model(console: Console, info: dict[str, Any]) -> None:
    """One row per parameter: its field name, then its option, type, default and limits over its description."""
    deprecated = " [yellow](deprecated)[/]" if info["deprecated"] else ""
    gateway = f" [dim]({escape(_gateway(info['provider']))})[/]"
    console.print(f"[bold]{escape(info['model'])}[/]{gateway}{deprecated}: {escape(info['description'])}\n")
    table = Table.grid(padding=(0, 2))
    for p in info["parameters"]:
        facts = [
            ", ".join(p["options"]),
            p["type"],
            "required" if p["required"] else "",
            f"default {p['default']}" if p["default"] else "",
            *p["limits"],
        ]
        summary = escape(" · ".join(f for f in facts if f))
        table.add_row(
            f"[bold]{escape(p['field'])}[/]",
            summary + (f"\n[dim]{escape(p['description'])}[/]" if p["description"] else ""),
        )
    console.print(table)
    if info["rules"]:
        console.print("\n[bold]Rules[/]")
        rules = Table.grid(padding=(0, 1))
        for rule in info["rules"]:
            rules.add_row("-", escape(rule))
        console.print(rules)
