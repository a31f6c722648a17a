"""A base URL written the openai way, ending in ``/v1``, works (issue 18, item 7).

The spec's paths already start with ``/v1`` (the files API's with ``/api/v1``), so such a base URL would send
``/v1/v1/tasks/...`` and get a 404; the client drops the part the paths repeat, wherever the URL comes from.
"""

from __future__ import annotations

import httpx
import pytest
import respx

from evolink import EvoLink, UniAll

from .support import KEY, TASK_ID, FakeClock, task_body


@pytest.mark.parametrize("suffix", ["/v1", "/v1/", "/v1//"])
def test_a_base_url_ending_in_v1_reaches_the_documented_paths(suffix: str) -> None:
    with respx.mock(assert_all_called=True) as api:
        route = api.get(f"https://api.evolink.ai/v1/tasks/{TASK_ID}").mock(
            return_value=httpx.Response(200, json=task_body())
        )
        with EvoLink(KEY, base_url="https://api.evolink.ai" + suffix, clock=FakeClock()) as client:
            assert client.tasks.get(TASK_ID).id == TASK_ID
            assert client.base_url == "https://api.evolink.ai"
    assert route.call_count == 1


def test_the_environment_and_the_files_host_are_read_the_same_way(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVOLINK_BASE_URL", "https://proxy.example/evolink/v1")
    monkeypatch.setenv("EVOLINK_FILES_BASE_URL", "https://files.proxy.example/api/v1/")
    with EvoLink(KEY, clock=FakeClock()) as client:
        assert client.base_url == "https://proxy.example/evolink"  # a proxy's own prefix stays
        assert client._core.files_base_url == "https://files.proxy.example"


def test_the_default_host_with_v1_still_gets_the_default_files_host() -> None:
    with EvoLink(KEY, base_url="https://api.evolink.ai/v1", clock=FakeClock()) as client:
        assert client._core.files_base_url == "https://files-api.evolink.ai"


def test_uniall_paths_start_with_v1_too() -> None:
    with UniAll(KEY, base_url="https://uniall.example/v1", clock=FakeClock()) as client:
        assert client.base_url == "https://uniall.example"


def test_a_path_the_spec_does_not_repeat_is_kept() -> None:
    with EvoLink(KEY, base_url="https://proxy.example/v2", clock=FakeClock()) as client:
        assert client.base_url == "https://proxy.example/v2"
