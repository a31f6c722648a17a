"""Callbacks: the task body POSTed to ``callback_url`` when a task ends, on the documented schedule.

Rules (API-NOTES.md): HTTPS only and at most 2048 characters (both in the
spec, so checked with it at create), no internal addresses (checked here with
the client's own rule, :func:`evolink._callbacks.internal_address_problem`),
10 s timeout, retries 1, 2 and 4 s after a failed attempt, any 2xx is success.

Loopback receivers: the spec's ``^https://`` stays enforced, so the mock
answers exactly what the spec allows. ``allow_loopback_callbacks`` relaxes
only the internal-address rule, and only for loopback hosts
(``https://127.0.0.1:8123/hook``, ``https://localhost/...``); such a callback is
delivered over plain HTTP, because no local test receiver has a certificate
for 127.0.0.1. In-process tests need no receiver at all: pass
``callback_transport`` to the server and callbacks to any public-looking URL
go to that transport.

Attempts are not threads or timers: each is due at a time on the server's
clock and is sent by the first :meth:`CallbackSender.deliver_due` after that
(every request calls it, and the live server's ticker does several times a
second), so with a fake clock a test advances time to make retries happen.
"""

from __future__ import annotations

import collections
import threading
from urllib.parse import urlsplit, urlunsplit

import attrs
import httpx

from .._callbacks import internal_address_problem
from .._identity import is_loopback
from .._timing import Clock
from ._config import MockConfig
from ._stats import StatsRecorder

__all__ = ["CallbackSender", "Delivery", "callback_problem"]

_LOG_SIZE = 1000


def _on_loopback(url: str) -> bool:
    return is_loopback(urlsplit(url).hostname or "")


def callback_problem(url: str, *, allow_loopback: bool) -> str | None:
    """Why the gateway refuses ``url`` as a callback (an internal host), or None."""
    problem = internal_address_problem(url)
    return None if problem and allow_loopback and _on_loopback(url) else problem


def _target(url: str, allow_loopback: bool) -> str:
    """Where an attempt really goes: loopback receivers are spoken to in plain HTTP."""
    parts = urlsplit(url)
    if allow_loopback and parts.scheme == "https" and _on_loopback(url):
        return urlunsplit(parts._replace(scheme="http"))
    return url


@attrs.frozen
class Delivery:
    """One attempt: ``status`` is the receiver's answer, ``error`` why there was none."""

    task_id: str
    url: str
    attempt: int
    at: float
    status: int | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.status is not None and 200 <= self.status < 300


@attrs.define
class _Due:
    task_id: str
    url: str
    body: bytes
    attempt: int
    due: float


class CallbackSender:
    """Holds the attempts that are due or will be, sends them, and logs every one in :attr:`deliveries`."""

    def __init__(
        self, config: MockConfig, clock: Clock, stats: StatsRecorder, transport: httpx.BaseTransport | None
    ) -> None:
        self._config = config
        self._clock = clock
        self._stats = stats
        self._transport = transport
        self._client: httpx.Client | None = None
        self._queue: list[_Due] = []
        self._log: collections.deque[Delivery] = collections.deque(maxlen=_LOG_SIZE)
        self._lock = threading.Lock()

    @property
    def deliveries(self) -> list[Delivery]:
        """Every attempt so far, oldest first (the last 1000)."""
        with self._lock:
            return list(self._log)

    @property
    def waiting(self) -> int:
        """Attempts scheduled and not yet made."""
        with self._lock:
            return len(self._queue)

    def schedule(self, task_id: str, url: str, body: bytes, due: float) -> None:
        """Plan the first attempt of a callback for ``due`` (the moment the task ended)."""
        with self._lock:
            self._queue.append(_Due(task_id, url, body, 1, due))

    def deliver_due(self) -> int:
        """Make every attempt that is due now; returns how many were made."""
        now = self._clock.wall()
        with self._lock:
            due = [item for item in self._queue if item.due <= now]
            self._queue = [item for item in self._queue if item.due > now]
        for item in sorted(due, key=lambda item: item.due):
            self._attempt(item)
        return len(due)

    def _attempt(self, item: _Due) -> None:
        status: int | None = None
        error: str | None = None
        try:
            response = self._http().post(
                _target(item.url, self._config.allow_loopback_callbacks),
                content=item.body,
                headers={"content-type": "application/json", "user-agent": "evolink-mock-callback/1"},
            )
            status = response.status_code
        except httpx.HTTPError as exc:
            error = f"{type(exc).__name__}: {exc}"
        delivery = Delivery(item.task_id, item.url, item.attempt, self._clock.wall(), status, error)
        retries = self._config.callback_retry_delays
        with self._lock:
            self._log.append(delivery)
            if not delivery.ok and item.attempt <= len(retries):
                retry_at = delivery.at + retries[item.attempt - 1]
                self._queue.append(attrs.evolve(item, attempt=item.attempt + 1, due=retry_at))
        if delivery.ok:
            self._stats.bump("callbacks_delivered")
        else:
            self._stats.bump("callback_attempts_failed")
            if item.attempt > len(retries):
                self._stats.bump("callbacks_abandoned")

    def _http(self) -> httpx.Client:
        # Made on first use: most servers never send a callback.
        with self._lock:
            if self._client is None:
                timeout = self._config.callback_timeout_seconds
                self._client = httpx.Client(transport=self._transport, timeout=timeout)
            return self._client

    def clear(self) -> None:
        with self._lock:
            self._queue.clear()
            self._log.clear()

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
