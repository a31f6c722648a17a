"""schemathesis against the mock's ASGI app in-process: every phase and every check, then the stateful phase."""

from __future__ import annotations

import schemathesis

from evolink.testing import MockServer

from .support import CALLBACK_SINK, MOCK, STATEFUL, contract_config, declare_exceptions

SERVER = MockServer(MOCK, callback_transport=CALLBACK_SINK)
# Loaded from the app itself: the mock serves the spec it is held to at /openapi.json.
schema = declare_exceptions(schemathesis.openapi.from_asgi("/openapi.json", SERVER.app, config=contract_config()))


@schema.parametrize()
def test_every_operation(case: schemathesis.Case) -> None:
    case.call_and_validate()


def test_stateful_create_then_poll() -> None:
    schema.as_state_machine().run(settings=STATEFUL)
