"""Every model's branch on its own: schemathesis' positive bodies for each of the catalogue's models, held to the spec.

The whole-API run (test_contract_*) draws its 50 bodies from a ``oneOf`` of 75
branches, so most models get none. Here each model's branch is made the only
request schema of a copy of the spec and gets its own bodies: the mock must
accept every one (a valid body refused is a bug on one side) and answer with
a task that conforms to the spec. ``EVOLINK_CONTRACT_EXAMPLES`` sets the
bodies per model (5 in `make test`; `make contract-long` runs 50).
"""

from __future__ import annotations

import copy
import os
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from evolink._spec import evolink_spec
from evolink.testing import MockServer

from .support import CALLBACK_SINK, contract_config, mock_config, refused_beyond_json_schema

EXAMPLES = int(os.environ.get("EVOLINK_CONTRACT_EXAMPLES", "5"))
RESPONSE_CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]
SPEC = evolink_spec()


def one_model(model: str) -> schemathesis.BaseSchema:
    """The spec with ``model``'s branch as the create's only request schema."""
    doc = SPEC.document
    pointer = next(b["$ref"] for b in SPEC.request_schema()["oneOf"] if SPEC.resolve(b) == SPEC.model_schema(model))
    doc["paths"] = {SPEC.create_path: copy.deepcopy(doc["paths"][SPEC.create_path])}
    media = doc["paths"][SPEC.create_path]["post"]["requestBody"]["content"]["application/json"]
    media["schema"] = {"$ref": pointer}
    media.pop("examples", None)
    return schemathesis.openapi.from_dict(doc, config=contract_config())


@pytest.fixture(scope="module")
def mock() -> Iterator[httpx.Client]:
    server = MockServer(mock_config("evolink"), callback_transport=CALLBACK_SINK)
    with httpx.Client(
        base_url=server.base_url, transport=server.transport(), headers={"Authorization": f"Bearer {server.api_key}"}
    ) as client:
        yield client
    server.close()


@pytest.mark.parametrize("model", SPEC.models)
def test_every_valid_body_of_every_model_is_accepted_and_answered_by_the_spec(mock: httpx.Client, model: str) -> None:
    operation = one_model(model)[SPEC.create_path]["POST"]

    @settings(
        max_examples=EXAMPLES, derandomize=True, database=None, deadline=None, suppress_health_check=list(HealthCheck)
    )
    @given(data=st.data())
    def check(data: st.DataObject) -> None:
        case: schemathesis.Case[Any] = data.draw(operation.as_strategy(generation_mode=GenerationMode.POSITIVE))
        answer = mock.post(SPEC.create_path, json=case.body)
        if answer.status_code == 400 and refused_beyond_json_schema("evolink", case.body):
            return  # a rule the spec states beyond JSON Schema (a default it forbids, x-sum-equals)
        assert answer.status_code == 200, (case.body, answer.text)
        # The response checks; the stateful ones would re-send to the schema's own (unreachable) host.
        case.validate_response(answer, checks=RESPONSE_CHECKS)

    check()
