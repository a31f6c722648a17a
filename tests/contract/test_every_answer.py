"""Answers that generated requests rarely or never provoke, held to each provider's spec all the same.

schemathesis only sees tasks that complete and the errors its requests cause.
Here every task state (each ending the provider has a status for) and every
documented error status of both operations is produced on purpose and
validated against the operation's response schema (``validate_response``
checks the body only, so the status, the content type and the documented
headers are checked here too, plus ``x-request-id`` and, on 429,
``Retry-After``). What differs per provider is the table ``PROFILES``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import cached_property
from typing import Any

import attrs
import httpx
import pytest
import schemathesis
from jsonschema import Draft202012Validator

from evolink._spec import ApiSpec, evolink_spec, uniall_spec
from evolink.testing import FakeClock, MockConfig, MockServer

from .support import CALLBACK_SINK, PROVIDERS

Operation = schemathesis.APIOperation[Any, Any, Any, Any]
QUOTA, DENIED = "sk-contract-quota", "sk-contract-denied"
SECONDS = 10.0


@attrs.frozen
class Profile:
    """What one provider's answers look like: its operations, words and documented error answers."""

    spec: ApiSpec
    body: dict[str, Any]
    #: (prompt marker, the status a poll shows first, the status while running, the last status seen)
    endings: list[tuple[str, str, str, str]]
    #: keys the server refuses on create although they authenticate: name -> (key, status)
    restricted: dict[str, tuple[str, int]]
    conflict_status: int
    #: documented statuses only a fault provokes, on create and on query
    fault_statuses: tuple[int, ...]
    query_fault_statuses: tuple[int, ...]

    @cached_property
    def _operations(self) -> tuple[Operation, Operation]:
        schema = schemathesis.openapi.from_dict(self.spec.document)
        return schema[self.spec.create_path]["POST"], schema[self.spec.task_path]["GET"]

    @property
    def create(self) -> Operation:
        return self._operations[0]

    @property
    def get(self) -> Operation:
        return self._operations[1]

    @property
    def config(self) -> dict[str, Any]:
        keys = {name: key for name, (key, _) in self.restricted.items()}
        return {"quota_exhausted_keys": [keys["no quota"]], "denied_keys": [keys["denied"]]} if keys else {}


def _profile(provider: str) -> Profile:
    if provider == "evolink":
        return Profile(
            evolink_spec(),
            {"model": "veo-3.1-fast-generate-preview", "n": 4},
            [
                ("", "pending", "processing", "completed"),
                ("[mock:fail=service_error]", "pending", "processing", "failed"),
                ("[mock:cancel]", "pending", "processing", "cancelled"),
                ("[mock:never]", "pending", "processing", "processing"),
            ],
            {"no quota": (QUOTA, 402), "denied": (DENIED, 403)},
            409,
            (500, 502, 503),
            (402, 500),  # the mock only refuses creates for quota; a query can still be made to
        )
    # UniAll: no cancelled status, no 402/403, no 409 (a conflict under the undocumented header is a 400).
    return Profile(
        uniall_spec(),
        {"model": "veo3.1-fast-video-720p", "size": "720p", "duration": 6},
        [
            ("", "queued", "in_progress", "completed"),
            ("[mock:fail=service_error]", "queued", "in_progress", "failed"),
            ("[mock:never]", "queued", "in_progress", "in_progress"),
        ],
        {},
        400,
        (500,),
        (500,),
    )


PROFILES = {provider: _profile(provider) for provider in PROVIDERS}


def conforms(profile: Profile, operation: Operation, answer: httpx.Response) -> None:
    declared = operation.definition.raw["responses"]
    status = str(answer.status_code)
    assert status in declared, f"{answer.status_code} is not documented for {operation.label}"
    assert answer.headers["content-type"] == "application/json"
    operation.validate_response(answer)  # the body, against the documented schema for this status
    for name, header in profile.spec.resolve(declared[status]).get("headers", {}).items():
        if name in answer.headers:  # none is required; those sent must match their schema
            Draft202012Validator(profile.spec.resolve(header)["schema"]).validate(answer.headers[name])
    assert answer.headers.get("x-request-id")
    if answer.status_code == 429:
        assert answer.headers["retry-after"].isdigit()


@pytest.fixture(params=PROVIDERS)
def provider(request: pytest.FixtureRequest) -> str:
    name: str = request.param
    return name


@pytest.fixture
def profile(provider: str) -> Profile:
    return PROFILES[provider]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def server(provider: str, profile: Profile, clock: FakeClock) -> Iterator[MockServer]:
    config = MockConfig(provider=provider, task_seconds=SECONDS, **profile.config)
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


def create(
    call: Call, profile: Profile, prompt: str = "A cat", fields: dict[str, Any] | None = None, **options: object
) -> httpx.Response:
    return call("POST", profile.create.path, json={**profile.body, "prompt": prompt, **(fields or {})}, **options)


def task_url(profile: Profile, task_id: str) -> str:
    return profile.get.path.replace("{task_id}", task_id)


def test_every_state_of_a_task_conforms(call: Call, clock: FakeClock, profile: Profile) -> None:
    for marker, first, running, last in profile.endings:
        created = create(call, profile, f"A cat {marker}")
        conforms(profile, profile.create, created)
        task_id = created.json()["id"]
        statuses = []
        for _ in range(12):
            answer = call("GET", task_url(profile, task_id))
            conforms(profile, profile.get, answer)
            statuses.append(answer.json()["status"])
            clock.advance(SECONDS / 10)
        assert statuses[0] == first and running in statuses and statuses[-1] == last, marker


def test_every_documented_create_answer_conforms(server: MockServer, call: Call, profile: Profile) -> None:
    key = {"Idempotency-Key": "contract-key-0123456789"}
    answers = {
        "created": create(call, profile, headers=key),
        "replayed": create(call, profile, headers=key),
        "conflict": create(call, profile, "A dog", headers=key),
        "invalid": create(call, profile, fields={"model": "no-such-model"}),
        "unauthorized": create(call, profile, key="sk-nobody"),
    }
    answers |= {name: create(call, profile, key=key) for name, (key, _) in profile.restricted.items()}
    for status in profile.fault_statuses:
        server.faults.fail_next(status=status)
        answers[str(status)] = create(call, profile)
    expected = {"created": 200, "replayed": 200, "conflict": profile.conflict_status, "invalid": 400}
    expected |= {"unauthorized": 401} | {name: status for name, (_, status) in profile.restricted.items()}
    expected |= {str(status): status for status in profile.fault_statuses}
    assert {name: answer.status_code for name, answer in answers.items()} == expected
    assert answers["replayed"].headers["idempotency-replayed"] == "true"
    assert answers["replayed"].json()["id"] == answers["created"].json()["id"]
    for answer in answers.values():
        conforms(profile, profile.create, answer)


def test_every_documented_query_answer_conforms(server: MockServer, call: Call, profile: Profile) -> None:
    task_id = create(call, profile).json()["id"]
    answers = {
        "unknown": call("GET", task_url(profile, "task-unified-1-doesnotexist")),
        "malformed": call("GET", task_url(profile, "not%20a%20task%20id")),
        "unauthorized": call("GET", task_url(profile, task_id), key="sk-nobody"),
    }
    expected = {"unknown": 404, "malformed": 400, "unauthorized": 401}
    if "denied" in profile.restricted:
        answers["denied"] = call("GET", task_url(profile, task_id), key=profile.restricted["denied"][0])
        expected["denied"] = 403
    for status in profile.query_fault_statuses:
        server.faults.fail_next(status=status)
        answers[str(status)] = call("GET", task_url(profile, task_id))
        expected[str(status)] = status
    assert {name: answer.status_code for name, answer in answers.items()} == expected
    for answer in answers.values():
        conforms(profile, profile.get, answer)


def test_rate_limited_answers_conform(provider: str, profile: Profile) -> None:
    server = MockServer(MockConfig(provider=provider, rate_limit=1), FakeClock())
    client = httpx.Client(
        transport=server.transport(),
        base_url=server.base_url,
        headers={"Authorization": f"Bearer {server.api_key}"},
    )
    body = {**profile.body, "prompt": "A cat"}
    answers = [client.post(profile.create.path, json=body) for _ in range(2)]
    answers += [client.get(task_url(profile, answers[0].json()["id"]))]
    assert [answer.status_code for answer in answers] == [200, 429, 429]
    conforms(profile, profile.create, answers[1])
    conforms(profile, profile.get, answers[2])
