"""``--provider evolink|uniall``: which gateway a command talks to, and the same experience on both.

The end-to-end tests run ``evolink`` against the mock serving the UniAll API
(``evolink mock --provider uniall``) with only UniAll's variables in the
environment, exactly as a UniAll user would. The listing and validation tests
need no server.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from evolink import RequestValidationError, UniAll
from evolink._spec import evolink_spec, uniall_spec
from evolink.cli.backends import BACKENDS, choose_backend

from .conftest import Cli, LiveMock, free_port, start_mock, stop
from .test_commands import VEO, error_line, is_mp4

UNIALL = "veo3.1-video-720p"
UNIALL_FAST = "veo3.1-fast-video-1080p"
PROMPT = "A cat playing piano"
OFFLINE = f"http://127.0.0.1:{free_port()}"  # nothing listens: only a check before any request can answer


def _mock_serves_uniall() -> bool:
    done = subprocess.run([sys.executable, "-m", "evolink.testing", "--help"], capture_output=True, text=True)
    return "--provider" in done.stdout and "uniall" in done.stdout


@pytest.fixture(scope="module")
def uniall_mock(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveMock]:
    if not _mock_serves_uniall():
        pytest.skip("the mock cannot serve UniAll yet: python -m evolink.testing has no --provider uniall (issue 6.3)")
    log = tmp_path_factory.mktemp("uniall-mock") / "mock.log"
    process, live = start_mock(log, "--task-seconds", "1", provider="uniall")
    yield live
    stop(process)


@pytest.fixture
def uniall(uniall_mock: LiveMock, tmp_path: Path) -> Cli:
    """``evolink`` with only ``UNIALL_API_KEY`` and ``UNIALL_BASE_URL`` set, pointing at the UniAll mock."""
    return Cli(uniall_mock, tmp_path)


# --- choosing the gateway ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("flag", "environ", "chosen"),
    [
        (None, {}, "evolink"),
        (None, {"EVOLINK_API_KEY": "k"}, "evolink"),
        (None, {"UNIALL_API_KEY": "k"}, "uniall"),
        (None, {"UNIALL_BASE_URL": "https://u.test"}, "uniall"),
        (None, {"UNIALL_API_KEY": "k", "EVOLINK_BASE_URL": "https://e.test"}, "evolink"),  # both: the default
        ("evolink", {"UNIALL_API_KEY": "k"}, "evolink"),
        ("uniall", {}, "uniall"),
    ],
)
def test_the_gateway_is_the_flag_else_the_only_one_configured(
    flag: str | None, environ: dict[str, str], chosen: str
) -> None:
    assert choose_backend(flag, environ) is BACKENDS[chosen]


# --- end to end on the UniAll mock -------------------------------------------------------------


def test_generate_with_provider_uniall_saves_a_playable_mp4(uniall: Cli, tmp_path: Path) -> None:
    before = uniall.mock.stats()["create_requests"]
    run = uniall("generate", "--provider", "uniall", PROMPT, "--model", UNIALL, "--size", "720p", "-o", "x.mp4")
    assert run.code == 0, run.stderr
    assert run.stdout == "x.mp4\n"
    assert is_mp4(tmp_path / "x.mp4")
    assert uniall.mock.stats()["create_requests"] == before + 1
    assert f"({UNIALL})" in run.stderr and "completed" in run.stderr


def test_only_uniall_configured_needs_no_flag_and_the_resume_hint_names_the_gateway(uniall: Cli) -> None:
    run = uniall("generate", f"[mock:never] {PROMPT}", "-m", UNIALL, "-o", "x.mp4", "--timeout", "0.5")
    assert run.code == 6, run.stderr
    line = error_line(run.stderr)
    task_id = line.split()[1]
    assert line.endswith(f"resume with: evolink tasks wait {task_id} -o x.mp4 --provider uniall")

    got = uniall("tasks", "get", task_id, "--provider", "uniall", "--json")
    assert got.code == 0, got.stderr
    assert got.json()["id"] == task_id and got.json()["model"] == UNIALL


def test_evolink_provider_variable_and_a_uniall_model_on_evolink(uniall: Cli, uniall_mock: LiveMock) -> None:
    both = {"EVOLINK_API_KEY": "sk-evolink", "EVOLINK_BASE_URL": OFFLINE}
    chosen = uniall("generate", PROMPT, "-m", UNIALL, "--no-wait", env={**both, "EVOLINK_PROVIDER": "uniall"})
    assert chosen.code == 0, chosen.stderr

    refused = uniall("generate", PROMPT, "-m", UNIALL, "--size", "720p", env=both)  # both configured: evolink
    assert refused.code == 2
    assert error_line(refused.stderr) == f"{UNIALL} is a uniall model: add --provider uniall"


def test_batch_with_provider_uniall(uniall: Cli, tmp_path: Path) -> None:
    (tmp_path / "jobs.jsonl").write_text(
        f'{{"name": "a", "model": "{UNIALL}", "prompt": "A cat", "size": "720p"}}\n'
        f'{{"name": "b", "model": "{UNIALL_FAST}", "prompt": "A dog", "extra_body": {{"seed": 3}}}}\n'
    )
    run = uniall("batch", "jobs.jsonl", "--out", "out", "--provider", "uniall", "--json")
    assert run.code == 0, run.stderr
    report = run.json()
    assert report["provider"] == "uniall"
    assert [(i["name"], i["status"]) for i in report["items"]] == [("a", "saved"), ("b", "saved")]
    assert all(is_mp4(tmp_path / i["path"]) for i in report["items"])


# --- without a server ---------------------------------------------------------------------------


def test_uniall_without_a_base_url_says_which_variable(cli: Cli) -> None:
    run = cli("tasks", "get", "job_1", "--provider", "uniall", env={"UNIALL_API_KEY": "k"})
    assert run.code == 2
    assert error_line(run.stderr) == "uniall has no default address: pass --base-url or set UNIALL_BASE_URL"


@pytest.mark.parametrize(
    ("args", "fields"),
    [
        ([UNIALL, "--duration", "5"], {"duration": 5}),
        ([UNIALL, "--size", "1080p"], {"size": "1080p"}),
        ([UNIALL, "--last-image", "https://x.test/b.png"], {"last_image": "https://x.test/b.png"}),
        (
            [UNIALL_FAST, "--images", "https://x.test/a.png", "--images", "https://x.test/b.png"],
            {"images": ["https://x.test/a.png", "https://x.test/b.png"]},
        ),
        ([UNIALL, "--extra-body", '{"seed": -1}'], {"extra_body": {"seed": -1}}),
    ],
)
def test_uniall_validation_errors_have_the_librarys_message(cli: Cli, args: list[str], fields: dict[str, Any]) -> None:
    offline = {"UNIALL_API_KEY": None, "UNIALL_BASE_URL": OFFLINE}
    run = cli("generate", "--provider", "uniall", PROMPT, "-m", *args, env=offline)
    assert run.code == 2, run.stderr
    with UniAll("k", base_url=OFFLINE) as client, pytest.raises(RequestValidationError) as refused:
        client.videos.create(model=args[0], prompt=PROMPT, **fields)
    assert error_line(run.stderr) == str(refused.value)


def test_models_lists_both_gateways_grouped(cli: Cli) -> None:
    run = cli("models")
    assert run.code == 0, run.stderr
    evolink_part, _, uniall_part = run.stdout.partition("uniall: --provider uniall")
    assert all(m in evolink_part for m in evolink_spec().models)
    assert all(m in uniall_part for m in uniall_spec().models)
    listed = [(m["provider"], m["model"]) for m in cli("models", "--json").json()]  # type: ignore[index]
    assert sorted(listed) == sorted(
        [("evolink", m) for m in evolink_spec().models] + [("uniall", m) for m in uniall_spec().models]
    )
    assert [p for p, _ in listed] == sorted(p for p, _ in listed)  # one gateway, then the other


def test_models_model_finds_it_on_either_gateway(cli: Cli) -> None:
    for model, provider in ((UNIALL, "uniall"), (VEO, "evolink")):
        info = cli("models", model, "--json").json()
        assert info["provider"] == provider and info["model"] == model
    shown = cli("models", UNIALL)
    assert shown.code == 0, shown.stderr
    text = " ".join(shown.stdout.split())
    assert f"{UNIALL} (uniall: --provider uniall)" in text
    assert "--size" in text and "--extra-body" in text and "last_image needs image" in text
