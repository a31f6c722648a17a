"""The ``evolink`` command: generate a video, follow tasks by id, list models, run the mock.

Each command is a thin layer - options in, library calls through a
:class:`~evolink.cli.jobs.Job`, result out - so the command line behaves
exactly like the library: same validation messages, same retries, same safe
downloads. click is used directly (not typer) because ``generate``'s options
are built from the spec at run time, which click's option objects support and
function signatures cannot express. :func:`main` is the console-script entry.
"""

from __future__ import annotations

import json
import math
import os
import signal
import sys
import warnings
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import click
from rich.console import Console

from evolink import DEFAULT_WAIT_TIMEOUT, RequestValidationError, Violation, __version__, new_idempotency_key
from evolink.batch import JOURNAL_NAME, is_shared_journal, is_store_output
from evolink.files import output_problem, replaced_file
from evolink.spec import makes_video, validate_request

from .backends import BACKENDS, DEFAULT_BACKEND, PROVIDER_ENV, Backend, choose_backend, owner_of
from .batch import BatchCommand
from .batch_status import print_batch_status, read_batch_status
from .catalog import model_info, models_info, print_model, print_models
from .credits import credits_record, print_credits
from .display import Display, display_for
from .exit_codes import CommandError, ExitCode
from .jobs import Job, rerun_command
from .mock import run_mock
from .output import Printer, task_lines
from .params import ARGS_KEY, ModelCommand, parse_extra
from .report import REPORT_NAME
from .schema import PROMPT
from .terminal import terminal_safe

__all__ = ["cli", "main"]

F = TypeVar("F", bound=Callable[..., Any])
_DEFAULT = BACKENDS[DEFAULT_BACKEND]
_SETTINGS: dict[str, Any] = {"help_option_names": ["-h", "--help"], "max_content_width": 120}


def _each_backend(words: Callable[[Backend], str]) -> str:
    """``words`` for the default gateway, then ``...with --provider NAME`` for the others."""
    others = [f"{words(b)} with --provider {b.name}" for b in BACKENDS.values() if b is not _DEFAULT]
    return "; ".join([words(_DEFAULT), *others])


def _base_url_words(backend: Backend) -> str:
    fallback = backend.provider.default_base_url
    return f"${backend.base_url_env}" + (f", else {fallback}" if fallback else " (required)")


def _use_provider(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    if value is not None:
        ctx.obj = BACKENDS[value]


def _connection_options(command: F) -> F:
    """--api-key, --base-url and --provider (here too, so it may follow the command's name)."""
    command = click.option(
        "--provider",
        type=click.Choice(list(BACKENDS)),
        expose_value=False,
        is_eager=True,
        callback=_use_provider,
        help="The gateway (see evolink --help for the default).",
    )(command)
    command = click.option(
        "--base-url",
        metavar="URL",
        help=f"API base URL [default: {_each_backend(_base_url_words)}].",
    )(command)
    key_help = f"API key [default: {_each_backend(lambda b: '$' + b.key_env)}]."
    return click.option("--api-key", metavar="KEY", help=key_help)(command)


def _json_option(command: F) -> F:
    return click.option(
        "--json", "as_json", is_flag=True, help="Print one JSON object on stdout instead of the progress display."
    )(command)


def _deadline(ctx: click.Context, param: click.Parameter, value: float) -> float:
    if math.isnan(value):  # a NaN deadline would never pass and would let the polls run flat out
        raise click.BadParameter("must be a number of seconds, or inf", ctx=ctx, param=param)
    return value


def _overwrite_option(command: F) -> F:
    return click.option(
        "--overwrite", is_flag=True, help="Replace a file already at --output (without it, nothing is replaced)."
    )(command)


def _output_refusal(output: str, body: Mapping[str, Any], overwrite: bool) -> str | None:
    """Why the video(s) of ``body`` cannot be saved at ``output``: not writable, or a file is there already."""
    problem = output_problem(output)
    n = body.get("n")
    taken = None if overwrite else replaced_file(output, videos=n if isinstance(n, int) and 1 < n <= 100 else 1)
    return problem or (f"{taken} already exists (--overwrite replaces it)" if taken else None)


def _timeout_option(what: str = "the task", default: float = DEFAULT_WAIT_TIMEOUT) -> Callable[[F], F]:
    return click.option(
        "--timeout",
        type=click.FloatRange(min=0),
        callback=_deadline,
        default=default,
        show_default=True,
        metavar="SECONDS",
        help=f"How long to wait for {what} (inf: no limit); the task keeps running after it.",
    )


def _task_id(ctx: click.Context, param: click.Parameter, value: str) -> str:
    if not value.strip():
        raise click.BadParameter("must not be empty", ctx=ctx, param=param)
    return value


def _check(backend: Backend, body: Mapping[str, Any], strict_models: bool, idempotency_key: str | None) -> None:
    """The library's own checks of the request and the key, before a client exists: every problem at once,
    without a key or a network."""
    spec = backend.spec()
    problems = spec.check_idempotency_key(idempotency_key) if idempotency_key is not None else []
    try:
        validate_request(spec, body, strict_models=strict_models)
    except RequestValidationError as exc:
        problems = [*exc.violations, *problems]
    if problems:
        raise RequestValidationError(problems)


def _strict_models_option(command: F) -> F:
    return click.option(
        "--strict-models",
        is_flag=True,
        envvar="EVOLINK_STRICT_MODELS",
        help="Refuse a model this version does not know [default: send it after the checks every model shares, "
        "with a warning naming the closest known models].",
    )(command)


def _idempotency_key(backend: Backend, given: str | None) -> str | None:
    """The create's idempotency key: ``given`` (``_check`` held it to the spec's header schema), else a fresh one.

    None for a gateway whose spec declares no such header (it promises nothing
    for a repeated key, so one given there is refused rather than trusted).
    """
    spec = backend.spec()
    header = spec.create_idempotency_header
    if header is None:
        if given is not None:
            raise CommandError(
                ExitCode.USAGE,
                f"--idempotency-key: {backend.name} documents no idempotency key, "
                "so a repeated create could make a second task",
            )
        return None
    return new_idempotency_key() if given is None else given


def _rerun_flags(backend: Backend) -> list[str]:
    """``--provider NAME`` when a command without it would not reach ``backend`` in this environment."""
    named = os.environ.get(PROVIDER_ENV)
    implicit = choose_backend(named if named in BACKENDS else None)
    return backend.flags or ([] if implicit is backend else ["--provider", backend.name])


@click.group(context_settings=_SETTINGS)
@click.version_option(__version__, prog_name="evolink")
@click.option(
    "--provider",
    type=click.Choice(list(BACKENDS)),
    envvar=PROVIDER_ENV,
    help=f"The gateway: evolink (Veo 3.1, Kling v3) or uniall (Veo 3.1) [default: ${PROVIDER_ENV}, see below].",
)
@click.pass_context
def cli(ctx: click.Context, provider: str | None) -> None:
    """Generate videos with Veo 3.1 and Kling v3 through the EvoLink API, or Veo 3.1 through UniAll.

    The gateway is --provider (here or after the command's name), else
    $EVOLINK_PROVIDER; without either, uniall when only UniAll is configured
    ($UNIALL_API_KEY or $UNIALL_BASE_URL set, neither $EVOLINK_API_KEY nor
    $EVOLINK_BASE_URL), else evolink. The API key comes from --api-key or $EVOLINK_API_KEY
    ($UNIALL_API_KEY), the base URL from --base-url or $EVOLINK_BASE_URL
    ($UNIALL_BASE_URL, required for UniAll). Exit codes: 0 ok, 2 bad parameter,
    3 key or account, 4 task failed, 5 task cancelled, 6 still running
    (timeout), 7 network or API error, 8 result link expired, 9 batch items not
    saved, 10 batch already running, 130 interrupted.
    """
    ctx.obj = choose_backend(provider)


@click.command(cls=ModelCommand)
@click.argument("prompt", required=False)
@click.option("-m", "--model", required=True, help="The model (see `evolink models`); it decides the other options.")
@click.option(
    "-o",
    "--output",
    default=".",
    show_default=True,
    metavar="PATH",
    help="Where to save: a file, or a folder (existing, or ending in /) to name the file after the task.",
)
@click.option("--no-wait", is_flag=True, help="Print the task id and exit; later: evolink tasks wait ID -o PATH.")
@click.option(
    "--idempotency-key",
    metavar="KEY",
    help="Repeating a create with the same KEY returns its task instead of making another [default: a fresh key; "
    "an interrupted create prints the command to repeat with it]. Not with --provider uniall (no such key).",
)
@click.option(
    "--extra",
    multiple=True,
    metavar="NAME=VALUE",
    callback=parse_extra,
    help="A field the spec does not know yet, sent as is (VALUE is JSON, or text; with uniall it goes inside "
    "extra_body, merged with --extra-body; a name given in both is refused); repeat for more.",
)
@_timeout_option("the task and its downloads")
@_overwrite_option
@_strict_models_option
@_json_option
@_connection_options
@click.pass_obj
def generate(
    backend: Backend,
    prompt: str | None,
    model: str,
    output: str,
    no_wait: bool,
    idempotency_key: str | None,
    extra: dict[str, Any],
    timeout: float,
    overwrite: bool,
    strict_models: bool,
    as_json: bool,
    api_key: str | None,
    base_url: str | None,
    fields: dict[str, Any],
) -> None:
    """Create a video from PROMPT, wait for it with a progress display, and save it.

    The model's parameters are options (run with --model MODEL --help to list
    them); a bad value is refused before anything is sent. If the create is cut
    short (Ctrl-C, a lost network), the message says how to get the task that
    may have been created without paying for a second one. A model that makes
    no video (kling-custom-element makes an element) is waited for and its
    result printed instead of saved.
    """
    printer = Printer(as_json)
    with printer.reporting():
        body = {"model": model, **({PROMPT: prompt} if prompt is not None else {}), **fields}
        _check(backend, body, strict_models, idempotency_key)
        saves_video = makes_video(backend.spec(), body)
        problem = _output_refusal(output, body, overwrite) if saves_video and not no_wait else None
        if problem:  # before the create: a paid video must have somewhere to go, and replace nothing
            raise RequestValidationError([Violation("--output", problem)])
        key = _idempotency_key(backend, idempotency_key)
        args = click.get_current_context().meta.get(ARGS_KEY, [])
        rerun = rerun_command(["evolink", "generate"], args, key, _rerun_flags(backend)) if key else None
        with (
            backend.connect(api_key, base_url, strict_models=strict_models) as client,
            Job(
                client,
                display_for(as_json),
                output=None if no_wait or not saves_video else output,
                flags=backend.flags,
                gateway=backend.name,
                timeout=timeout,
                overwrite=overwrite,
            ) as job,
        ):
            task = job.create(body, extra, idempotency_key=key, rerun=rerun)
            if no_wait:
                files = []
            else:
                task = job.wait(task)
                files = job.save(task, output) if saves_video else []
    printer.result(task, files=files, text=[str(p) for p in files] or [task.element_id or task.id])


cli.add_command(generate)


@cli.group()
def tasks() -> None:
    """Look at, wait for and download a task by id (from another process, machine, or after Ctrl-C)."""


@tasks.command("get")
@click.argument("task_id", callback=_task_id)
@_json_option
@_connection_options
@click.pass_obj
def tasks_get(backend: Backend, task_id: str, as_json: bool, api_key: str | None, base_url: str | None) -> None:
    """Show a task's current state."""
    printer = Printer(as_json)
    with (
        printer.reporting(),
        backend.connect(api_key, base_url) as client,
        Job(client, Display(), flags=backend.flags) as job,
    ):
        task = job.get(task_id)
    printer.result(task, text=task_lines(task))


@tasks.command("wait")
@click.argument("task_id", callback=_task_id)
@click.option("-o", "--output", metavar="PATH", help="Also save the video(s) here once the task completes.")
@_timeout_option("the task and its downloads")
@_overwrite_option
@_json_option
@_connection_options
@click.pass_obj
def tasks_wait(
    backend: Backend,
    task_id: str,
    output: str | None,
    timeout: float,
    overwrite: bool,
    as_json: bool,
    api_key: str | None,
    base_url: str | None,
) -> None:
    """Wait for a task with a progress display; print its result links (or saved paths with -o)."""
    printer = Printer(as_json)
    with (
        printer.reporting(),
        backend.connect(api_key, base_url) as client,
        Job(
            client, display_for(as_json), output=output, flags=backend.flags, timeout=timeout, overwrite=overwrite
        ) as job,
    ):
        task = job.wait(task_id)
        files = job.save(task, output) if output else []
    printer.result(task, files=files, text=[str(p) for p in files] or task.results)


@tasks.command("download")
@click.argument("task_id", callback=_task_id)
@click.option("-o", "--output", default=".", show_default=True, metavar="PATH", help="A file, or a folder.")
@_timeout_option("the downloads")
@_overwrite_option
@_json_option
@_connection_options
@click.pass_obj
def tasks_download(
    backend: Backend,
    task_id: str,
    output: str,
    timeout: float,
    overwrite: bool,
    as_json: bool,
    api_key: str | None,
    base_url: str | None,
) -> None:
    """Save the video(s) of a completed task."""
    printer = Printer(as_json)
    with (
        printer.reporting(),
        backend.connect(api_key, base_url) as client,
        Job(
            client, display_for(as_json), output=output, flags=backend.flags, timeout=timeout, overwrite=overwrite
        ) as job,
    ):
        task = job.get(task_id)
        files = job.save(task, output)
    printer.result(task, files=files, text=[str(p) for p in files])


def _journal_location(ctx: click.Context, param: click.Parameter, value: str | None) -> str | Path | None:
    """A PostgreSQL URL stays a URL (a shared journal); anything else is a file's path."""
    if value is None or is_shared_journal(value):
        return value
    return Path(value)


_JOURNAL_HELP = (
    "The batch's journal, which makes a re-run resume: a file, or a PostgreSQL URL "
    "(postgresql://USER@HOST/DB?batch=NAME) that workers on several machines share"
)


def _output_location(ctx: click.Context, param: click.Parameter, value: str) -> str | Path:
    """An object store's URL stays a URL; anything else is a local folder."""
    if is_store_output(value):
        return value
    path = Path(value)
    if path.exists() and not path.is_dir():
        raise click.BadParameter(f"{value} is a file, not a folder", ctx=ctx, param=param)
    return path


class _BatchGroup(click.Group):
    """``evolink batch JOBS ...`` runs a batch (the ``run`` command); ``evolink batch status ...`` shows one."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or args[0] not in self.commands:
            args = ["run", *args]
        return super().parse_args(ctx, args)


@cli.group(cls=_BatchGroup)
def batch() -> None:
    """Generate every request of a JSONL file (evolink batch JOBS --out OUT), or show a batch's progress."""


@batch.command("run")
@click.argument("jobs", type=click.Path(exists=True, dir_okay=False, readable=True, path_type=Path))
@click.option(
    "--out",
    "output_dir",
    required=True,
    callback=_output_location,
    help="The folder for the videos (<name>.mp4, else item-<line>.mp4), the journal and the report; or an "
    "object store, s3://BUCKET/PREFIX (the s3 extra; then --journal is required and the report goes to the "
    "current folder).",
)
@click.option(
    "--concurrency",
    type=click.IntRange(min=1),
    default=4,
    show_default=True,
    help="Creates in flight at once (waiting for a task takes no place).",
)
@click.option(
    "--max-running",
    type=click.IntRange(min=1),
    metavar="N",
    help="Tasks running on the server at once [default: 32, at least --concurrency].",
)
@click.option(
    "--max-downloads", type=click.IntRange(min=1), metavar="N", help="Downloads at once [default: --concurrency]."
)
@click.option("--journal", callback=_journal_location, help=f"{_JOURNAL_HELP} [default: OUT/{JOURNAL_NAME}].")
@click.option(
    "--lease",
    "lease_seconds",
    type=click.FloatRange(min=0, min_open=True, max=86400),
    default=60.0,
    show_default=True,
    metavar="SECONDS",
    help="On a shared journal: how long an item stays with a worker that stopped renewing it (one that died).",
)
@click.option(
    "--report",
    type=click.Path(dir_okay=False, path_type=Path),
    help=f"Where to write the JSON report of every item [default: OUT/{REPORT_NAME}].",
)
@_timeout_option("the whole batch", default=math.inf)
@_strict_models_option
@click.option(
    "--force-new",
    is_flag=True,
    help="Create items even when OUT holds files of an earlier run that the journal has no record of "
    "(this can pay twice).",
)
@click.option(
    "--max-credits",
    type=click.FloatRange(min=0),
    help="A budget for the whole batch, kept across re-runs: items whose estimated price no longer fits are "
    "skipped (at most one reservation over).",
)
@click.option(
    "--retry-failed",
    is_flag=True,
    help="Create again, under a new key, items whose task failed for a transient reason (service_error, ...).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the JSON report on stdout instead of the display.")
@_connection_options
@click.pass_obj
def run_batch(
    backend: Backend,
    jobs: Path,
    output_dir: str | Path,
    concurrency: int,
    max_running: int | None,
    max_downloads: int | None,
    journal: str | Path | None,
    lease_seconds: float,
    report: Path | None,
    timeout: float,
    strict_models: bool,
    force_new: bool,
    max_credits: float | None,
    retry_failed: bool,
    as_json: bool,
    api_key: str | None,
    base_url: str | None,
) -> None:
    """Generate every request of JOBS (a JSONL file) into OUT, never paying twice for one video.

    \b
    JOBS holds one JSON object per line, with the fields of `evolink generate`
    (see `evolink models MODEL`) and an optional "name" for the file:
      {"name": "cat", "model": "veo-3.1-fast-generate-preview", "prompt": "A cat", "duration": 8}
    A local image goes where a model takes an image's URL, as {"file": PATH}
    (relative to the JOBS file's folder); it is uploaded once, even across re-runs:
      {"model": "kling-v3-image-to-video", "prompt": "She smiles", "image_start": {"file": "me.png"}}
    Blank lines and lines starting with # are skipped. Every line is checked
    first: invalid lines are listed with their line numbers and nothing is sent.

    A live display shows the counts and an ETA; at the end a table lists every
    item, and a JSON report is written (--report). The journal records each
    item before its task is created, so after Ctrl-C, a crash or a lost network
    running the same command again resumes: tasks already created are polled,
    saved files skipped; a failed item is reported again, not retried (change
    its line to create a new task). Items are known by their line: to change
    the file between runs, edit or comment out lines in place. A second run on
    the same journal is refused (exit 10). Videos, part files or a report in
    OUT that the journal has no record of stop the run before anything is sent
    (exit 2; --force-new overrides). --max-credits N is a budget for the whole
    batch, across re-runs: an item starts only when what is left covers its
    estimated price (the largest reservation seen for its model, duration,
    quality, n, ...); the first item of an unknown price runs alone, so the
    batch spends at most one reservation more than N. Items left over are
    reported skipped (budget); re-run with a larger N to send them. Exit 0 when
    every item is saved, 2 when a line is invalid, 9 when some items are not
    saved (the report says why).

    With --journal postgresql://..., run the same command on as many machines
    as you like: they share the items (each worked on by one worker at a time,
    taken over under the same key when its worker dies) and the request rate,
    and each prints the whole batch's report. `evolink batch status --journal
    URL` shows the progress from anywhere.
    """
    BatchCommand(
        backend,
        jobs=jobs,
        output_dir=output_dir,
        journal=journal,
        report=report,
        concurrency=concurrency,
        max_running=max_running,
        max_downloads=max_downloads,
        timeout=timeout,
        as_json=as_json,
        force_new=force_new,
        max_credits=max_credits,
        lease_seconds=lease_seconds,
        retry_failed=retry_failed,
    ).execute(api_key, base_url, strict_models=strict_models)


@batch.command("status")
@click.option("--journal", required=True, callback=_journal_location, help=_JOURNAL_HELP + ".")
@_json_option
def batch_status_command(journal: str | Path, as_json: bool) -> None:
    """Show a batch's progress: items by state, credits, and which workers hold items."""
    printer = Printer(as_json)
    with printer.reporting():
        status = read_batch_status(journal)
    print_batch_status(status, as_json=as_json)


@cli.command()
@_json_option
@_connection_options
@click.pass_obj
def credits(backend: Backend, as_json: bool, api_key: str | None, base_url: str | None) -> None:
    """Show the credits left and used, for the key and for the account that owns it."""
    printer = Printer(as_json)
    with printer.reporting(lambda error: credits_record(None, error)), backend.connect(api_key, base_url) as client:
        balance = client.account.credits()
    print_credits(balance, as_json=as_json)


@cli.command()
@click.argument("model", required=False)
@_json_option
@click.pass_obj
def models(backend: Backend, model: str | None, as_json: bool) -> None:
    """List the gateway's models, or one MODEL's parameters with their types, limits and defaults.

    With --provider (or $EVOLINK_PROVIDER), only that gateway's models; else every gateway's, the one this
    environment configures first.
    """
    chosen = click.get_current_context().find_root().params.get("provider") is not None
    # The gateway asked for is what a user reads: its table first, not under 75 rows of another gateway's.
    listed = [backend] if chosen else [backend, *(b for b in BACKENDS.values() if b is not backend)]
    with Printer(as_json).reporting():
        if model is None:
            info: Any = models_info(listed)
        else:
            owner = owner_of(model) or backend
            info = model_info(owner, model, generate.model_options(owner.spec(), model))
    if as_json:
        click.echo(json.dumps(info))
    elif model is None:
        print_models(Console(), info)
    else:
        print_model(Console(), info)


@cli.command(
    add_help_option=False,
    context_settings={"ignore_unknown_options": True, "allow_extra_args": True, "help_option_names": []},
)
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def mock(args: tuple[str, ...]) -> int:
    """Start the built-in mock server (the options of python -m evolink.testing; see evolink mock --help)."""
    return run_mock(args)


def _warning_line(
    message: Warning | str, category: type[Warning], filename: str, lineno: int, file: Any = None, line: Any = None
) -> None:
    """The library's warnings (an unknown task status, ...) as one line, like the errors."""
    click.echo(f"{click.style('Warning:', fg='yellow')} {terminal_safe(str(message))}", err=True)


def _stop(signum: int, frame: object) -> None:
    raise KeyboardInterrupt(signal.Signals(signum).name)


def main(argv: Sequence[str] | None = None) -> NoReturn:
    """Run the command line and exit with its code; expected failures print one line, no traceback."""
    warnings.showwarning = _warning_line
    # A closed terminal (SIGHUP) or a `kill` (SIGTERM) stops a command the way Ctrl-C does: nothing half-written,
    # and the task that keeps running (and its resume command) is printed, instead of dying without a word.
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), _stop)
    try:
        result = cli.main(args=list(argv) if argv is not None else None, prog_name="evolink", standalone_mode=False)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.Abort:  # Ctrl-C outside any task (while parsing arguments)
        sys.exit(ExitCode.INTERRUPTED)
    except CommandError as exc:
        click.echo(f"{click.style('Error:', fg='red')} {exc.message}", err=True)
        if exc.abandon:  # threads that may run for minutes; what they leave is safe to stop at any point
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(exc.code)
        sys.exit(exc.code)
    sys.exit(result if isinstance(result, int) else ExitCode.OK)
