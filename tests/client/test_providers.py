"""UniAll is a second Provider over the same client classes, not a copy of the EvoLink client."""

from __future__ import annotations

import httpx
import pytest
import respx

import evolink
from evolink._client import AsyncClient, SyncClient
from evolink._provider import EVOLINK, UNIALL

from .support import FakeClock

UNIALL_URL = "https://gw.uniall.example"


@pytest.mark.parametrize(
    ("cls", "base", "provider"),
    [
        (evolink.EvoLink, SyncClient, EVOLINK),
        (evolink.UniAll, SyncClient, UNIALL),
        (evolink.AsyncEvoLink, AsyncClient, EVOLINK),
        (evolink.AsyncUniAll, AsyncClient, UNIALL),
    ],
)
def test_each_client_is_the_shared_class_plus_a_provider(cls: type, base: type, provider: object) -> None:
    assert cls.__bases__ == (base,)
    own = {name for name in vars(cls) if not name.startswith("__")}
    assert own == {"_provider"}, f"{cls.__name__} defines its own logic: {own - {'_provider'}}"
    assert cls._provider is provider


def test_uniall_needs_a_base_url_and_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("UNIALL_BASE_URL", raising=False)
    with pytest.raises(evolink.EvoLinkError, match="UNIALL_BASE_URL"):
        evolink.UniAll("sk-u")
    monkeypatch.setenv("UNIALL_API_KEY", "sk-u")
    monkeypatch.setenv("UNIALL_BASE_URL", UNIALL_URL)
    assert evolink.UniAll().base_url == UNIALL_URL


def test_uniall_statuses_map_to_the_common_ones_and_keep_the_original() -> None:
    job = {"id": "video_123", "object": "video.generation.job", "model": "veo3.1-video-720p", "status": "in_progress"}
    bodies = [
        dict(job, status="queued"),
        dict(job, status="in_progress", progress=30),
        dict(job, status="completed", progress=100, video_url="https://cdn.uniall.example/v.mp4"),
    ]
    with respx.mock(base_url=UNIALL_URL) as api:
        route = api.get("/v1/videos/video_123").mock(side_effect=[httpx.Response(200, json=b) for b in bodies])
        with evolink.UniAll("sk-u", base_url=UNIALL_URL, clock=FakeClock()) as client:
            seen = [(t.status, t.raw_status) for t in client.tasks.watch("video_123")]
    assert seen == [("pending", "queued"), ("processing", "in_progress"), ("completed", "completed")]
    assert route.call_count == 3


def test_uniall_extra_body_is_its_documented_field() -> None:
    with respx.mock(base_url=UNIALL_URL) as api:
        route = api.post("/v1/video/generations").mock(
            return_value=httpx.Response(200, json={"id": "video_1", "status": "queued", "model": "veo3.1-video-720p"})
        )
        with evolink.UniAll("sk-u", base_url=UNIALL_URL) as client:
            task = client.videos.create(
                model="veo3.1-video-720p", prompt="p", size="720p", extra_body={"generate_audio": True, "seed": 7}
            )
            with pytest.raises(evolink.RequestValidationError, match="size: must be 720p"):
                client.videos.create(model="veo3.1-video-720p", size="4k")
            request = {"model": "veo3.1-video-720p", "extra_body": {"generate_audio": False}}
            merged = client.videos.create(request, extra_body={"seed": 7})
            with pytest.raises(evolink.RequestValidationError, match=r"extra_body\.seed: is given twice"):
                client.videos.create({**request, "extra_body": {"seed": 1}}, extra_body={"seed": 7})
    assert task.status == "pending" and task.provider == "uniall" and merged.id == "video_1"
    assert b'"extra_body":{"generate_audio":false,"seed":7}' in route.calls[1].request.read()
    sent = route.calls[0].request.read()
    assert b'"extra_body":{"generate_audio":true,"seed":7}' in sent


def test_a_create_is_retried_only_where_the_spec_declares_idempotency() -> None:
    """UniAll documents no Idempotency-Key: a lost create answer is raised, never retried into a second bill."""
    with respx.mock(base_url=UNIALL_URL) as api:
        route = api.post("/v1/video/generations").mock(
            side_effect=[httpx.Response(503), httpx.Response(200, json={"id": "video_1", "status": "queued"})]
        )
        with evolink.UniAll("sk-u", base_url=UNIALL_URL) as client, pytest.raises(evolink.ServerError):
            client.videos.create(model="veo3.1-video-720p", prompt="p")
    assert route.call_count == 1
    assert "idempotency-key" not in route.calls.last.request.headers
