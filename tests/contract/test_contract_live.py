"""schemathesis against a real uvicorn server on loopback: the same phases and checks, over sockets.

The schema is built at import (parametrization needs it before any fixture
runs) from the spec the package ships; requests go to the live server through
``base_url``. ``schemathesis.pytest.from_fixture`` would load it from the
server instead, but 4.32.5 fails under pytest 9 (it writes ``Node._nodeid``,
which pytest 9 no longer has).
"""

from __future__ import annotations

from typing import Any

import httpx
import schemathesis

from evolink._spec import evolink_spec
from evolink.testing import LiveServer

from .support import STATEFUL, contract_config, declare_exceptions

schema = declare_exceptions(schemathesis.openapi.from_dict(evolink_spec().document, config=contract_config()))
# The spec's server is the real gateway. Until a test names the live server, point anything that slips through
# at a closed loopback port, so that no request can leave this machine.
schema.config.update(base_url="http://127.0.0.1:9")


def test_the_live_server_serves_the_spec_it_is_tested_against(live: LiveServer) -> None:
    assert httpx.get(f"{live.base_url}/openapi.json").json() == evolink_spec().document


@schema.parametrize()
def test_every_operation(case: schemathesis.Case, live: LiveServer) -> None:
    case.call_and_validate(base_url=live.base_url)


def test_stateful_create_then_poll(live: LiveServer) -> None:
    class OnLoopback(schema.as_state_machine()):  # type: ignore[misc]
        def get_call_kwargs(self, case: schemathesis.Case) -> dict[str, Any]:
            return {"base_url": live.base_url}

    OnLoopback.run(settings=STATEFUL)
