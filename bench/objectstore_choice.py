"""Which object-store library evolink uses for ``s3://`` outputs: obstore or fsspec+s3fs, measured side by side.

Run: ``.venv/bin/python bench/objectstore_choice.py`` (needs the dev group, which has obstore and moto, plus
``pip install s3fs==2026.9.0``, a bench-only reference; without it only obstore's figures are printed).

For each library, in fresh processes against one real S3-compatible server on loopback (tests/objectstore's
moto server):

- cold import time: best of 5 fresh interpreters, minus an empty interpreter's start;
- a streamed upload of a 64 MB local file in 8 MiB parts, 1 and 4 parts in flight: throughput (best of 3, after
  a warm-up upload) and peak RSS growth over all four uploads, from the RSS once imported (Linux: the peak is
  reset through /proc/self/clear_refs);
- what we need, checked, not assumed: a multipart upload streamed from a file, a head giving size and our
  metadata, and nothing visible (and no open multipart upload left) when the source fails half-way.

Nothing here runs in the tests; the figures are quoted in ``wrapper/evolink/_objectstore.py``'s docstring.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "objectstore"))

from conftest import start_server  # noqa: E402 - the tests' own server launcher

SIZE = 64 * 1024 * 1024
PART = 8 * 1024 * 1024
LIBRARIES = {"obstore": "import obstore, obstore.store", "s3fs": "import s3fs"}


def import_seconds(statement: str, runs: int = 5) -> float:
    def best(code: str) -> float:
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True)
            times.append(time.perf_counter() - start)
        return min(times)

    return best(statement) - best("pass")


def peak_reset() -> int:
    """Reset the peak RSS and return the current RSS (bytes)."""
    Path("/proc/self/clear_refs").write_text("5")
    return rss("VmRSS")


def rss(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    raise RuntimeError(field)


class FailingOpen:
    """A file whose reads fail once ``limit`` bytes were read: a disk error half-way through an upload."""

    def __init__(self, path: Path, limit: int) -> None:
        self.file = open(path, "rb")  # noqa: SIM115 - closed by close()/__exit__
        self.limit = limit
        self.read_so_far = 0

    def read(self, size: int = -1) -> bytes:
        if self.read_so_far >= self.limit:
            raise OSError("injected read failure")
        data = self.file.read(size)
        self.read_so_far += len(data)
        return data

    def __getattr__(self, name: str) -> Any:
        return getattr(self.file, name)

    def __enter__(self) -> FailingOpen:
        return self

    def __exit__(self, *exc: object) -> None:
        self.file.close()


def worker(library: str, endpoint: str, bucket: str, path: Path, concurrency: int) -> dict[str, Any]:
    """One library in this fresh process: upload, head, failure; print what was measured."""
    hashed = hashlib.sha256()
    with open(path, "rb") as source:
        while block := source.read(PART):
            hashed.update(block)
    sha = hashed.hexdigest()
    meta = {"evolinksha256": sha, "evolinktaskid": "task-1"}
    out: dict[str, Any] = {}
    if library == "obstore":
        import evolink._objectstore as objectstore

        output = objectstore.ObjectOutput.from_url(
            f"s3://{bucket}/{library}-{concurrency}", part_size=PART, max_concurrency=concurrency
        )

        def upload(name: str) -> None:
            output.put_file(path, name, sha256=sha, task_id="task-1")

        def head(name: str) -> tuple[int, dict[str, str]]:
            saved = output.saved(name)
            assert saved is not None
            return saved.size, {"evolinksha256": saved.sha256 or "", "evolinktaskid": saved.task_id or ""}

        def failing_upload(name: str) -> None:
            objectstore._open_source = lambda p: FailingOpen(p, PART + 1)  # type: ignore[assignment,return-value]
            try:
                output.put_file(path, name, sha256=sha, task_id="task-1")
            except objectstore.ObjectStoreError:
                return
            raise AssertionError("no failure")

    else:
        import s3fs
        import s3fs.core

        fs = s3fs.S3FileSystem(key="testing", secret="testing", endpoint_url=endpoint, max_concurrency=concurrency)

        def upload(name: str) -> None:
            fs.put_file(str(path), f"{bucket}/{library}-{concurrency}/{name}", chunksize=PART, Metadata=meta)

        def head(name: str) -> tuple[int, dict[str, str]]:
            key = f"{bucket}/{library}-{concurrency}/{name}"
            return int(fs.info(key, refresh=True)["size"]), dict(fs.metadata(key, refresh=True))

        def failing_upload(name: str) -> None:
            s3fs.core.open = lambda p, mode="rb": FailingOpen(Path(p), PART + 1)  # type: ignore[attr-defined]
            try:
                fs.put_file(str(path), f"{bucket}/{library}-{concurrency}/{name}", chunksize=PART, Metadata=meta)
            except OSError:
                return
            raise AssertionError("no failure")

    before = peak_reset()
    upload("warm-up.bin")  # connections, credentials, lazy imports: not part of the time
    times = []
    for run in range(3):
        httpx.post(f"{endpoint}/_stats")
        start = time.perf_counter()
        upload(f"run-{run}.bin")
        times.append(time.perf_counter() - start)
    growth = rss("VmHWM") - before
    parts = httpx.get(f"{endpoint}/_stats").json().get("UploadPart", 0)
    out["mb_per_s"] = SIZE / min(times) / 1e6
    out["peak_rss_growth_mb"] = growth / 1e6
    out["multipart_parts"] = parts
    size, found = head("run-0.bin")
    out["head_size_ok"] = size == SIZE
    out["head_metadata_ok"] = found.get("evolinksha256") == meta["evolinksha256"]
    failing_upload("failed.bin")
    listed = httpx.get(f"{endpoint}/{bucket}", params={"prefix": f"{library}-{concurrency}/failed.bin"}).text
    uploads = httpx.get(f"{endpoint}/{bucket}", params={"uploads": "", "prefix": f"{library}-{concurrency}/"}).text
    out["failure_leaves_nothing_visible"] = "<Key>" not in listed
    out["failure_aborts_multipart"] = "<Key>" not in uploads
    return out


def main() -> None:
    if len(sys.argv) == 7 and sys.argv[1] == "--worker":
        print(json.dumps(worker(sys.argv[2], sys.argv[3], sys.argv[4], Path(sys.argv[5]), int(sys.argv[6]))))
        return
    available = []
    for library in LIBRARIES:
        found = subprocess.run([sys.executable, "-c", LIBRARIES[library]], capture_output=True).returncode == 0
        if found:
            available.append(library)
        else:
            print(f"{library}: not installed, skipped")
    process, endpoint = start_server()
    env = {
        **os.environ,
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_ENDPOINT_URL": endpoint,
        "AWS_REGION": "us-east-1",
        "AWS_ALLOW_HTTP": "true",
    }
    bucket = "bench-objectstore"
    try:
        httpx.put(f"{endpoint}/{bucket}").raise_for_status()
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "video.bin"
            with open(path, "wb") as file:
                for _ in range(SIZE // (1024 * 1024)):
                    file.write(os.urandom(1024 * 1024))
            header = ("library".ljust(8), "import ms", "parts at once", "  MB/s", "peak RSS +MB", "parts")
            print(" ".join(header) + "  checks")
            imports = {library: import_seconds(LIBRARIES[library]) * 1000 for library in available}
            for library, concurrency in [(lib, n) for n in (1, 4) for lib in available]:
                imported = imports[library]
                result = subprocess.run(
                    [sys.executable, __file__, "--worker", library, endpoint, bucket, str(path), str(concurrency)],
                    capture_output=True,
                    text=True,
                    env=env,
                    cwd=ROOT,
                )
                if result.returncode != 0:
                    print(f"{library}: failed\n{result.stderr[-2000:]}")
                    continue
                figures = json.loads(result.stdout.strip().splitlines()[-1])
                checks = ", ".join(f"{k}={'yes' if v else 'NO'}" for k, v in figures.items() if isinstance(v, bool))
                print(
                    f"{library:<8} {imported:>9.0f} {concurrency:>13} {figures['mb_per_s']:>6.0f} "
                    f"{figures['peak_rss_growth_mb']:>12.0f} {figures['multipart_parts']:>5}  {checks}"
                )
    finally:
        process.terminate()
        process.wait()


if __name__ == "__main__":
    main()
