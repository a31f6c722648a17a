"""Property: the client refuses a body exactly when the spec's JSON Schema does, and before sending it."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode

from evolink import AsyncEvoLink, EvoLink, RequestValidationError
from evolink._spec import evolink_spec

from .support import API, FAST, KEY, task_body

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = schemathesis.openapi.from_path(ROOT / "spec/evolink.openapi.yaml")
OPERATION = SCHEMA["/v1/videos/generations"]["POST"]
BODIES = st.one_of(
    OPERATION.as_strategy(generation_mode=GenerationMode.POSITIVE),
    OPERATION.as_strategy(generation_mode=GenerationMode.NEGATIVE),
).map(lambda case: case.body)


def schema_verdict(body: Any) -> bool:
    """True when the merged request schema (its whole oneOf) accepts ``body``."""
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    doc = evolink_spec().document
    registry: Registry[Any] = Registry().with_resource(
        "urn:s", Resource.from_contents(doc, default_specification=DRAFT202012)
    )
    branches = [{"$ref": "urn:s" + b["$ref"]} for b in evolink_spec().request_schema()["oneOf"]]
    validator = Draft202012Validator(
        {"oneOf": branches}, registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER
    )
    return validator.is_valid(body)


def create(kind: str, body: Any) -> None:
    """``client.videos.create(body)`` on a sync or an async client."""
    if kind == "sync":
        with EvoLink(KEY, max_retries=0) as client:
            client.videos.create(body)
        return

    async def run() -> None:
        async with AsyncEvoLink(KEY, max_retries=0) as client:
            await client.videos.create(body)

    asyncio.run(run())


@pytest.mark.parametrize("kind", ["sync", "async"])
@settings(max_examples=120, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck))
@given(body=BODIES)
def test_client_verdict_equals_schema_verdict(kind: str, body: Any) -> None:
    accepted_by_schema = schema_verdict(body)
    with respx.mock(base_url=API, assert_all_called=False) as api:
        route = api.post("/v1/videos/generations").mock(return_value=httpx.Response(200, json=task_body()))
        if not isinstance(body, dict):
            # not even an object: refused as a wrong argument, still before anything is sent
            with pytest.raises((TypeError, RequestValidationError)):
                create(kind, body)
            assert not accepted_by_schema and route.call_count == 0
            return
        try:
            create(kind, body)
        except RequestValidationError:
            assert not accepted_by_schema, body
            assert route.call_count == 0
        else:
            assert accepted_by_schema, body
            assert route.call_count == 1


def test_the_strategy_produces_both_verdicts() -> None:
    """Guard against a vacuous property: the generated bodies include valid and invalid ones."""
    verdicts: set[bool] = set()

    @settings(max_examples=60, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck))
    @given(body=BODIES)
    def collect(body: Any) -> None:
        verdicts.add(schema_verdict(body))

    collect()
    assert verdicts == {True, False}
    assert FAST in evolink_spec().models
