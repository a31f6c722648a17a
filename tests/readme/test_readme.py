"""Every Python and shell example in README.md runs, against the built-in mock: a README that drifts fails CI.

Each fenced ``python`` or ``sh`` block is preceded by a marker saying how it runs:
``<!-- readme-test: live -->`` (against a mock on loopback, with EVOLINK_API_KEY and EVOLINK_BASE_URL set, as a
user's shell would have them, and EVOLINK_FILES_BASE_URL: the mock serves the files API too),
``<!-- readme-test: live-uniall -->`` (the same with a UniAll mock and UNIALL_API_KEY / UNIALL_BASE_URL),
``<!-- readme-test: live-shared -->`` (as ``live``, plus a real PostgreSQL server and a real S3-compatible server on
loopback: JOURNAL names a fresh batch in the one, BUCKET a bucket in the other, with the AWS_* variables set),
``<!-- readme-test: standalone -->`` (no environment: the block sets up what it needs) or
``<!-- readme-test: skip (why) -->``. A line ``print(...)  # -> text`` asserts that ``text`` is printed.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from evolink.testing import LiveServer, MockConfig

ROOT = Path(__file__).resolve().parents[2]
BLOCK = re.compile(
    r"(?:<!-- readme-test: (?P<mode>[\w-]+)(?P<why>[^>]*)-->\n)?```(?P<lang>\w+)\n(?P<code>.*?)```", re.S
)
# Blocks that are never run, and why: they build or test this repository itself.
ALLOWED_SKIPS = {"make demo", "make test", "pip install .", "git clone --bare https://github.com/Pharmacist9527"}


def blocks() -> list[tuple[str, str, str, str]]:
    text = (ROOT / "README.md").read_text()
    return [
        (m["mode"] or "", m["why"].strip(), m["lang"], m["code"])
        for m in BLOCK.finditer(text)
        if m["lang"] in ("python", "sh")
    ]


BLOCKS = blocks()
MODES = ("live", "live-uniall", "live-shared", "standalone")
RUNNABLE = [(mode, lang, code) for mode, _, lang, code in BLOCKS if mode in MODES]


def test_every_example_says_how_it_is_tested() -> None:
    assert len(RUNNABLE) >= 8
    for mode, why, _, code in BLOCKS:
        assert mode in (*MODES, "skip"), f"README block without a readme-test marker:\n{code}"
        if mode == "skip":
            assert why, f"a skipped block must say why:\n{code}"
            assert any(code.startswith(allowed) for allowed in ALLOWED_SKIPS), code


@pytest.fixture(scope="module")
def live() -> Iterator[LiveServer]:
    with LiveServer(MockConfig(task_seconds=1.0)) as server:
        yield server


@pytest.fixture(scope="module")
def live_uniall() -> Iterator[LiveServer]:
    with LiveServer(MockConfig(task_seconds=1.0, provider="uniall")) as server:
        yield server


@pytest.fixture(scope="module")
def shared_services() -> Iterator[dict[str, str]]:
    """A PostgreSQL server and an S3-compatible server, as the two-machine example expects them."""
    from objectstore.conftest import start_server

    from evolink.testing import local_postgres

    process, endpoint = start_server()
    try:
        import httpx

        bucket = "readme-example"
        httpx.put(f"{endpoint}/{bucket}").raise_for_status()
        with local_postgres() as url:
            yield {
                "JOURNAL": url,
                "BUCKET": bucket,
                "AWS_ACCESS_KEY_ID": "testing",
                "AWS_SECRET_ACCESS_KEY": "testing",
                "AWS_ENDPOINT_URL": endpoint,
                "AWS_REGION": "us-east-1",
                "AWS_ALLOW_HTTP": "true",
            }
    finally:
        process.terminate()
        process.wait()


def expected_output(code: str) -> list[str]:
    return re.findall(r"#\s*->\s*(.+)$", code, re.M)


@pytest.mark.parametrize(
    ("mode", "lang", "code"), RUNNABLE, ids=[f"{i}-{m}-{lang}" for i, (m, lang, _) in enumerate(RUNNABLE)]
)
def test_readme_example_runs(mode: str, lang: str, code: str, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("EVOLINK_", "UNIALL_"))}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env['PATH']}"
    if mode in ("live", "live-shared"):
        live: LiveServer = request.getfixturevalue("live")
        env.update(EVOLINK_API_KEY=live.api_key, EVOLINK_BASE_URL=live.base_url, EVOLINK_FILES_BASE_URL=live.base_url)
    if mode == "live-shared":
        services: dict[str, str] = request.getfixturevalue("shared_services")
        env.update(services, JOURNAL=f"{services['JOURNAL']}?batch=readme_{uuid.uuid4().hex[:8]}")  # a fresh batch
    elif mode == "live-uniall":
        uniall: LiveServer = request.getfixturevalue("live_uniall")
        env.update(UNIALL_API_KEY=uniall.api_key, UNIALL_BASE_URL=uniall.base_url)
    shutil.copytree(ROOT / "examples", tmp_path / "examples")  # files the README refers to, as in a checkout
    command = [sys.executable, "-c", code] if lang == "python" else ["bash", "-euo", "pipefail", "-c", code]
    done = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, f"exit {done.returncode}\n--- stdout\n{done.stdout}\n--- stderr\n{done.stderr}"
    for text in expected_output(code):
        assert text.strip() in done.stdout, f"expected {text!r} in the output:\n{done.stdout}"
