"""A model newer than the installed spec is not a dead end: sent with a warning, or refused when strict."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from evolink import EvoLink, RequestValidationError, UnknownModelWarning
from evolink._spec import evolink_spec
from evolink.testing import MockConfig, MockServer

NEW = "seedance-9.0-text-to-video"  # a model the provider might add next month


def client_for(server: MockServer, **options: object) -> EvoLink:
    return EvoLink(server.api_key, base_url=server.base_url, transport=server.transport(), **options)  # type: ignore[arg-type]


def test_an_unknown_model_is_sent_unchanged_with_a_warning_naming_the_closest_models() -> None:
    server = MockServer(MockConfig(extra_models=[NEW]))
    body = {"model": NEW, "prompt": "A cat", "duration": 9, "brand_new_field": {"x": [1, 2]}}
    with client_for(server) as client, pytest.warns(UnknownModelWarning) as caught:
        task = client.videos.create(**body)
    (warning,) = caught
    text = str(warning.message)
    assert NEW in text and "seedance-2.0-text-to-video" in text and "strict_models=True" in text
    assert task.model == NEW
    assert server.received(task.id) == body  # reached the gateway exactly as given
    server.close()


def test_strict_models_refuses_before_sending_naming_the_model_typed() -> None:
    server = MockServer(MockConfig(extra_models=[NEW]))
    with client_for(server, strict_models=True) as client, pytest.raises(RequestValidationError) as refused:
        client.videos.create(model=NEW, prompt="A cat")
    ((violation),) = refused.value.violations
    assert violation.field == "model" and f'"{NEW}"' in violation.message
    assert "did you mean" in violation.message and "seedance-2.0" in violation.message
    assert server.stats.requests == 0
    server.close()


def test_a_typo_is_obvious_from_the_suggestion() -> None:
    rule = evolink_spec().unknown_model_rule("kling-v3-imagee-to-video")
    assert "did you mean kling-v3-image-to-video" in rule


def test_the_rules_every_model_shares_still_apply_to_an_unknown_model() -> None:
    server = MockServer(MockConfig(extra_models=[NEW]))
    with client_for(server) as client, warnings.catch_warnings():
        warnings.simplefilter("error", UnknownModelWarning)  # refused before any warning: nothing is sent
        with pytest.raises(RequestValidationError, match="callback_url"):
            client.videos.create(model=NEW, prompt="A cat", callback_url="http://insecure.example.com/hook")
        with pytest.raises(RequestValidationError, match="model"):
            client.videos.create(model="", prompt="A cat")
    assert server.stats.requests == 0
    server.close()


def test_unknown_parameters_of_a_known_model_are_still_refused() -> None:
    server = MockServer()
    with client_for(server) as client, pytest.raises(RequestValidationError) as refused:
        client.videos.create(model="seedance-2.0-text-to-video", prompt="A cat", brand_new_field=1)
    assert "brand_new_field" in str(refused.value)
    assert server.stats.requests == 0
    server.close()


def test_a_gateway_that_does_not_know_the_model_answers_400_naming_it() -> None:
    """The mock plays a gateway of the same age as the spec unless told about newer models."""
    server = MockServer()
    with client_for(server) as client, pytest.warns(UnknownModelWarning), pytest.raises(Exception) as refused:
        client.videos.create(model=NEW, prompt="A cat")
    assert NEW in str(refused.value)
    server.close()


def test_a_batch_warns_once_and_a_strict_batch_refuses_before_sending(tmp_path: Path) -> None:
    server = MockServer(MockConfig(extra_models=[NEW], task_seconds=0))
    jobs = [{"model": NEW, "prompt": f"cat {i}"} for i in range(3)]
    with client_for(server) as client, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("default")  # what a user sees: Python's default filter
        results = client.videos.generate_many(jobs, output_dir=tmp_path / "out")
    assert len([w for w in caught if issubclass(w.category, UnknownModelWarning)]) == 1
    assert [r.status for r in results] == ["saved"] * 3
    with client_for(server, strict_models=True) as client, pytest.raises(Exception, match="did you mean"):
        client.videos.generate_many(jobs, output_dir=tmp_path / "strict")
    assert server.stats.tasks_created == 3  # only the first batch's
    server.close()
