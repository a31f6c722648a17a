"""What both faces of the contract suite share: schemathesis settings, the mock's configuration, the stateful budget."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import schemathesis
from hypothesis import settings
from schemathesis.config import SchemathesisConfig
from schemathesis.openapi.checks import RejectedPositiveData

from evolink._callbacks import internal_address_problem
from evolink.testing import MockConfig

# schemathesis looks for schemathesis.toml from the working directory upwards, which misses this folder when
# pytest runs from the repository root, so the file is loaded by path.
CONFIG_PATH = Path(__file__).with_name("schemathesis.toml")

# Short tasks, so the stateful phase reads tasks in every state (pending, processing, completed with links).
MOCK = MockConfig(task_seconds=0.2, seed=7)

# Generated bodies carry callback URLs to arbitrary hosts: the mock delivers them into this sink, never the network.
CALLBACK_SINK = httpx.MockTransport(lambda request: httpx.Response(204))

# The stateful phase (create -> get through the spec's link): pinned, like the rest, so a failure reproduces.
STATEFUL = settings(max_examples=15, stateful_step_count=6, deadline=None, derandomize=True, database=None)


def contract_config() -> SchemathesisConfig:
    return SchemathesisConfig.from_path(CONFIG_PATH)


def _keep_failure(context: Any, failure: Any, case: schemathesis.Case, response: Any) -> bool:
    """Every failure counts, except a 400 for a valid create whose callback_url points at an internal host.

    The declared exception, for POST /v1/videos/generations only: the spec
    states the rule in CallbackUrl's description (internal addresses are
    refused) because JSON Schema cannot say what a host name is, and the mock
    enforces it, as the client does. Nothing else is excused.
    """
    if not isinstance(failure, RejectedPositiveData) or case.operation.label != "POST /v1/videos/generations":
        return True
    url = case.body.get("callback_url") if isinstance(case.body, dict) else None
    refused_for_host = isinstance(url, str) and internal_address_problem(url) is not None
    return not (refused_for_host and response.json()["error"].get("param") == "callback_url")


def declare_exceptions(schema: schemathesis.BaseSchema) -> schemathesis.BaseSchema:
    schema.hook("filter_failure")(_keep_failure)
    return schema
