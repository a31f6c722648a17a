"""What makes two requests the same, and a host this machine: each decided once, for client, batch and mock."""

from __future__ import annotations

import hashlib
import ipaddress
import json
from collections.abc import Mapping
from typing import Any

__all__ = ["is_loopback", "request_fingerprint"]


def request_fingerprint(request: Mapping[str, Any]) -> str:
    """A short hash of the request's JSON, whatever the key order or spacing (what an idempotency key is bound to)."""
    canonical = json.dumps(request, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def is_loopback(host: str) -> bool:
    """``localhost`` (and its subdomains) or a loopback address, however written in a URL (``[::1]``, ``127.1.``)."""
    host = host.strip("[]").rstrip(".").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
