"""``make demo``: the whole job - create, wait, download - on the built-in mock, with no API key and no network.

Starts the mock (:class:`evolink.testing.LiveServer`) on a free loopback port,
runs the real command a user would type against it, with the live progress
display::

    evolink generate "A cat playing piano" --model veo-3.1-fast-generate-preview --duration 8 \\
        -o out/cat-playing-piano.mp4

then stops the mock and prints where the playable MP4 is. Tasks take
``TASK_SECONDS`` on the mock, so the demo finishes in a few seconds. Run it
with the project's environment: ``.venv/bin/python scripts/demo.py``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from evolink.testing import LiveServer, MockConfig

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = Path("out") / "cat-playing-piano.mp4"
TASK_SECONDS = 4.0
COMMAND = [
    "generate",
    "A cat playing piano",
    "--model",
    "veo-3.1-fast-generate-preview",
    "--duration",
    "8",
    "-o",
    str(OUTPUT),
]


def evolink() -> list[str]:
    """The console script of this environment (the module, if the script is not installed)."""
    script = Path(sys.executable).parent / "evolink"
    return [str(script)] if script.exists() else [sys.executable, "-m", "evolink.cli"]


def main() -> int:
    with LiveServer(MockConfig(task_seconds=TASK_SECONDS)) as live:
        print(f"mock EvoLink API at {live.base_url}\n$ evolink {subprocess.list2cmdline(COMMAND)}", flush=True)
        env = {**os.environ, "EVOLINK_API_KEY": live.api_key, "EVOLINK_BASE_URL": live.base_url}
        code = subprocess.call([*evolink(), *COMMAND], cwd=ROOT, env=env)
    video = ROOT / OUTPUT
    if code != 0:
        print(f"demo failed: evolink exited with {code}", file=sys.stderr)
        return code
    if video.read_bytes()[4:8] != b"ftyp":  # an MP4 starts with its ftyp box
        print(f"demo failed: {video} is not an MP4", file=sys.stderr)
        return 1
    print(f"\nYour video: {video} ({video.stat().st_size:,} bytes, a playable MP4)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
