"""A batch's credit budget: an item starts only when what is left covers its estimated price.

Prices are learnt from the gateway's own answers: every create answer carries
``usage.credits_reserved``. An item's estimate is the largest reservation seen
for the same model and the same :data:`PRICE_FIELDS` (a *certain* estimate),
else the largest for the same model, else nothing (both *uncertain*).

* A certain item starts when its estimate fits in what is left.
* An uncertain item starts only while budget is left (and its model's largest
  reservation, if any, fits), and only when no other uncertain item is in
  flight: at most one item of unknown price runs at a time, in the whole batch.
  The batch therefore spends at most ``max_credits`` plus the part of that one
  reservation its estimate did not cover: **at most one reservation over**.
* An item that does not fit waits while anything in flight may still change
  the picture (a reservation not yet known, a task that may fail and be
  refunded); when nothing can, it is skipped (``skipped``, reason ``budget``)
  and stays unsent in the journal, so a re-run with a larger budget sends it.

What counts against the budget is every item's cost as the journal knows it:
the final charge once known, else the reservation; a failed or cancelled task
is refunded and counts nothing. Because reservations are journaled with the
task id, the budget holds across crashes and re-runs: it is the whole batch's,
not one run's. A create answer without a reservation (a gateway that sends
none), or a create sent whose answer never came, is taken to use up everything
left in this run, so no budget is overrun by a price nobody stated; a re-run
learns the real reservation (the create is sent again under its key).
"""

from __future__ import annotations

import json
import math
import threading
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from ._journal import JournalEntry

__all__ = ["PRICE_FIELDS", "REFUNDED", "Budget", "Decision", "price_key"]

#: The request fields that drive a video's price (with the model): two requests that agree on these are
#: expected to reserve the same credits. Prompts, media links, seeds and callbacks are left out.
PRICE_FIELDS = (
    "duration",
    "quality",
    "resolution",
    "size",
    "n",
    "mode",
    "generation_mode",
    "generate_audio",
    "sound",
)
#: Journal statuses of tasks whose reservation the gateway gave back.
REFUNDED = frozenset({"failed", "cancelled"})
Decision = Literal["start", "wait", "skip"]


def price_key(request: Mapping[str, Any]) -> tuple[str, str]:
    """(model, the price fields as canonical JSON): requests with one key are expected to cost the same."""
    fields = {name: request[name] for name in PRICE_FIELDS if name in request}
    return str(request.get("model")), json.dumps(fields, sort_keys=True, default=str)


def entry_cost(entry: JournalEntry) -> float | None:
    """What a journaled item counts against the budget: refunded 0, else its charge, else its reservation."""
    if entry.status in REFUNDED:
        return 0.0
    return entry.credits_charged if entry.credits_charged is not None else entry.credits_reserved


class Budget:
    """``limit`` credits for one batch, shared by its workers (threads or tasks); see the module docstring.

    ``entries`` are the journal's records from earlier runs: their costs count, their reservations teach prices.
    """

    def __init__(self, limit: float, entries: Iterable[JournalEntry] = ()) -> None:
        self.limit = limit
        self._lock = threading.Condition()
        self._by_key: dict[tuple[str, str], float] = {}
        self._by_model: dict[str, float] = {}
        self._cost: dict[str, float] = {}  # item key -> its known cost
        self._pending: dict[str, float] = {}  # admitted, reservation not yet known -> the estimate held for it
        self._open: set[str] = set()  # admitted in this run and not yet ended: may still be refunded
        self._uncertain: str | None = None  # the one item of unknown price in flight
        for entry in entries:
            self._learn(entry.request, entry.credits_reserved)
            cost = _charge(entry_cost(entry))
            if cost is not None:
                self._cost[entry.item_key] = cost

    # --- what is known --------------------------------------------------------------------------

    def _learn(self, request: Mapping[str, Any], reserved: float | None) -> None:
        reserved = _reservation(reserved)
        if reserved is None:
            return
        key = price_key(request)
        self._by_key[key] = max(reserved, self._by_key.get(key, 0.0))
        self._by_model[key[0]] = max(reserved, self._by_model.get(key[0], 0.0))

    def estimate(self, request: Mapping[str, Any]) -> tuple[float | None, bool]:
        """The item's estimated price and whether it is certain (seen for the same model and price fields)."""
        key = price_key(request)
        with self._lock:
            if key in self._by_key:
                return self._by_key[key], True
            return self._by_model.get(key[0]), False

    @property
    def spent(self) -> float:
        """The credits counted now: known costs and the estimates held for reservations not yet known."""
        with self._lock:
            return sum(self._cost.values()) + sum(self._pending.values())

    # --- decisions ------------------------------------------------------------------------------

    def admit(self, item_key: str, request: Mapping[str, Any], *, sent: bool = False) -> Decision:
        """Whether the item may send its create now, must wait for something in flight, or is skipped.

        ``sent``: an earlier run already sent this create (its answer was lost); it is sent again under the same
        key, which cannot pay twice, so it is admitted whatever is left and only held against the budget.
        """
        estimate, certain = self.estimate(request)
        with self._lock:
            left = self._left()
            held = estimate or 0.0
            if sent or (certain and held <= left):
                fits = True
            elif not certain and self._uncertain is None:
                fits = left > 0 and held <= left
            else:
                fits = False
            if fits:
                self._pending[item_key] = held
                self._open.add(item_key)
                if not certain:
                    self._uncertain = item_key
                return "start"
            return "wait" if self._pending or self._open else "skip"

    def wait(self, seconds: float) -> None:
        """Block until something changes or ``seconds`` pass (short: an async batch waits in a worker thread)."""
        with self._lock:
            self._lock.wait(seconds)

    def reserved(self, item_key: str, request: Mapping[str, Any], amount: float | None) -> None:
        """The create was answered: ``amount`` is now known (None: unstated, taken to use up what is left)."""
        with self._lock:
            held = self._pending.pop(item_key, 0.0)
            amount = _reservation(amount)
            if amount is None:
                amount = max(held, self._left())
            else:
                self._learn(request, amount)
            self._cost[item_key] = amount
            self._settle_uncertain(item_key)

    def release(self, item_key: str) -> None:
        """The create was not made (refused, or never sent): nothing is held for the item."""
        with self._lock:
            self._pending.pop(item_key, None)
            self._open.discard(item_key)
            self._settle_uncertain(item_key)

    def ended(self, item_key: str, cost: float | None) -> None:
        """The item ended; ``cost`` is its final charge (0 refunded) when known, else its reservation stands."""
        with self._lock:
            held = self._pending.pop(item_key, None)
            cost = _charge(cost)
            if cost is not None:
                self._cost[item_key] = cost
            elif held is not None:  # sent, but its answer never came: it may have reserved anything
                self._cost[item_key] = max(held, self._left())
            self._open.discard(item_key)
            self._settle_uncertain(item_key)

    def _left(self) -> float:
        return self.limit - sum(self._cost.values()) - sum(self._pending.values())

    def _settle_uncertain(self, item_key: str) -> None:
        if self._uncertain == item_key:
            self._uncertain = None
        self._lock.notify_all()


def _reservation(amount: float | None) -> float | None:
    """A reservation the budget can trust: positive and finite. Zero, negative or NaN (a hostile or odd answer)
    counts as unstated, which uses up what is left, instead of making room in the budget."""
    return amount if amount is not None and 0 < amount < math.inf else None


def _charge(cost: float | None) -> float | None:
    """A final charge the budget can trust: finite and not negative (0 is a refund); anything else is unknown."""
    return cost if cost is not None and 0 <= cost < math.inf else None
