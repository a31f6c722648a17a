"""Everything the clients decide, written once as flows (see ``_commands``).

``ClientCore`` knows the provider, the key, the base URL, the retry and poll
policies and the clock. Its methods return flows; ``EvoLink`` runs them with a
blocking driver and ``AsyncEvoLink`` with an async one.
"""

from __future__ import annotations

import base64
import copy
import logging
import math
import os
import warnings
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import urlsplit

import httpx

from . import _exceptions as errors
from ._callbacks import internal_address_problem
from ._commands import Flow, blocking, close, emit, read, send, sleep
from ._download import RESUMABLE, fetch_into, part_key, result_link
from ._files import (
    PartFile,
    output_problem,
    replaced_file,
    resolve_destination,
    result_destinations,
    safe_name,
)
from ._identity import is_loopback
from ._local_files import (
    UploadCache,
    UploadStore,
    local_inputs,
    placement_violations,
    upload_local_files,
    with_placeholders,
)
from ._logging import hide_in_http_logs
from ._pacing import Pacer
from ._polling import PollPolicy
from ._provider import Provider
from ._retry import RetryPolicy, parse_retry_after
from ._spec import ApiSpec, UnknownModelWarning
from ._status_errors import status_error
from ._task import FirstSeen, Task
from ._timing import Clock, Deadline
from ._version import __version__
from ._violations import Violation

if TYPE_CHECKING:
    from ._generated.evolink_api.api import Prepared

__all__ = [
    "AsyncByteProgress",
    "ByteProgress",
    "ClientCore",
    "new_idempotency_key",
    "request_body",
    "request_violations",
    "validate_request",
    "video_violation",
    "warn_unknown_model",
]

logger = logging.getLogger("evolink")
T = TypeVar("T")
#: Why a result is not saved over an existing file (nothing is ever replaced unless the caller says so).
_EXISTS = "{} already exists; pass overwrite=True (evolink: --overwrite) to replace it"
#: ``on_download(received_bytes, total_bytes_or_None)``
ByteProgress = Callable[[int, int | None], object]
#: The same hook for the async client, which awaits what it returns when that is awaitable.
AsyncByteProgress = Callable[[int, int | None], object | Awaitable[object]]

_DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
#: The most an API answer may hold once decompressed: a task or an error is a few kilobytes.
MAX_ANSWER_BYTES = 4 * 1024 * 1024
#: Headers about the bytes on the wire, which no longer describe an answer read and decoded.
_WIRE_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})


def new_idempotency_key() -> str:
    """A fresh key for one logical create: 40 characters of ``[A-Za-z0-9_-]``."""
    return "evolink-" + base64.urlsafe_b64encode(os.urandom(24)).decode().rstrip("=")


def request_body(request: Any, fields: Mapping[str, Any]) -> dict[str, Any]:
    """The JSON body from a typed request object (a generated model), a mapping, and/or keywords."""
    if request is None:
        body: dict[str, Any] = {}
    elif hasattr(request, "to_dict"):
        body = dict(request.to_dict())
    elif isinstance(request, Mapping):
        body = dict(request)
    else:
        raise TypeError(f"request must be a request object or a mapping, got {type(request).__name__}")
    body.update(fields)
    return body


def request_violations(
    spec: ApiSpec, body: Mapping[str, Any], *, strict_models: bool = False, idempotency_key: str | None = None
) -> list[Violation]:
    """The spec's rules, plus the callback host rule JSON Schema cannot state: every one broken, not the first.

    A model the spec does not know is checked only against what every model
    shares, or refused when ``strict_models``. A local file (a path, an open
    file) must stand in an image field; the rest is checked with a placeholder
    link in its place (its bytes are checked when it is uploaded). A given
    ``idempotency_key`` is checked against the spec's header schema, the same
    fact the command line and the mock check, since the gateway answers a bad
    one with 400.
    """
    found = local_inputs(body) if isinstance(body, Mapping) else []
    placed = placement_violations(spec, body, found)
    body = with_placeholders(body, found) if found else body
    violations = placed + spec.check_request(body, allow_unknown_model=not strict_models)
    if idempotency_key is not None:
        violations += spec.check_idempotency_key(idempotency_key)
    callback = body.get("callback_url")
    named = any(v.field == "callback_url" for v in violations)
    problem = internal_address_problem(callback) if isinstance(callback, str) and not named else None
    if problem:
        violations.append(Violation("callback_url", problem, callback))
    return violations


def video_violation(spec: ApiSpec, body: Mapping[str, Any]) -> Violation | None:
    """Why no video can be saved from ``body``'s model (one that makes an element, say), else None."""
    model = body.get("model")
    if isinstance(model, str) and spec.knows(model) and spec.model_output(model) != "video":
        return Violation("model", f"makes no video (its result is an {spec.model_output(model)})", model)
    return None


def warn_unknown_model(spec: ApiSpec, model: object) -> None:
    if isinstance(model, str) and not spec.knows(model):
        warnings.warn(
            f"model {model!r} is not in this version's spec: only the rules every model shares were checked, "
            f"the gateway judges the rest; {spec.model_hint(model)} "
            "(strict_models=True refuses unknown models)",
            UnknownModelWarning,
            stacklevel=3,
        )


def validate_request(
    spec: ApiSpec, body: Mapping[str, Any], *, strict_models: bool = False, idempotency_key: str | None = None
) -> None:
    """:func:`request_violations` as a RequestValidationError, and an UnknownModelWarning for a new model."""
    violations = request_violations(spec, body, strict_models=strict_models, idempotency_key=idempotency_key)
    if violations:
        raise errors.RequestValidationError(violations)
    warn_unknown_model(spec, body.get("model"))


class ClientCore:
    """The shared state and logic of a client; see ``EvoLink`` for the parameters."""

    def __init__(
        self,
        *,
        provider: Provider,
        api_key: str | None,
        base_url: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        poll: PollPolicy | None,
        clock: Clock,
        allow_insecure_http: bool,
        max_download_bytes: int | None,
        strict_models: bool = False,
        files_base_url: str | None = None,
    ) -> None:
        self.provider = provider
        self.strict_models = strict_models
        key = api_key if api_key is not None else os.environ.get(provider.key_env)
        if not key:
            raise errors.EvoLinkError(f"no API key: pass api_key=... or set {provider.key_env}")
        self._api_key = key
        hide_in_http_logs(key)
        url = base_url or os.environ.get(provider.base_url_env) or provider.default_base_url
        if not url:
            raise errors.EvoLinkError(
                f"{provider.name} has no documented default host: pass base_url=... or set {provider.base_url_env}"
            )
        self.base_url = _key_url("base_url", url, allow_insecure_http, provider.shared_path())
        files_env = os.environ.get(provider.files_base_url_env) if provider.files_base_url_env else None
        # The spec's files host belongs with the spec's API host: a client pointed at another API host (a mock, a
        # proxy, staging) must name its files host too, or a local image would go to production with this key.
        on_default_host = self.base_url == (provider.default_base_url or "").rstrip("/")
        files_url = files_base_url or files_env or (provider.default_files_base_url if on_default_host else None)
        #: The files API's origin (uploads), on a gateway that has one; the key goes there too, and nowhere else.
        self.files_base_url = (
            _key_url("files_base_url", files_url, allow_insecure_http, provider.shared_path(files=True))
            if files_url
            else None
        )
        # httpx's view of each origin, so https://host:443 and https://host compare equal
        self._key_origins = frozenset(_origin(httpx.URL(u)) for u in (self.base_url, self.files_base_url) if u)
        self.timeout = (
            timeout
            if isinstance(timeout, httpx.Timeout)
            else (_DEFAULT_TIMEOUT if timeout is None else httpx.Timeout(timeout))
        )
        self.retry = RetryPolicy(max_retries=max_retries)
        self.poll = poll or PollPolicy()
        self.clock = clock
        self.max_download_bytes = max_download_bytes
        self.pacer: Pacer | None = None
        #: Local images already uploaded, by content: each is uploaded once while its link stays good.
        self.uploads: UploadStore = UploadCache()
        #: When each task was first seen completed (shared by a batch's copies), so its link expiry holds still.
        self.first_seen = FirstSeen()

    def paced(self, pacer: Pacer, *, max_retries: int) -> ClientCore:
        """A copy whose every request goes through ``pacer`` (a batch shares one among its workers)."""
        clone = copy.copy(self)
        clone.pacer = pacer
        clone.retry = replace(self.retry, max_retries=max_retries)
        return clone

    # --- requests ---------------------------------------------------------------------------

    def _gets_the_key(self, url: httpx.URL) -> bool:
        """Whether ``url`` is on the API's origin or the files API's: the only places the key is sent."""
        return _origin(url) in self._key_origins

    def build(
        self,
        method: str,
        url: str | httpx.URL,
        *,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
        deadline: Deadline | None = None,
    ) -> httpx.Request:
        """A request with the key attached only when it goes to the API's origin or the files API's.

        Under a ``deadline``, every phase of the request (connect, each read, ...) gets at most the time left.
        A body marked ``multipart/form-data`` (see the generated ``Prepared``) is encoded as a streamed form:
        httpx reads a file part in chunks and writes the boundary into the Content-Type.
        """
        target = url if isinstance(url, httpx.URL) else httpx.URL(url if "://" in url else self.base_url + url)
        all_headers = {"Accept": "application/json", "User-Agent": f"evolink-python/{__version__}"}
        if self._gets_the_key(target):
            all_headers["Authorization"] = f"Bearer {self._api_key}"
        all_headers.update(headers or {})
        timeouts = self.timeout.as_dict()
        if deadline is not None:
            left = deadline.left()
            timeouts = {phase: left if limit is None else min(limit, left) for phase, limit in timeouts.items()}
        extensions = {"timeout": timeouts}
        form_type = next((k for k, v in all_headers.items() if k.lower() == "content-type" and "multipart/" in v), None)
        if form_type is not None and isinstance(json, Mapping):
            del all_headers[form_type]
            files = {name: part for name, part in json.items() if isinstance(part, tuple)}
            data = {name: value for name, value in json.items() if not isinstance(value, tuple)}
            return httpx.Request(method, target, data=data, files=files, headers=all_headers, extensions=extensions)
        return httpx.Request(method, target, json=json, headers=all_headers, extensions=extensions)

    def request(
        self,
        prepared: Prepared,
        *,
        idempotent: bool = False,
        deadline: Deadline | None = None,
        retry_unsent: bool = False,
    ) -> Flow[httpx.Response]:
        """Send a generated builder's request with retries: GETs always, a POST only when ``idempotent``
        (it carries an Idempotency-Key the API is known to honour) - or, with ``retry_unsent``, only after a
        connection that could not be made (``httpx.ConnectError``: nothing was sent, so nothing can happen twice).

        Under a ``deadline`` the attempts, their reads and the sleeps between them all fit in the time left;
        past it, :class:`~evolink.APITimeoutError` is raised (a request already sent counts as sent) - or, when
        an attempt failed and the deadline passed before the next, that failure, which says more. A failure
        without an answer names the host and is raised with the transport's exception as its ``__cause__``.
        """
        method, path, headers, json = prepared
        attempt = 0
        while True:
            retry_after: float | None = None
            error: errors.APIError
            cause: Exception | None = None
            if self.pacer is not None:
                wait = yield from self._pace(partial(self.pacer.reserve, self.clock.now()))
                if wait > 0:
                    yield from self._sleep(wait, deadline)
            if deadline is not None:
                deadline.check()
            request = self.build(method, path, json=json, headers=headers, deadline=deadline)
            try:
                response = yield from self._exchange(request, deadline)
            except httpx.TimeoutException as exc:
                error = errors.APITimeoutError(f"{method} {_where(request)} timed out{_detail(exc)}", request=request)
                cause = exc
                _log(method, path, None, attempt, None, str(error))
            except httpx.RequestError as exc:  # transport failures, undecodable bodies, redirect loops
                error = errors.APIConnectionError(
                    f"{method} {_where(request)}: connection failed{_detail(exc)}", request=request
                )
                cause = exc
                _log(method, path, None, attempt, None, str(error))
            else:
                request_id = response.headers.get("x-request-id")
                _log(method, path, response.status_code, attempt, request_id)
                if response.is_success:
                    if self.pacer is not None:
                        yield from self._pace(self.pacer.on_success)
                    return response
                error = status_error(response)
                if not self.retry.retryable_status(response.status_code):
                    raise error
                retry_after = parse_retry_after(response.headers.get("retry-after"))
                if self.pacer is not None and response.status_code == 429:
                    yield from self._pace(partial(self.pacer.on_throttle, self.clock.now(), retry_after))
                    retry_after = 0.0  # the pacer now holds every request of the batch, this one included
            unsent = retry_unsent and isinstance(cause, httpx.ConnectError)
            if not self.retry.can_retry(attempt, method=method, idempotent=idempotent or unsent):
                raise error from cause
            delay = self.retry.delay(attempt, retry_after)
            yield from sleep(delay if deadline is None else min(delay, deadline.left()))
            if deadline is not None and deadline.passed():
                raise error from cause  # no time for another attempt: why this one failed is the news
            attempt += 1

    def _pace(self, step: Callable[[], T]) -> Flow[T]:
        """A pacer's step; a shared pacer's asks the journal's database, which must not hold up an event loop."""
        if self.pacer is not None and self.pacer.remote:
            return (yield from blocking(step))
        return step()

    def _sleep(self, seconds: float, deadline: Deadline | None) -> Flow[None]:
        """Sleep, but never past the deadline: a hint of a day still ends the wait on time."""
        if deadline is not None:
            seconds = min(seconds, deadline.left())
        yield from sleep(seconds)
        if deadline is not None:
            deadline.check()

    def _exchange(self, request: httpx.Request, deadline: Deadline | None) -> Flow[httpx.Response]:
        """Send ``request`` and read its answer: at most ``MAX_ANSWER_BYTES`` once decompressed, by the deadline.

        The body is streamed so that neither a compression bomb nor a server dripping one byte at a time can
        hold more memory or time than the cap and the deadline allow.
        """
        stream = yield from send(request, deadline=deadline)
        body = bytearray()
        try:
            while chunk := (yield from read(stream)):
                body += chunk
                if len(body) > MAX_ANSWER_BYTES:
                    raise errors.ResponseTooLargeError(
                        f"{request.method} {request.url.path}: the answer is larger than {MAX_ANSWER_BYTES} bytes",
                        request=request,
                    )
                if deadline is not None:
                    deadline.check()
        finally:
            yield from close(stream)
        answer = stream.response
        # The body is already decoded: keep the headers users read, not those that describe the wire encoding.
        # A server that echoes the Authorization header must not put the key into errors, tasks, logs or files.
        # Raw bytes throughout: a header value need not be ASCII (latin-1 on the wire), and must not crash us.
        key, hidden = self._api_key.encode(), b"[redacted]"
        headers = [
            (name, value.replace(key, hidden))
            for name, value in answer.headers.raw
            if name.lower().decode("latin-1") not in _WIRE_HEADERS
        ]
        content = bytes(body).replace(key, hidden)
        return httpx.Response(answer.status_code, headers=headers, content=content, request=request)

    def _task(self, response: httpx.Response) -> Task:
        try:
            body = response.json()
            return Task.from_json(
                body,
                gateway=self.provider,
                replayed=response.headers.get("idempotency-replayed", "").lower() == "true",
                now=self.clock.wall(),
                first_seen=self.first_seen,
            )
        except (ValueError, RecursionError) as exc:
            raise errors.APIConnectionError(
                f"the API answered {response.status_code} with a body that is not a task: {type(exc).__name__}",
                request=response.request,
            ) from exc

    # --- tasks ------------------------------------------------------------------------------

    def validate(self, body: Mapping[str, Any], *, idempotency_key: str | None = None) -> None:
        validate_request(self.provider.spec(), body, strict_models=self.strict_models, idempotency_key=idempotency_key)

    def require_video(self, body: Mapping[str, Any]) -> None:
        """Refuse, before anything is paid for, to save a video from a model that makes something else."""
        problem = video_violation(self.provider.spec(), body)
        if problem:
            raise errors.RequestValidationError([replace(problem, rule=f"{problem.rule}: use create_and_wait()")])

    def create(
        self,
        body: Mapping[str, Any],
        *,
        extra_body: Mapping[str, Any] | None,
        idempotency_key: str | None,
        deadline: Deadline | None = None,
    ) -> Flow[Task]:
        """Validate against the spec, upload the local images, then create once - retried only under one
        Idempotency-Key."""
        if extra_body is not None and self._documents_extra_body(body):
            # UniAll documents a field named extra_body: then the keyword is that field, checked by the spec.
            given = body.get("extra_body") or {}
            clash = sorted(set(given) & set(extra_body)) if isinstance(given, Mapping) else ["extra_body"]
            if clash:
                raise errors.RequestValidationError(
                    [Violation(f"extra_body.{clash[0]}", "is given twice (in the body and in extra_body)")]
                )
            body, extra_body = {**body, "extra_body": {**given, **extra_body}}, None
        # Only a gateway whose spec declares the header promises to replay a repeated key; elsewhere no key is
        # sent and a create is not retried, since a second one could be billed twice.
        honoured = self.provider.idempotency_header is not None
        self.validate(body, idempotency_key=idempotency_key if honoured else None)
        payload = dict(body)
        for name, value in (extra_body or {}).items():
            if name in payload:
                raise errors.RequestValidationError([_conflict(name)])
            payload[name] = value
        payload = yield from upload_local_files(self, payload, deadline)
        key = (idempotency_key or new_idempotency_key()) if honoured else None
        response = yield from self.request(
            self.provider.create_request(payload, key), idempotent=honoured, deadline=deadline
        )
        return self._task(response)

    def _documents_extra_body(self, body: Mapping[str, Any]) -> bool:
        spec = self.provider.spec()
        model = body.get("model")
        if not isinstance(model, str) or model not in spec.models:
            return False
        return "extra_body" in spec.model_schema(model).get("properties", {})

    def get(self, task_id: str, deadline: Deadline | None = None) -> Flow[Task]:
        if not isinstance(task_id, str) or not task_id:
            raise ValueError("task_id must be a non-empty string")
        response = yield from self.request(self.provider.task_request(task_id), deadline=deadline)
        return self._task(response)

    def deadline(self, timeout: float | Deadline | None) -> Deadline | None:
        """The deadline of an operation given ``timeout`` seconds, or the one it is part of."""
        if timeout is None or isinstance(timeout, Deadline):
            return timeout
        return None if math.isinf(timeout) else Deadline(self.clock, timeout)  # inf: no limit, as the CLI says

    def wait(self, task: Task | str, *, timeout: float | Deadline | None) -> Flow[Task]:
        """Poll until the task ends; raise its typed ending, or WaitTimeoutError at the deadline.

        The deadline covers the whole wait (each poll, its retries and the
        sleeps get only the time left) and is separate from the per-request
        timeout. A failed poll (connection, 5xx, 429 after retries) does not end
        the wait: the next poll may succeed, and the task runs on regardless.
        Only snapshots fresh from the API are emitted: during an outage the
        progress callback hears nothing rather than the old snapshot again, and
        a WaitTimeoutError reached while polls fail has the last failure as its
        ``__cause__``, so an outage is not mistaken for a slow task.
        """
        start = self.clock.now()
        deadline = self.deadline(timeout)
        current = yield from self._found(task, deadline)
        fresh = True
        outage: errors.APIError | None = None  # the last poll's failure, until a poll succeeds again
        while True:
            if fresh:
                yield from emit(current)
                if current.status == "completed":
                    return current
                if current.status == "failed":
                    raise errors.TaskFailedError(current)
                if current.status == "cancelled":
                    raise errors.TaskCancelledError(current)
                fresh = False
            if deadline is not None and deadline.passed():
                raise errors.WaitTimeoutError(current, deadline.seconds) from outage
            delay = self.poll.next_delay(
                elapsed=self.clock.now() - start, estimated_time=current.estimated_time, progress=current.progress
            )
            yield from sleep(delay if deadline is None else min(delay, deadline.left()))
            if deadline is not None and deadline.passed():
                continue  # no time for another poll: the wait ends with what it has
            try:
                current = yield from self.get(current.id, deadline)
                fresh, outage = True, None
            except (errors.APIConnectionError, errors.ServerError, errors.RateLimitError) as exc:
                outage = exc
                if deadline is None or not deadline.passed():
                    logger.warning("poll of %s failed, will retry: %s", current.id, exc)

    def create_and_wait(
        self,
        body: Mapping[str, Any],
        *,
        extra_body: Mapping[str, Any] | None,
        idempotency_key: str | None,
        timeout: float | Deadline | None,
    ) -> Flow[Task]:
        """Create, then wait - both within the one deadline."""
        deadline = self.deadline(timeout)
        task = yield from self.create(body, extra_body=extra_body, idempotency_key=idempotency_key, deadline=deadline)
        return (yield from self.wait(task, timeout=deadline))

    def generate(
        self,
        body: Mapping[str, Any],
        *,
        output: str | os.PathLike[str],
        extra_body: Mapping[str, Any] | None,
        idempotency_key: str | None,
        timeout: float | None,
        on_download: ByteProgress | None = None,
        overwrite: bool = False,
    ) -> Flow[Path]:
        """Create, wait and save every result, all within one deadline; the first result's path is returned."""
        self.require_video(body)
        problem = yield from blocking(partial(output_problem, output))
        if problem:  # found now, not after paying for a video that then has nowhere to go
            raise errors.RequestValidationError([Violation("output", problem)])
        if not overwrite:
            n = body.get("n")
            videos = n if isinstance(n, int) and 1 < n <= 100 else 1
            taken = yield from blocking(partial(replaced_file, output, videos=videos))
            if taken is not None:
                raise errors.RequestValidationError([Violation("output", _EXISTS.format(taken))])
        deadline = self.deadline(timeout)
        task = yield from self.create_and_wait(
            body, extra_body=extra_body, idempotency_key=idempotency_key, timeout=deadline
        )
        saved = yield from self.download_all(
            task, output, on_download=on_download, timeout=deadline, overwrite=overwrite, refuse_existing=False
        )
        return saved[0]

    def _found(self, task: Task | str, deadline: Deadline | None) -> Flow[Task]:
        """``task`` itself, or the task of that id looked up within the ``deadline``."""
        return task if isinstance(task, Task) else (yield from self.get(task, deadline))

    # --- downloads --------------------------------------------------------------------------

    def download_all(
        self,
        task: Task | str,
        dest: str | os.PathLike[str],
        *,
        on_download: ByteProgress | None,
        timeout: float | Deadline | None,
        overwrite: bool = False,
        refuse_existing: bool = True,
    ) -> Flow[list[Path]]:
        """Save every result of a task or its id (``n`` > 1 makes several, each paid for), named by
        ``result_destinations``; the lookup is in the time."""
        deadline = self.deadline(timeout)
        current = yield from self._found(task, deadline)
        _require_completed(current)
        saved: list[Path] = []
        for index, target in enumerate(result_destinations(dest, task_id=current.id, links=current.results)):
            saved.append(
                (
                    yield from self.download(
                        current,
                        target,
                        index=index,
                        on_download=on_download,
                        timeout=deadline,
                        overwrite=overwrite,
                        refuse_existing=refuse_existing,
                    )
                )
            )
        return saved

    def download(
        self,
        task: Task | str,
        dest: str | os.PathLike[str],
        *,
        index: int = 0,
        on_download: ByteProgress | None = None,
        timeout: float | Deadline | None = None,
        overwrite: bool = False,
        before_commit: Callable[[], object] | None = None,
        refuse_existing: bool = True,
    ) -> Flow[Path]:
        """Stream result ``index`` of a completed task (or the task of that id) to ``dest`` (a file, or a folder).

        ``on_download(received, total)`` is called after every chunk (``total`` is
        None when the server does not say), for progress bars; the async driver
        awaits it when it is async. ``timeout`` bounds the whole download, the
        lookup included; a stall (no byte for the client's read timeout) is a
        cut, resumed with Range. ``before_commit`` runs once the bytes are all
        there, just before they become the file (a batch checks its lease);
        what it raises leaves the part file for a later resume. Without
        ``overwrite`` an existing file is refused before the download
        (``refuse_existing``; ``generate``, which has paid already, skips that)
        and never replaced: one that appears meanwhile is kept, and the video
        saved beside it as ``<stem>-<task id>.mp4``.
        """
        deadline = self.deadline(timeout)
        task = yield from self._found(task, deadline)
        _require_completed(task)
        url = result_link(task, index)
        target = resolve_destination(dest, task_id=task.id, index=index, url=str(url))
        if not overwrite and refuse_existing and (yield from blocking(target.exists)):
            raise errors.RequestValidationError([Violation("dest", _EXISTS.format(target))])
        # Paid for and fetched: a file that got to the name meanwhile is kept, and the video goes beside it.
        beside = target.with_name(f"{target.stem}-{safe_name(task.id, 'task')}{target.suffix}")
        try:
            part = yield from blocking(partial(PartFile, target, key=part_key(task, index)))
            fetched = False
            try:
                yield from fetch_into(self, part, url, task, on_download, deadline)
                fetched = True  # every byte is here: from now on they are kept whatever happens
                if before_commit is not None:
                    yield from blocking(before_commit)
                commit = partial(part.commit, replace=overwrite, beside=beside)
                path = yield from blocking(commit)  # fsync and rename: off the event loop when async
                if path != target:
                    logger.warning("%s appeared while task %s was saved; the video is at %s", target, task.id, path)
            except BaseException as exc:
                # Complete, or cut short, out of time, interrupted: the bytes are good, a later download resumes.
                import asyncio

                resumable = isinstance(exc, (*RESUMABLE, asyncio.CancelledError))
                if fetched or (part.validator is not None and resumable):
                    part.keep()
                else:
                    part.discard()
                raise
        except OSError as exc:  # a full disk, a folder removed or made read-only behind our back
            raise errors.DownloadError(
                f"result {index} of task {task.id} could not be saved to {target}: {exc.strerror or exc}"
            ) from exc
        logger.debug("saved %s (%d bytes)", path, part.size)
        return path


def _key_url(name: str, url: str, allow_insecure_http: bool, shared: Sequence[str] = ()) -> str:
    """``url`` without its trailing slash, once it is an http(s) URL the key may travel to.

    The spec's paths begin with ``shared`` (``v1``): a URL ending with some of those segments, as openai's
    ``.../v1`` habit has it, loses them, so requests go to ``/v1/tasks``, never to a 404 at ``/v1/v1/tasks``.
    A prefix of the URL's own (a proxy's ``/evolink``) stays.
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise errors.EvoLinkError(f"{name} must be an http(s) URL, got {url!r}")
    if parts.scheme == "http" and not (allow_insecure_http or is_loopback(parts.hostname)):
        raise errors.EvoLinkError(
            f"refusing to send the API key over plain http to {parts.hostname}; "
            "use https, or pass allow_insecure_http=True"
        )
    base = url.rstrip("/")
    segments = urlsplit(base).path.split("/")[1:]
    if parts.query or parts.fragment:
        return base
    for n in range(min(len(shared), len(segments)), 0, -1):
        if segments[-n:] == list(shared[:n]):
            return base.removesuffix("/" + "/".join(shared[:n]))
    return base


def _where(request: httpx.Request) -> str:
    """The request's URL without credentials or query: which host could not be reached is the first thing to
    know, and a message must never carry a secret (a proxy's user:password, a signed link's signature)."""
    return str(request.url.copy_with(userinfo=b"", query=None, fragment=None))


def _detail(exc: Exception) -> str:
    """The transport's own words about a failure (``ConnectError: [Errno 111] Connection refused``), short."""
    words = str(exc).strip()
    return f" ({type(exc).__name__}: {words[:200]})" if words else f" ({type(exc).__name__})"


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    return (url.scheme, url.host, url.port)


def _require_completed(task: Task) -> None:
    """A task's results can be saved once it completed; otherwise raise why not."""
    if task.status == "failed":
        raise errors.TaskFailedError(task)
    if task.status == "cancelled":
        raise errors.TaskCancelledError(task)
    if task.status != "completed" or not task.results:
        raise errors.TaskNotFinishedError(task)


def _conflict(name: str) -> Violation:
    return Violation(name, "is a documented field: pass it as a keyword, not in extra_body")


def _log(method: str, path: str, status: int | None, attempt: int, request_id: str | None, note: str = "") -> None:
    if logger.isEnabledFor(logging.DEBUG) or (status is None or status >= 400):
        level = logging.DEBUG if status is not None and status < 400 else logging.INFO
        logger.log(
            level,
            "%s %s -> %s attempt=%d request_id=%s%s",
            method,
            path,
            status if status is not None else "no answer",
            attempt + 1,
            request_id or "-",
            f" ({note})" if note else "",
        )
