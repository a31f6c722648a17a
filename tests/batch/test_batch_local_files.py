"""Local images in a batch: checked with every other item before anything is sent, uploaded once, and kept in the
journal so that a re-run uploads nothing again."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

import evolink
from evolink import PollPolicy
from evolink._journal import Journal
from evolink._local_files import FRESH_FOR, JournalUploads, UploadCache
from evolink.batch import JOURNAL_NAME
from evolink.testing import MockConfig, MockServer

I2V = "kling-v3-image-to-video"
PORTRAIT = Path(__file__).parents[2] / "examples" / "portrait.png"


def client(server: MockServer) -> evolink.EvoLink:
    return evolink.EvoLink(
        server.api_key,
        base_url=server.base_url,
        files_base_url=server.files_base_url,
        transport=server.transport(),
        poll=PollPolicy(floor=0.01),
    )


def items(*names: str, image: Path = PORTRAIT) -> list[dict[str, object]]:
    return [{"model": I2V, "prompt": f"{n} smiles", "image_start": image, "name": n} for n in names]


def test_a_batch_rerun_uploads_nothing_again(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with MockServer(MockConfig(task_seconds=0.05)) as server:
        with client(server) as first:
            results = first.videos.generate_many(items("ann", "bob"), output_dir=out)
        assert [r.status for r in results] == ["saved", "saved"]
        assert server.stats.file_uploads == 1  # one content, two items
        # A new process (a fresh client: nothing in memory) re-runs the batch with a line added: the new item is
        # created with the link the journal kept.
        with client(server) as rerun:
            again = rerun.videos.generate_many(items("ann", "bob", "cy"), output_dir=out)
        assert [r.status for r in again] == ["saved"] * 3
        assert server.stats.tasks_created == 3
        assert server.stats.file_uploads == 1
        # Without that journal, a fresh client uploads it again.
        with client(server) as elsewhere:
            elsewhere.videos.generate_many(items("dee"), output_dir=tmp_path / "elsewhere")
        assert server.stats.file_uploads == 2
    with Journal(out / JOURNAL_NAME) as journal:
        (entry,) = [e for e in journal.entries() if e.name == "cy"]
    assert entry.request["image_start"] == {"file": str(PORTRAIT)}  # the journal's JSON form of a local file


def test_an_async_batch_uploads_each_content_once(tmp_path: Path) -> None:
    async def run(server: MockServer) -> list[evolink.ItemResult]:
        async with evolink.AsyncEvoLink(
            server.api_key,
            base_url=server.base_url,
            files_base_url=server.files_base_url,
            transport=server.transport(),
            poll=PollPolicy(floor=0.01),
        ) as c:
            return await c.videos.generate_many(items("ann", "bob", "cy"), output_dir=tmp_path)

    with MockServer(MockConfig(task_seconds=0.05)) as server:
        results = asyncio.run(run(server))
        assert [r.status for r in results] == ["saved"] * 3
        assert server.stats.file_uploads == 1  # items run at once wait for the one upload of their image


def test_bad_local_files_are_reported_by_position_before_anything_is_sent(tmp_path: Path) -> None:
    text = tmp_path / "notes.png"
    text.write_text("not an image")
    requests = [
        *items("ann"),
        *items("bob", image=tmp_path / "missing.png"),
        *items("cy", image=text),
        {"model": "kling-o3-video-edit", "prompt": "x", "video_url": PORTRAIT, "name": "dee"},
    ]
    with MockServer() as server, client(server) as c:
        with pytest.raises(evolink.BatchValidationError) as refused:
            c.videos.generate_many(requests, output_dir=tmp_path / "out")
        problems = {position: [str(v) for v in found] for position, found in refused.value.problems.items()}
        assert sorted(problems) == [2, 3, 4]
        assert problems[2] == [f"image_start: cannot be read ({tmp_path / 'missing.png'}): No such file or directory"]
        assert problems[3][0].startswith("image_start: must be an image the files API takes")
        assert problems[4][0].startswith("video_url: takes a video URL")
        assert server.stats.requests == 0


def test_the_journal_forgets_a_link_about_to_expire(tmp_path: Path) -> None:
    with Journal(tmp_path / JOURNAL_NAME) as journal:
        uploads = JournalUploads.over(journal, UploadCache())
        uploads.keep("abc", "https://files.example/a.png", expires_at=1000.0 + FRESH_FOR + 1)
        assert uploads.find("abc", good_until=1000.0 + FRESH_FOR) == "https://files.example/a.png"
        assert JournalUploads.over(journal, UploadCache()).find("abc", 1000.0 + FRESH_FOR) is not None
        assert uploads.find("abc", good_until=1001.0 + FRESH_FOR) is None
