"""What every part of the contract suite shares: the providers, their mock configuration, schemathesis settings.

The suite runs once per provider the mock can play (``PROVIDERS``), with the
same checks; what differs per provider is data in this module, never a copy
of a test.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import schemathesis
from hypothesis import settings
from schemathesis.config import SchemathesisConfig
from schemathesis.openapi.checks import RejectedPositiveData

from evolink._callbacks import internal_address_problem
from evolink._spec import ApiSpec, evolink_spec, uniall_spec
from evolink.testing import MockConfig

#: Every API the mock plays; each gets the whole suite.
PROVIDERS = ("evolink", "uniall")
SPECS: dict[str, Callable[[], ApiSpec]] = {"evolink": evolink_spec, "uniall": uniall_spec}

# schemathesis looks for schemathesis.toml from the working directory upwards, which misses this folder when
# pytest runs from the repository root, so the file is loaded by path.
CONFIG_PATH = Path(__file__).with_name("schemathesis.toml")

# Generated bodies carry callback URLs to arbitrary hosts: the mock delivers them into this sink, never the network.
CALLBACK_SINK = httpx.MockTransport(lambda request: httpx.Response(204))

# The stateful phase (create -> get through the spec's link): pinned, like the rest, so a failure reproduces.
STATEFUL = settings(max_examples=15, stateful_step_count=6, deadline=None, derandomize=True, database=None)


def mock_config(provider: str) -> MockConfig:
    """Short tasks, so the stateful phase reads tasks in every state (queued, running, completed with links)."""
    return MockConfig(provider=provider, task_seconds=0.2, seed=7)


def contract_config() -> SchemathesisConfig:
    return SchemathesisConfig.from_path(CONFIG_PATH)


def _evolink_callback_hosts(context: Any, failure: Any, case: schemathesis.Case[Any], response: Any) -> bool:
    """Every failure counts, except a 400 for a valid create whose callback_url points at an internal host.

    EvoLink's spec states the rule in CallbackUrl's description (internal
    addresses are refused) because JSON Schema cannot say what a host name is,
    and the mock enforces it, as the client does. Nothing else is excused.
    """
    if not isinstance(failure, RejectedPositiveData) or case.operation.label != "POST /v1/videos/generations":
        return True
    url = case.body.get("callback_url") if isinstance(case.body, dict) else None
    refused_for_host = isinstance(url, str) and internal_address_problem(url) is not None
    return not (refused_for_host and response.json()["error"].get("param") == "callback_url")


# The declared exceptions, per provider: a failure filter with a docstring saying why, or None.
# UniAll: none. Its spec has no rule in prose (no callback_url), so every check holds as is.
EXCEPTIONS: dict[str, Callable[..., bool] | None] = {"evolink": _evolink_callback_hosts, "uniall": None}


def declare_exceptions(schema: schemathesis.BaseSchema, provider: str) -> schemathesis.BaseSchema:
    keep = EXCEPTIONS[provider]
    if keep is not None:
        schema.hook("filter_failure")(keep)
    return schema
