"""``python -m evolink.testing``: the mock EvoLink (or UniAll) API as a local server (needs the ``mock`` extra).

    python -m evolink.testing --port 8000 --task-seconds 5
    python -m evolink.testing --provider uniall --port 8001

prints one line (which API, the base URL and the key) and serves until
Ctrl-C. Every :class:`~evolink.testing.MockConfig` field has a flag
(``--help``) except the callback schedule, which keeps the documented 10 s
timeout and 1, 2, 4 s retries. Another command can run this one under its own
name: ``main(argv, prog="evolink mock")``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any

import attrs

from ._config import DEFAULT_API_KEY, MockConfig
from ._core import MockServer
from ._dialects import PROVIDERS
from ._live import base_url, bind, uvicorn_server
from ._options import OptionError

_EPILOG = """\
prompt markers (in "prompt"): [mock:fail] [mock:fail=CODE] [mock:cancel] [mock:never] [mock:seconds=N]
  (UniAll has no cancelled status: [mock:cancel] is ignored there)
outside the spec, no key needed: GET /_mock/stats, POST /_mock/reset, POST /_mock/faults
  (e.g. {"kind": "fail", "n": 3, "status": 503}), GET /openapi.json"""

#: The name this command goes by when run as ``python -m evolink.testing``.
PROG = "python -m evolink.testing"


def _default(field: str) -> Any:
    """``MockConfig``'s default for ``field``: the one source of every default the help shows."""
    return attrs.fields_dict(MockConfig)[field].default


def _parser(prog: str) -> argparse.ArgumentParser:
    """The flags; each ``dest`` is the MockConfig field it sets, and its default is None ("not given")."""
    p = argparse.ArgumentParser(
        prog=prog,
        description="A stateful mock of the EvoLink (or UniAll) video API, for offline tests and demos.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add = p.add_argument
    add("--provider", choices=PROVIDERS, help=f"the API to serve (default: {_default('provider')})")
    add("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    add("--port", type=int, default=8000, help="port to listen on; 0 picks a free one (default: 8000)")
    add(
        "--api-key",
        action="append",
        dest="api_keys",
        metavar="KEY",
        help=f"an accepted key, repeatable (default: {DEFAULT_API_KEY})",
    )
    add(
        "--quota-exhausted-key",
        action="append",
        dest="quota_exhausted_keys",
        metavar="KEY",
        help="a key whose creates answer 402 (EvoLink only)",
    )
    credits = _default("credits")
    add("--credits", type=float, metavar="N", help=f"each key's starting balance (EvoLink only; default: {credits:g})")
    add(
        "--denied-key",
        action="append",
        dest="denied_keys",
        metavar="KEY",
        help="a key whose calls answer 403 (EvoLink only)",
    )
    add(
        "--extra-model",
        action="append",
        dest="extra_models",
        metavar="MODEL",
        help="also serve MODEL, which the spec does not know (a newer gateway), repeatable",
    )
    seconds = _default("task_seconds")
    add("--task-seconds", type=float, metavar="S", help=f"time from create to the end (default: {seconds:g})")
    add("--ending", help=f"complete, fail, fail=CODE, cancel or never (default: {_default('ending')})")
    add(
        "--ignore-idempotency-key",
        action="store_false",
        dest="honour_idempotency_key",
        default=None,
        help="create again on a repeated Idempotency-Key, as a gateway that does not know the header would",
    )
    add("--rate-limit", type=float, metavar="R", help="requests per second per key before 429 (default: none)")
    ttl = _default("link_ttl_seconds")
    add("--link-ttl", type=float, dest="link_ttl_seconds", metavar="S", help=f"result link lifetime (default: {ttl:g})")
    ttl = _default("task_ttl_seconds")
    add(
        "--task-ttl",
        type=float,
        dest="task_ttl_seconds",
        metavar="S",
        help=f"seconds an ended task is kept before it answers 404 (default: {ttl:g})",
    )
    limit = _default("max_body_bytes")
    add("--max-body-bytes", type=int, metavar="N", help=f"largest request body before 413 (default: {limit})")
    latency = _default("latency_seconds")
    add(
        "--latency",
        type=float,
        dest="latency_seconds",
        metavar="S",
        help=f"seconds to wait before each answer (default: {latency:g})",
    )
    add("--error-rate", type=float, metavar="P", help="share of requests answered --error-status (0 to 1)")
    status = _default("error_status")
    add("--error-status", type=int, metavar="STATUS", help=f"status of random errors (default: {status})")
    add("--drop-rate", type=float, metavar="P", help="share of answers lost after processing (0 to 1)")
    add("--truncate-rate", type=float, metavar="P", help="share of downloads cut short (0 to 1)")
    add("--video-bytes", type=int, metavar="N", help="size of each result MP4 (default: the 25 kB sample)")
    add(
        "--file-quota",
        type=int,
        metavar="N",
        help="files each key may store at a time on the files API (default: the spec's default quota)",
    )
    limit = _default("max_upload_bytes")
    add("--max-upload-bytes", type=int, metavar="N", help=f"largest upload the files API takes (default: {limit})")
    add("--seed", type=int, help="makes task ids and random faults repeatable")
    add(
        "--allow-loopback-callbacks",
        action="store_true",
        default=None,
        help="accept https://127.0.0.1/... callback URLs (EvoLink only)",
    )
    add("--access-log", action="store_true", help="log every request")
    return p


#: The MockConfig fields the flags set (their ``dest``).
_FIELDS = frozenset(attrs.fields_dict(MockConfig))


def config_from(args: argparse.Namespace) -> MockConfig:
    """The configuration the flags give: every flag not given keeps MockConfig's default."""
    given = {name: value for name, value in vars(args).items() if name in _FIELDS and value is not None}
    return MockConfig(**given)


def _flag(parser: argparse.ArgumentParser, field: str) -> str:
    """The flag that sets ``field`` (for an error message), or the field's own name if no flag does."""
    for action in parser._actions:
        if action.dest == field and action.option_strings:
            return action.option_strings[0]
    return field


def main(argv: Sequence[str] | None = None, prog: str = PROG) -> int:
    """Serve until Ctrl-C; ``prog`` is the name usage and errors give the command (``evolink mock``)."""
    parser = _parser(prog)
    args = parser.parse_args(argv)
    try:
        config = config_from(args)
    except OptionError as exc:
        parser.error(f"argument {_flag(parser, exc.option)}: {exc.rule}, got {exc.value!r}")
    except (TypeError, ValueError) as exc:
        parser.error(str(exc))
    server = MockServer(config)
    try:
        sock = bind(args.host, args.port)
    except OSError as exc:
        print(f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    title = server.dialect.title
    try:
        # Inside the try: whoever reads this line may press Ctrl-C at once, before the server has started.
        print(f"evolink mock server for the {title} API at {base_url(sock)} (API key: {config.api_key})", flush=True)
        uvicorn_server(server.app, access_log=args.access_log).run(sockets=[sock])
    except KeyboardInterrupt:
        pass  # Ctrl-C is how this server is meant to stop; uvicorn has already shut down cleanly
    finally:
        server.close()
        sock.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
