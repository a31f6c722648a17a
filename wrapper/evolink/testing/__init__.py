"""A stateful mock of the EvoLink video API (or UniAll's), for testing video pipelines offline.

Unlike a stateless mock, tasks really exist: a create returns a task that
moves ``pending -> processing -> completed`` on a clock, ``GET
/v1/tasks/{id}`` shows it, and its ``results`` link to a real, playable MP4
served by the mock itself (with ``Range`` support and expiring links). Every
request is checked against the merged OpenAPI spec, so a bad request gets the
same worded 400 the client would raise. Faults (5xx bursts, dropped
connections, cut downloads, 429s) and callbacks make retry and webhook code
testable for real.

In-process (no sockets), with time under the test's control::

    from evolink import EvoLink
    from evolink.testing import FakeClock, MockServer

    clock = FakeClock()
    server = MockServer(clock=clock)
    client = EvoLink(server.api_key, base_url=server.base_url, transport=server.transport(), clock=clock)
    task = client.videos.create(model="veo-3.1-fast-generate-preview", prompt="A cat playing piano")
    clock.advance(60)  # the task is completed now

On a socket: ``with LiveServer() as live: ...`` (``live.base_url``,
``live.api_key``), or from a shell ``python -m evolink.testing --port 8000``
(needs the ``mock`` extra: starlette and uvicorn).

UniAll: ``MockConfig(provider="uniall")`` (``--provider uniall``) makes the
same server play UniAll's API, held to UniAll's spec: ``POST
/v1/video/generations``, ``GET /v1/videos/{task_id}``, jobs that go ``queued
-> in_progress -> completed | failed`` with the result in ``video_url`` and
``result.outputs``, the same result files, faults and clock. UniAll has no
cancelled status, no 402/403 keys and no callbacks; the ``Idempotency-Key``
its client sends is honoured all the same (see :class:`MockConfig`)::

    server = MockServer(MockConfig(provider="uniall"), clock)
    client = UniAll(server.api_key, base_url=server.base_url, transport=server.transport(), clock=clock)

Prompt markers choose how a task ends (they override ``MockConfig.ending``)
and can be combined; unknown markers are logged and ignored:

- ``[mock:complete]``: completes (the default).
- ``[mock:fail]`` or ``[mock:fail=<code>]``: fails with ``error.code`` <code>
  (default ``content_policy_violation``; any documented code such as
  ``service_error`` or ``generation_timeout``, or an unknown one).
- ``[mock:cancel]``: ends ``cancelled`` (EvoLink only; logged and ignored for UniAll).
- ``[mock:never]``: never finishes (stays ``processing``, UniAll's ``in_progress``).
- ``[mock:seconds=N]``: takes N seconds instead of ``MockConfig.task_seconds``.

Keys: :data:`DEFAULT_API_KEY` (``sk-mock-evolink``, for either API) unless
configured; see :class:`MockConfig` for keys that answer 402 or 403 (EvoLink).

Hostile input gets a 4xx, never a 500: JSON nested deeper than 64 levels or
with a number too large for a double is a 400; a body over
``max_body_bytes`` is a 413, refused unread when ``Content-Length`` declares
it, and only after the key is checked. Every number the mock is given
(MockConfig, flags, faults) is checked when given (:class:`OptionError`).
An ended task is forgotten ``task_ttl_seconds`` (a day) later and answers 404.

Endpoints outside the spec: ``GET /_mock/stats`` (:class:`Stats`),
``POST /_mock/reset``, ``POST /_mock/faults`` (arms a fault on a running
server: ``{"kind": "fail"|"drop"|"truncate", "n", "status", "path", "when",
"at"}``), ``GET /openapi.json`` (the spec of the API it plays), and the
result files under ``/files/``. None of them needs a key.

For shared batches, :func:`local_postgres` starts a throwaway PostgreSQL server
from the machine's own PostgreSQL programs and yields its URL.
"""

from ._callbacks import Delivery
from ._clock import FakeClock
from ._config import DEFAULT_API_KEY, MockConfig, OptionError
from ._core import IN_PROCESS_BASE_URL, MockServer
from ._faults import Faults
from ._http import MockRequest, MockResponse
from ._live import LiveServer
from ._postgres import PostgresUnavailableError, local_postgres
from ._stats import Stats
from ._transport import MockTransport

__all__ = [
    "DEFAULT_API_KEY",
    "IN_PROCESS_BASE_URL",
    "Delivery",
    "FakeClock",
    "Faults",
    "LiveServer",
    "MockConfig",
    "MockRequest",
    "MockResponse",
    "MockServer",
    "MockTransport",
    "OptionError",
    "PostgresUnavailableError",
    "Stats",
    "local_postgres",
]
