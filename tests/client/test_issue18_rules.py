"""Issue 18, items 2 and 3: rules that used to slip through, and every broken rule reported at once.

Each rule is checked twice: by the client (before anything is sent, on both
faces) and by the mock's own validation (``create_violations``), since both
read the same spec and must agree.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from evolink import RequestValidationError
from evolink._spec import evolink_spec
from evolink.testing._validation import create_violations

from .support import API, FAST, Face, task_body

CREATE = "/v1/videos/generations"
SPEC = evolink_spec()
KLING = "kling-v3-text-to-video"


@pytest.fixture
def api() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=API, assert_all_called=False) as router:
        yield router


def refused(face: Face, api: respx.MockRouter, **body: Any) -> RequestValidationError:
    """The client's refusal of ``body``; nothing may have been sent."""
    route = api.post(CREATE).mock(return_value=httpx.Response(200, json=task_body()))
    with pytest.raises(RequestValidationError) as info:
        face("videos.create", **body)
    assert route.call_count == 0
    return info.value


def mock_fields(body: dict[str, Any], idempotency_key: str | None = None) -> list[str]:
    """The fields the mock's validation names for ``body``."""
    return [v.field for v in create_violations(SPEC, body, idempotency_key, allow_loopback=False)]


def shots(*seconds: int) -> dict[str, Any]:
    prompts = [{"index": i + 1, "prompt": f"shot {i + 1}", "duration": str(s)} for i, s in enumerate(seconds)]
    return {"multi_shot": True, "shot_type": "customize", "multi_prompt": prompts}


# --- item 2: a default a rule forbids ----------------------------------------------------------------


def test_a_default_that_a_rule_forbids_is_refused(face: Face, api: respx.MockRouter) -> None:
    reference = {
        "model": FAST,
        "prompt": "a cat",
        "generation_type": "REFERENCE",
        "image_urls": ["https://x.test/a.png"],
    }
    error = refused(face, api, **reference)
    assert [v.field for v in error.violations] == ["duration"]
    assert "must be 8 when generation_type is REFERENCE" in str(error) and "default" in str(error)
    assert mock_fields(reference) == ["duration"]
    # The rule holds once the value it needs is given; the defaults do not make other rules fire.
    assert mock_fields({**reference, "duration": 8}) == []


# --- item 2: Kling's shots add up to the video ----------------------------------------------------------


@pytest.mark.parametrize(
    ("duration", "seconds", "ok"),
    [(10, (3, 7), True), (10, (3, 4), False), (None, (2, 3), True), (None, (3, 4), False)],
)
def test_kling_shots_add_up_to_the_duration(
    face: Face, api: respx.MockRouter, duration: int | None, seconds: tuple[int, ...], ok: bool
) -> None:
    body: dict[str, Any] = {"model": KLING, "model_params": shots(*seconds)}
    if duration is not None:
        body["duration"] = duration
    assert mock_fields(body) == ([] if ok else ["model_params.multi_prompt"])
    if ok:
        return
    error = refused(face, api, **body)
    assert [v.field for v in error.violations] == ["model_params.multi_prompt"]
    assert f"add up to duration ({duration or 5})" in str(error) and f"got {sum(seconds)}" in str(error)


def test_the_sum_rule_lives_in_the_spec_with_its_words() -> None:
    rule = SPEC.model_schema(KLING)["x-sum-equals"]
    assert rule["description"] and rule["sum"] and rule["equals"]


# --- item 2: blank prompts, links that are not web links, bad idempotency keys ---------------------------


@pytest.mark.parametrize("prompt", ["", "   ", "\n\t"])
def test_a_blank_prompt_is_refused_for_every_model(prompt: str) -> None:
    with_prompt = [m for m in SPEC.models if "prompt" in SPEC.model_schema(m).get("properties", {})]
    assert len(with_prompt) > 50
    for model in with_prompt:
        assert "prompt" in [v.field for v in SPEC.check_request({"model": model, "prompt": prompt})], model


def test_a_blank_prompt_is_refused_by_the_client(face: Face, api: respx.MockRouter) -> None:
    assert [v.field for v in refused(face, api, model=FAST, prompt="  ").violations] == ["prompt"]


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://x.test/a.png", "/etc/passwd", "javascript:alert(1)"])
def test_media_links_must_be_web_links(face: Face, api: respx.MockRouter, url: str) -> None:
    body = {"model": FAST, "prompt": "a", "generation_type": "FIRST&LAST", "image_urls": [url]}
    # A relative path breaks format: uri as well; either way, only that field is named.
    assert {v.field for v in refused(face, api, **body).violations} == {"image_urls[0]"}
    assert set(mock_fields(body)) == {"image_urls[0]"}
    video = {"model": "topaz-video-upscale", "video_url": url}
    assert "video_url" in mock_fields(video)
    assert "video_url" in [v.field for v in refused(face, api, **video).violations]


def test_http_and_https_links_and_local_images_still_pass(face: Face, api: respx.MockRouter, tmp_path: Path) -> None:
    for url in ("https://x.test/a.png", "http://x.test/a.png"):
        body = {"model": FAST, "prompt": "a", "generation_type": "FIRST&LAST", "image_urls": [url]}
        assert mock_fields(body) == []
    from evolink._core import request_violations

    local = {"model": FAST, "prompt": "a", "generation_type": "FIRST&LAST", "image_urls": [tmp_path / "a.png"]}
    assert request_violations(SPEC, local) == []


def test_an_idempotency_key_the_spec_refuses_is_never_sent(face: Face, api: respx.MockRouter) -> None:
    error = refused(face, api, model=FAST, prompt="a", idempotency_key="has spaces and ünïcode")
    assert [v.field for v in error.violations] == ["Idempotency-Key"]
    assert mock_fields({"model": FAST, "prompt": "a"}, "has spaces and ünïcode") == ["Idempotency-Key"]


# --- item 3: every problem at once -------------------------------------------------------------------------


def test_every_violation_is_in_the_exception_and_its_message(face: Face, api: respx.MockRouter) -> None:
    error = refused(
        face,
        api,
        model=FAST,
        prompt=" ",
        duration=5,
        generation_type="FIRST&LAST",
        image_urls=["file:///etc/passwd"],
        idempotency_key="no spaces allowed",
    )
    fields = sorted(v.field for v in error.violations)
    assert fields == ["Idempotency-Key", "duration", "image_urls[0]", "prompt"]
    message = str(error)
    assert "more)" not in message
    for violation in error.violations:
        assert violation.message in message
    assert message.startswith("4 problems with the request")
