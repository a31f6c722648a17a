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

__all__ = ["DEFAULT_API_KEY", "MockConfig"]

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


def _rate(_: Any, attribute: attrs.Attribute[float], value: float) -> None:
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"{attribute.name} must be between 0 and 1, got {value}")


_non_negative = attrs.validators.ge(0.0)


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
    query). Any other key, or none, is answered 401.

    Tasks: each takes ``task_seconds`` from create to its end, which is
    ``ending`` unless the prompt carries a marker (see :mod:`evolink.testing`):
    ``complete``, ``fail``, ``fail=<code>``, ``cancel`` or ``never``. Result
    links expire ``link_ttl_seconds`` after completion (24 h, as documented);
    each result is a real MP4 padded to ``video_bytes`` (None: the bare
    sample, about 25 kB).

    Limits and faults: ``rate_limit`` requests per second per key (None: no
    limit) before 429 with ``Retry-After``; ``latency_seconds`` before each
    answer; ``error_rate`` of requests answered ``error_status``;
    ``drop_rate`` of requests processed and then left without an answer (the
    connection drops: "request sent, answer lost"); ``truncate_rate`` of
    downloads cut short. ``seed`` makes task ids and random faults repeatable.

    Models: every model of the spec is served; ``extra_models`` are served too,
    checked only against what every model shares - a gateway newer than this
    client, for testing how the client treats a model it does not know.

    Callbacks: POSTed with a ``callback_timeout_seconds`` timeout and retried
    after ``callback_retry_delays`` (1, 2, 4 s, as documented);
    ``allow_loopback_callbacks`` lets ``callback_url`` name a loopback host
    (delivered over plain HTTP, since no local receiver has a certificate).
    """

    provider: str = attrs.field(default="evolink", validator=attrs.validators.in_(PROVIDERS))
    api_keys: tuple[str, ...] = attrs.field(default=(DEFAULT_API_KEY,), converter=_api_keys)
    quota_exhausted_keys: tuple[str, ...] = attrs.field(default=(), converter=_keys)
    denied_keys: tuple[str, ...] = attrs.field(default=(), converter=_keys)
    extra_models: tuple[str, ...] = attrs.field(default=(), converter=_keys)
    task_seconds: float = attrs.field(default=10.0, validator=_non_negative)
    ending: str = attrs.field(default="complete", validator=_check_ending)
    rate_limit: float | None = attrs.field(default=None, validator=attrs.validators.optional(attrs.validators.gt(0)))
    link_ttl_seconds: float = attrs.field(default=24 * 3600.0, validator=_non_negative)
    latency_seconds: float = attrs.field(default=0.0, validator=_non_negative)
    allow_loopback_callbacks: bool = False
    callback_timeout_seconds: float = attrs.field(default=10.0, validator=attrs.validators.gt(0))
    callback_retry_delays: tuple[float, ...] = attrs.field(default=(1.0, 2.0, 4.0), converter=_delays)
    error_rate: float = attrs.field(default=0.0, validator=_rate)
    error_status: int = attrs.field(default=503, validator=[attrs.validators.ge(500), attrs.validators.le(599)])
    drop_rate: float = attrs.field(default=0.0, validator=_rate)
    truncate_rate: float = attrs.field(default=0.0, validator=_rate)
    video_bytes: int | None = attrs.field(default=None, validator=attrs.validators.optional(attrs.validators.ge(0)))
    seed: int | None = None
    honour_idempotency_key: bool = True

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
