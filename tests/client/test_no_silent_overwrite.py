"""A video is never written over an existing file unless the caller says so; the refusal comes before any create."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli.conftest import Cli, LiveMock, cli, mock  # the live mock and the real command, as a user runs them

import evolink
from evolink import PollPolicy
from evolink.testing import MockConfig, MockServer

__all__ = ["cli", "mock"]

FAST = "veo-3.1-fast-generate-preview"


def _client(server: MockServer) -> evolink.EvoLink:
    return evolink.EvoLink(
        server.api_key, base_url=server.base_url, transport=server.transport(), poll=PollPolicy(floor=0.01)
    )


@pytest.mark.parametrize("existing", ["clip.mp4", "clip-1.mp4"])
def test_generate_refuses_an_existing_file_before_creating_anything(tmp_path: Path, existing: str) -> None:
    (tmp_path / existing).write_bytes(b"precious")
    with MockServer(MockConfig(task_seconds=0.05)) as server, _client(server) as client:
        with pytest.raises(evolink.RequestValidationError, match=f"{existing} already exists") as refused:
            client.videos.generate(model=FAST, prompt="a cat", n=2, output=tmp_path / "clip.mp4")
        assert server.stats.create_requests == 0
        assert [v.field for v in refused.value.violations] == ["output"]
        path = client.videos.generate(model=FAST, prompt="a cat", n=2, output=tmp_path / "clip.mp4", overwrite=True)
    assert (tmp_path / existing).read_bytes() != b"precious" and path == tmp_path / "clip.mp4"


def test_a_download_refuses_an_existing_file_unless_told(tmp_path: Path) -> None:
    target = tmp_path / "clip.mp4"
    with MockServer(MockConfig(task_seconds=0.05)) as server, _client(server) as client:
        task = client.videos.create_and_wait(model=FAST, prompt="a cat")
        target.write_bytes(b"precious")
        with pytest.raises(evolink.RequestValidationError, match="already exists"):
            client.tasks.download(task, target)
        assert target.read_bytes() == b"precious" and server.stats.downloads == 0
        with pytest.raises(evolink.RequestValidationError, match="already exists"):
            client.tasks.download_all(task, target)
        client.tasks.download(task, target, overwrite=True)
    assert target.read_bytes()[4:8] == b"ftyp"  # the video now


def test_the_cli_refuses_an_existing_output_and_replaces_it_with_overwrite(cli: Cli, mock: LiveMock) -> None:
    (cli.cwd / "clip.mp4").write_bytes(b"precious")
    before = mock.stats()["create_requests"]
    refused = cli("generate", "a cat", "-m", FAST, "-o", "clip.mp4")
    assert refused.code == 2 and "clip.mp4 already exists (--overwrite replaces it)" in refused.stderr
    assert mock.stats()["create_requests"] == before
    replaced = cli("generate", "a cat", "-m", FAST, "-o", "clip.mp4", "--overwrite")
    assert replaced.code == 0, replaced.stderr
    assert (cli.cwd / "clip.mp4").read_bytes() != b"precious"


def test_a_file_that_appears_while_generate_waits_is_kept_and_the_paid_video_saved_beside_it(tmp_path: Path) -> None:
    target = tmp_path / "clip.mp4"
    seen: set[str] = set()

    def someone_writes_the_file(task: evolink.Task) -> None:
        seen.add(task.id)
        if not target.exists():
            target.write_bytes(b"the user's own file")

    with MockServer(MockConfig(task_seconds=0.05)) as server, _client(server) as client:
        path = client.videos.generate(model=FAST, prompt="a cat", output=target, on_progress=someone_writes_the_file)
        assert server.stats.tasks_created == 1
    (task_id,) = seen
    assert target.read_bytes() == b"the user's own file"  # never replaced
    assert path == tmp_path / f"clip-{task_id}.mp4" and path.read_bytes()[4:8] == b"ftyp"  # the paid video, kept
