"""schemathesis against the mock's ASGI app in-process, per provider: every phase and check, then the stateful phase."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
import schemathesis

from evolink.testing import MockServer

from .support import CALLBACK_SINK, PROVIDERS, SPECS, STATEFUL, contract_config, declare_exceptions, mock_config

SERVERS = {provider: MockServer(mock_config(provider), callback_transport=CALLBACK_SINK) for provider in PROVIDERS}
# Loaded from each app itself: the mock serves the spec it is held to at /openapi.json.
SCHEMAS = {
    provider: declare_exceptions(
        schemathesis.openapi.from_asgi("/openapi.json", server.app, config=contract_config()), provider
    )
    for provider, server in SERVERS.items()
}


def _every_operation(schema: schemathesis.BaseSchema) -> Callable[[schemathesis.Case[Any]], None]:
    def test(case: schemathesis.Case[Any]) -> None:
        case.call_and_validate()

    parametrized: Callable[[schemathesis.Case[Any]], None] = schema.parametrize()(test)
    return parametrized


# schemathesis parametrizes one schema per test function, so each provider gets its own function, made here:
# test_every_evolink_operation, test_every_uniall_operation.
for _provider, _schema in SCHEMAS.items():
    globals()[f"test_every_{_provider}_operation"] = _every_operation(_schema)


@pytest.mark.parametrize("provider", PROVIDERS)
def test_stateful_create_then_poll(provider: str) -> None:
    SCHEMAS[provider].as_state_machine().run(settings=STATEFUL)


@pytest.mark.parametrize("provider", PROVIDERS)
def test_each_server_serves_the_spec_it_is_tested_against(provider: str) -> None:
    server = SERVERS[provider]
    with httpx.Client(transport=server.transport(), base_url=server.base_url) as client:
        assert client.get("/openapi.json").json() == SPECS[provider]().document
