"""Answers that generated requests rarely or never provoke, held to the spec all the same.

schemathesis only sees tasks that complete and the errors its requests cause.
Here every task state (each ending included) and every documented error
status of both operations is produced on purpose and validated against the
operation's response schema (``validate_response`` checks the body only, so
the content type and the documented headers are checked here: ``x-request-id``
and, where they apply, ``Retry-After`` and ``idempotency-replayed``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import httpx
import pytest
import schemathesis

from evolink._spec import evolink_spec
from evolink.testing import FakeClock, MockConfig, MockServer

from .support import CALLBACK_SINK

SCHEMA = schemathesis.openapi.from_dict(evolink_spec().document)
CREATE = SCHEMA["/v1/videos/generations"]["POST"]
GET = SCHEMA["/v1/tasks/{task_id}"]["GET"]
QUOTA, DENIED = "sk-contract-quota", "sk-contract-denied"
SECONDS = 10.0


def conforms(operation: schemathesis.APIOperation, answer: httpx.Response) -> None:
    declared = operation.definition.raw["responses"]
    assert str(answer.status_code) in declared, f"{answer.status_code} is not documented for {operation.label}"
    assert answer.headers["content-type"] == "application/json"
    operation.validate_response(answer)  # the body, against the documented schema for this status
    assert answer.headers.get("x-request-id")
    assert answer.headers.get("idempotency-replayed", "false") in ("true", "false")
    if answer.status_code == 429:
        assert answer.headers["retry-after"].isdigit()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def server(clock: FakeClock) -> Iterator[MockServer]:
    config = MockConfig(task_seconds=SECONDS, quota_exhausted_keys=[QUOTA], denied_keys=[DENIED])
    with MockServer(config, clock, callback_transport=CALLBACK_SINK) as mock:
        yield mock


Call = Callable[..., httpx.Response]


@pytest.fixture
def call(server: MockServer) -> Call:
    """A request with the server's key, or the ``key`` named."""
    client = httpx.Client(transport=server.transport(), base_url=server.base_url)

    def send(
        method: str, url: str, *, key: str = server.api_key, headers: dict[str, str] | None = None, **options: object
    ) -> httpx.Response:
        all_headers = {"Authorization": f"Bearer {key}", **(headers or {})}
        return client.request(method, url, headers=all_headers, **options)  # type: ignore[arg-type]

    return send


def create(call: Call, prompt: str = "A cat", **options: object) -> httpx.Response:
    body = {"model": "veo-3.1-fast-generate-preview", "prompt": prompt, "n": 4}
    return call("POST", "/v1/videos/generations", json=body, **options)


@pytest.mark.parametrize(
    ("marker", "ending"),
    [
        ("", "completed"),
        ("[mock:fail=service_error]", "failed"),
        ("[mock:cancel]", "cancelled"),
        ("[mock:never]", "processing"),
    ],
)
def test_every_state_of_a_task_conforms(call: Call, clock: FakeClock, marker: str, ending: str) -> None:
    created = create(call, f"A cat {marker}")
    conforms(CREATE, created)
    task_id = created.json()["id"]
    statuses = []
    for _ in range(12):
        answer = call("GET", f"/v1/tasks/{task_id}")
        conforms(GET, answer)
        statuses.append(answer.json()["status"])
        clock.advance(SECONDS / 10)
    assert statuses[0] == "pending" and "processing" in statuses and statuses[-1] == ending


def test_every_documented_create_answer_conforms(server: MockServer, call: Call) -> None:
    key = {"Idempotency-Key": "contract-key-0123456789"}
    answers = {
        "created": create(call, headers=key),
        "replayed": create(call, headers=key),
        "conflict": create(call, "A dog", headers=key),
        "invalid": create(call, "x" * 2001),
        "unauthorized": create(call, key="sk-nobody"),
        "no quota": create(call, key=QUOTA),
        "denied": create(call, key=DENIED),
    }
    for status in (500, 502, 503):
        server.faults.fail_next(status=status)
        answers[str(status)] = create(call)
    assert [answer.status_code for answer in answers.values()] == [200, 200, 409, 400, 401, 402, 403, 500, 502, 503]
    assert answers["replayed"].headers["idempotency-replayed"] == "true"
    for answer in answers.values():
        conforms(CREATE, answer)


def test_every_documented_query_answer_conforms(server: MockServer, call: Call) -> None:
    task_id = create(call).json()["id"]
    answers = [
        call("GET", "/v1/tasks/task-unified-1-doesnotexist"),
        call("GET", "/v1/tasks/not-a-task-id"),
        call("GET", f"/v1/tasks/{task_id}", key="sk-nobody"),
        call("GET", f"/v1/tasks/{task_id}", key=DENIED),
    ]
    for status in (402, 500):  # the mock only refuses creates for quota; a query can still be made to
        server.faults.fail_next(status=status)
        answers.append(call("GET", f"/v1/tasks/{task_id}"))
    assert [answer.status_code for answer in answers] == [404, 400, 401, 403, 402, 500]
    for answer in answers:
        conforms(GET, answer)


def test_rate_limited_answers_conform() -> None:
    server = MockServer(MockConfig(rate_limit=1), FakeClock())
    client = httpx.Client(
        transport=server.transport(),
        base_url=server.base_url,
        headers={"Authorization": f"Bearer {server.api_key}"},
    )
    body = {"model": "veo-3.1-fast-generate-preview", "prompt": "A cat"}
    answers = [client.post("/v1/videos/generations", json=body) for _ in range(2)]
    answers += [client.get(f"/v1/tasks/{answers[0].json()['id']}")]
    assert [answer.status_code for answer in answers] == [200, 429, 429]
    conforms(CREATE, answers[1])
    conforms(GET, answers[2])
