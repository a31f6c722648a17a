"""The generated request builders are what the client sends, and the gateway registry is the one place a gateway
is described: client, mock and spec agree on its operations, base URL and status words."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from catalogue import EXAMPLES

import evolink
from evolink._provider import EVOLINK, UNIALL, Provider
from evolink.testing._dialects import DIALECTS

from .support import KEY, task_body

UNIALL_URL = "https://gw.uniall.example"
BASE_URLS = {"evolink": "https://api.evolink.ai", "uniall": UNIALL_URL}
CLIENTS = {"evolink": evolink.EvoLink, "uniall": evolink.UniAll}
#: What the client adds to every request beside the builder's (the key, its identity) and what httpx adds.
CLIENT_HEADERS = {"authorization", "accept", "user-agent", "accept-encoding", "connection"}
KEY_FOR_CREATES = "order-1234-video-0001"
HOSTILE_ID = "../x?y#z"


def uniall_examples() -> Iterator[dict[str, Any]]:
    spec = UNIALL.spec()
    operation = spec.document["paths"][spec.create.path][spec.create.method.lower()]
    for example in operation["requestBody"]["content"]["application/json"]["examples"].values():
        yield example["value"]


#: Every official example our spec accepts (the others are refused before anything is sent), per gateway.
OFFICIAL = [
    (EVOLINK, body) for named in EXAMPLES.values() for body in named.values() if not EVOLINK.spec().check_request(body)
] + [(UNIALL, body) for body in uniall_examples()]


def sent_by_client(gateway: str, call: str, *args: Any, **kwargs: Any) -> httpx.Request:
    """The one request the client sends for ``client.<call>(...)``, answered with a valid task."""
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=task_body())

    client = CLIENTS[gateway](KEY, base_url=BASE_URLS[gateway], transport=httpx.MockTransport(answer))
    with client:
        section, method = call.split(".")
        getattr(getattr(client, section), method)(*args, **kwargs)
    (request,) = seen
    return request


def from_builder(gateway: Provider, prepared: Any) -> httpx.Request:
    method, url, headers, body = prepared
    return httpx.Request(method, BASE_URLS[gateway.name] + url, headers=headers, json=body)


def assert_same(sent: httpx.Request, built: httpx.Request) -> None:
    assert (sent.method, str(sent.url), sent.url.raw_path) == (built.method, str(built.url), built.url.raw_path)
    assert {k: v for k, v in sent.headers.items() if k not in CLIENT_HEADERS} == dict(built.headers.items())
    assert sent.content == built.content


def test_every_gateway_has_official_examples() -> None:
    assert sum(entry is EVOLINK for entry, _ in OFFICIAL) >= 100 and sum(entry is UNIALL for entry, _ in OFFICIAL) >= 3


@pytest.mark.parametrize(("entry", "body"), OFFICIAL, ids=[f"{e.name}-{b['model']}" for e, b in OFFICIAL])
def test_the_builders_create_is_what_the_client_sends_for_every_official_example(
    entry: Provider, body: dict[str, Any]
) -> None:
    build = entry.spec().create.build
    if entry.idempotency_header:
        sent = sent_by_client(entry.name, "videos.create", body, idempotency_key=KEY_FOR_CREATES)
        built = build(body=body, idempotency_key=KEY_FOR_CREATES)
    else:
        sent = sent_by_client(entry.name, "videos.create", body)
        built = build(body=body)
    assert_same(sent, from_builder(entry, built))
    assert json.loads(sent.content) == body


@pytest.mark.parametrize("entry", [EVOLINK, UNIALL], ids=lambda e: e.name)
def test_a_hostile_task_id_stays_one_path_segment(entry: Provider) -> None:
    sent = sent_by_client(entry.name, "tasks.get", HOSTILE_ID)
    assert_same(sent, from_builder(entry, entry.spec().task_query.build(task_id=HOSTILE_ID)))
    prefix, _, last = sent.url.raw_path.decode().rpartition("/")
    assert last == "..%2Fx%3Fy%23z" and not sent.url.query and not sent.url.fragment
    assert prefix + "/{task_id}" == entry.spec().task_query.path


@pytest.mark.parametrize("entry", [EVOLINK, UNIALL], ids=lambda e: e.name)
def test_the_generated_operations_are_the_documents(entry: Provider) -> None:
    """The builders' methods and paths are those of the spec the package was generated from: create, then the
    query the create's answer links to."""
    spec = entry.spec()
    paths = spec.document["paths"]
    create = paths[spec.create.path][spec.create.method.lower()]
    assert "requestBody" in create
    (link,) = spec.resolve(create["responses"]["200"])["links"].values()
    query = paths[spec.task_query.path][spec.task_query.method.lower()]
    assert query["operationId"] == link["operationId"]


def test_only_a_gateway_that_declares_idempotency_gets_a_key() -> None:
    assert EVOLINK.idempotency_header == "Idempotency-Key" and UNIALL.idempotency_header is None
    evolink_create = sent_by_client("evolink", "videos.create", model="veo-3.1-fast-generate-preview", prompt="a")
    uniall_create = sent_by_client("uniall", "videos.create", model="veo3.1-video-720p", prompt="a")
    assert evolink_create.headers["idempotency-key"].startswith("evolink-")
    assert "idempotency-key" not in uniall_create.headers


@pytest.mark.parametrize("entry", [EVOLINK, UNIALL], ids=lambda e: e.name)
def test_the_base_url_is_the_specs_server(entry: Provider, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(entry.base_url_env, raising=False)
    (server,) = entry.spec().document["servers"]
    if "variables" in server:  # a placeholder for the caller's own host: no default
        assert entry.default_base_url is None
        with pytest.raises(evolink.EvoLinkError, match=entry.base_url_env):
            CLIENTS[entry.name](KEY)
    else:
        assert entry.default_base_url == server["url"] == "https://api.evolink.ai"
        assert CLIENTS[entry.name](KEY).base_url == server["url"]


@pytest.mark.parametrize("entry", [EVOLINK, UNIALL], ids=lambda e: e.name)
def test_the_status_words_are_the_specs_and_the_mock_plays_them_backwards(entry: Provider) -> None:
    spec = entry.spec()
    spec_words = spec.resolve(spec.task_schema["properties"]["status"])["enum"]
    assert sorted(entry.statuses) == sorted(spec_words)
    mock = DIALECTS[entry.name]
    assert mock.gateway is entry
    for ours, word in mock.statuses.items():
        assert evolink.Task.from_json({"id": "t", "status": word}, gateway=entry).status == ours


def test_a_task_carries_its_gateways_facts() -> None:
    """Link lifetime and retryable codes come with the task from its gateway, not from a look-up by name."""
    body = {"id": "t", "status": "failed", "error": {"code": "service_error", "message": "busy"}}
    assert evolink.TaskFailedError(evolink.Task.from_json(body)).retryable  # EvoLink unless told
    assert not evolink.TaskFailedError(evolink.Task.from_json(body, gateway=UNIALL)).retryable
    done = {"id": "t", "status": "completed", "completed_at": 1_760_000_000}
    assert evolink.Task.from_json(done).expires_at is not None
    assert evolink.Task.from_json(done, gateway=UNIALL).expires_at is None
