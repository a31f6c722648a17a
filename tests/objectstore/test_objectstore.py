"""Results saved to object storage, against a real S3-compatible server process (conftest's ``s3``): complete or
invisible, never partial; skipped when already saved; every failure an ObjectStoreError naming the URL."""

from __future__ import annotations

import errno
import hashlib
import os
import signal
import subprocess
import sys
import textwrap
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

import pytest

from evolink import EvoLinkError
from evolink import _objectstore as objectstore
from evolink._objectstore import MIN_PART_SIZE, ObjectOutput, ObjectStoreError, is_store_url

from .conftest import S3Server

PART = MIN_PART_SIZE  # the smallest part S3 takes: the most parts for the fewest bytes


def write_file(path: Path, size: int) -> str:
    """Write ``size`` random bytes; return their sha256."""
    data = os.urandom(size)
    path.write_bytes(data)
    return hashlib.sha256(data).hexdigest()


def fresh_url(s3: S3Server) -> str:
    """A prefix of its own for each test, so that tests sharing the session's server never meet."""
    return s3.url(f"run-{uuid.uuid4().hex[:8]}/videos")


def output_for(s3: S3Server, **kwargs: Any) -> ObjectOutput:
    return ObjectOutput.from_url(fresh_url(s3), part_size=PART, **kwargs)


class FailingSource:
    """The local file, whose reads fail with an OSError once ``limit`` bytes were read (a disk error).

    ``before_failing`` runs just before the failure: the parts already read are uploaded concurrently, and the
    test waits there until the server has stored one, so that the abort really has a part to throw away.
    """

    def __init__(self, path: Path, limit: int, before_failing: Callable[[], None] = lambda: None) -> None:
        self.file: BinaryIO = open(path, "rb")  # noqa: SIM115 - closed by __exit__
        self.limit = limit
        self.before_failing = before_failing
        self.done = 0

    def read(self, size: int = -1) -> bytes:
        if self.done >= self.limit:
            self.before_failing()
            raise OSError(errno.EIO, "Input/output error")
        data = self.file.read(size)
        self.done += len(data)
        return data

    def __enter__(self) -> FailingSource:
        return self

    def __exit__(self, *exc: object) -> None:
        self.file.close()


def test_store_urls_are_the_schemes_the_library_opens_and_local_paths_stay_local() -> None:
    for url in ("s3://bucket/prefix", "s3://bucket", "S3://bucket/x", "s3a://b/p", "gs://b/p", "abfss://c@a/p"):
        assert is_store_url(url), url
    for text in ("out/videos", "/tmp/out", "file:///tmp/out", "memory:///", "C:\\videos", "s3://", "s3:///x", ""):
        assert not is_store_url(text), text
    assert not is_store_url("https://example.com/videos")  # a WebDAV server to obstore: no metadata, no multipart


def test_keys_and_urls_are_under_the_prefix_and_bad_names_are_refused(s3: S3Server) -> None:
    output = ObjectOutput.from_url(s3.url("batch/one/"))
    assert output.key("a/b.mp4") == "batch/one/a/b.mp4"
    assert output.url("b.mp4") == f"s3://{s3.bucket}/batch/one/b.mp4"
    assert ObjectOutput.from_url(s3.url()).key("b.mp4") == "b.mp4"
    for bad in ("", "/abs.mp4", "../up.mp4", "a//b.mp4", "a/./b.mp4", "dir/"):
        with pytest.raises(ObjectStoreError, match="not a valid object name"):
            output.url(bad)


def test_a_multipart_upload_round_trips_bytes_size_and_metadata(s3: S3Server, tmp_path: Path) -> None:
    source = tmp_path / "video.mp4"
    size = 4 * PART - 12345  # four parts, the last one short
    sha = write_file(source, size)
    output = output_for(s3)
    assert output.saved("video.mp4") is None
    s3.stats(reset=True)

    saved = output.put_file(source, "video.mp4", sha256=sha, task_id="task-rt")

    assert (saved.size, saved.sha256, saved.task_id) == (size, sha, "task-rt")
    counts = s3.stats()
    assert counts.get("UploadPart") == 4 and counts.get("CompleteMultipartUpload") == 1  # really multipart
    assert "PutObject" not in counts
    looked_up = output.saved("video.mp4")
    assert looked_up == saved
    assert s3.get(output.key("video.mp4")) == source.read_bytes()
    assert output.key("video.mp4") not in s3.open_uploads()


def test_a_file_smaller_than_a_part_is_one_put_with_the_same_metadata(s3: S3Server, tmp_path: Path) -> None:
    source = tmp_path / "small.mp4"
    sha = write_file(source, 1000)
    output = output_for(s3)
    s3.stats(reset=True)
    output.put_file(source, "small.mp4", sha256=sha, task_id="task-small")
    assert s3.stats().get("PutObject") == 1
    assert output.saved("small.mp4") == objectstore.SavedObject(output.url("small.mp4"), 1000, sha, "task-small")
    assert s3.get(output.key("small.mp4")) == source.read_bytes()


def test_a_read_failing_half_way_publishes_nothing_and_a_rerun_completes(
    s3: S3Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "video.mp4"
    sha = write_file(source, 3 * PART)
    output = output_for(s3)
    s3.stats(reset=True)

    def until_a_part_is_stored() -> None:
        deadline = time.monotonic() + 10
        while s3.stats().get("UploadPart", 0) < 1 and time.monotonic() < deadline:
            time.sleep(0.01)

    # The reads fail after two parts, once the multipart upload is open and its first part on the server.
    monkeypatch.setattr(objectstore, "_open_source", lambda path: FailingSource(path, 2 * PART, until_a_part_is_stored))

    with pytest.raises(ObjectStoreError) as failed:
        output.put_file(source, "video.mp4", sha256=sha, task_id="task-1")

    assert output.url("video.mp4") in str(failed.value) and "Input/output error" in str(failed.value)
    assert isinstance(failed.value.__cause__, OSError)
    counts = s3.stats()
    assert counts.get("UploadPart", 0) >= 1, counts  # a part did reach the server ...
    assert counts.get("AbortMultipartUpload") == 1, counts  # ... and the upload was aborted
    assert "CompleteMultipartUpload" not in counts
    assert output.saved("video.mp4") is None
    assert output.key("video.mp4") not in s3.open_uploads()  # no hidden parts left to pay for

    monkeypatch.undo()
    saved = output.put_file(source, "video.mp4", sha256=sha, task_id="task-1")
    assert output.saved("video.mp4") == saved
    assert s3.get(output.key("video.mp4")) == source.read_bytes()


KILLED_UPLOAD = textwrap.dedent(
    """
    import sys
    from evolink._objectstore import ObjectOutput
    url, fifo, sha = sys.argv[1:4]
    ObjectOutput.from_url(url, part_size=int(sys.argv[4])).put_file(fifo, "video.mp4", sha256=sha, task_id="t")
    print("finished")
    """
)


def open_fifo_for_writing(path: Path, process: subprocess.Popen[bytes], timeout: float = 30) -> int:
    """Open the FIFO once the uploading process has opened it to read (O_NONBLOCK: never hang on a dead reader)."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
        except OSError as exc:
            if exc.errno != errno.ENXIO or process.poll() is not None or time.monotonic() > deadline:
                raise
            time.sleep(0.02)
            continue
        os.set_blocking(fd, True)
        return fd


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs a FIFO")
def test_an_upload_killed_after_its_first_part_leaves_no_object_and_a_rerun_completes(
    s3: S3Server, tmp_path: Path
) -> None:
    source = tmp_path / "video.mp4"
    sha = write_file(source, 3 * PART)
    data = source.read_bytes()
    url = fresh_url(s3)
    output = ObjectOutput.from_url(url, part_size=PART)
    # The uploader reads from a FIFO that this test feeds: it gets two parts, then waits for more, and is killed
    # once the server has stored a part; no race with the upload's speed.
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    s3.stats(reset=True)
    process = subprocess.Popen(
        [sys.executable, "-c", KILLED_UPLOAD, url, str(fifo), sha, str(PART)],
        env={**os.environ, **s3.env},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    fd = open_fifo_for_writing(fifo, process)
    try:
        os.write(fd, data[: 2 * PART + 1])
        deadline = time.monotonic() + 30
        while s3.stats().get("UploadPart", 0) < 1:
            assert process.poll() is None and time.monotonic() < deadline, process.stderr
            time.sleep(0.01)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
    finally:
        os.close(fd)
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == -signal.SIGKILL
    assert s3.stats().get("CompleteMultipartUpload") is None

    assert output.saved("video.mp4") is None  # nothing visible ...
    assert output.key("video.mp4") in s3.open_uploads()  # ... though its parts wait, hidden, for a lifecycle rule

    saved = output.put_file(source, "video.mp4", sha256=sha, task_id="t")
    assert output.saved("video.mp4") == saved
    assert s3.get(output.key("video.mp4")) == data


def test_an_object_already_saved_reports_its_hash_and_is_not_sent_again(s3: S3Server, tmp_path: Path) -> None:
    source = tmp_path / "video.mp4"
    sha = write_file(source, 2 * PART + 7)
    output = output_for(s3)
    output.put_file(source, "video.mp4", sha256=sha, task_id="task-first")

    s3.stats(reset=True)
    found = output.saved("video.mp4")
    assert found is not None and found.sha256 == sha and found.task_id == "task-first"  # the caller can skip
    assert s3.stats(reset=True) == {"HeadObject": 1}

    again = output.put_file(source, "video.mp4", sha256=sha, task_id="task-second")
    assert again == found  # success, and the object is the first one, untouched
    assert s3.stats() == {"HeadObject": 1}  # one look, no upload


def test_a_different_file_under_a_saved_name_replaces_it_whole(s3: S3Server, tmp_path: Path) -> None:
    first, second = tmp_path / "a.mp4", tmp_path / "b.mp4"
    sha_first, sha_second = write_file(first, PART + 1), write_file(second, 2 * PART + 1)
    output = output_for(s3)
    output.put_file(first, "video.mp4", sha256=sha_first, task_id="t1")
    saved = output.put_file(second, "video.mp4", sha256=sha_second, task_id="t2")
    assert output.saved("video.mp4") == saved and saved.sha256 == sha_second
    assert s3.get(output.key("video.mp4")) == second.read_bytes()


def test_a_file_that_is_not_the_hash_given_is_not_published(s3: S3Server, tmp_path: Path) -> None:
    source = tmp_path / "video.mp4"
    write_file(source, 2 * PART + 1)
    output = output_for(s3)
    with pytest.raises(ObjectStoreError, match="changed since it was hashed"):
        output.put_file(source, "video.mp4", sha256="0" * 64, task_id="t")
    assert output.saved("video.mp4") is None
    assert output.key("video.mp4") not in s3.open_uploads()


def test_a_missing_local_file_is_an_object_store_error(s3: S3Server, tmp_path: Path) -> None:
    output = output_for(s3)
    with pytest.raises(ObjectStoreError, match=r"reading .*missing\.mp4 failed") as failed:
        output.put_file(tmp_path / "missing.mp4", "video.mp4", sha256="0" * 64, task_id="t")
    assert isinstance(failed.value.__cause__, FileNotFoundError)


class SlowSource(FailingSource):
    """A disk that takes ``delay`` seconds per read."""

    def __init__(self, path: Path, delay: float) -> None:
        super().__init__(path, limit=1 << 62)
        self.delay = delay

    def read(self, size: int = -1) -> bytes:
        time.sleep(self.delay)
        return super().read(size)


def test_the_deadline_aborts_the_upload(s3: S3Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "video.mp4"
    sha = write_file(source, 4 * PART)
    output = output_for(s3, timeout=1.0)
    monkeypatch.setattr(objectstore, "_open_source", lambda path: SlowSource(path, 0.4))
    s3.stats(reset=True)
    started = time.monotonic()
    with pytest.raises(ObjectStoreError, match=r"not finished within 1\.0 s"):
        output.put_file(source, "video.mp4", sha256=sha, task_id="t")
    assert time.monotonic() - started < 3
    assert output.saved("video.mp4") is None
    assert s3.stats().get("AbortMultipartUpload") == 1
    assert output.key("video.mp4") not in s3.open_uploads()


def test_a_missing_bucket_fails_naming_the_url(s3: S3Server, tmp_path: Path) -> None:
    source = tmp_path / "video.mp4"
    sha = write_file(source, 100)
    url = f"s3://no-such-bucket-{uuid.uuid4().hex[:8]}/videos"
    output = ObjectOutput.from_url(url)
    with pytest.raises(ObjectStoreError) as failed:
        output.check()
    assert url in str(failed.value) and "NoSuchBucket" in str(failed.value)
    with pytest.raises(ObjectStoreError) as failed:
        output.put_file(source, "video.mp4", sha256=sha, task_id="t")
    assert f"{url}/video.mp4" in str(failed.value)
    assert failed.value.__cause__ is not None and not isinstance(failed.value.__cause__, EvoLinkError)
    # A HEAD cannot tell a missing bucket from a missing object (S3 sends no body): saved() says "not saved".
    assert output.saved("video.mp4") is None


def test_an_unreachable_endpoint_fails_within_the_timeout_naming_the_url(s3: S3Server) -> None:
    import socket

    with socket.socket() as sock:  # a port that was free a moment ago: nothing listens there
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"s3://{s3.bucket}/videos"
    output = ObjectOutput.from_url(url, options={"endpoint": f"http://127.0.0.1:{port}"}, timeout=0.5)
    started = time.monotonic()
    with pytest.raises(ObjectStoreError) as failed:
        output.saved("video.mp4")
    assert time.monotonic() - started < 5  # retried for the timeout, not obstore's default 3 minutes
    assert f"{url}/video.mp4" in str(failed.value)
    assert "onnect" in str(failed.value.__cause__)  # a connection error, not a refusal to build the client
    with pytest.raises(ObjectStoreError):
        output.check()


def test_bad_urls_and_options_are_object_store_errors(s3: S3Server) -> None:
    with pytest.raises(ObjectStoreError, match="not an object-store URL"):
        ObjectOutput.from_url("out/videos")
    with pytest.raises(ObjectStoreError, match="part_size"):
        ObjectOutput.from_url(s3.url(), part_size=1024)
    with pytest.raises(ObjectStoreError, match="cannot open the store") as failed:
        ObjectOutput.from_url(s3.url(), options={"no_such_option": "1"})
    assert s3.url() in str(failed.value)


def test_import_evolink_loads_no_object_store_library() -> None:
    code = "import sys, evolink, evolink._objectstore; print(sorted(sys.modules))"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    for library in ("obstore", "s3fs", "fsspec", "botocore"):
        assert f"'{library}'" not in loaded
