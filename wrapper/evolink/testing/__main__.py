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

from ._config import DEFAULT_API_KEY, MockConfig
from ._core import MockServer
from ._dialects import PROVIDERS
from ._live import base_url, bind, uvicorn_server

_EPILOG = """\
prompt markers (in "prompt"): [mock:fail] [mock:fail=CODE] [mock:cancel] [mock:never] [mock:seconds=N]
  (UniAll has no cancelled status: [mock:cancel] is ignored there)
outside the spec, no key needed: GET /_mock/stats, POST /_mock/reset, POST /_mock/faults
  (e.g. {"kind": "fail", "n": 3, "status": 503}), GET /openapi.json"""

#: The name this command goes by when run as ``python -m evolink.testing``.
PROG = "python -m evolink.testing"


def _parser(prog: str) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog=prog,
        description="A stateful mock of the EvoLink (or UniAll) video API, for offline tests and demos.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add = p.add_argument
    add("--provider", choices=PROVIDERS, default="evolink", help="the API to serve (default: evolink)")
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
        default=[],
        metavar="KEY",
        help="a key whose creates answer 402 (EvoLink only)",
    )
    add("--denied-key", action="append", default=[], metavar="KEY", help="a key whose calls answer 403 (EvoLink only)")
    add(
        "--extra-model",
        action="append",
        default=[],
        metavar="MODEL",
        help="also serve MODEL, which the spec does not know (a newer gateway), repeatable",
    )
    add("--task-seconds", type=float, default=10.0, metavar="S", help="time from create to the end (default: 10)")
    add("--ending", default="complete", help="complete, fail, fail=CODE, cancel or never (default: complete)")
    add(
        "--ignore-idempotency-key",
        action="store_true",
        help="create again on a repeated Idempotency-Key, as a gateway that does not know the header would",
    )
    add("--rate-limit", type=float, metavar="R", help="requests per second per key before 429 (default: none)")
    add("--link-ttl", type=float, default=24 * 3600.0, metavar="S", help="result link lifetime (default: 86400)")
    add("--latency", type=float, default=0.0, metavar="S", help="seconds to wait before each answer")
    add("--error-rate", type=float, default=0.0, metavar="P", help="share of requests answered --error-status")
    add("--error-status", type=int, default=503, metavar="STATUS", help="status of random errors (default: 503)")
    add("--drop-rate", type=float, default=0.0, metavar="P", help="share of answers lost after processing")
    add("--truncate-rate", type=float, default=0.0, metavar="P", help="share of downloads cut short")
    add("--video-bytes", type=int, metavar="N", help="size of each result MP4 (default: the 25 kB sample)")
    add("--seed", type=int, help="makes task ids and random faults repeatable")
    add(
        "--allow-loopback-callbacks",
        action="store_true",
        help="accept https://127.0.0.1/... callback URLs (EvoLink only)",
    )
    add("--access-log", action="store_true", help="log every request")
    return p


def config_from(args: argparse.Namespace) -> MockConfig:
    return MockConfig(
        provider=args.provider,
        api_keys=args.api_keys or (),
        quota_exhausted_keys=args.quota_exhausted_key,
        denied_keys=args.denied_key,
        extra_models=args.extra_model,
        task_seconds=args.task_seconds,
        ending=args.ending,
        rate_limit=args.rate_limit,
        link_ttl_seconds=args.link_ttl,
        latency_seconds=args.latency,
        error_rate=args.error_rate,
        error_status=args.error_status,
        drop_rate=args.drop_rate,
        truncate_rate=args.truncate_rate,
        video_bytes=args.video_bytes,
        seed=args.seed,
        allow_loopback_callbacks=args.allow_loopback_callbacks,
        honour_idempotency_key=not args.ignore_idempotency_key,
    )


def main(argv: Sequence[str] | None = None, prog: str = PROG) -> int:
    """Serve until Ctrl-C; ``prog`` is the name usage and errors give the command (``evolink mock``)."""
    parser = _parser(prog)
    args = parser.parse_args(argv)
    try:
        config = config_from(args)
    except (TypeError, ValueError) as exc:
        parser.error(str(exc))
    server = MockServer(config)
    try:
        sock = bind(args.host, args.port)
    except OSError as exc:
        print(f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    title = server.dialect.title
    print(f"evolink mock server for the {title} API at {base_url(sock)} (API key: {config.api_key})", flush=True)
    try:
        uvicorn_server(server.app, access_log=args.access_log).run(sockets=[sock])
    except KeyboardInterrupt:
        pass  # Ctrl-C is how this server is meant to stop; uvicorn has already shut down cleanly
    finally:
        server.close()
        sock.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
