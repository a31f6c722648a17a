"""The public API for tools built on evolink (the CLI is one): evolink.spec, evolink.batch, evolink.files."""

from __future__ import annotations

import subprocess
import sys
import warnings
from pathlib import Path
from typing import Any

import pytest

from evolink import EvoLink, RequestValidationError, UnknownModelWarning, new_idempotency_key
from evolink.batch import JOURNAL_NAME, Batch, BatchProgress, BatchValidationError, EarlierRunError
from evolink.files import write_atomically
from evolink.spec import describe_limits, describe_rules, evolink_spec, makes_video, validate_request
from evolink.testing import MockConfig, MockServer

FAST = "veo-3.1-fast-generate-preview"


def client_for(server: MockServer) -> EvoLink:
    return EvoLink(server.api_key, base_url=server.base_url, transport=server.transport())


@pytest.fixture
def server() -> Any:
    mock = MockServer(MockConfig(task_seconds=0))
    yield mock
    mock.close()


def test_import_evolink_loads_none_of_the_public_helper_modules() -> None:
    code = "import sys, evolink; print(sorted(sys.modules))"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    for heavy in ("evolink.spec", "evolink.batch", "evolink.files", "jsonschema", "sqlite3"):
        assert f"'{heavy}'" not in loaded


def test_a_batch_check_names_every_bad_request_by_its_position_and_sends_nothing(server: MockServer) -> None:
    requests = [
        {"model": FAST, "prompt": "fine", "name": "same"},
        {"model": FAST, "prompt": "clash", "name": "same"},
        {"model": FAST, "prompt": "bad", "duration": 5},
        {"model": FAST, "prompt": "bad name", "name": 7},
        {"model": "kling-custom-element", "prompt": "no video"},
    ]
    with client_for(server) as client, pytest.raises(BatchValidationError) as refused:
        Batch(client, output_dir="unused").check(requests, positions=[10, 20, 30, 40, 50])
    problems = {position: [v.field for v in found] for position, found in refused.value.problems.items()}
    assert {pos: found for pos, found in problems.items() if pos != 50} == {
        20: ["name"],
        30: ["duration"],
        40: ["name"],
    }
    assert "model" in problems[50]  # it makes an element, not a video (and lacks the element's fields)
    assert "item 10" in refused.value.problems[20][0].rule  # the clash names the position it clashes with
    assert server.stats.requests == 0


def test_a_batch_runs_checked_items_reporting_progress_and_resumes_from_its_journal(
    server: MockServer, tmp_path: Path
) -> None:
    seen: list[tuple[int, int, int]] = []

    def on_update(progress: BatchProgress) -> None:
        seen.append((progress.submitted, progress.running, progress.done))

    requests = [{"model": FAST, "prompt": f"cat {i}", "name": f"cat-{i}"} for i in range(3)]
    with client_for(server) as client:
        batch = Batch(client, output_dir=tmp_path, on_update=on_update)
        assert batch.journal_path == tmp_path / JOURNAL_NAME
        items = batch.check(requests, positions=[4, 8, 15])
        results = batch.run(items, concurrency=2)
        again = Batch(client, output_dir=tmp_path).run(batch.check(requests, positions=[4, 8, 15]))
    assert [(r.position, r.status, r.path) for r in results] == [
        (pos, "saved", tmp_path / f"cat-{i}.mp4") for i, pos in enumerate([4, 8, 15])
    ]
    assert seen[-1] == (3, 0, 3) and len(seen) == 6  # submitted and done, per item
    assert all(r.resumed for r in again) and server.stats.tasks_created == 3


def test_a_batch_refuses_an_earlier_runs_files_that_its_journal_does_not_know(
    server: MockServer, tmp_path: Path
) -> None:
    report = tmp_path / "report.json"
    report.write_text("{}")
    with client_for(server) as client:
        batch = Batch(client, output_dir=tmp_path, witnesses=[report])
        items = batch.check([{"model": FAST, "prompt": "cat"}])
        with pytest.raises(EarlierRunError) as refused:
            batch.run(items)
    assert refused.value.files == [report]
    assert server.stats.requests == 0


def test_validate_request_checks_as_the_client_does_and_warns_of_a_new_model() -> None:
    spec = evolink_spec()
    with pytest.raises(RequestValidationError) as refused:
        validate_request(spec, {"model": FAST, "prompt": "x", "duration": 5, "callback_url": "https://10.0.0.1/h"})
    assert [v.field for v in refused.value.violations] == ["duration", "callback_url"]  # every problem at once
    with pytest.raises(RequestValidationError, match="callback_url"):
        validate_request(spec, {"model": FAST, "prompt": "x", "callback_url": "https://10.0.0.1/hook"})
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        validate_request(spec, {"model": "veo-9-preview", "prompt": "x"})
    assert [w.category for w in caught] == [UnknownModelWarning]
    with pytest.raises(RequestValidationError, match="did you mean"):
        validate_request(spec, {"model": "veo-9-preview", "prompt": "x"}, strict_models=True)


def test_makes_video_is_false_only_for_a_model_whose_result_is_something_else() -> None:
    spec = evolink_spec()
    assert makes_video(spec, {"model": FAST}) and makes_video(spec, {"model": "brand-new-model"})
    assert not makes_video(spec, {"model": "kling-custom-element"})


@pytest.mark.parametrize(
    ("field", "value", "shown"),
    [("duration", 5, "5"), ("prompt", "x" * 2001, "2001"), ("image_urls", ["https://e.com/a.png"] * 4, "4")],
)
def test_a_violation_states_its_limit_in_the_words_of_the_description(field: str, value: Any, shown: str) -> None:
    spec = evolink_spec()
    (violation,) = spec.check_request({"model": FAST, "prompt": "x", field: value})
    assert violation.rule in describe_limits(spec.resolve(spec.model_schema(FAST)["properties"][field]))
    assert violation.message == f"{field}: {violation.rule}, got {shown}"


def test_an_enum_and_an_if_then_rule_read_the_same_in_a_description_and_a_violation() -> None:
    spec = evolink_spec()
    schema = spec.model_schema(FAST)
    (enum,) = spec.check_request({"model": FAST, "prompt": "x", "duration": 5})
    assert enum.rule in describe_limits(spec.resolve(schema["properties"]["duration"]))
    body = {"model": FAST, "prompt": "x", "generation_type": "REFERENCE", "image_urls": ["https://e.com/a.png"]}
    found = {v.field: v.rule for v in spec.check_request({**body, "duration": 4})}
    reference = next(rule for rule in describe_rules(schema) if rule.startswith("when generation_type is REFERENCE"))
    assert found["duration"] == "must be 8 when generation_type is REFERENCE"
    assert "duration: must be 8" in reference
    assert describe_rules({"dependentRequired": {"loop": ["fps"]}}, "p.") == ["p.loop needs p.fps"]


def test_the_idempotency_key_is_one_the_spec_accepts_and_new_each_time() -> None:
    spec = evolink_spec()
    header = spec.create_idempotency_header
    assert header is not None
    key = new_idempotency_key()
    assert key != new_idempotency_key()
    assert spec.check_parameter(spec.create_path, "post", header, key) == []


def test_write_atomically_replaces_a_file_whole_or_not_at_all(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    assert write_atomically(target, b"first") == target
    with pytest.raises(TypeError):
        write_atomically(target, "not bytes")  # type: ignore[arg-type]
    assert target.read_bytes() == b"first"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]  # no part file left behind
