"""The account: what credits are left, as one flow that both clients run (``client.account``).

Figures are floats, as the API's JSON numbers are (``99416.4429``): enough for
a balance shown to four places and for a budget's comparisons; sums of many
of them are not exact to the last digit, which no decision here depends on.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from . import _exceptions as errors
from ._commands import Flow
from ._task import _float

if TYPE_CHECKING:
    from ._client import AsyncClient, SyncClient
    from ._core import ClientCore
    from ._timing import Deadline

__all__ = ["Account", "AsyncAccount", "Balance", "Credits", "credits_flow"]

#: The generated name of the credits operation in a gateway's spec (EvoLink's ``GET /v1/credits``).
CREDITS_OPERATION = "get_credits"


@dataclass(frozen=True)
class Balance:
    """One holder's credits: ``remaining`` to spend and ``used`` so far; ``unlimited`` when no limit applies."""

    remaining: float
    used: float
    unlimited: bool = False


@dataclass(frozen=True)
class Credits:
    """The credits of the key that asked (``token``) and of the account that owns it (``user``).

    A create can spend at most :attr:`spendable`: the account's balance, capped by the key's own unless the
    key is unlimited. ``raw`` is the answer's ``data`` as sent.
    """

    token: Balance
    user: Balance
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def spendable(self) -> float:
        if self.token.unlimited:
            return self.user.remaining
        return min(self.user.remaining, self.token.remaining)

    @classmethod
    def from_json(cls, body: Any) -> Credits:
        """Parse the answer of ``GET /v1/credits``; ValueError when it is not that shape."""
        data = body.get("data") if isinstance(body, Mapping) else None
        if not isinstance(data, Mapping):
            raise ValueError("the answer has no data object")
        return cls(token=_balance(data.get("token"), "token"), user=_balance(data.get("user"), "user"), raw=dict(data))


def _balance(node: Any, holder: str) -> Balance:
    if not isinstance(node, Mapping):
        raise ValueError(f"data.{holder} is not an object")
    remaining, used = _float(node.get("remaining_credits")), _float(node.get("used_credits"))
    if remaining is None or used is None:
        raise ValueError(f"data.{holder} lacks a finite remaining_credits or used_credits")
    return Balance(remaining, used, node.get("unlimited_credits") is True)


def credits_flow(core: ClientCore, deadline: Deadline | None) -> Flow[Credits]:
    """Ask the gateway for the balances (a GET: retried like a task query)."""
    try:
        operation = core.provider.spec().operation(CREDITS_OPERATION)
    except LookupError:
        raise errors.EvoLinkError(f"{core.provider.name} documents no credits endpoint") from None
    response = yield from core.request(operation.build(), deadline=deadline)
    try:
        return Credits.from_json(response.json())
    except (ValueError, RecursionError) as exc:
        raise errors.APIConnectionError(
            f"the API answered {response.status_code} with a body that is not a credits answer: {exc}",
            request=response.request,
        ) from exc


class Account:
    """``client.account``: the account behind the key."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def credits(self, *, timeout: float | None = None) -> Credits:
        """The credits left and used; ``timeout`` (seconds) bounds the call with its retries."""
        core = self._client._core
        return self._client._run(credits_flow(core, core.deadline(timeout)))


class AsyncAccount:
    """``client.account`` of the async clients; see :class:`Account`."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def credits(self, *, timeout: float | None = None) -> Credits:
        """See :meth:`Account.credits`."""
        core = self._client._core
        return await self._client._run(credits_flow(core, core.deadline(timeout)))
