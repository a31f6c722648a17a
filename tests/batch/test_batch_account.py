"""A batch stops creating on an answer that refuses the account, and re-creates transient failures on request."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli.conftest import Cli, LiveMock, cli, mock  # the live mock and the real command, as a user runs them

import evolink
from evolink import PollPolicy
from evolink.testing import MockConfig, MockServer

__all__ = ["cli", "mock"]

FAST = "veo-3.1-fast-generate-preview"
PRO = "veo-3.1-generate-preview"
ITEMS = 5

REFUSING = {
    "wrong key (401)": (MockConfig(api_keys=("sk-good",), task_seconds=0.05), "sk-bad", "AuthenticationError"),
    "no credits (402)": (
        MockConfig(api_keys=("sk-good",), quota_exhausted_keys=("sk-broke",), task_seconds=0.05),
        "sk-broke",
        "InsufficientQuotaError",
    ),
}


def _client(server: MockServer, key: str) -> evolink.EvoLink:
    return evolink.EvoLink(key, base_url=server.base_url, transport=server.transport(), poll=PollPolicy(floor=0.01))


@pytest.mark.parametrize(("config", "key", "error"), list(REFUSING.values()), ids=list(REFUSING))
def test_an_answer_refusing_the_account_stops_the_batch_and_a_rerun_sends_the_rest(
    tmp_path: Path, config: MockConfig, key: str, error: str
) -> None:
    requests = [{"model": FAST, "prompt": f"cat {i}"} for i in range(ITEMS)]
    with MockServer(config) as server:
        with _client(server, key) as client:
            results = client.videos.generate_many(requests, output_dir=tmp_path, concurrency=2)
        assert server.stats.create_requests <= 2  # the refused one, and at most one already in flight beside it
        assert [r.error_type for r in results].count(error) == server.stats.create_requests
        skipped = [r for r in results if r.status == "skipped"]
        assert len(skipped) == ITEMS - server.stats.create_requests and {r.reason for r in skipped} == {"account"}
        with _client(server, "sk-good") as client:  # the key fixed: nothing was lost, everything is sent
            again = client.videos.generate_many(requests, output_dir=tmp_path, concurrency=2)
        assert [r.status for r in again] == ["saved"] * ITEMS and server.stats.tasks_created == ITEMS


def test_no_access_to_a_model_stops_only_that_models_items(tmp_path: Path) -> None:
    config = MockConfig(api_keys=("sk-good",), denied_keys=("sk-denied",), task_seconds=0.05)
    requests = [{"model": model, "prompt": f"{model} {i}"} for model in (FAST, PRO) for i in range(3)]
    with MockServer(config) as server, _client(server, "sk-denied") as client:
        results = client.videos.generate_many(requests, output_dir=tmp_path, concurrency=1)
        assert server.stats.create_requests == 2  # one refusal per model, then its other items are not sent
    assert [r.status for r in results].count("skipped") == 4


def test_retry_failed_creates_a_transient_failure_again_under_a_new_key(tmp_path: Path) -> None:
    requests = [{"model": FAST, "prompt": "a cat"}]
    with (
        MockServer(MockConfig(ending="fail=service_error", task_seconds=0.05)) as server,
        _client(server, server.api_key) as c,
    ):
        (first,) = c.videos.generate_many(requests, output_dir=tmp_path)
        (again,) = c.videos.generate_many(requests, output_dir=tmp_path)  # without the flag: the same failure
        assert server.stats.tasks_created == 1
        (retried,) = c.videos.generate_many(requests, output_dir=tmp_path, retry_failed=True)
        assert server.stats.tasks_created == 2 and server.stats.replays == 0  # a new task, under a new key
    assert (first.status, first.retryable, again.task_id) == ("failed", True, first.task_id)
    assert retried.status == "failed" and retried.task_id != first.task_id and retried.retried_task == first.task_id


def test_retry_failed_leaves_a_lasting_failure_alone(tmp_path: Path) -> None:
    requests = [{"model": FAST, "prompt": "a cat"}]
    with MockServer(MockConfig(ending="fail", task_seconds=0.05)) as server, _client(server, server.api_key) as client:
        (first,) = client.videos.generate_many(requests, output_dir=tmp_path)
        (again,) = client.videos.generate_many(requests, output_dir=tmp_path, retry_failed=True)
        assert server.stats.tasks_created == 1
    assert (first.retryable, again.task_id, again.retried_task) == (False, first.task_id, None)


def test_the_cli_exits_3_on_a_wrong_key_and_reports_the_rest_not_started(cli: Cli, mock: LiveMock) -> None:
    jobs = cli.cwd / "jobs.jsonl"
    jobs.write_text("".join(json.dumps({"model": FAST, "prompt": f"cat {i}"}) + "\n" for i in range(4)))
    before = mock.stats()["create_requests"]
    run = cli("batch", str(jobs), "--out", "out", "--concurrency", "1", "--json", env={"EVOLINK_API_KEY": "sk-wrong"})
    assert run.code == 3, run.stderr
    assert mock.stats()["create_requests"] - before == 1
    report = run.json()
    assert report["summary"]["skipped"] == 3 and "account was refused" in report["failure"]["message"]
