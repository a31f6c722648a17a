"""One loopback rule and one request fingerprint, shared by the client, the batch and the mock."""

from __future__ import annotations

import pytest

from evolink._identity import is_loopback, request_fingerprint


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("localhost", True),
        ("LOCALHOST.", True),
        ("app.localhost", True),
        ("127.0.0.1", True),
        ("127.9.9.9", True),
        ("[::1]", True),
        ("::1", True),
        ("10.0.0.1", False),
        ("example.com", False),
        ("localhost.example.com", False),
        ("", False),
    ],
)
def test_loopback_hosts_however_written(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


def test_the_fingerprint_ignores_key_order_and_sees_every_value() -> None:
    assert request_fingerprint({"a": 1, "b": [1, 2]}) == request_fingerprint({"b": [1, 2], "a": 1})
    assert request_fingerprint({"a": 1}) != request_fingerprint({"a": 2})
    assert request_fingerprint({"prompt": "\ud800"})  # a lone surrogate from a file or a server does not crash it
