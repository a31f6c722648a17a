"""Callbacks: reading the body EvoLink POSTs to ``callback_url``, and the rules that URL must meet.

The gateway refuses callback URLs that are not HTTPS, longer than 2048
characters (both stated in the spec and checked with it) or pointing at an
internal address (127.0.0.1, 10.x.x.x, 172.16-31.x.x, 192.168.x.x, ...). That
last rule is about what a host name *is*, which JSON Schema cannot say, so it
lives here - used by the client before sending and by the mock server. It is
decided on the address a URL parser and a resolver would reach, by the
``ipaddress`` module's own properties, so no spelling (percent-encoding, a
trailing dot, ``2130706433``, ``[::ffff:127.0.0.1]``, ``[64:ff9b::a00:1]``) slips
through, and a host that cannot be read is refused rather than guessed at.
Callbacks are not signed: confirm one by querying the task
(``client.tasks.confirm_callback``).
"""

from __future__ import annotations

import contextlib
import ipaddress
import json
import re
import socket
from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import unquote, urlsplit

from ._exceptions import CallbackError
from ._provider import EVOLINK, Provider
from ._task import Task

__all__ = ["internal_address_problem", "parse_callback"]

_Address = ipaddress.IPv4Address | ipaddress.IPv6Address

_INTERNAL_NAMES = ("localhost", ".localhost", ".local", ".internal", ".lan", ".home.arpa")
#: A host name once percent-decoded and IDNA-encoded: letters, digits, ``-`` and ``_`` in dot-separated labels.
_NAME = re.compile(r"[a-z0-9_-]+(\.[a-z0-9_-]+)*", re.ASCII)
#: A last label that makes a URL parser read the whole host as an IPv4 address (WHATWG: "ends in a number").
_NUMBER = re.compile(r"[0-9]+|0x[0-9a-f]*", re.ASCII)
_NUMERIC_HOST = re.compile(r"(0x[0-9a-f]+|[0-9]+)(\.(0x[0-9a-f]+|[0-9]+)){0,3}", re.ASCII)


def internal_address_problem(url: str) -> str | None:
    """Why ``url`` may not receive callbacks (an internal or unreadable host), or None when its host is public.

    The verdict is on what the host *is* once read the way URL parsers and
    resolvers read it (percent-decoded, IDNA-mapped, numeric shorthands and
    IPv6 forms that carry an IPv4 address expanded), never on how it is spelled:
    a host that cannot be read unambiguously is refused too.
    """
    try:
        host = _host(url)
    except UnicodeError:
        return "has a malformed host (invalid percent-encoding or IDNA)"
    except ValueError as error:
        return f"has a malformed host ({error})"
    if isinstance(host, str):
        if not host:
            return "has no host"
        if host == "localhost" or host.endswith(_INTERNAL_NAMES):
            return f"must not point to an internal host ({host})"
        return None
    inner = next((address for address in _meant(host) if _is_internal(address)), None)
    if inner is None:
        return None
    carried = f", which carries {inner}" if inner != host else ""
    return f"must not point to an internal address ({host}{carried})"


def _host(url: str) -> str | _Address:
    """The address ``url``'s host names, or its normalised name; ValueError when no parser could agree on it."""
    parts = urlsplit(url)
    if "\\" in parts.netloc:  # WHATWG parsers end the host at a backslash, urlsplit does not: two different hosts
        raise ValueError("a backslash in the authority")
    _ = parts.port  # raises ValueError for a port that is not a number in range
    host = unquote(parts.hostname or "", errors="strict")
    if parts.netloc.rpartition("@")[2].startswith("["):
        return ipaddress.IPv6Address(host)
    return _name_or_ipv4(host)


def _name_or_ipv4(host: str) -> str | ipaddress.IPv4Address:
    """``host`` as resolvers see it: IDNA applied (full-width digits and dots become ASCII), IPv4 if numeric."""
    name = host.encode("idna").decode("ascii").lower()
    name.encode("ascii").decode("idna")  # refuses ``xn--`` labels that are not valid punycode
    name = name.removesuffix(".")
    if name and not _NAME.fullmatch(name):
        raise ValueError(f"{name!r} is not a host name")
    if not _NUMBER.fullmatch(name.rpartition(".")[2]):
        return name
    if _NUMERIC_HOST.fullmatch(name):
        with contextlib.suppress(OSError):  # inet_aton reads the shorthands: 2130706433, 0x7f000001, 127.1, 0177.0.0.1
            return ipaddress.IPv4Address(socket.inet_aton(name))
    raise ValueError(f"{name!r} ends in a number but is no IPv4 address")


def _meant(address: _Address) -> Iterator[_Address]:
    """``address``, then every IPv4 address an IPv6 form carries (mapped, 6to4, both ends of Teredo).

    Judging the carried address too keeps the verdict the same on every Python:
    newer versions judge an IPv4-mapped address by its IPv4 part, older ones
    call all of ``::ffff:0:0/96`` reserved.
    """
    yield address
    if isinstance(address, ipaddress.IPv6Address):
        yield from (a for a in (address.ipv4_mapped, address.sixtofour) if a is not None)
        yield from address.teredo or ()


def _is_internal(address: _Address) -> bool:
    """Not one public host: ``is_global`` alone lets multicast and reserved space through.

    Reserved covers ``::/8``, which holds the IPv4-compatible (``::a.b.c.d``),
    IPv4-mapped and NAT64 (``64:ff9b::/96``) forms; a zone (``%eth0``) only
    means something on the machine that reads it.
    """
    if isinstance(address, ipaddress.IPv6Address) and (address.scope_id is not None or address.is_site_local):
        return True
    return not address.is_global or address.is_multicast or address.is_reserved


def parse_callback(body: bytes | str | Mapping[str, Any], *, provider: Provider = EVOLINK) -> Task:
    """The :class:`Task` in a callback body (the same JSON as the task query).

    The body proves nothing by itself (no signature is documented): use
    ``client.tasks.confirm_callback(body)`` before acting on it.
    """
    try:
        data: Any = json.loads(body) if isinstance(body, bytes | str) else body
        if not isinstance(data, Mapping):
            raise ValueError("it is not a JSON object")
        return Task.from_json(data, gateway=provider)
    except (ValueError, RecursionError) as exc:  # anyone can POST anything to a callback endpoint
        raise CallbackError(f"not a task callback: {str(exc)[:200] or type(exc).__name__}") from None
