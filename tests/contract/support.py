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


#: What the files API's pages state in prose and JSON Schema cannot: a file's bytes must be a supported image,
#: base64 must decode, a URL to fetch must be http(s). The mock's 400 names the rule (tests/mock/test_files_api.py).
FILE_CONTENT_RULES = ("unsupported file type", "not valid base64", "must be an http(s) URL")


def _evolink_files_content(context: Any, failure: Any, case: schemathesis.Case[Any], response: Any) -> bool:
    """Every failure counts, except a 400 for a schema-valid upload whose content breaks a FILE_CONTENT_RULES rule."""
    if not isinstance(failure, RejectedPositiveData) or not case.operation.label.startswith("POST /api/v1/files/"):
        return True
    message = response.json().get("msg", "") if response.status_code == 400 else ""
    return not any(rule in message for rule in FILE_CONTENT_RULES)


def refused_beyond_json_schema(provider: str, body: Any) -> bool:
    """The rules the spec states beyond what JSON Schema can check refuse ``body``.

    Those are a documented default that another rule forbids (the body is also
    checked with the defaults of the fields it leaves out; such a violation
    notes the default) and the ``x-sum-equals`` keyword (Kling's shots add up
    to the duration), both in the spec and enforced alike by client and mock.
    """
    if not isinstance(body, dict):
        return False
    found = SPECS[provider]().check_request(body, allow_unknown_model=True)
    return any(v.note or "must add up to" in v.rule for v in found)


def _evolink_beyond_schema(context: Any, failure: Any, case: schemathesis.Case[Any], response: Any) -> bool:
    """Every failure counts, except a 400 for a schema-valid create that a rule beyond JSON Schema refuses."""
    if not isinstance(failure, RejectedPositiveData) or case.operation.label != "POST /v1/videos/generations":
        return True
    return not refused_beyond_json_schema("evolink", case.body)


def _evolink(context: Any, failure: Any, case: schemathesis.Case[Any], response: Any) -> bool:
    """EvoLink's rules beyond JSON Schema: callback hosts and the files API's content (in prose), defaults that
    a rule forbids and ``x-sum-equals``."""
    return (
        _evolink_callback_hosts(context, failure, case, response)
        and _evolink_files_content(context, failure, case, response)
        and _evolink_beyond_schema(context, failure, case, response)
    )


# The declared exceptions, per provider: a failure filter with a docstring saying why, or None.
# UniAll: none. Its spec has no rule in prose (no callback_url), so every check holds as is.
EXCEPTIONS: dict[str, Callable[..., bool] | None] = {"evolink": _evolink, "uniall": None}


def declare_exceptions(schema: schemathesis.BaseSchema, provider: str) -> schemathesis.BaseSchema:
    keep = EXCEPTIONS[provider]
    if keep is not None:
        schema.hook("filter_failure")(keep)
    return schema
