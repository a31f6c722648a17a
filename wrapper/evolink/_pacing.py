"""A request rate that finds the provider's unpublished limit by itself.

EvoLink's limits are per model and not published, so a batch cannot be told its
rate. :class:`AdaptivePacer` spaces requests like a token bucket and adjusts the
rate the way TCP adjusts its window. It starts in *slow start* (each success
adds one request per second, so the rate doubles every second, but never past
twice what the last second delivered: requests queued at a slower rate must not
let it run ahead of the throughput and overshoot the limit) until the first
429; from then on a 429 cuts the rate (multiplicative decrease, at most once a
second however many requests were refused together) and holds every request
until ``Retry-After`` has passed, and each success adds a little back (additive
increase), so the rate settles just under the limit and probes it rarely. A
``Retry-After`` is taken as a single call takes it: capped at
``RetryPolicy.max_retry_after`` (60 s), and ignored unless it is a finite
positive number, so one hostile or confused answer (``86400``, ``1e400``)
cannot park a whole batch. It is
shared by all the workers of a batch (a lock makes it safe for threads; asyncio
tasks simply call it).

Workers in several processes (a batch on a shared PostgreSQL journal) share one
:class:`SharedPacer` instead: the same arithmetic, run on a state kept in the
journal and read and written in one locked transaction per step, on the
database's clock. What one worker learns from a 429 slows them all, so the
account's limit is found once, not once per worker.
"""

from __future__ import annotations

import json
import math
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, ClassVar, Protocol, TypeVar

from ._retry import RetryPolicy

if TYPE_CHECKING:
    from ._journal import Journal

__all__ = ["AdaptivePacer", "Pacer", "SharedPacer"]

T = TypeVar("T")


class Pacer(Protocol):
    """What a paced client core asks of a pacer; ``remote`` ones are asked off the event loop (they do I/O)."""

    remote: ClassVar[bool]

    def reserve(self, now: float) -> float: ...

    def on_success(self) -> None: ...

    def on_throttle(self, now: float, retry_after: float | None) -> None: ...


@dataclass
class AdaptivePacer:
    """Requests per second between ``min_rate`` and ``max_rate``, starting at ``rate``."""

    remote: ClassVar[bool] = False
    rate: float = 10.0
    min_rate: float = 0.2
    max_rate: float = 200.0
    increase: float = 0.01  # requests/s added per success once the limit has been found
    decrease: float = 0.9
    throttled: int = 0
    max_retry_after: float = RetryPolicy.max_retry_after  # the cap a single call puts on the same hint
    _slow_start: bool = field(default=True, init=False)
    _next_slot: float = field(default=0.0, init=False)
    _hold_until: float = field(default=0.0, init=False)
    _last_cut: float = field(default=float("-inf"), init=False)
    # Successes counted per window of about a second (on the clock last seen: reserve and on_throttle are told
    # the time), and the rate the last whole window delivered (0 until one has ended).
    _clock: float = field(default=0.0, init=False)
    _window_start: float = field(default=float("-inf"), init=False)
    _window_successes: int = field(default=0, init=False)
    _delivered: float = field(default=0.0, init=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, init=False)

    def reserve(self, now: float) -> float:
        """Book the next request slot; returns how long to wait before sending."""
        with self._lock:
            self._tick(now)
            start = max(now, self._next_slot, self._hold_until)
            self._next_slot = start + 1.0 / self.rate
            return start - now

    def on_success(self) -> None:
        with self._lock:
            self._window_successes += 1
            if not self._slow_start:
                self.rate = min(self.max_rate, self.rate + self.increase)
            elif not self._delivered or self.rate + 1.0 <= 2.0 * self._delivered:
                # Slow start doubles what is *delivered* each second, not the booked rate: requests queued at an
                # older, slower rate deliver less than it, and a rate grown past twice what got through would
                # overshoot the limit by as much as the queue, to be cut back 10 % a second, with 429s each time.
                self.rate = min(self.max_rate, self.rate + 1.0)

    def _tick(self, now: float) -> None:
        """Advance the clock; a window of a second or more ends, and what it delivered is kept."""
        self._clock = max(self._clock, now)
        if self._clock - self._window_start >= 1.0:
            if math.isfinite(self._window_start):
                self._delivered = self._window_successes / (self._clock - self._window_start)
            self._window_start, self._window_successes = self._clock, 0

    def on_throttle(self, now: float, retry_after: float | None) -> None:
        with self._lock:
            self._tick(now)
            self.throttled += 1
            self._hold_until = max(self._hold_until, now + self._hold(retry_after))
            if now - self._last_cut >= 1.0:
                # Requests refused together are one signal, not many: cut once per second at most.
                self._last_cut = now
                self._slow_start = False
                self.rate = max(self.min_rate, self.rate * self.decrease)
            self._next_slot = max(self._next_slot, now + 1.0 / self.rate)

    def _hold(self, retry_after: float | None) -> float:
        """How long a ``Retry-After`` hint holds every request: capped; none unless finite and positive."""
        if retry_after is None or not math.isfinite(retry_after) or retry_after <= 0:
            return 0.0
        return min(retry_after, self.max_retry_after)


#: The part of an :class:`AdaptivePacer` that changes as it works: what a :class:`SharedPacer` keeps in the journal.
_STATE = (
    "rate",
    "throttled",
    "_slow_start",
    "_next_slot",
    "_hold_until",
    "_last_cut",
    "_clock",
    "_window_start",
    "_window_successes",
    "_delivered",
)


@dataclass
class SharedPacer:
    """An :class:`AdaptivePacer` whose state lives in a shared journal, stepped by every worker in turn.

    ``settings`` gives the limits and steps (and the starting rate, until the journal has a state). Each call
    is one transaction on the journal's database, times are the database's: ``now`` arguments are ignored.
    """

    journal: Journal
    settings: AdaptivePacer = field(default_factory=AdaptivePacer)
    remote: ClassVar[bool] = True

    def _step(self, act: Callable[[AdaptivePacer, float], T]) -> T:
        def step(state: str | None, now: float) -> tuple[str, T]:
            pacer = replace(self.settings)
            for name, value in (json.loads(state) if state else {}).items():
                setattr(pacer, name, value)
            result = act(pacer, now)
            return json.dumps({name: getattr(pacer, name) for name in _STATE}), result

        return self.journal.pacing(step)

    def reserve(self, now: float) -> float:
        return self._step(lambda pacer, clock: pacer.reserve(clock))

    def on_success(self) -> None:
        self._step(lambda pacer, _: pacer.on_success())

    def on_throttle(self, now: float, retry_after: float | None) -> None:
        self._step(lambda pacer, clock: pacer.on_throttle(clock, retry_after))

    @property
    def throttled(self) -> int:
        """429s seen by all the batch's workers together."""
        return self._step(lambda pacer, _: pacer.throttled)

    @property
    def rate(self) -> float:
        return self._step(lambda pacer, _: pacer.rate)
