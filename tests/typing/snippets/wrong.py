"""Calls a type checker must refuse, one per line marked ``# wrong: <why>``; no other line may have an error.

Never run: the test type-checks this file (tests/typing/test_typed_calls.py).
"""

from pathlib import Path

from evolink import AsyncEvoLink, AsyncUniAll, EvoLink, UniAll


def evolink_sync(client: EvoLink) -> None:
    client.videos.create(model="veo-3.1-fast-generate-preview", prompt="Rain", duration=7)  # wrong: enum
    client.videos.create(model="kling-v3-text-to-video", prompt="Rain", duration="5")  # wrong: type
    client.videos.create(model="kling-v3-text-to-video", prompt="Rain", generate_audio=True)  # wrong: unknown field
    client.videos.create_and_wait(model="seedance-2.0-text-to-video", duration=5)  # wrong: missing prompt
    client.videos.generate(model="wan2.6-text-to-video", prompt="Rain", quality="4k", output="out/")  # wrong: enum
    client.videos.create(model="MiniMax-Hailuo-2.3-Fast", image_urls="https://example.com/a.png")  # wrong: not a list
    client.videos.create(model="MiniMax-Hailuo-2.3-Fast")  # wrong: missing image_urls
    client.videos.create(model="brand-new-model", prompt="Rain")  # wrong: unknown model needs a mapping
    client.videos.create(model="veo-3.1-fast-generate-preview", prompt="Rain", timeout="soon")  # wrong: type
    client.videos.create(model="kling-o3-video-edit", prompt="x", video_url=Path("a.mp4"))  # wrong: not an image


def uniall_sync(client: UniAll) -> None:
    client.videos.create(model="veo3.1-video-720p", prompt="Rain", size="8k")  # wrong: enum
    client.videos.create(model="veo3.1-video-720p", prompt="Rain", negative_prompt="x")  # wrong: unknown field
    client.videos.create(model="veo-3.1-fast-generate-preview", prompt="Rain")  # wrong: an EvoLink model
    client.videos.create(model="veo3.1-video-720p", image=Path("a.png"))  # wrong: UniAll has no files API


async def evolink_async(client: AsyncEvoLink) -> None:
    await client.videos.generate(model="veo-3.1-fast-generate-preview", prompt="Rain")  # wrong: missing output
    await client.videos.create_and_wait(model="seedance-2.0-text-to-video", prompt=["Rain"])  # wrong: type


async def uniall_async(client: AsyncUniAll) -> None:
    await client.videos.create(model="veo3.1-video-4k", prompt="Rain", duration=5)  # wrong: enum
