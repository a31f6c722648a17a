"""The mock's credit ledger: a balance per key that creates reserve, completions charge and failures refund.

Each key starts with :attr:`MockConfig.credits`. A create reserves what its
task body will show as ``usage.credits_reserved``; a key whose balance cannot
cover that is answered 402 ``insufficient_quota``, as an exhausted key is. A
reservation settles when the task ends on the mock's clock: charged when it
completed, given back when it failed or was cancelled. ``GET /v1/credits``
answers the balance in the documented shape (the key's and the account's
figures are the same: the mock has one key per account). Only a gateway that
documents the 402 and the credits endpoint keeps a ledger (EvoLink).
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ._dialects import Dialect, reservation
from ._errors import ApiError
from ._http import MockRequest, MockResponse, json_response
from ._routing import Route
from ._tasks import TaskRecord, number, phase, request_facts

if TYPE_CHECKING:
    from .._timing import Clock

__all__ = ["Ledger"]

#: The generated name of the credits operation in the spec the mock plays.
_OPERATION = "get_credits"


def _integer_code(error: ApiError) -> ApiError:
    """The credits endpoint's errors carry the HTTP status as their code (an integer), unlike the task endpoints'."""
    return IntegerCodeError(error.status, error.code, error.message, type=error.type, headers=error.headers)


class IntegerCodeError(ApiError):
    def response(self) -> MockResponse:
        detail: dict[str, Any] = {"code": self.status, "message": self.message, "type": self.type}
        return json_response(self.status, {"error": detail}, self.headers)


@dataclass
class _Account:
    charged: float = 0.0
    held: dict[str, tuple[float, TaskRecord]] = field(default_factory=dict)


class Ledger:
    """Every key's credits on ``clock``; thread-safe."""

    def __init__(self, dialect: Dialect, clock: Clock, credits: float) -> None:
        self._dialect = dialect
        self._clock = clock
        self._start = credits
        self._accounts: dict[str, _Account] = {}
        self._lock = threading.Lock()

    @property
    def applies(self) -> bool:
        """Whether the gateway documents credits (its credits endpoint and the 402 that an empty balance answers)."""
        try:
            self._dialect.spec.operation(_OPERATION)
        except LookupError:
            return False
        return "insufficient_quota" in self._dialect.errors

    def admit(self, key: str, model: str, body: Mapping[str, Any]) -> None:
        """Refuse (402) a create the key's balance cannot cover."""
        if not self.applies:
            return
        price = reservation(*request_facts(self._dialect.spec, model, body))
        if price > self.remaining(key):
            raise self._dialect.errors.error(
                "insufficient_quota", f"This request reserves {number(price)} credits; {self.remaining(key):g} left"
            )

    def hold(self, task: TaskRecord) -> None:
        """Reserve ``task``'s price from its owner's balance."""
        if self.applies:
            with self._lock:
                account = self._accounts.setdefault(task.owner, _Account())
                account.held[task.id] = (reservation(task.outputs, task.video_duration), task)

    def remaining(self, key: str) -> float:
        account = self._settled(key)
        return self._start - account.charged - sum(amount for amount, _ in account.held.values())

    def _settled(self, key: str) -> _Account:
        """``key``'s account with every ended task's reservation charged or refunded."""
        now = self._clock.wall()
        with self._lock:
            account = self._accounts.setdefault(key, _Account())
            for task_id, (amount, task) in list(account.held.items()):
                ending = phase(task, now)
                if ending.terminal:
                    del account.held[task_id]
                    account.charged += amount if ending.status == "completed" else 0.0
            return account

    def clear(self) -> None:
        with self._lock:
            self._accounts.clear()

    def routes(self) -> tuple[Route, ...]:
        """``GET /v1/credits`` (where the gateway documents it)."""
        if not self.applies:
            return ()
        path = tuple(self._dialect.spec.operation(_OPERATION).path.strip("/").split("/"))
        return (Route(path, {"GET": self._answer}, "api", "credit_queries", worded=_integer_code),)

    def _answer(self, request: MockRequest, params: dict[str, str], key: str) -> MockResponse:
        remaining = self.remaining(key)
        used = self._settled(key).charged
        figures = {"remaining_credits": number(round(remaining, 4)), "used_credits": number(round(used, 4))}
        data = {"token": {**figures, "unlimited_credits": False}, "user": figures}
        return json_response(200, {"data": data, "message": "", "success": True})
