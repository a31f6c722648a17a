"""A paid video in an object store is never replaced: by an edited item, a second jobs file, a forced run."""

from __future__ import annotations

from pathlib import Path

import pytest
from objectstore.conftest import S3Server

import evolink
from evolink import PollPolicy
from evolink._objectstore import ObjectOutput
from evolink.batch import EarlierRunError
from evolink.testing import MockConfig, MockServer

FAST = "veo-3.1-fast-generate-preview"


def test_an_edited_item_does_not_replace_the_object_an_earlier_run_saved(
    s3: S3Server, tmp_path: Path, journal_location: str
) -> None:
    out = s3.url(f"edited-{tmp_path.name}-{Path(journal_location).name[:8]}")
    with MockServer(MockConfig(task_seconds=0.05)) as server:
        client = evolink.EvoLink(
            server.api_key, base_url=server.base_url, transport=server.transport(), poll=PollPolicy(floor=0.01)
        )
        with client:
            (first,) = client.videos.generate_many(
                [{"name": "hero", "model": FAST, "prompt": "a cat"}], output_dir=out, journal=journal_location
            )
            edited = [{"name": "hero", "model": FAST, "prompt": "a dog", "duration": 8}]  # another video's bytes
            with pytest.raises(EarlierRunError, match=r"hero\.mp4"):
                client.videos.generate_many(edited, output_dir=out, journal=journal_location)
            assert server.stats.tasks_created == 1  # refused before anything was sent
            (forced,) = client.videos.generate_many(edited, output_dir=out, journal=journal_location, force_new=True)
        assert server.stats.tasks_created == 2
    store = ObjectOutput.from_url(out)
    kept = store.saved("hero.mp4")
    assert kept is not None and kept.task_id == first.task_id  # the first video is still there, untouched
    assert forced.urls == (store.url(f"hero-{forced.task_id}.mp4"),)  # the new one went beside it
    again = store.saved(f"hero-{forced.task_id}.mp4")
    assert again is not None and again.task_id == forced.task_id
