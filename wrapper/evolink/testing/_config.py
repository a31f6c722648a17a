"""What a mock server is told: keys, timing, limits, endings, faults and result size.

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

from ._endings import parse_ending

__all__ = ["DEFAULT_API_KEY", "MockConfig"]

#: The key a mock server accepts when it is given none.
DEFAULT_API_KEY = "sk-mock-evolink"


def _keys(value: Iterable[str] | str) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value)


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

    Callbacks: POSTed with a ``callback_timeout_seconds`` timeout and retried
    after ``callback_retry_delays`` (1, 2, 4 s, as documented);
    ``allow_loopback_callbacks`` lets ``callback_url`` name a loopback host
    (delivered over plain HTTP, since no local receiver has a certificate).
    """

    api_keys: tuple[str, ...] = attrs.field(default=(DEFAULT_API_KEY,), converter=_api_keys)
    quota_exhausted_keys: tuple[str, ...] = attrs.field(default=(), converter=_keys)
    denied_keys: tuple[str, ...] = attrs.field(default=(), converter=_keys)
    task_seconds: float = attrs.field(default=10.0, validator=_non_negative)
    ending: str = attrs.field(default="complete", validator=_check_ending)
    rate_limit: float | None = attrs.field(default=None, validator=attrs.validators.optional(attrs.validators.gt(0)))
    link_ttl_seconds: float = attrs.field(default=24 * 3600.0, validator=_non_negative)
    latency_seconds: float = attrs.field(default=0.0, validator=_non_negative)
    allow_loopback_callbacks: bool = False
    callback_timeout_seconds: float = attrs.field(default=10.0, validator=attrs.validators.gt(0))
    callback_retry_delays: tuple[float, ...] = attrs.field(default=(1.0, 2.0, 4.0), converter=tuple)
    error_rate: float = attrs.field(default=0.0, validator=_rate)
    error_status: int = attrs.field(default=503, validator=[attrs.validators.ge(500), attrs.validators.le(599)])
    drop_rate: float = attrs.field(default=0.0, validator=_rate)
    truncate_rate: float = attrs.field(default=0.0, validator=_rate)
    video_bytes: int | None = attrs.field(default=None, validator=attrs.validators.optional(attrs.validators.ge(0)))
    seed: int | None = None

    @property
    def api_key(self) -> str:
        """The first accepted key: the one to hand a client."""
        return self.api_keys[0]

    @property
    def known_keys(self) -> frozenset[str]:
        """Every key that authenticates (some of them then answer 402 or 403)."""
        return frozenset((*self.api_keys, *self.quota_exhausted_keys, *self.denied_keys))
