"""When result links stop working: one answer for a task however often it is fetched (issue 18, item 1).

The expiry comes from the task's own completion time when it states one, else from the link when it carries
its expiry (signed URLs), else from the first time this client saw the task completed - never from the time
of the latest fetch.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
import respx

from evolink import ResultExpiredError, Task
from evolink._task import link_expiry

from .support import API, TASK_ID, Face, task_body

GET = f"/v1/tasks/{TASK_ID}"


@pytest.fixture
def api() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=API, assert_all_called=False) as router:
        yield router


def test_two_fetches_some_seconds_apart_give_the_same_expiry(face: Face, api: respx.MockRouter) -> None:
    api.get(GET).mock(return_value=httpx.Response(200, json=task_body("completed")))
    first = face("tasks.get", TASK_ID)
    face.clock.sleep(4)
    second = face("tasks.get", TASK_ID)
    assert first.expires_at is not None
    assert second.expires_at == first.expires_at  # the first sighting counts, not the latest fetch
    assert first.expires_at == datetime.fromtimestamp(1_760_000_000 + 86_400, UTC)


def test_a_stated_completion_time_decides_the_expiry(face: Face, api: respx.MockRouter) -> None:
    api.get(GET).mock(return_value=httpx.Response(200, json=task_body("completed", completed_at=1_759_990_000)))
    task = face("tasks.get", TASK_ID)
    assert task.expires_at == datetime.fromtimestamp(1_759_990_000 + 86_400, UTC)


@pytest.mark.parametrize(
    ("link", "expected"),
    [
        ("https://cdn.example.com/v/a.mp4?Expires=1760050000&Signature=x", 1_760_050_000),  # CloudFront, S3 v2
        ("https://m.test/files/t/0.mp4?expires=1760050000&signature=ab", 1_760_050_000),  # the mock's links
        (
            "https://b.s3.amazonaws.com/a.mp4?X-Amz-Date=20251009T120000Z&X-Amz-Expires=3600&X-Amz-Signature=s",
            datetime(2025, 10, 9, 13, 0, tzinfo=UTC).timestamp(),
        ),
        (
            "https://storage.googleapis.com/b/a.mp4?X-Goog-Date=20251009T120000Z&X-Goog-Expires=600",
            datetime(2025, 10, 9, 12, 10, tzinfo=UTC).timestamp(),
        ),
    ],
)
def test_a_signed_link_states_its_own_expiry(link: str, expected: float) -> None:
    assert link_expiry(link) == expected
    task = Task.from_json(task_body("completed", results=[link]), now=1_760_000_000)
    assert task.expires_at == datetime.fromtimestamp(expected, UTC)


@pytest.mark.parametrize(
    "link",
    [
        "https://cdn.example.com/v/a.mp4",
        "https://cdn.example.com/v/a.mp4?Expires=soon",
        "https://cdn.example.com/v/a.mp4?Expires=%C2%B2",  # a Unicode digit
        "https://cdn.example.com/v/a.mp4?Expires=99999999999999999999999",  # no calendar holds it
        "https://cdn.example.com/v/a.mp4?Expires=1&Expires=2",  # which one?
        "https://b.s3.amazonaws.com/a.mp4?X-Amz-Expires=3600",  # a lifetime without its start
        "https://b.s3.amazonaws.com/a.mp4?X-Amz-Date=2025-10-09&X-Amz-Expires=3600",
        "https://b.s3.amazonaws.com/a.mp4?X-Amz-Date=20251009T120000Z&X-Amz-Expires=-5",
    ],
)
def test_a_link_that_says_nothing_clear_about_its_expiry_is_not_believed(link: str) -> None:
    assert link_expiry(link) is None
    task = Task.from_json(task_body("completed", results=[link]), now=1_760_000_000)
    assert task.expires_at == datetime.fromtimestamp(1_760_000_000 + 86_400, UTC)


def test_the_expired_link_error_names_the_task_and_when_it_expired(
    face: Face, api: respx.MockRouter, tmp_path: Path
) -> None:
    cdn = "https://cdn.example.com/v/abc.mp4"
    api.get(GET).mock(return_value=httpx.Response(200, json=task_body("completed", results=[cdn])))
    api.get(cdn).mock(return_value=httpx.Response(403))
    task = face("tasks.get", TASK_ID)
    with pytest.raises(ResultExpiredError) as caught:
        face("tasks.download", task, tmp_path / "clip.mp4")
    assert caught.value.task_id == TASK_ID
    assert caught.value.expires_at == task.expires_at is not None
    assert "2025-10-10" in str(caught.value)
