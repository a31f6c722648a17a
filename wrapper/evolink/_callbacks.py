"""Callbacks: reading the body EvoLink POSTs to ``callback_url``, and the rules that URL must meet.

The gateway refuses callback URLs that are not HTTPS, longer than 2048
characters (both stated in the spec and checked with it) or pointing at an
internal address (127.0.0.1, 10.x.x.x, 172.16-31.x.x, 192.168.x.x, ...). That
last rule is about what a host name *is*, which JSON Schema cannot say, so it
lives here - used by the client before sending and by the mock server.
Callbacks are not signed: confirm one by querying the task
(``client.tasks.confirm_callback``).
"""

from __future__ import annotations

import ipaddress
import json
import re
import socket
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from ._provider import EVOLINK, Provider
from ._task import Task

__all__ = ["internal_address_problem", "parse_callback"]

_NUMERIC_HOST = re.compile(r"(0x[0-9a-f]+|\d+)(\.(0x[0-9a-f]+|\d+)){0,3}")
_INTERNAL_NAMES = ("localhost", ".localhost", ".local", ".internal", ".lan", ".home.arpa")


def internal_address_problem(url: str) -> str | None:
    """Why ``url`` points at an internal address, or None when its host is public."""
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    if not host:
        return "has no host"
    if host == "localhost" or host.endswith(_INTERNAL_NAMES):
        return f"must not point to an internal host ({host})"
    address = _as_address(host)
    if address is not None and not address.is_global:
        return f"must not point to an internal address ({host})"
    return None


def _as_address(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """The IP address ``host`` names, including the shorthands resolvers accept (2130706433, 0x7f000001, 127.1)."""
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        pass
    if _NUMERIC_HOST.fullmatch(host):
        try:
            return ipaddress.IPv4Address(socket.inet_aton(host))
        except OSError:
            return None
    return None


def parse_callback(body: bytes | str | Mapping[str, Any], *, provider: Provider = EVOLINK) -> Task:
    """The :class:`Task` in a callback body (the same JSON as the task query).

    The body proves nothing by itself (no signature is documented): use
    ``client.tasks.confirm_callback(body)`` before acting on it.
    """
    data: Any = json.loads(body) if isinstance(body, bytes | str) else body
    if not isinstance(data, Mapping):
        raise ValueError("a callback body is a JSON object")
    return Task.from_json(data, status_map=provider.status_map, provider=provider.name)
