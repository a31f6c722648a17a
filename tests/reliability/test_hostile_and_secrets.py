"""Hostile answers never crash the client with anything but its own errors; the key stays where it belongs."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import resource
from pathlib import Path

import httpx
import pytest
import respx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import evolink
from evolink import PollPolicy
from evolink.testing import LiveServer, MockConfig

KEY = "sk-hostile-test-0123456789abcdef"
API = "https://api.evolink.ai"
FAST = "veo-3.1-fast-generate-preview"

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True),
    st.text(max_size=30),
    st.text(min_size=5000, max_size=6000),
)
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=30,
)
task_like = st.fixed_dictionaries(
    {},
    optional={
        "id": st.one_of(st.text(max_size=40), st.integers(), st.none()),
        "status": st.one_of(
            st.sampled_from(["pending", "processing", "completed", "failed", "cancelled", "weird"]), json_values
        ),
        "progress": st.one_of(json_values, st.floats()),
        "completed_at": st.one_of(st.floats(), st.integers(), json_values),
        "results": json_values,
        "error": json_values,
        "task_info": json_values,
        "usage": json_values,
        "created": json_values,
        "model": json_values,
    },
)
deep = st.integers(min_value=50, max_value=2000).map(lambda n: "[" * n + "]" * n)
bodies = st.one_of(
    task_like.map(lambda body: json.dumps(body, allow_nan=True)),
    json_values.map(lambda v: json.dumps(v, allow_nan=True)),
    deep,
    st.binary(max_size=200).map(lambda b: b.decode("latin-1")),
)
statuses = st.sampled_from([200, 200, 200, 201, 400, 401, 404, 409, 429, 500, 502])


@pytest.mark.filterwarnings("ignore::evolink.UnknownStatusWarning")
@settings(max_examples=150, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck))
@given(body=bodies, status=statuses, operation=st.sampled_from(["create", "get"]))
def test_hostile_answers_give_a_task_or_a_library_error(body: str, status: int, operation: str) -> None:
    with respx.mock(base_url=API, assert_all_called=False) as api:
        answer = httpx.Response(status, text=body, headers={"content-type": "application/json"})
        api.post("/v1/videos/generations").mock(return_value=answer)
        api.get(url__regex=r".*/v1/tasks/.*").mock(return_value=answer)
        with evolink.EvoLink(KEY, max_retries=0) as client:
            try:
                if operation == "create":
                    task = client.videos.create(model=FAST, prompt="cat")
                else:
                    task = client.tasks.get("task-unified-1-x")
            except evolink.EvoLinkError as exc:
                assert KEY not in str(exc)
            else:
                assert (
                    isinstance(task, evolink.Task)
                    and isinstance(task.id, str)
                    and task.status in {"pending", "processing", "completed", "failed", "cancelled"}
                )


def test_the_key_is_never_logged_at_any_level_nor_written_to_the_journal(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    key = "sk-secret-never-leak-987654321"
    config = MockConfig(api_keys=(key,), task_seconds=0.1, error_rate=0.2, truncate_rate=0.3, seed=3)
    with (
        LiveServer(config) as live,
        evolink.EvoLink(key, base_url=live.base_url, poll=PollPolicy(floor=0.05), max_retries=5) as client,
    ):
        results = client.videos.generate_many(
            [{"model": FAST, "prompt": f"cat {i}"} for i in range(4)] + [{"model": FAST, "prompt": "x [mock:fail]"}],
            output_dir=tmp_path,
        )
        with pytest.raises(evolink.AuthenticationError) as info:
            evolink.EvoLink("sk-wrong-key-0000", base_url=live.base_url).tasks.get("task-unified-1-x")
    assert [r.status for r in results].count("saved") == 4
    logged = "\n".join(f"{r.getMessage()} {r.args}" for r in caplog.records)
    assert caplog.records and key not in logged and "sk-wrong-key-0000" not in logged
    assert "sk-wrong-key-0000" not in str(info.value) + repr(info.value)
    for path in tmp_path.iterdir():
        assert key.encode() not in path.read_bytes(), path.name


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def test_two_hundred_concurrent_waits_in_one_async_client() -> None:
    before_fds = open_fds()
    before_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    limits = httpx.Limits(max_connections=20, max_keepalive_connections=10)

    async def run(base_url: str, key: str) -> list[evolink.Task]:
        http = httpx.AsyncClient(limits=limits, timeout=30)
        async with evolink.AsyncEvoLink(key, base_url=base_url, http_client=http, poll=PollPolicy(floor=0.2)) as client:
            created = [await client.videos.create(model=FAST, prompt=f"cat {i}") for i in range(200)]
            done = await asyncio.gather(*(client.tasks.wait(t.id, timeout=60) for t in created))
            pool = http._transport._pool  # type: ignore[attr-defined]
            assert len(pool.connections) <= 20
        await http.aclose()
        return list(done)

    with LiveServer(MockConfig(task_seconds=1.0)) as live:
        done = asyncio.run(run(live.base_url, live.api_key))
        assert len(done) == 200 and all(t.status == "completed" for t in done)
        assert live.server.stats.tasks_created == 200
    growth_mib = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before_rss) / 1024
    assert growth_mib < 100, f"peak memory grew {growth_mib:.0f} MiB"
    assert open_fds() <= before_fds + 2, "file descriptors leaked after the client closed"
