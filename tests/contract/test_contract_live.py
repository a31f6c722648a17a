"""schemathesis against a real uvicorn server on loopback, per provider: the same checks, over sockets.

The schemas are built at import (parametrization needs them before any
fixture runs) from the specs the package ships; requests go to the live
server through ``base_url``. ``schemathesis.pytest.from_fixture`` would load
a schema from the server instead, but 4.32.5 fails under pytest 9 (it writes
``Node._nodeid``, which pytest 9 no longer has).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
import schemathesis

from .conftest import Live
from .support import PROVIDERS, SPECS, STATEFUL, contract_config, declare_exceptions


def _schema(provider: str) -> schemathesis.BaseSchema:
    schema = schemathesis.openapi.from_dict(SPECS[provider]().document, config=contract_config())
    # The spec's server is the real gateway. Until a test names the live server, point anything that slips through
    # at a closed loopback port, so that no request can leave this machine.
    schema.config.update(base_url="http://127.0.0.1:9")
    # The coverage phase sends the boundary values of every field of every model (about 7,000 bodies for EvoLink's
    # 75): the in-process run sends them all; over sockets they would add a quarter of a minute and nothing this
    # run is for (the real server's transport), so it runs the other phases.
    schema.config.phases.update(phases=["examples", "fuzzing", "stateful"])
    return declare_exceptions(schema, provider)


SCHEMAS = {provider: _schema(provider) for provider in PROVIDERS}


@pytest.mark.parametrize("provider", PROVIDERS)
def test_the_live_server_serves_the_spec_it_is_tested_against(live: Live, provider: str) -> None:
    assert httpx.get(f"{live(provider).base_url}/openapi.json").json() == SPECS[provider]().document


def _every_operation(provider: str, schema: schemathesis.BaseSchema) -> Callable[..., None]:
    def test(case: schemathesis.Case[Any], live: Live) -> None:
        case.call_and_validate(base_url=live(provider).base_url)

    parametrized: Callable[..., None] = schema.parametrize()(test)
    return parametrized


# One test function per provider (schemathesis parametrizes one schema per function), made here:
# test_every_evolink_operation, test_every_uniall_operation.
for _provider, _schema_of_provider in SCHEMAS.items():
    globals()[f"test_every_{_provider}_operation"] = _every_operation(_provider, _schema_of_provider)


@pytest.mark.parametrize("provider", PROVIDERS)
def test_stateful_create_then_poll(live: Live, provider: str) -> None:
    base_url = live(provider).base_url

    class OnLoopback(SCHEMAS[provider].as_state_machine()):  # type: ignore[misc]
        def get_call_kwargs(self, case: schemathesis.Case[Any]) -> dict[str, Any]:
            return {"base_url": base_url}

    OnLoopback.run(settings=STATEFUL)
