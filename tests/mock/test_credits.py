"""The mock's credits: creates reserve, completions charge, failures refund, an empty balance answers 402.

Seen through the client (``client.account.credits()``, sync and async) and the task's usage fields
(``credits_reserved``, ``credits_charged``), on a fake clock: an eight-second video reserves 8 credits.
"""

from __future__ import annotations

import asyncio

import httpx
import pytest

import evolink
from evolink import AsyncEvoLink, EvoLink, Task
from evolink.testing import FakeClock, MockConfig, MockServer

FAST = "veo-3.1-fast-generate-preview"


@pytest.fixture
def server(clock: FakeClock) -> MockServer:
    return MockServer(MockConfig(credits=20, task_seconds=10), clock)


def connect(server: MockServer, clock: FakeClock) -> EvoLink:
    return EvoLink(server.api_key, base_url=server.base_url, transport=server.transport(), clock=clock)


def test_creates_reserve_completions_charge_and_failures_refund(server: MockServer, clock: FakeClock) -> None:
    with connect(server, clock) as client:
        done = client.videos.create(model=FAST, prompt="a cat", duration=8)
        failing = client.videos.create(model=FAST, prompt="a dog [mock:fail=service_error]", duration=8)
        assert (done.credits_reserved, done.credits_charged, done.credits) == (8, None, 8)
        assert client.account.credits().user.remaining == 4  # 20 - 8 - 8 held
        with pytest.raises(evolink.InsufficientQuotaError):
            client.videos.create(model=FAST, prompt="a third", duration=8)
        assert server.stats.tasks_created == 2
        done = client.tasks.wait(done.id)
        with pytest.raises(evolink.TaskFailedError) as failed:
            client.tasks.wait(failing.id)
        assert (done.credits_reserved, done.credits_charged) == (8, 8)
        assert (failed.value.task.credits_reserved, failed.value.task.credits_charged, failed.value.task.credits) == (
            8,
            0,
            0,
        )
        balance = client.account.credits()
        assert (balance.user.remaining, balance.user.used, balance.spendable) == (12, 8, 12)
        client.videos.create(model=FAST, prompt="a third", duration=8)  # the refund made room


def test_the_async_client_reads_the_same_balance(server: MockServer, clock: FakeClock) -> None:
    async def read() -> evolink.Credits:
        async with AsyncEvoLink(server.api_key, base_url=server.base_url, transport=server.transport()) as client:
            return await client.account.credits()

    balance = asyncio.run(read())
    assert balance.token == balance.user == evolink.Balance(remaining=20, used=0)
    assert balance.raw["token"]["unlimited_credits"] is False


def test_the_credits_errors_carry_the_status_as_an_integer_code(server: MockServer) -> None:
    with httpx.Client(transport=server.transport(), base_url=server.base_url) as raw:
        answer = raw.get("/v1/credits", headers={"Authorization": "Bearer sk-wrong"})
    assert answer.status_code == 401 and answer.json()["error"]["code"] == 401


def test_an_answer_that_is_not_a_balance_is_a_connection_error(server: MockServer, clock: FakeClock) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"data": {"token": {"remaining_credits": "lots"}}})

    with (
        EvoLink("sk-x", base_url=server.base_url, transport=httpx.MockTransport(handler)) as client,
        pytest.raises(evolink.APIConnectionError, match="not a credits answer"),
    ):
        client.account.credits()


def test_uniall_documents_no_credits(clock: FakeClock) -> None:
    uniall = MockServer(MockConfig(provider="uniall"), clock)
    with (
        evolink.UniAll(uniall.api_key, base_url=uniall.base_url, transport=uniall.transport()) as client,
        pytest.raises(evolink.EvoLinkError, match="documents no credits endpoint"),
    ):
        client.account.credits()
    assert uniall.stats.requests == 0


@pytest.mark.parametrize(
    ("usage", "status", "reserved", "charged"),
    [
        ({"credits_reserved": 5}, "processing", 5, None),
        ({"credits_reserved": 5, "credits_used": 4.5}, "completed", 5, 4.5),
        ({"credits_reserved": 5, "cost": 3}, "completed", 5, 3),
        ({"credits_reserved": 5}, "failed", 5, 0),
        ({"credits_reserved": "5", "credits_used": float("nan")}, "completed", None, None),
    ],
)
def test_task_usage(usage: dict[str, object], status: str, reserved: float | None, charged: float | None) -> None:
    task = Task.from_json({"id": "task-unified-1-a", "status": status, "usage": usage})
    assert (task.credits_reserved, task.credits_charged) == (reserved, charged)
    assert task.credits == (charged if charged is not None else reserved)
