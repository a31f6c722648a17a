"""The mock server itself: one framework-free core that both faces call, whichever gateway it plays.

:meth:`MockServer.handle` takes a :class:`MockRequest` and returns a
:class:`MockResponse`; the Starlette app (:attr:`MockServer.app`) and the httpx
transport (:meth:`MockServer.transport`) only translate. Every request goes
through the same steps, in the order a gateway applies them: route (404/405),
armed "before" faults, authentication (401), rate limit (429), the handler,
armed "after" faults, latency. What a request must satisfy is read from the
merged spec (``_validation``); how a task ages is ``_tasks``; result files are
``_cdn``'s; the endpoints outside the spec are ``_admin``'s. What differs
between EvoLink and UniAll (paths, task body, status words, errors, which
rules apply) is the server's :class:`~evolink.testing._dialects.Dialect`.
"""

from __future__ import annotations

import copy
import json
import logging
import random
import secrets
import threading
from functools import cached_property
from typing import TYPE_CHECKING, Any, Self

import attrs
import httpx

from .._identity import request_fingerprint
from .._timing import Clock, SystemClock
from ._admin import admin_routes
from ._callbacks import CallbackSender
from ._cdn import Cdn
from ._config import MockConfig
from ._credits import Ledger
from ._dialects import Dialect, dialect
from ._endings import parse_ending, read_markers
from ._errors import ApiError, json_body
from ._faults import Fault, Faults, fault_error
from ._files import FileStore, files_error
from ._http import BodyReader, BodyTooLarge, MockRequest, MockResponse, json_response, new_request_id
from ._ratelimit import RateLimiter
from ._routing import Handler, Match, Route, Router
from ._stats import Stats, StatsRecorder
from ._tasks import TaskRecord, TaskStore, phase, request_facts
from ._validation import create_violations, task_id_violations

if TYPE_CHECKING:
    from starlette.applications import Starlette

    from ._media import VideoFile
    from ._transport import MockTransport

__all__ = ["IN_PROCESS_BASE_URL", "MockServer"]

logger = logging.getLogger("evolink.testing")

#: The base URL of an in-process server (any host works with the transport; this one says what it is).
IN_PROCESS_BASE_URL = "https://mock.evolink.test"


class MockServer:
    """A stateful video API on a clock: create tasks, watch them finish, download real MP4s.

    ``config`` says how it behaves (:class:`MockConfig`; its ``provider`` says
    which API it plays: EvoLink by default, or UniAll), ``clock`` what time it
    is (default: the system clock; pass a :class:`FakeClock` to control time).
    Callbacks are sent through ``callback_transport`` when given (in-process
    tests), otherwise over the network.
    """

    def __init__(
        self,
        config: MockConfig | None = None,
        clock: Clock | None = None,
        *,
        callback_transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.config = config or MockConfig()
        self.clock: Clock = clock or SystemClock()
        self.dialect: Dialect = dialect(self.config.provider)
        self._errors = self.dialect.errors
        self._rng = random.Random(self.config.seed)
        seeded = self.config.seed is not None
        self._lock = threading.RLock()
        self._stats = StatsRecorder()
        self._tasks = TaskStore(self._rng, self.clock, self.config.task_ttl_seconds)
        self._awaiting_callback: list[TaskRecord] = []
        self._limiter = RateLimiter(self.config.rate_limit)
        self._default_ending = parse_ending(self.config.ending)
        self.faults = Faults(self.config, self._rng)
        self.callbacks = CallbackSender(self.config, self.clock, self._stats, callback_transport)
        secret = self._rng.randbytes(32) if seeded else secrets.token_bytes(32)
        self._cdn = Cdn(self.config, self.faults, self._stats, secret)
        self._ledger = Ledger(self.dialect, self.clock, self.config.credits)
        self._files = (
            FileStore(self.config, self.clock, self.dialect.spec, self._errors, self._stats)
            if self.dialect.gateway.default_files_base_url
            else None
        )
        self._router = Router(
            (
                Route(self.dialect.create_route, {"POST": self._create}, "api", "create_requests"),
                Route(self.dialect.task_route, {"GET": self._get_task}, "api", "task_queries"),
                *self._ledger.routes(),
                *(self._files.routes() if self._files is not None else ()),
                Route(("files", "{task_id}", "{name}"), {"GET": self._download}, "cdn"),
                *admin_routes(self),
            )
        )
        self.base_url = IN_PROCESS_BASE_URL

    def __repr__(self) -> str:
        return f"MockServer({self.provider!r}, tasks={len(self._tasks)}, clock={self.clock!r})"

    # --- the public face ----------------------------------------------------------------------

    @property
    def provider(self) -> str:
        """Which API this server plays: ``evolink`` or ``uniall``."""
        return self.dialect.name

    @property
    def files_base_url(self) -> str | None:
        """Where this server's files API is: its own base URL (None when the API it plays has no files API)."""
        return None if self._files is None else self.base_url

    @property
    def api_key(self) -> str:
        """A key this server accepts."""
        return self.config.api_key

    @property
    def stats(self) -> Stats:
        """The counters (the same data as ``GET /_mock/stats``)."""
        return self._stats.snapshot()

    @property
    def video(self) -> VideoFile:
        """The file every result link serves (``video.size`` bytes)."""
        return self._cdn.video

    @cached_property
    def app(self) -> Starlette:
        """The ASGI app for a real server (needs the ``mock`` extra: starlette)."""
        from ._asgi import create_app

        return create_app(self)

    def transport(self) -> MockTransport:
        """An httpx transport (sync and async) that answers in-process, without sockets."""
        from ._transport import MockTransport

        return MockTransport(self)

    def task(self, task_id: str) -> dict[str, Any] | None:
        """A task as the task query would show it now (whoever owns it), or None."""
        with self._lock:
            task = self._tasks.get(task_id)
            return None if task is None else self._render(task)

    def received(self, task_id: str) -> dict[str, Any] | None:
        """The create body a task was made from, exactly as the gateway received it, or None."""
        with self._lock:
            task = self._tasks.get(task_id)
            return None if task is None else copy.deepcopy(dict(task.request))

    def tick(self) -> None:
        """Schedule callbacks of tasks that have ended and send those that are due.

        Every request does this first; the live server also does it several
        times a second. With a fake clock, call it after ``advance`` to deliver
        callbacks without making a request.
        """
        now = self.clock.wall()
        with self._lock:
            waiting: list[TaskRecord] = []
            for task in self._awaiting_callback:
                ends_at = task.ends_at
                if ends_at is None or now < ends_at or task.callback_url is None:
                    waiting.append(task)
                    continue
                body = json.dumps(self._render(task)).encode()
                self.callbacks.schedule(task.id, task.callback_url, body, due=ends_at)
            self._awaiting_callback = waiting
        self.callbacks.deliver_due()

    def reset(self) -> None:
        """Forget every task, key, counter, armed fault and pending callback."""
        with self._lock:
            self._tasks.clear()
            self._awaiting_callback.clear()
            self._limiter.clear()
            self._ledger.clear()
        if self._files is not None:
            self._files.clear()
        self._stats.clear()
        self.faults.clear()
        self.callbacks.clear()

    def close(self) -> None:
        """Close the callback sender's connections."""
        self.callbacks.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # --- the pipeline -------------------------------------------------------------------------

    def handle(self, request: MockRequest, read_body: BodyReader | None = None) -> MockResponse:
        """Answer one request (the core of both faces).

        A face that has not read the body passes ``read_body``: it is called
        only after the key check, and only when ``Content-Length`` does not
        already exceed ``max_body_bytes``, so neither a stranger nor an
        over-size body costs a read. Without it, ``request.body`` is the body.
        """
        self.tick()
        try:
            match = self._router.resolve(request.method, request.path)
        except ApiError as error:
            response = error.response()
            self._stats.answered(response.status)
        else:
            response = self._dispatch(match, request, read_body)
        response.headers["x-request-id"] = new_request_id()
        return response

    def _dispatch(self, match: Match, request: MockRequest, read_body: BodyReader | None) -> MockResponse:
        route, handler = match.route, match.handler
        if handler is None:
            return MockResponse(204, {"allow": route.allow, "content-length": "0"})
        if route.kind == "admin":
            return self._call(handler, match, request, "", read_body)
        if route.counter is not None:
            self._stats.bump(route.counter)
        fault = self.faults.take(request.path, "before")
        if fault is not None:
            response = self._faulted(fault, None)
        else:
            try:
                key = self._admit(request) if route.kind in ("api", "files") else ""
            except ApiError as error:
                response = (files_error(error) if route.kind == "files" else route.reword(error)).response()
            else:
                response = self._call(handler, match, request, key, read_body)
            fault = self.faults.take(request.path, "after")
            if fault is not None:
                response = self._faulted(fault, response)
        if match.head:
            response = response.without_body()
        response.delay = self.config.latency_seconds
        self._stats.answered(0 if response.drop else response.status)
        return response

    def _call(
        self, handler: Handler, match: Match, request: MockRequest, key: str, read_body: BodyReader | None
    ) -> MockResponse:
        try:
            return handler(self._with_body(request, read_body, match.route.max_body), match.params, key)
        except ApiError as error:
            return (files_error(error) if match.route.kind == "files" else match.route.reword(error)).response()

    def _with_body(self, request: MockRequest, read_body: BodyReader | None, limit: int | None) -> MockRequest:
        """The request with its body, refused (413) past ``limit`` (default ``max_body_bytes``): by its declared
        size before reading."""
        limit = limit or self.config.max_body_bytes
        try:
            if request.declares_more_than(limit):
                raise BodyTooLarge
            if read_body is not None:
                request = attrs.evolve(request, body=read_body(limit))
            if len(request.body) > limit:
                raise BodyTooLarge
        except BodyTooLarge:
            message = f"The request body is larger than the limit of {limit} bytes"
            raise ApiError(413, "request_too_large", message, type="invalid_request_error") from None
        return request

    def _faulted(self, fault: Fault, response: MockResponse | None) -> MockResponse:
        self._stats.bump("faults")
        if fault.kind == "fail":
            return fault_error(fault.status, self._errors).response()
        dropped = response if response is not None else fault_error(503, self._errors).response()
        dropped.drop = True
        return dropped

    def _admit(self, request: MockRequest) -> str:
        """The caller's key, once it is known (401) and within its rate (429)."""
        scheme, _, key = (request.header("authorization") or "").partition(" ")
        key = key.strip()
        if scheme.lower() != "bearer" or key not in self.config.known_keys:
            raise self._errors.error("unauthorized", headers={"www-authenticate": "Bearer"})
        with self._lock:
            wait = self._limiter.take(key, self.clock.wall())
        if wait is not None:
            self._stats.bump("rate_limited")
            message = f"Too many requests: the limit is {self.config.rate_limit:g} per second; retry in {wait} s"
            raise self._errors.error("rate_limited", message, headers={"retry-after": str(wait)})
        return key

    # --- the API --------------------------------------------------------------------------------

    def _create(self, request: MockRequest, params: dict[str, str], key: str) -> MockResponse:
        body = json_body(request, self._errors)
        idempotency_key = request.header("idempotency-key") if self.config.honour_idempotency_key else None
        declared = self.dialect.declares_idempotency_key
        if not declared:
            idempotency_key = idempotency_key or None  # not in the spec: any value is taken, an empty one ignored
        violations = create_violations(
            self.dialect.spec,
            body,
            idempotency_key if declared else None,
            allow_loopback=self.config.allow_loopback_callbacks,
            extra_models=self.config.extra_models,
        )
        if violations:
            raise self._errors.invalid_request(violations)
        model: str = body["model"]
        if key in self.config.denied_keys:
            raise self._errors.error("permission_denied", f"Token does not have access to model: {model}")
        if key in self.config.quota_exhausted_keys:
            raise self._errors.error("insufficient_quota")
        headers = {} if idempotency_key is None else {"idempotency-replayed": "false"}
        with self._lock:
            if idempotency_key is not None:
                replay = self._replay(key, idempotency_key, body)
                if replay is not None:
                    return replay
            self._ledger.admit(key, model, body)  # 402 when the balance cannot cover the reservation
            task = self._new_task(key, model, body, request.origin)
            self._ledger.hold(task)
            if idempotency_key is not None:
                self._tasks.remember(key, idempotency_key, request_fingerprint(body), task.id)
            answer = self._render(task)
        self._stats.bump("tasks_created")
        return json_response(200, answer, headers)

    def _replay(self, key: str, idempotency_key: str, body: Any) -> MockResponse | None:
        seen = self._tasks.recall(key, idempotency_key)
        if seen is None:
            return None
        fingerprint, task_id = seen
        if fingerprint != request_fingerprint(body):
            self._stats.bump("idempotency_conflicts")
            # Where a conflict is a 400 (UniAll), it names its field like every other 400.
            as_400 = self._errors["idempotency_conflict"].status == 400
            raise self._errors.error("idempotency_conflict", param="Idempotency-Key" if as_400 else None)
        task = self._tasks.get(task_id)
        assert task is not None  # tasks are only forgotten together with their keys
        self._stats.bump("replays")
        return json_response(200, self._render(task), {"idempotency-replayed": "true"})

    def _new_task(self, key: str, model: str, body: dict[str, Any], origin: str) -> TaskRecord:
        script = read_markers(body.get("prompt"))
        ending = script.ending
        if ending is not None and not self.dialect.shows(ending):
            logger.warning("ignoring prompt marker [mock:%s]: %s has no status for it", ending.kind, self.dialect.title)
            ending = None
        outputs, video_duration = request_facts(self.dialect.spec, model, body)
        now = self.clock.wall()
        task = TaskRecord(
            id=self._tasks.new_id(now, self.dialect.task_id),
            owner=key,
            model=model,
            created_at=now,
            seconds=self.config.task_seconds if script.seconds is None else script.seconds,
            ending=ending or self._default_ending,
            origin=origin,
            outputs=outputs,
            video_duration=video_duration,
            callback_url=body.get("callback_url"),
            request=body,
        )
        self._tasks.add(task)
        if task.callback_url is not None:
            self._awaiting_callback.append(task)
        return task

    def _get_task(self, request: MockRequest, params: dict[str, str], key: str) -> MockResponse:
        if key in self.config.denied_keys:
            raise self._errors.error("query_denied")
        task_id = params["task_id"]
        violations = task_id_violations(self.dialect.spec, task_id)
        if violations:
            message = "; ".join(v.message for v in violations)
            raise self._errors.error("invalid_task_id", message, param="task_id")
        with self._lock:
            task = self._tasks.get(task_id, owner=key)
            if task is None:
                raise self._errors.error("task_not_found")
            return json_response(200, self._render(task))

    def _render(self, task: TaskRecord) -> dict[str, Any]:
        return self.dialect.render(task, self.clock.wall(), self._cdn.link)

    # --- downloads ---------------------------------------------------------------------------

    def _download(self, request: MockRequest, params: dict[str, str], key: str) -> MockResponse:
        now = self.clock.wall()
        with self._lock:
            task = self._tasks.get(params["task_id"])
            ready = task is not None and phase(task, now).status == "completed"
        return self._cdn.serve(request, params["name"], task if ready else None, now)
