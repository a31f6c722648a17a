"""Property, on both gateways: a strict client refuses a body exactly when the spec's JSON Schema does, before sending.

(A client that is not strict about models lets an unknown model through on purpose: tests/client/test_unknown_model.py.)
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode

import evolink
from evolink._spec import ApiSpec, evolink_spec, uniall_spec

from .support import API, KEY, task_body

ROOT = Path(__file__).resolve().parents[2]
GATEWAYS: dict[str, tuple[ApiSpec, type[Any], type[Any], str]] = {
    "evolink": (evolink_spec(), evolink.EvoLink, evolink.AsyncEvoLink, API),
    "uniall": (uniall_spec(), evolink.UniAll, evolink.AsyncUniAll, "https://gw.uniall.example"),
}


def bodies(provider: str) -> st.SearchStrategy[Any]:
    spec = GATEWAYS[provider][0]
    operation = schemathesis.openapi.from_path(ROOT / f"spec/{provider}.openapi.yaml")[spec.create_path]["POST"]
    return st.one_of(
        operation.as_strategy(generation_mode=GenerationMode.POSITIVE),
        operation.as_strategy(generation_mode=GenerationMode.NEGATIVE),
    ).map(lambda case: case.body)


BODIES = {provider: bodies(provider) for provider in GATEWAYS}


def schema_verdict(provider: str, body: Any) -> bool:
    """True when the merged request schema, exactly as the spec states it (a oneOf or one schema), accepts ``body``."""
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    spec = GATEWAYS[provider][0]
    registry: Registry[Any] = Registry().with_resource(
        "urn:s", Resource.from_contents(spec.document, default_specification=DRAFT202012)
    )
    schema = json.loads(json.dumps(spec.request_schema()).replace('"#/components', '"urn:s#/components'))
    validator = Draft202012Validator(schema, registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER)
    return validator.is_valid(body)


def beyond_json_schema(violations: list[evolink.Violation]) -> bool:
    """Every violation is of a rule the spec states beyond what a plain JSON Schema validator checks.

    Those are a documented default that another rule forbids (checked with the
    defaults applied; the violation notes it) and the ``x-sum-equals`` keyword
    (Kling's shots adding up to the duration).
    """
    return bool(violations) and all(v.note or "must add up to" in v.rule for v in violations)


def create(provider: str, kind: str, body: Any) -> None:
    """``client.videos.create(body)`` on a sync or an async client of ``provider``."""
    _, sync_cls, async_cls, base_url = GATEWAYS[provider]
    if kind == "sync":
        with sync_cls(KEY, base_url=base_url, max_retries=0, strict_models=True) as client:
            client.videos.create(body)
        return

    async def run() -> None:
        async with async_cls(KEY, base_url=base_url, max_retries=0, strict_models=True) as client:
            await client.videos.create(body)

    asyncio.run(run())


def check(provider: str, kind: str, body: Any) -> None:
    spec, _, _, base_url = GATEWAYS[provider]
    accepted_by_schema = schema_verdict(provider, body)
    with respx.mock(base_url=base_url, assert_all_called=False) as api:
        route = api.post(spec.create_path).mock(return_value=httpx.Response(200, json=task_body()))
        if not isinstance(body, dict):
            # not even an object: refused as a wrong argument, still before anything is sent
            with pytest.raises((TypeError, evolink.RequestValidationError)):
                create(provider, kind, body)
            assert not accepted_by_schema and route.call_count == 0
            return
        try:
            create(provider, kind, body)
        except evolink.RequestValidationError as refused:
            assert not accepted_by_schema or beyond_json_schema(refused.violations), body
            assert route.call_count == 0
        else:
            assert accepted_by_schema, body
            assert route.call_count == 1


SETTINGS = settings(max_examples=100, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck))


@pytest.mark.parametrize("kind", ["sync", "async"])
@SETTINGS
@given(body=BODIES["evolink"])
def test_evolink_verdict_equals_schema_verdict(kind: str, body: Any) -> None:
    check("evolink", kind, body)


@pytest.mark.parametrize("kind", ["sync", "async"])
@SETTINGS
@given(body=BODIES["uniall"])
def test_uniall_verdict_equals_schema_verdict(kind: str, body: Any) -> None:
    check("uniall", kind, body)


@pytest.mark.parametrize("provider", sorted(GATEWAYS))
def test_the_strategy_produces_both_verdicts(provider: str) -> None:
    """Guard against a vacuous property: the generated bodies include valid and invalid ones."""
    verdicts: set[bool] = set()

    @settings(max_examples=60, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck))
    @given(body=BODIES[provider])
    def collect(body: Any) -> None:
        verdicts.add(schema_verdict(provider, body))

    collect()
    assert verdicts == {True, False}
