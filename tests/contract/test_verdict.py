"""The mock accepts a create body exactly when the merged spec's JSON Schema does.

Bodies come from the spec itself (schemathesis strategies, valid and invalid
alike); the verdict they are held to is plain jsonschema on the merged
request schema, the whole ``oneOf``, without the branch-by-model shortcut the
mock takes through ``ApiSpec``. The one rule beyond the schema is the
callback host rule the spec states in prose, applied here with the client's
own function.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from schemathesis import GenerationMode

from evolink._callbacks import internal_address_problem
from evolink._spec import evolink_spec
from evolink.testing import FakeClock, MockServer

from .support import CALLBACK_SINK

DOCUMENT = evolink_spec().document
OPERATION = schemathesis.openapi.from_dict(DOCUMENT)["/v1/videos/generations"]["POST"]
BODIES = st.one_of(
    OPERATION.as_strategy(generation_mode=GenerationMode.POSITIVE),
    OPERATION.as_strategy(generation_mode=GenerationMode.NEGATIVE),
).map(lambda case: case.body)


def merged_request_validator() -> Draft202012Validator:
    uri = "urn:contract:evolink"
    registry: Registry[Any] = Registry().with_resource(
        uri, Resource.from_contents(DOCUMENT, default_specification=DRAFT202012)
    )
    pointer = "#/paths/~1v1~1videos~1generations/post/requestBody/content/application~1json/schema"
    return Draft202012Validator(
        {"$ref": uri + pointer}, registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER
    )


VALIDATOR = merged_request_validator()


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not JSON (RFC 8259)")


def spec_accepts(raw: bytes) -> bool:
    try:
        body = json.loads(raw, parse_constant=_no_constants)
    except ValueError:
        return False
    if not VALIDATOR.is_valid(body):
        return False
    url = body.get("callback_url")
    return not isinstance(url, str) or internal_address_problem(url) is None


@pytest.fixture(scope="module")
def client() -> httpx.Client:
    server = MockServer(clock=FakeClock(), callback_transport=CALLBACK_SINK)
    headers = {"Authorization": f"Bearer {server.api_key}"}
    return httpx.Client(transport=server.transport(), base_url=server.base_url, headers=headers)


@settings(
    max_examples=300,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(body=BODIES)
def test_the_mock_accepts_a_body_exactly_when_the_schema_does(client: httpx.Client, body: Any) -> None:
    # Negative generation also yields raw bytes that are not JSON at all.
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    answer = client.post("/v1/videos/generations", content=raw, headers={"content-type": "application/json"})
    assert answer.status_code in (200, 400), answer.text
    assert (answer.status_code == 200) == spec_accepts(raw), answer.text
    event(f"answered {answer.status_code}")
    if answer.status_code == 400:
        error = answer.json()["error"]
        assert error["code"] == "invalid_request"
        assert error["type"] == "invalid_request_error"
        assert error["message"].startswith(f"{error['param']}: ")
