"""Issue 18, item 3 on the command line: a request that breaks three rules names all three, in a real process."""

from __future__ import annotations

from .conftest import Cli

VEO = "veo-3.1-fast-generate-preview"
BROKEN = ("generate", " ", "-m", VEO, "--duration", "5", "--generation-type", "FIRST&LAST")


def test_every_violation_is_printed_at_once(cli: Cli) -> None:
    run = cli(*BROKEN, "--image", "file:///etc/passwd")
    assert run.code == 2, run.stderr
    for words in (
        "3 problems with the request",
        "prompt: must not be empty or blank",
        "duration: must be one of 4, 6, 8, got 5",
        'image_urls[0]: must be an http:// or https:// link, got "file:///etc/passwd"',
    ):
        assert words in run.stderr, run.stderr
    assert "more)" not in run.stderr


def test_every_violation_is_in_the_json_error(cli: Cli) -> None:
    run = cli(*BROKEN, "--image", "file:///etc/passwd", "--json")
    assert run.code == 2, run.stderr
    fields = sorted(v["field"] for v in run.json()["failure"]["violations"])
    assert fields == ["duration", "image_urls[0]", "prompt"]
