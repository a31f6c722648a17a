"""A mock left running keeps bounded memory: an ended task is forgotten ``task_ttl_seconds`` later.

Forgotten means unknown: the task query answers 404 ``task_not_found`` as for
an id never issued, its files 404, its Idempotency-Key is free again, and the
server holds only the tasks of the last ``task_ttl_seconds``. The default is a
day, longer than any test waits.
"""

from __future__ import annotations

import pytest

from evolink.testing import FakeClock, MockConfig, MockServer

from .support import IDEMPOTENCY_KEY, Api, error_of

TASK_SECONDS = 10.0
TTL = 100.0


@pytest.fixture
def config() -> MockConfig:
    return MockConfig(task_seconds=TASK_SECONDS, task_ttl_seconds=TTL)


def _query(api: Api, task_id: str) -> int:
    return api.request("GET", api.task_path.replace("{task_id}", task_id)).status_code


def test_an_ended_task_answers_404_once_its_lifetime_is_over(api: Api, clock: FakeClock, server: MockServer) -> None:
    task_id = api.created()["id"]
    clock.advance(TASK_SECONDS)
    link = api.task(task_id)["results"][0]
    clock.advance(TTL - 1)
    assert _query(api, task_id) == 200 and api.request("GET", link).status_code == 200
    clock.advance(1)
    gone = api.request("GET", api.task_path.replace("{task_id}", task_id))
    never = api.request("GET", api.task_path.replace("{task_id}", task_id[:-8] + "zzzzzzzz"))
    assert gone.status_code == never.status_code == 404
    assert error_of(gone)["code"] == error_of(never)["code"] == "task_not_found"
    assert api.request("GET", link).status_code in (403, 404)  # the link may have expired first; it never serves
    assert server.task(task_id) is None and server.received(task_id) is None


def test_an_unfinished_task_is_kept_whatever_its_age(api: Api, clock: FakeClock) -> None:
    slow = api.created("A cat [mock:seconds=1000]")["id"]
    never = api.created("A cat [mock:never]")["id"]
    clock.advance(1000 + TTL - 1)
    assert _query(api, slow) == _query(api, never) == 200
    clock.advance(1)
    assert (_query(api, slow), _query(api, never)) == (404, 200)


def test_a_forgotten_tasks_idempotency_key_makes_a_new_task(api: Api, clock: FakeClock) -> None:
    first = api.create(idempotency_key=IDEMPOTENCY_KEY).json()["id"]
    clock.advance(TASK_SECONDS + TTL - 1)
    assert api.create(idempotency_key=IDEMPOTENCY_KEY).headers["idempotency-replayed"] == "true"
    clock.advance(1)
    again = api.create(idempotency_key=IDEMPOTENCY_KEY)
    assert again.headers["idempotency-replayed"] == "false" and again.json()["id"] != first


def test_a_long_running_mock_holds_only_recent_tasks(api: Api, clock: FakeClock, server: MockServer) -> None:
    for _ in range(200):
        api.created()
        clock.advance(5)
    # Now is t=1000 and a task is kept TASK_SECONDS + TTL = 110 s: those made at t=895, 900, ... 995 remain.
    assert "tasks=21," in repr(server)


def test_the_default_lifetime_is_a_day() -> None:
    assert MockConfig().task_ttl_seconds == 24 * 3600
