"""Per-call overhead: evolink's tasks.get and videos.create against raw httpx (and openai) on one transport."""

from __future__ import annotations

import json

import httpx
from rows import Row
from run import median_seconds

TASK = {
    "id": "task-unified-1757169743-7cvnl5zw",
    "created": 1757169743,
    "model": "veo-3.1-fast-generate-preview",
    "object": "video.generation.task",
    "status": "processing",
    "progress": 40,
    "task_info": {"can_cancel": True, "estimated_time": 60, "video_duration": 8},
    "type": "video",
    "usage": {"billing_rule": "per_call", "credits_reserved": 25.7, "user_group": "default"},
}
OPENAI_VIDEO = {
    "id": "video_123",
    "object": "video",
    "created_at": 1757169743,
    "model": "sora-2",
    "progress": 40,
    "seconds": "8",
    "size": "1280x720",
    "status": "in_progress",
}
BODY = {"model": "veo-3.1-fast-generate-preview", "prompt": "A cat playing piano", "duration": 8, "quality": "1080p"}


def transport(payload: dict[str, object]) -> httpx.MockTransport:
    content = json.dumps(payload).encode()
    return httpx.MockTransport(
        lambda request: httpx.Response(200, content=content, headers={"content-type": "application/json"})
    )


def bench_calls() -> list[Row]:
    import openai

    import evolink

    client = evolink.EvoLink("sk-bench", transport=transport(TASK))
    raw = httpx.Client(transport=transport(TASK), base_url="https://api.evolink.ai")
    oai = openai.OpenAI(api_key="sk-bench", http_client=httpx.Client(transport=transport(OPENAI_VIDEO)))
    task_id = TASK["id"]
    assert isinstance(task_id, str)

    def ours() -> object:
        return client.tasks.get(task_id)

    def reference() -> object:
        return raw.get(f"/v1/tasks/{task_id}", headers={"Authorization": "Bearer sk-bench"}).json()

    def theirs() -> object:
        return oai.videos.retrieve("video_123")

    def create() -> object:
        return client.videos.create(**BODY)

    def raw_create() -> object:
        return raw.post("/v1/videos/generations", json=BODY, headers={"Authorization": "Bearer sk-bench"}).json()

    for warm in (ours, reference, theirs, create, raw_create):
        warm()
    get_ours = median_seconds(ours, repeat=25, number=200)
    get_raw = median_seconds(reference, repeat=25, number=200)
    get_openai = median_seconds(theirs, repeat=25, number=200)
    create_ours = median_seconds(create, repeat=25, number=200)
    create_raw = median_seconds(raw_create, repeat=25, number=200)
    us = 1e6
    return [
        Row("tasks.get vs raw httpx get+json", get_ours * us, get_raw * us, "<= 1.3x", get_ours <= 1.3 * get_raw, "us"),
        Row("tasks.get vs openai videos.retrieve", get_ours * us, get_openai * us, "< 1x", get_ours < get_openai, "us"),
        Row(
            "videos.create (with validation) vs raw httpx post",
            create_ours * us,
            create_raw * us,
            "<= 2x",
            create_ours <= 2 * create_raw,
            "us",
        ),
    ]
