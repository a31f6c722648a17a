"""What the mock refuses and how: keys, spec validation naming the right model's rule, task ids, routes."""

from __future__ import annotations

import pytest

from evolink.testing import DEFAULT_API_KEY, MockConfig, MockServer

from .support import CREATE, KLING_T2V, VEO, Api, error_of

QUOTA, DENIED = "sk-no-credits", "sk-no-veo"


@pytest.fixture
def config() -> MockConfig:
    return MockConfig(quota_exhausted_keys=[QUOTA], denied_keys=[DENIED])


@pytest.mark.parametrize("authorization", [None, "Bearer sk-unknown", f"Basic {DEFAULT_API_KEY}", "Bearer"])
def test_a_missing_or_unknown_key_is_401(server: MockServer, authorization: str | None) -> None:
    headers = {"Authorization": authorization} if authorization else {}
    answer = Api(server, key="").request("POST", CREATE, json={"model": VEO, "prompt": "x"}, headers=headers)
    assert answer.status_code == 401
    assert error_of(answer) == {
        "code": "unauthorized",
        "message": "Invalid or expired token",
        "type": "authentication_error",
    }
    assert answer.headers["www-authenticate"] == "Bearer"
    assert server.stats.tasks_created == 0


def test_a_key_out_of_credits_is_402_on_create(server: MockServer) -> None:
    api = Api(server, key=QUOTA)
    answer = api.create()
    assert answer.status_code == 402 and error_of(answer)["code"] == "insufficient_quota"


def test_a_denied_key_is_403(server: MockServer) -> None:
    api = Api(server, key=DENIED)
    answer = api.create()
    assert answer.status_code == 403
    assert error_of(answer)["code"] == "model_access_denied" and VEO in error_of(answer)["message"]
    query = api.request("GET", "/v1/tasks/task-unified-1-abc")
    assert query.status_code == 403 and error_of(query)["code"] == "permission_denied"


def test_the_api_key_is_the_first_accepted_one() -> None:
    assert MockServer().api_key == DEFAULT_API_KEY
    assert MockServer(MockConfig(api_keys="sk-a")).config.api_keys == ("sk-a",)
    assert MockServer(MockConfig(api_keys=["sk-a", "sk-b"])).api_key == "sk-a"
    assert MockConfig(api_keys=[]).api_keys == (DEFAULT_API_KEY,)


def test_a_body_that_breaks_the_spec_is_400_naming_the_field_and_rule(api: Api) -> None:
    answer = api.create("x" * 2417)
    assert answer.status_code == 400
    assert error_of(answer) == {
        "code": "invalid_request",
        "message": "prompt: at most 2000 characters, got 2417",
        "type": "invalid_request_error",
        "param": "prompt",
    }


def test_the_rules_are_the_models_own(api: Api) -> None:
    # Kling allows 2500 characters where Veo allows 2000: the branch is chosen by model.
    kling = api.request("POST", CREATE, json={"model": KLING_T2V, "prompt": "x" * 2417})
    assert kling.status_code == 200
    too_long = api.request("POST", CREATE, json={"model": KLING_T2V, "prompt": "x" * 2501})
    assert error_of(too_long)["message"] == "prompt: at most 2500 characters, got 2501"


def test_every_broken_rule_is_listed_and_the_first_is_the_param(api: Api) -> None:
    answer = api.create(duration=5, n=9)
    error = error_of(answer)
    assert error["param"] == "duration"
    assert error["message"] == "duration: must be one of 4, 6, 8, got 5; n: at most 4, got 9"


@pytest.mark.parametrize(
    ("body", "param", "message"),
    [
        (b"", "body", "body: is required (a JSON object)"),
        (b"{not json", "body", "body: must be valid JSON"),
        (b'{"model": NaN}', "body", "body: must be valid JSON"),
        (b"[1, 2]", "body", "body: must be a JSON object"),
        (b"{}", "model", "model: is required"),
        (b'{"model": "sora"}', "model", "model: is not a model this version of the spec knows"),
    ],
)
def test_bodies_that_are_not_requests(api: Api, body: bytes, param: str, message: str) -> None:
    answer = api.request("POST", CREATE, content=body, headers={"content-type": "application/json"})
    error = error_of(answer)
    assert answer.status_code == 400 and error["param"] == param and error["message"].startswith(message)


def test_callback_urls_follow_the_documented_rules(api: Api) -> None:
    plain = api.create(callback_url="http://example.com/hook")
    assert error_of(plain)["param"] == "callback_url"  # the spec's ^https://
    for internal in ("https://127.0.0.1/hook", "https://10.1.2.3/hook", "https://localhost/hook"):
        refused = api.create(callback_url=internal)
        assert refused.status_code == 400 and error_of(refused)["param"] == "callback_url", internal
    assert api.create(callback_url="https://hooks.example.com/evolink").status_code == 200


@pytest.mark.parametrize(
    ("task_id", "status", "code"),
    [
        ("abc", 400, "invalid_task_id"),
        ("task-unified-1%2F2", 400, "invalid_task_id"),  # one segment, never another route
        ("task-unified-1%0A2", 400, "invalid_task_id"),
        ("task-unified-" + "a" * 200, 400, "invalid_task_id"),
        ("task-unified-1757169743-7cvnl5zw", 404, "task_not_found"),
    ],
)
def test_task_ids(api: Api, task_id: str, status: int, code: str) -> None:
    answer = api.request("GET", f"/v1/tasks/{task_id}")
    assert answer.status_code == status and error_of(answer)["code"] == code


def test_a_task_belongs_to_its_key() -> None:
    server = MockServer(MockConfig(api_keys=["sk-a", "sk-b"]))
    task_id = Api(server, key="sk-a").created()["id"]
    answer = Api(server, key="sk-b").request("GET", f"/v1/tasks/{task_id}")
    assert answer.status_code == 404 and error_of(answer)["code"] == "task_not_found"


def test_unknown_routes_are_json_404s(api: Api) -> None:
    for path in ("/", "/v1/tasks", "/v1/tasks/", "/v2/videos/generations", "/v1/videos/generations/extra"):
        answer = api.request("GET", path)
        assert answer.status_code == 404 and error_of(answer)["code"] == "not_found", path


@pytest.mark.parametrize(("method", "path"), [("DELETE", "/v1/tasks/abc"), ("GET", CREATE), ("PUT", CREATE)])
def test_wrong_methods_are_json_405s_with_allow(api: Api, method: str, path: str) -> None:
    answer = api.request(method, path)
    assert answer.status_code == 405 and error_of(answer)["code"] == "method_not_allowed"
    expected = "POST, OPTIONS" if path == CREATE else "GET, HEAD, OPTIONS"
    assert answer.headers["allow"] == expected


def test_options_lists_the_methods(api: Api) -> None:
    answer = api.request("OPTIONS", "/v1/tasks/anything")
    assert answer.status_code == 204 and answer.headers["allow"] == "GET, HEAD, OPTIONS"
    assert answer.headers["x-request-id"]


def test_every_answer_has_its_own_request_id(api: Api) -> None:
    ids = {api.request("GET", "/nowhere").headers["x-request-id"] for _ in range(5)}
    ids |= {api.create().headers["x-request-id"], api.request("GET", "/_mock/stats").headers["x-request-id"]}
    assert len(ids) == 7


def test_the_spec_is_served_at_openapi_json(api: Api) -> None:
    from evolink._spec import evolink_spec

    assert api.request("GET", "/openapi.json").json() == evolink_spec().document


@pytest.mark.parametrize(
    "options",
    [
        {"ending": "explode"},
        {"ending": "fail=Not A Code"},
        {"error_rate": 1.5},
        {"task_seconds": -1},
        {"rate_limit": 0},
        {"error_status": 404},
    ],
)
def test_a_bad_configuration_is_refused_when_made(options: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        MockConfig(**options)  # type: ignore[arg-type]
