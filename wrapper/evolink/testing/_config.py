"""What a mock server is told: which API it plays, keys, timing, limits, endings, faults and result size.

One frozen object, built once (from keywords in tests, from flags by
``python -m evolink.testing``), so a running server's behaviour is known from
its configuration alone. Behaviour that tests switch on and off while the
server runs (a burst of 503s, a dropped answer) lives in
:class:`~evolink.testing.Faults` instead.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import attrs

from ._dialects import PROVIDERS, dialect
from ._endings import parse_ending
from ._options import OptionError, check_fraction, check_number, check_seconds, check_whole, validator

__all__ = ["DEFAULT_API_KEY", "MockConfig", "OptionError"]

#: The key a mock server accepts when it is given none.
DEFAULT_API_KEY = "sk-mock-evolink"


def _keys(value: Iterable[str] | str) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value)


def _delays(value: Iterable[float]) -> tuple[float, ...]:
    return tuple(value)


def _api_keys(value: Iterable[str] | str) -> tuple[str, ...]:
    return _keys(value) or (DEFAULT_API_KEY,)


def _check_ending(_: Any, __: attrs.Attribute[str], value: str) -> None:
    parse_ending(value)


def _check_delays(_: Any, attribute: attrs.Attribute[tuple[float, ...]], value: tuple[float, ...]) -> None:
    for index, delay in enumerate(value):
        check_seconds(f"{attribute.name}[{index}]", delay)


#: The most requests per second a rate limit may allow (more is no limit at all).
MAX_RATE = 1e9
#: The largest result file (1 TiB): streamed, so only its size is ever held.
MAX_VIDEO_BYTES = 2**40
#: The largest request body a mock may be told to accept (1 GiB); the default is :attr:`MockConfig.max_body_bytes`.
MAX_BODY_BYTES = 2**30

#: The most files a key may be allowed to store, and the largest upload a mock may be told to take: together they
#: bound what the files API holds in memory.
MAX_FILES = 100_000
MAX_UPLOAD_BYTES = 2**30

_seconds = validator(check_seconds)
_fraction = validator(check_fraction)


@attrs.frozen(kw_only=True)
class MockConfig:
    """How a :class:`~evolink.testing.MockServer` behaves.

    API: ``provider`` is ``evolink`` (the default) or ``uniall``: the paths,
    request rules, task body, status words and errors of that gateway's spec.
    What UniAll does not document is refused when configured (402/403 keys, a
    ``cancel`` ending, loopback callbacks) and ignored when it comes as a
    prompt marker (``[mock:cancel]``, logged).

    Idempotency: a create's ``Idempotency-Key`` header is honoured (a repeat
    replays the first task, with ``idempotency-replayed: true``; another body
    under the same key is a conflict) unless ``honour_idempotency_key`` is
    False, which makes the mock ignore the header and create again: how a
    gateway that does not know it behaves. EvoLink documents the header (its
    pattern is enforced, a conflict is 409). UniAll does not (the client sends
    it there only when the caller gives one, and never retries such a create),
    so the UniAll mock accepts any value and answers a conflict with a status
    UniAll documents: 400 ``idempotency_conflict``.

    Keys: ``api_keys`` are accepted (default: :data:`DEFAULT_API_KEY`);
    ``quota_exhausted_keys`` authenticate but every create answers 402
    ``insufficient_quota``; ``denied_keys`` authenticate but every call answers
    403 (``model_access_denied`` on create, ``permission_denied`` on a task
    query). Any other key, or none, is answered 401. Each key starts with
    ``credits`` (by default more than any test spends): a create reserves its
    price from them (402 when they cannot cover it), completion charges it,
    failure gives it back; ``GET /v1/credits`` tells the balance (EvoLink only).

    Tasks: each takes ``task_seconds`` from create to its end, which is
    ``ending`` unless the prompt carries a marker (see :mod:`evolink.testing`):
    ``complete``, ``fail``, ``fail=<code>``, ``cancel`` or ``never``. Result
    links expire ``link_ttl_seconds`` after completion (24 h, as documented);
    each result is a real MP4 padded to ``video_bytes`` (None: the bare
    sample, about 25 kB). A task that has ended is forgotten
    ``task_ttl_seconds`` later (a day by default), with its Idempotency-Key:
    from then on it answers 404 like a task that never existed, so a mock
    left running keeps only the tasks of the last ``task_ttl_seconds`` (a
    ``never`` task never ends, so it is kept).

    Requests: a body larger than ``max_body_bytes`` (1 MiB by default, far
    above any valid create) is answered 413, after the key is checked and,
    when ``Content-Length`` declares it, before a byte of it is read.

    Limits and faults: ``rate_limit`` requests per second per key (None: no
    limit) before 429 with ``Retry-After``; ``latency_seconds`` before each
    answer; ``error_rate`` of requests answered ``error_status``;
    ``drop_rate`` of requests processed and then left without an answer (the
    connection drops: "request sent, answer lost"); ``truncate_rate`` of
    downloads cut short. ``seed`` makes task ids and random faults repeatable.

    Files (EvoLink): the files API is served on the same origin; each key may
    store ``file_quota`` files at a time (None: the spec's default quota) of at
    most ``max_upload_bytes`` each (10 MiB; the docs state no limit), kept in
    memory until they expire (the spec's lifetime, on the mock's clock).

    Models: every model of the spec is served; ``extra_models`` are served too,
    checked only against what every model shares - a gateway newer than this
    client, for testing how the client treats a model it does not know.

    Callbacks: POSTed with a ``callback_timeout_seconds`` timeout and retried
    after ``callback_retry_delays`` (1, 2, 4 s, as documented);
    ``allow_loopback_callbacks`` lets ``callback_url`` name a loopback host
    (delivered over plain HTTP, since no local receiver has a certificate).

    Every number is checked when the configuration is made: durations are
    finite seconds from 0 to a century, rates from 0 to 1, counts and sizes
    whole numbers in range (no ``nan``, ``inf``, ``True`` or ``503.5``). A
    refused value raises :class:`OptionError` (a ValueError) naming the field.
    """

    provider: str = attrs.field(default="evolink", validator=attrs.validators.in_(PROVIDERS))
    api_keys: tuple[str, ...] = attrs.field(default=(DEFAULT_API_KEY,), converter=_api_keys)
    quota_exhausted_keys: tuple[str, ...] = attrs.field(default=(), converter=_keys)
    denied_keys: tuple[str, ...] = attrs.field(default=(), converter=_keys)
    credits: float = attrs.field(
        default=1e15, validator=validator(check_number, low=0.0, high=1e18, unit=" of credits")
    )
    extra_models: tuple[str, ...] = attrs.field(default=(), converter=_keys)
    task_seconds: float = attrs.field(default=10.0, validator=_seconds)
    ending: str = attrs.field(default="complete", validator=_check_ending)
    rate_limit: float | None = attrs.field(
        default=None,
        validator=attrs.validators.optional(
            validator(check_number, low=0.0, high=MAX_RATE, above=True, unit=" of requests per second")
        ),
    )
    link_ttl_seconds: float = attrs.field(default=24 * 3600.0, validator=_seconds)
    task_ttl_seconds: float = attrs.field(default=24 * 3600.0, validator=_seconds)
    latency_seconds: float = attrs.field(default=0.0, validator=_seconds)
    max_body_bytes: int = attrs.field(default=2**20, validator=validator(check_whole, low=1, high=MAX_BODY_BYTES))
    allow_loopback_callbacks: bool = False
    callback_timeout_seconds: float = attrs.field(default=10.0, validator=validator(check_seconds, above=True))
    callback_retry_delays: tuple[float, ...] = attrs.field(
        default=(1.0, 2.0, 4.0), converter=_delays, validator=_check_delays
    )
    error_rate: float = attrs.field(default=0.0, validator=_fraction)
    error_status: int = attrs.field(default=503, validator=validator(check_whole, low=500, high=599))
    drop_rate: float = attrs.field(default=0.0, validator=_fraction)
    truncate_rate: float = attrs.field(default=0.0, validator=_fraction)
    video_bytes: int | None = attrs.field(
        default=None, validator=attrs.validators.optional(validator(check_whole, low=0, high=MAX_VIDEO_BYTES))
    )
    seed: int | None = None
    honour_idempotency_key: bool = True
    file_quota: int | None = attrs.field(
        default=None, validator=attrs.validators.optional(validator(check_whole, low=0, high=MAX_FILES))
    )
    max_upload_bytes: int = attrs.field(
        default=10 * 2**20, validator=validator(check_whole, low=1, high=MAX_UPLOAD_BYTES)
    )

    def __attrs_post_init__(self) -> None:
        api = dialect(self.provider)
        if (self.quota_exhausted_keys or self.denied_keys) and not api.restricted_keys:
            raise ValueError(f"{api.title} documents no 402 or 403: quota_exhausted_keys and denied_keys are EvoLink's")
        if not api.shows(parse_ending(self.ending)):
            raise ValueError(f"{api.title} has no status for the ending {self.ending!r}")
        if self.allow_loopback_callbacks and not api.callbacks:
            raise ValueError(f"{api.title} documents no callbacks: allow_loopback_callbacks does not apply")

    @property
    def api_key(self) -> str:
        """The first accepted key: the one to hand a client."""
        return self.api_keys[0]

    @property
    def known_keys(self) -> frozenset[str]:
        """Every key that authenticates (some of them then answer 402 or 403)."""
        return frozenset((*self.api_keys, *self.quota_exhausted_keys, *self.denied_keys))
