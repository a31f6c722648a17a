"""Calls a type checker must accept: typed per model, sync and async, both gateways, and the dynamic path.

Never run: the test type-checks this file (tests/typing/test_typed_calls.py); any error in it fails.
"""

from pathlib import Path
from typing import assert_type

from evolink import AsyncEvoLink, AsyncUniAll, EvoLink, Task, UniAll
from evolink.files import ImageInput
from evolink.types import KlingV3TextToVideoRequest, UniAllVideoRequest, Veo31FastGeneratePreviewRequest


def evolink_sync(client: EvoLink) -> None:
    path = client.videos.generate(
        model="veo-3.1-fast-generate-preview",
        prompt="A cat playing piano",
        duration=8,
        quality="1080p",
        image_urls=["https://example.com/cat.png"],
        output="out/cat.mp4",
        on_progress=print,
        on_download=lambda received, total: None,
    )
    assert_type(path, Path)
    task = client.videos.create(
        model="kling-v3-text-to-video", prompt="Rain", duration=5, sound="on", model_params={"multi_shot": False}
    )
    assert_type(task, Task)
    client.videos.create_and_wait(model="seedance-2.0-text-to-video", prompt="Rain", quality="720p", timeout=600)
    client.videos.create(model="wan2.7-video-edit", video_urls=["https://example.com/in.mp4"], duration=2.5)
    client.videos.create(model="wan2.6-text-to-video", prompt="Rain", prompt_extend=True, idempotency_key="k-1")
    client.videos.create(model="MiniMax-Hailuo-2.3", prompt="Rain", duration=6, quality="768p")
    client.videos.create(model="gemini-omni-flash-text-to-video", prompt="Rain", duration="auto")
    client.videos.create(model="gemini-omni-flash-text-to-video", prompt="Rain", duration=5)
    client.videos.create(model="kling-v3-text-to-video", prompt="Rain", extra_body={"newer_field": 1})
    client.videos.generate_many([{"model": "veo-3.1-fast-generate-preview", "prompt": "Rain"}], output_dir="out")
    # An image field also takes a local file (uploaded by the client); a list of links stays a list[str].
    client.videos.generate(model="kling-v3-image-to-video", image_start=Path("portrait.jpg"), output="out/")
    links: list[str] = ["https://example.com/a.png"]
    client.videos.create(model="MiniMax-Hailuo-2.3-Fast", image_urls=links)
    with open("b.png", "rb") as image:
        mixed: list[ImageInput] = [Path("a.png"), image, "https://example.com/c.png"]  # mypy needs the list's type
        client.videos.create(model="MiniMax-Hailuo-2.3-Fast", image_urls=mixed)


def dynamic(client: EvoLink) -> None:
    # A model newer than the spec, or a request built elsewhere: a mapping or a typed request object.
    assert_type(client.videos.create({"model": "brand-new-model", "prompt": "Rain", "anything": [1]}), Task)
    client.videos.create(Veo31FastGeneratePreviewRequest(prompt="Rain"), duration=8)
    client.videos.create_and_wait(KlingV3TextToVideoRequest(prompt="Rain"), timeout=None)
    client.videos.generate({"model": "brand-new-model"}, output="out/", prompt="Rain")


def uniall_sync(client: UniAll) -> None:
    client.videos.create(model="veo3.1-video-720p", prompt="Rain", size="720p", extra_body={"seed": 1})
    client.videos.generate(model="veo3.1-fast-video-4k", image="https://example.com/a.png", output="out/")
    client.videos.create(UniAllVideoRequest(model="veo3.1-video-4k", prompt="Rain"))


async def evolink_async(client: AsyncEvoLink) -> None:
    async def show(task: Task) -> None:
        print(task.status)

    task = await client.videos.create_and_wait(model="kling-v3-text-to-video", prompt="Rain", on_progress=show)
    assert_type(task, Task)
    path = await client.videos.generate(model="MiniMax-Hailuo-02", quality="512p", output="out/")
    assert_type(path, Path)
    await client.videos.create(model="seedance-2.0-text-to-video", prompt="Rain")
    await client.videos.create(model="kling-v3-image-to-video", prompt="She smiles", image_start=Path("portrait.jpg"))
    await client.videos.create({"model": "brand-new-model", "prompt": "Rain"})


async def uniall_async(client: AsyncUniAll) -> None:
    task = await client.videos.create_and_wait(model="veo3.1-video-1080p", prompt="Rain", duration=8)
    assert_type(task, Task)
