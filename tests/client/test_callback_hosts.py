"""The callback host rule is decided on the address a URL names, whatever its spelling.

A resolver or the gateway's URL parser reads ``%31%32%37.0.0.1``, ``127.0.0.1.``,
``[::ffff:127.0.0.1]`` or ``[64:ff9b::7f00:1]`` as loopback, so the client must
too: every spelling of an internal address is refused before anything is sent,
and a host that cannot be read at all is a RequestValidationError naming
``callback_url``, never another exception.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable, Iterator

import httpx
import pytest
import respx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evolink import EvoLink, RequestValidationError
from evolink._callbacks import internal_address_problem

from .support import API, FAST, KEY, Face, task_body

CREATE = "/v1/videos/generations"
SETTINGS = settings(max_examples=40, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck))


@pytest.fixture
def create() -> Iterator[respx.Route]:
    """The create endpoint, answering with a task; its ``call_count`` says whether anything was sent."""
    with respx.mock(base_url=API, assert_all_called=False) as router:
        yield router.post(CREATE).mock(return_value=httpx.Response(200, json=task_body()))


def refusal(face: Face, url: str) -> str | None:
    """The callback_url violation the client raised for ``url``, or None when it sent the request."""
    try:
        face("videos.create", model=FAST, prompt="a", callback_url=url)
    except RequestValidationError as error:
        assert [v.field for v in error.violations] == ["callback_url"], error
        return error.violations[0].rule
    return None


def teredo(client: ipaddress.IPv4Address) -> str:
    """A Teredo address (2001::/32) whose client is ``client`` (stored inverted, as the protocol does)."""
    server = int(ipaddress.IPv4Address("8.8.8.8"))
    return str(ipaddress.IPv6Address((0x20010000 << 96) | (server << 64) | (~int(client) & 0xFFFFFFFF)))


#: Every way to write an IPv4 address in a URL host that some parser reads as that address.
SPELLINGS: dict[str, Callable[[ipaddress.IPv4Address], str]] = {
    "dotted": str,
    "trailing dot": lambda a: f"{a}.",
    "decimal": lambda a: str(int(a)),
    "hex": lambda a: hex(int(a)),
    "percent-encoded": lambda a: "".join(f"%{byte:02x}" for byte in str(a).encode()),
    "ipv4-mapped": lambda a: f"[::ffff:{a}]",
    "ipv4-compatible": lambda a: f"[::{a}]",
    "nat64": lambda a: f"[64:ff9b::{a}]",
    "nat64 hex": lambda a: f"[{ipaddress.IPv6Address((0x0064FF9B << 96) | int(a))}]",
    "6to4": lambda a: f"[{ipaddress.IPv6Address((0x2002 << 112) | (int(a) << 80) | 1)}]",
    "teredo": lambda a: f"[{teredo(a)}]",
}
internal_ipv4 = st.ip_addresses(v=4).filter(lambda a: not a.is_global or a.is_multicast)


@pytest.fixture(scope="module")
def client() -> Iterator[EvoLink]:
    """One client for every example; nothing may reach the API, which answers nothing."""
    with respx.mock(base_url=API, assert_all_mocked=True, assert_all_called=False), EvoLink(KEY) as evolink:
        yield evolink


@pytest.mark.parametrize("spelling", SPELLINGS)
@SETTINGS
@given(address=internal_ipv4)
def test_every_spelling_of_an_internal_ipv4_address_is_refused(
    client: EvoLink, spelling: str, address: ipaddress.IPv4Address
) -> None:
    host = SPELLINGS[spelling](address)
    with pytest.raises(RequestValidationError, match="callback_url: must not point to an internal"):
        client.videos.create(model=FAST, prompt="a", callback_url=f"https://{host}/hook")


@pytest.mark.parametrize(
    "host",
    [
        "%31%32%37.0.0.1",
        "%6c%6f%63%61%6c%68%6f%73%74",  # localhost
        "localhost%2e",
        "LOCALHOST.",
        "127.0.0.1.",
        "[::127.0.0.1]",
        "[::ffff:127.0.0.1]",
        "[::ffff:0:127.0.0.1]",  # SIIT
        "[64:ff9b::127.0.0.1]",
        "[64:ff9b::10.0.0.1]",
        "[64:ff9b:1::a00:1]",  # local-use NAT64 (RFC 8215)
        "[2002:7f00:1::]",
        "[2002:a00:1::1]",
        "[2001:0:4136:e378:8000:63bf:80ff:fffe]",  # Teredo
        "[fec0::1]",  # site-local
        "[ff02::1]",
        "224.0.0.1",
        "239.255.255.250",
        "169.254.169.254",
    ],
)
def test_internal_hosts_written_any_way_are_refused(face: Face, create: respx.Route, host: str) -> None:
    message = refusal(face, f"https://{host}/hook")
    assert message is not None and message.startswith("must not point to an internal"), message
    assert create.call_count == 0


@pytest.mark.parametrize(
    "host",
    [
        "4294967297",  # past 32 bits: no IPv4 address, and no name either
        "0x100000000",
        "1.2.3.256",
        "1.2.3.4.5",
        "example.123",  # a name ending in a number is read as an IPv4 address
        "xn--zz.example.com",  # not valid punycode
        "xn--.example.com",
        "a..example.com",
        "exa%00mple.com",
        "%ff.example.com",
        "exa%20mple.com",
        "%5b%3a%3a1%5d",  # [::1], percent-encoded
        "[v1.x]",
    ],
)
def test_a_malformed_host_is_a_validation_error_naming_callback_url(face: Face, create: respx.Route, host: str) -> None:
    message = refusal(face, f"https://{host}/hook")
    assert message is not None, f"{host} was sent"
    assert create.call_count == 0


@pytest.mark.parametrize(
    "host",
    [
        "example.com",
        "example.com.",
        "hooks.example.com:8443",
        "_acme.example.com",
        "xn--bcher-kva.example",
        "8.8.8.8",
        "[2606:4700:4700::1111]",
    ],
)
def test_public_hosts_are_accepted(face: Face, create: respx.Route, host: str) -> None:
    assert refusal(face, f"https://{host}/hook") is None
    assert create.call_count == 1


@pytest.mark.parametrize(
    "url",
    [
        "https://[fe80::1%25eth0]/hook",  # a zone: RFC 3986 has no room for it, so the spec refuses it first
        "https://[2606:4700::1%25eth0]/hook",
        "https://[1:2:3]/hook",
        "https://[::1/hook",
        "https://[::1]:99999/hook",
        "https://example.com:port/hook",
        "https://127.0.0.1\\@example.com/hook",  # WHATWG parsers end the host at the backslash
        "https://\uff11\uff12\uff17.0.0.1/hook",  # full-width digits: IDNA maps them to 127
        "https://127\u30020\u30020\u30021/hook",  # ideographic full stops: IDNA maps them to dots
        "https://exa\u200bmple.local/hook",
        "https://\udc80.example.com/hook",
        "https://xn--ls8h-/hook",
        "https://" + "a" * 64 + ".example.com/hook",
    ],
)
def test_the_rule_itself_never_raises_and_refuses_what_it_cannot_read(url: str) -> None:
    """The spec's ``format: uri`` refuses most of these first; the rule (the mock uses it alone) must hold anyway."""
    assert internal_address_problem(url) is not None


@SETTINGS
@given(host=st.text(max_size=40))
def test_any_host_gives_an_answer_not_an_exception(host: str) -> None:
    problem = internal_address_problem(f"https://{host}/hook")
    assert problem is None or isinstance(problem, str)
