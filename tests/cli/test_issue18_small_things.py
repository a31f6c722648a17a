"""Small things a new user meets first (issue 18, item 11): the models of the gateway asked for, ``help(EvoLink)``
naming the client's parts, and a batch table whose task ids survive a pipe.
"""

from __future__ import annotations

import pydoc
import re
from pathlib import Path

import pytest

from evolink import AsyncEvoLink, EvoLink
from evolink.spec import evolink_spec, uniall_spec

from .conftest import Cli
from .test_batch import report_of, write_jobs
from .test_commands import VEO


def test_models_of_the_gateway_asked_for_are_listed_and_only_they(cli: Cli) -> None:
    listed = cli("--provider", "uniall", "models", "--json").json()
    assert [m["model"] for m in listed] == sorted(uniall_spec().models)  # type: ignore[index]
    run = cli("--provider", "uniall", "models")
    assert run.code == 0, run.stderr
    assert run.stdout.lstrip().startswith("uniall")
    assert not any(model in run.stdout for model in evolink_spec().models)


def test_a_description_the_models_share_is_shown_once(cli: Cli) -> None:
    run = cli("--provider", "uniall", "models", env={"COLUMNS": "400"})
    shared = uniall_spec().model_schema(uniall_spec().models[0])["description"]
    assert run.stdout.count(shared[:40]) == 1, run.stdout


def test_without_a_choice_every_gateway_is_listed_the_configured_one_first(cli: Cli) -> None:
    names = [m["provider"] for m in cli("models", "--json").json()]  # type: ignore[union-attr]
    assert names[0] == "evolink" and set(names) == {"evolink", "uniall"}
    only_uniall = {"EVOLINK_API_KEY": None, "EVOLINK_BASE_URL": None, "UNIALL_API_KEY": "k"}
    names = [m["provider"] for m in cli("models", "--json", env=only_uniall).json()]  # type: ignore[union-attr]
    assert names[0] == "uniall" and set(names) == {"evolink", "uniall"}


@pytest.mark.parametrize("client", [EvoLink, AsyncEvoLink])
def test_help_shows_the_parts_of_a_client(client: type[EvoLink] | type[AsyncEvoLink]) -> None:
    text = pydoc.render_doc(client, renderer=pydoc.plaintext)
    for part in ("videos", "tasks", "account", "files"):
        assert re.search(rf"^ \|  {part}\n \|      \S", text, re.MULTILINE), f"{part} is not documented:\n{text}"


def test_the_batch_table_keeps_task_ids_whole_when_piped(cli: Cli, tmp_path: Path) -> None:
    write_jobs(tmp_path, {"name": "a-rather-long-item-name-for-a-narrow-table", "model": VEO, "prompt": "A cat"})
    run = cli("batch", "jobs.jsonl", "--out", "out", env={"COLUMNS": None})  # stdout is a pipe: no width to fit
    assert run.code == 0, run.stderr
    (item,) = report_of(tmp_path / "out")["items"]
    assert item["task_id"] in run.stdout
    assert "a-rather-long-item-name-for-a-narrow-table" in run.stdout
    assert "…" not in run.stdout
