"""Idempotency-Key on create: a repeat replays the first task, a different body is a conflict; stats prove it."""

from __future__ import annotations

from evolink.testing import MockConfig, MockServer

from .support import IDEMPOTENCY_KEY, Api, error_of


def test_a_repeat_replays_the_original_task(api: Api, server: MockServer) -> None:
    first = api.create(idempotency_key=IDEMPOTENCY_KEY)
    again = api.create(idempotency_key=IDEMPOTENCY_KEY)
    assert first.headers["idempotency-replayed"] == "false"
    assert again.status_code == 200 and again.headers["idempotency-replayed"] == "true"
    assert again.json()["id"] == first.json()["id"]
    stats = server.stats
    assert (stats.create_requests, stats.tasks_created, stats.replays) == (2, 1, 1)


def test_the_replay_shows_the_task_as_it_is_now(api: Api, server: MockServer) -> None:
    task_id = api.create(idempotency_key=IDEMPOTENCY_KEY).json()["id"]
    server.clock.sleep(server.config.task_seconds)
    again = api.create(idempotency_key=IDEMPOTENCY_KEY).json()
    assert again["id"] == task_id and again["status"] == "completed"


def test_key_order_and_spacing_do_not_matter(api: Api) -> None:
    body_a = b'{"model": "veo-3.1-fast-generate-preview", "prompt": "A cat"}'
    body_b = b'{"prompt":"A cat","model":"veo-3.1-fast-generate-preview"}'
    headers = {"Idempotency-Key": IDEMPOTENCY_KEY, "content-type": "application/json"}
    first = api.request("POST", "/v1/videos/generations", content=body_a, headers=headers)
    second = api.request("POST", "/v1/videos/generations", content=body_b, headers=headers)
    assert second.headers["idempotency-replayed"] == "true" and second.json()["id"] == first.json()["id"]


def test_the_same_key_with_another_body_is_a_conflict(api: Api, server: MockServer) -> None:
    api.create("A cat", idempotency_key=IDEMPOTENCY_KEY)
    answer = api.create("A dog", idempotency_key=IDEMPOTENCY_KEY)
    assert answer.status_code == 409
    assert error_of(answer) == {
        "code": "idempotency_conflict",
        "message": "Idempotency-Key reused with a different body",
        "type": "invalid_request_error",
    }
    assert (server.stats.tasks_created, server.stats.idempotency_conflicts) == (1, 1)


def test_keys_belong_to_one_account() -> None:
    server = MockServer(MockConfig(api_keys=["sk-a", "sk-b"]))
    first = Api(server, key="sk-a").create(idempotency_key=IDEMPOTENCY_KEY).json()
    other = Api(server, key="sk-b").create(idempotency_key=IDEMPOTENCY_KEY)
    assert other.headers["idempotency-replayed"] == "false" and other.json()["id"] != first["id"]


def test_a_malformed_key_is_400_by_the_specs_pattern(api: Api) -> None:
    answer = api.create(idempotency_key="short")
    error = error_of(answer)
    assert answer.status_code == 400 and error["param"] == "Idempotency-Key"
    assert error["message"].startswith("Idempotency-Key: must match the pattern")


def test_a_refused_body_does_not_use_up_the_key(api: Api) -> None:
    assert api.create("x" * 5000, idempotency_key=IDEMPOTENCY_KEY).status_code == 400
    assert api.create(idempotency_key=IDEMPOTENCY_KEY).headers["idempotency-replayed"] == "false"
