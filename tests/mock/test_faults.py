"""Rate limits, latency and faults, so that client retry logic can be tested against something real."""

from __future__ import annotations

import httpx
import pytest

from evolink.testing import FakeClock, MockConfig, MockServer

from .support import CREATE, IDEMPOTENCY_KEY, Api, error_of


@pytest.mark.parametrize("config", [MockConfig(rate_limit=2)])
def test_over_the_rate_is_429_with_retry_after(api: Api, clock: FakeClock, server: MockServer) -> None:
    assert [api.create().status_code for _ in range(2)] == [200, 200]
    limited = api.create()
    assert limited.status_code == 429
    assert limited.headers["retry-after"] == "1"
    assert error_of(limited)["code"] == "rate_limit_exceeded" and error_of(limited)["type"] == "rate_limit_error"
    clock.advance(0.5)  # one token back
    assert api.create().status_code == 200
    assert api.create().status_code == 429
    assert server.stats.rate_limited == 2 and server.stats.create_requests == 5


@pytest.mark.parametrize("config", [MockConfig(rate_limit=0.25)])
def test_a_slow_rate_asks_for_a_longer_wait(api: Api) -> None:
    api.create()
    assert api.create().headers["retry-after"] == "4"


@pytest.mark.parametrize("config", [MockConfig(rate_limit=1, api_keys=["sk-a", "sk-b"])])
def test_the_rate_is_per_key(server: MockServer) -> None:
    a, b = Api(server, key="sk-a"), Api(server, key="sk-b")
    assert a.create().status_code == 200 and a.create().status_code == 429
    assert b.create().status_code == 200


@pytest.mark.parametrize("config", [MockConfig(latency_seconds=1.5)])
def test_latency_is_spent_on_the_servers_clock(api: Api, clock: FakeClock) -> None:
    before = clock.now()
    api.create()
    assert clock.now() == before + 1.5


@pytest.mark.parametrize("status", [500, 502, 503, 429])
def test_fail_next_before_answers_an_error_and_changes_nothing(api: Api, server: MockServer, status: int) -> None:
    server.faults.fail_next(2, status=status, path=CREATE)
    answers = [api.create() for _ in range(3)]
    assert [a.status_code for a in answers] == [status, status, 200]
    assert error_of(answers[0])["code"] in {"internal_error", "upstream_error", "rate_limit_exceeded"}
    if status in (429, 503):
        assert answers[0].headers["retry-after"] == "1"
    assert server.stats.tasks_created == 1 and server.stats.faults == 2


def test_fail_next_after_creates_the_task_but_loses_the_answer(api: Api, server: MockServer) -> None:
    server.faults.fail_next(status=502, when="after")
    assert api.create(idempotency_key=IDEMPOTENCY_KEY).status_code == 502
    assert server.stats.tasks_created == 1
    retry = api.create(idempotency_key=IDEMPOTENCY_KEY)
    assert retry.headers["idempotency-replayed"] == "true"
    assert server.stats.tasks_created == 1


def test_a_dropped_answer_is_a_protocol_error(api: Api, server: MockServer) -> None:
    server.faults.drop_next(when="after", path=CREATE)
    with pytest.raises(httpx.RemoteProtocolError):
        api.create(idempotency_key=IDEMPOTENCY_KEY)
    assert server.stats.tasks_created == 1 and server.stats.statuses["dropped"] == 1
    assert api.create(idempotency_key=IDEMPOTENCY_KEY).headers["idempotency-replayed"] == "true"


def test_a_drop_before_leaves_no_trace(api: Api, server: MockServer) -> None:
    server.faults.drop_next()
    with pytest.raises(httpx.RemoteProtocolError):
        api.create()
    assert server.stats.tasks_created == 0


def test_rules_only_serve_matching_paths(api: Api, server: MockServer) -> None:
    server.faults.fail_next(status=500, path="/v1/tasks/*")
    task_id = api.created()["id"]
    assert server.faults.armed == 1
    assert api.request("GET", f"/v1/tasks/{task_id}").status_code == 500
    assert server.faults.armed == 0


def test_a_truncated_download_breaks_mid_body(api: Api, server: MockServer, clock: FakeClock) -> None:
    task_id = api.created()["id"]
    clock.advance(server.config.task_seconds)
    url = api.task(task_id)["results"][0]
    server.faults.truncate_next(at=1000)
    with pytest.raises(httpx.RemoteProtocolError):
        api.request("GET", url)
    resumed = api.request("GET", url, headers={"Range": "bytes=1000-"})
    assert resumed.status_code == 206
    assert server.stats.downloads == 2 and server.stats.download_bytes == 1000 + len(resumed.content)


def test_random_rates_are_repeatable_with_a_seed(clock: FakeClock) -> None:
    def statuses(seed: int) -> list[int]:
        server = MockServer(MockConfig(error_rate=0.5, seed=seed), clock)
        return [Api(server).create().status_code for _ in range(20)]

    first = statuses(3)
    assert first == statuses(3)
    assert set(first) == {200, 503}


@pytest.mark.parametrize("config", [MockConfig(drop_rate=1.0, error_rate=1.0, error_status=500)])
def test_random_errors_come_first_and_drops_after(api: Api, server: MockServer) -> None:
    assert api.create().status_code == 500


@pytest.mark.parametrize("config", [MockConfig(drop_rate=1.0)])
def test_random_drops_lose_answers_of_processed_requests(api: Api, server: MockServer) -> None:
    with pytest.raises(httpx.RemoteProtocolError):
        api.create()
    assert server.stats.tasks_created == 1


@pytest.mark.parametrize("config", [MockConfig(truncate_rate=1.0, task_seconds=0, seed=1)])
def test_random_truncation_cuts_downloads(api: Api) -> None:
    url = api.created()["results"][0]
    with pytest.raises(httpx.RemoteProtocolError):
        api.request("GET", url)


def test_faults_are_checked_when_armed(server: MockServer) -> None:
    with pytest.raises(ValueError):
        server.faults.fail_next(status=200)
    with pytest.raises(ValueError):
        server.faults.drop_next(0)
    with pytest.raises(ValueError):
        server.faults.fail_next(when="later")  # type: ignore[arg-type]


def test_faults_can_be_armed_over_http(api: Api, server: MockServer) -> None:
    armed = api.request("POST", "/_mock/faults", json={"kind": "fail", "n": 2, "status": 500, "path": CREATE})
    assert armed.json() == {"armed": 2}
    assert [api.create().status_code for _ in range(3)] == [500, 500, 200]
    bad = api.request("POST", "/_mock/faults", json={"kind": "explode"})
    assert bad.status_code == 400 and error_of(bad)["param"] == "kind"
    api.request("POST", "/_mock/faults", json={"kind": "drop", "when": "after"})
    with pytest.raises(httpx.RemoteProtocolError):
        api.create()


def test_stats_and_reset_over_http(api: Api, server: MockServer) -> None:
    api.created()
    stats = api.request("GET", "/_mock/stats").json()
    assert stats == server.stats.as_dict()
    assert {"create_requests", "tasks_created", "downloads", "replays", "task_queries", "statuses"} <= set(stats)
    assert stats["create_requests"] == 1 and stats["statuses"] == {"200": 1}
    server.faults.fail_next(5)
    assert api.request("POST", "/_mock/reset").json() == {"reset": True}
    assert server.stats.tasks_created == 0 and server.faults.armed == 0
