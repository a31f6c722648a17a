"""For each provider, the mock accepts a create body exactly when the merged spec's JSON Schema does.

Bodies come from the spec itself (schemathesis strategies, valid and invalid
alike); the verdict they are held to is plain jsonschema on the merged
request schema (EvoLink's whole ``oneOf``, UniAll's single schema with its
``if``/``then`` rules), without the branch-by-model shortcut the mock takes
through ``ApiSpec``. The rules beyond the schema are EvoLink's callback host
rule, which its spec states in prose, applied here with the client's own
function (UniAll's spec has no ``callback_url``, so it never applies there),
and the rules the spec states beyond JSON Schema (a default another rule
forbids, ``x-sum-equals``: ``refused_beyond_json_schema``).
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
from evolink.testing import FakeClock, MockConfig, MockServer

from .support import CALLBACK_SINK, PROVIDERS, SPECS, refused_beyond_json_schema


def bodies(provider: str) -> st.SearchStrategy[Any]:
    spec = SPECS[provider]()
    operation = schemathesis.openapi.from_dict(spec.document)[spec.create_path]["POST"]
    return st.one_of(
        operation.as_strategy(generation_mode=GenerationMode.POSITIVE),
        operation.as_strategy(generation_mode=GenerationMode.NEGATIVE),
    ).map(lambda case: case.body)


def merged_request_validator(provider: str) -> Draft202012Validator:
    spec = SPECS[provider]()
    uri = f"urn:contract:{provider}"
    registry: Registry[Any] = Registry().with_resource(
        uri, Resource.from_contents(spec.document, default_specification=DRAFT202012)
    )
    path = spec.create_path.replace("~", "~0").replace("/", "~1")
    pointer = f"#/paths/{path}/post/requestBody/content/application~1json/schema"
    return Draft202012Validator(
        {"$ref": uri + pointer}, registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER
    )


BODIES = {provider: bodies(provider) for provider in PROVIDERS}
VALIDATORS = {provider: merged_request_validator(provider) for provider in PROVIDERS}


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not JSON (RFC 8259)")


def spec_accepts(provider: str, raw: bytes) -> bool:
    try:
        body = json.loads(raw, parse_constant=_no_constants)
    except ValueError:
        return False
    if not VALIDATORS[provider].is_valid(body) or refused_beyond_json_schema(provider, body):
        return False
    url = body.get("callback_url")
    return not isinstance(url, str) or internal_address_problem(url) is None


@pytest.fixture(scope="module", params=PROVIDERS)
def server(request: pytest.FixtureRequest) -> MockServer:
    return MockServer(MockConfig(provider=request.param), FakeClock(), callback_transport=CALLBACK_SINK)


@pytest.fixture(scope="module")
def client(server: MockServer) -> httpx.Client:
    headers = {"Authorization": f"Bearer {server.api_key}"}
    return httpx.Client(transport=server.transport(), base_url=server.base_url, headers=headers)


@settings(
    max_examples=300,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_the_mock_accepts_a_body_exactly_when_the_schema_does(
    server: MockServer, client: httpx.Client, data: st.DataObject
) -> None:
    body = data.draw(BODIES[server.provider], label="body")
    # Negative generation also yields raw bytes that are not JSON at all.
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    create_path = SPECS[server.provider]().create_path
    answer = client.post(create_path, content=raw, headers={"content-type": "application/json"})
    assert answer.status_code in (200, 400), answer.text
    assert (answer.status_code == 200) == spec_accepts(server.provider, raw), answer.text
    event(f"answered {answer.status_code}")
    if answer.status_code == 400:
        error = answer.json()["error"]
        assert error["code"] == "invalid_request"
        assert error["type"] == "invalid_request_error"
        assert error["message"].startswith(f"{error['param']}: ")
