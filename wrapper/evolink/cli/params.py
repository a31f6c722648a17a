"""Command-line options built from the spec at run time: one per parameter of the chosen model.

Which options exist depends on ``--model``, so :class:`ModelCommand` reads the
model from the arguments first and then parses them with that model's options:
``--duration``, ``--image-urls URL`` (repeatable), ``--generate-audio/--no-generate-audio``,
``--model-params JSON``. The other models' options are accepted too, hidden,
so that ``--image-urls`` with a Kling model is refused with the library's own
message rather than click's "no such option".

Values are only converted to the JSON type the schema asks for; every limit
(choices, ranges, lengths, cross-field rules) is left to the spec's check, so a
bad value gets the same message on the command line as in Python. Text that
does not convert ("abc" for an integer) is passed on for the spec to refuse.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import click
from click.core import ParameterSource

from evolink.spec import ApiSpec, describe_limits, describe_rules

from .backends import BACKENDS, DEFAULT_BACKEND, Backend, owner_of
from .describe import default_words
from .schema import PROMPT, Field, json_type, model_fields

__all__ = [
    "ALIASES",
    "ARGS_KEY",
    "MODEL_FLAGS",
    "PROVIDER_FLAGS",
    "FieldOption",
    "ModelCommand",
    "backend_of",
    "field_options",
    "parse_extra",
    "parse_value",
    "peek",
    "peek_model",
]

#: Shorter names for a few fields, added when they are free (a field's own name always wins).
ALIASES: Mapping[str, str] = {"image_urls": "image", "generate_audio": "audio"}
MODEL_FLAGS = ("--model", "-m")
PROVIDER_FLAGS = ("--provider",)
#: Where :class:`ModelCommand` keeps its raw arguments in ``ctx.meta``, to print a command that runs it again.
ARGS_KEY = "evolink.cli.args"
_METAVARS = {"integer": "INTEGER", "number": "NUMBER", "boolean": "BOOLEAN", "object": "JSON", "array": "JSON"}


def parse_value(text: str, schema: Mapping[str, Any]) -> Any:
    """The JSON value ``text`` stands for under ``schema``; unconvertible text is returned as is."""
    kind = json_type(schema)
    try:
        if kind == "integer":
            return int(text)
        if kind == "number":
            number = float(text)
            return number if math.isfinite(number) else text
        if kind in ("object", "array"):
            return json.loads(text)
        if kind == "boolean":
            return {"true": True, "false": False}[text.lower()]
    except (ValueError, KeyError):
        pass
    return text


def _metavar(schema: Mapping[str, Any]) -> str:
    if "enum" in schema:
        return "[" + "|".join(str(v) for v in schema["enum"]) + "]"
    if schema.get("format") == "uri":
        return "URL"
    return _METAVARS.get(json_type(schema), "TEXT")


def _help(field: Field) -> str:
    notes = describe_limits({k: v for k, v in field.schema.items() if k != "enum"})
    if default_words(field.schema):
        notes.append(f"default {default_words(field.schema)}")
    if field.kind == "array":
        notes.append("repeat for more")
    if "object" in (field.kind, json_type(field.items)):
        notes.append("its fields: evolink models MODEL")
    if field.required:
        notes.append("required")
    text = str(field.schema.get("description") or "")
    return f"{text} [{'; '.join(notes)}]".strip() if notes else text


def _kebab(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", name).strip("-").lower()


class FieldOption(click.Option):
    """The option for one body field; :meth:`to_json` gives the value the body carries."""

    def __init__(self, field: Field, names: Sequence[str], *, hidden: bool) -> None:
        self.field = field
        # An explicit identifier keeps the value apart from the command's own parameters.
        ident = "field__" + re.sub(r"\W", "_", field.name)
        if field.kind == "boolean":
            decls = [ident, *(f"--{n}/--no-{n}" for n in names)]
            super().__init__(decls, default=None, hidden=hidden, help=_help(field))
        else:
            schema = field.items if field.kind == "array" else field.schema
            flags = [ident, *(f"--{n}" for n in names)]
            multiple = field.kind == "array"
            super().__init__(flags, multiple=multiple, metavar=_metavar(schema), hidden=hidden, help=_help(field))

    def to_json(self, value: Any) -> Any:
        if self.field.kind == "array":
            return [parse_value(v, self.field.items) for v in value]
        return value if self.field.kind == "boolean" else parse_value(value, self.field.schema)


def _claim(name: str, boolean: bool, taken: set[str]) -> bool:
    wanted = {f"--{name}", f"--no-{name}"} if boolean else {f"--{name}"}
    if wanted & taken:
        return False
    taken.update(wanted)
    return True


def _names(fields: Iterable[Field], taken: set[str]) -> dict[str, list[str]]:
    """Option names per field: ``--<field>`` (``--field-<field>`` if the command uses it), then free aliases."""
    names: dict[str, list[str]] = {}
    for field in fields:
        boolean = field.kind == "boolean"
        kebab = _kebab(field.name)
        first = next((n for n in (kebab, f"field-{kebab}") if _claim(n, boolean, taken)), None)
        if first is None:
            raise ValueError(f"no free option name for the field {field.name!r}")
        names[field.name] = [first]
    for field in fields:
        alias = ALIASES.get(field.name)
        if alias and _claim(alias, field.kind == "boolean", taken):
            names[field.name].append(alias)
    return names


def field_options(spec: ApiSpec, model: str | None, taken: Iterable[str]) -> list[FieldOption]:
    """``model``'s options, then the other models' (hidden); ``taken`` are the command's own option strings."""
    taken = set(taken)
    own = [f for f in model_fields(spec, model) if f.name != PROMPT] if model in spec.models else []
    foreign: dict[str, Field] = {}
    for other in spec.models:
        for field in model_fields(spec, other):
            if field.name != PROMPT and all(f.name != field.name for f in own):
                foreign.setdefault(field.name, field)
    options: list[FieldOption] = []
    for fields, hidden in ((own, False), (list(foreign.values()), True)):
        names = _names(fields, taken)
        options += [FieldOption(f, names[f.name], hidden=hidden) for f in fields]
    return options


def peek(args: Sequence[str], flags: Sequence[str]) -> str | None:
    """The value of an option (``flags``: its names) in raw arguments, before click parses them.

    None if absent; the last one wins, as when click parses them. Long names
    also take ``--name=VALUE``, short ones ``-xVALUE``.
    """
    value = None
    for i, arg in enumerate(args):
        if arg == "--":
            break
        for flag in flags:
            if arg == flag:
                value = args[i + 1] if i + 1 < len(args) else None
            elif flag.startswith("--") and arg.startswith(f"{flag}="):
                value = arg.partition("=")[2]
            elif not flag.startswith("--") and arg.startswith(flag) and not arg.startswith("--"):
                value = arg[len(flag) :]
    return value


def peek_model(args: Sequence[str]) -> str | None:
    """The value of ``--model``/``-m`` in raw arguments (see :func:`peek`)."""
    return peek(args, MODEL_FLAGS)


def parse_extra(ctx: click.Context, param: click.Parameter, items: Iterable[str]) -> dict[str, Any]:
    """The callback of ``--extra NAME=VALUE``: VALUE as JSON when it parses, else as text."""
    extra: dict[str, Any] = {}
    for item in items:
        name, sep, text = item.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"expected NAME=VALUE, got {item!r}", ctx=ctx, param=param)
        try:
            extra[name] = json.loads(text)
        except ValueError:
            extra[name] = text
    return extra


def backend_of(ctx: click.Context) -> Backend:
    """The gateway chosen for this invocation (by the ``evolink`` group, or the command's ``--provider``)."""
    return ctx.find_object(Backend) or BACKENDS[DEFAULT_BACKEND]


class ModelCommand(click.Command):
    """A command whose options are the parameters of the model named by ``--model``.

    The callback receives the given fields as ``fields`` (a dict ready for the
    request body); options left out are not sent, so the server's defaults apply.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._base_params = list(self.params)
        self._model: str | None = None

    def model_options(self, spec: ApiSpec, model: str | None) -> list[FieldOption]:
        """The options this command gives ``model``'s fields (and, hidden, the other models')."""
        taken = [flag for p in self._base_params for flag in (*p.opts, *p.secondary_opts)]
        return field_options(spec, model, taken)

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        ctx.meta[ARGS_KEY] = list(args)
        provider = peek(args, PROVIDER_FLAGS)
        if provider in BACKENDS:  # the options depend on the gateway too; a bad name is refused by click
            ctx.obj = BACKENDS[provider]
        self._model = peek_model(args)
        spec = backend_of(ctx).spec()
        owner = owner_of(self._model) if self._model not in spec.models else None
        if owner is not None:  # its options are another gateway's: say so rather than "no such option"
            raise click.UsageError(f"{self._model} is a {owner.name} model: add --provider {owner.name}", ctx)
        self.params = [*self._base_params, *self.model_options(spec, self._model)]
        return super().parse_args(ctx, args)

    def invoke(self, ctx: click.Context) -> Any:
        fields: dict[str, Any] = {}
        for param in self.params:
            if isinstance(param, FieldOption) and param.name is not None:
                value = ctx.params.pop(param.name)
                if ctx.get_parameter_source(param.name) is ParameterSource.COMMANDLINE:
                    fields[param.field.name] = param.to_json(value)
        ctx.params["fields"] = fields
        return super().invoke(ctx)

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The command's own options, then the model's in a section of their own (PROMPT first)."""
        params = self.get_params(ctx)
        own = [
            r
            for p in params
            if isinstance(p, click.Option) and not isinstance(p, FieldOption) and (r := p.get_help_record(ctx))
        ]
        with formatter.section("Options"):
            formatter.write_dl(own)
        spec = backend_of(ctx).spec()
        if self._model not in spec.models:
            return
        prompt = [("PROMPT", _help(f)) for f in model_fields(spec, self._model) if f.name == PROMPT]
        fields = [r for p in params if isinstance(p, FieldOption) and (r := p.get_help_record(ctx))]
        with formatter.section(f"Options of {self._model}"):
            formatter.write_text(str(spec.model_schema(self._model).get("description", "")))
            formatter.write_dl(prompt + fields)

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        backend = backend_of(ctx)
        spec = backend.spec()
        if self._model in spec.models:
            rules = describe_rules(spec.model_schema(self._model))
            if rules:
                with formatter.section(f"Rules of {self._model}"):
                    formatter.write_dl([("-", rule) for rule in rules])
        else:
            with formatter.section("Models"):
                formatter.write_text(
                    f"{', '.join(spec.models)}. Each model's options show with "
                    "`evolink generate --model MODEL --help` (or `evolink models MODEL`)."
                )
                for other in BACKENDS.values():
                    if other.name != backend.name:
                        formatter.write_text(f"With --provider {other.name}: {', '.join(other.spec().models)}.")
        super().format_epilog(ctx, formatter)
