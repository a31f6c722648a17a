"""An outage during a wait is visible (issue 18, item 6).

When every poll fails until the deadline, the WaitTimeoutError says why (its ``__cause__`` is the last
connection error), and the progress callback is not handed the old snapshot again as if the task had been seen.
A connection error names the host it could not reach and keeps the transport's exception as its cause.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
import respx

from evolink import APIConnectionError, APITimeoutError, Task, WaitTimeoutError

from .support import API, TASK_ID, Face, task_body

GET = f"/v1/tasks/{TASK_ID}"


@pytest.fixture
def api() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=API, assert_all_called=False) as router:
        yield router


def test_a_wait_through_an_outage_ends_with_the_connection_error_as_its_cause(
    face: Face, api: respx.MockRouter
) -> None:
    route = api.get(GET).mock(side_effect=httpx.ConnectError("[Errno 111] Connection refused"))
    seen: list[Task] = []
    pending = Task.from_json(task_body("processing"))
    with pytest.raises(WaitTimeoutError) as caught:
        face("tasks.wait", pending, timeout=120, on_progress=seen.append)
    assert route.call_count > 1  # it kept trying until the deadline
    assert seen == [pending]  # only the snapshot it had: nothing stale reported as new
    cause = caught.value.__cause__
    assert isinstance(cause, APIConnectionError) and not isinstance(cause, APITimeoutError)
    assert "api.evolink.ai" in str(cause)
    assert isinstance(cause.__cause__, httpx.ConnectError)
    assert face.clock.t <= 120


def test_a_poll_that_fails_once_is_not_reported_as_a_snapshot(face: Face, api: respx.MockRouter) -> None:
    api.get(GET).mock(
        side_effect=[
            httpx.Response(200, json=task_body("pending")),
            *[httpx.ConnectError("refused")] * 3,  # one poll and its two retries
            httpx.Response(200, json=task_body("completed")),
        ]
    )
    seen: list[Task] = []
    done = face("tasks.wait", TASK_ID, timeout=600, on_progress=seen.append)
    assert done.status == "completed"
    assert [task.status for task in seen] == ["pending", "completed"]


def test_a_wait_that_simply_runs_out_of_time_has_no_cause(face: Face, api: respx.MockRouter) -> None:
    api.get(GET).mock(return_value=httpx.Response(200, json=task_body("processing")))
    with pytest.raises(WaitTimeoutError) as caught:
        face("tasks.wait", TASK_ID, timeout=60)
    assert caught.value.__cause__ is None


@pytest.mark.parametrize(
    ("failure", "error"),
    [(httpx.ConnectError("refused"), APIConnectionError), (httpx.ReadTimeout("slow"), APITimeoutError)],
)
def test_a_connection_error_names_the_host_and_keeps_the_transport_error(
    api: respx.MockRouter, failure: Exception, error: type[Exception]
) -> None:
    face = Face("sync", max_retries=0)
    api.get(GET).mock(side_effect=failure)
    with pytest.raises(error) as caught:
        face("tasks.get", TASK_ID)
    assert "api.evolink.ai" in str(caught.value)
    assert caught.value.__cause__ is failure
    face.close()
