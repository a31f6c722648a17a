"""How often to ask whether a task has finished.

Each poll of an unfinished task costs the gateway an upstream query, and
EvoLink's own tools poll no faster than every 8 s. Fixed-interval polling either
wastes requests on long tasks or notices short ones late. This schedule
predicts the end instead: from the task's ``estimated_time`` at first (polling
half-way, to get a progress reading), then from its progress, which the gateway
reports as it goes (``elapsed * 100 / progress``). It sleeps until the predicted
end, and once past it polls at a small fraction of the elapsed time, so a task
is noticed within a few percent of its length. Never faster than ``floor``,
never slower than ``ceiling``; jitter only shortens a sleep, so many waiting
clients do not poll in lockstep and none overshoots.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field

__all__ = ["PollPolicy"]


@dataclass(frozen=True)
class PollPolicy:
    """Sleep until the predicted end; past it, ``fraction`` of the elapsed time; within [``floor``, ``ceiling``]."""

    floor: float = 2.0
    ceiling: float = 60.0
    fraction: float = 0.05
    first_delay: float = 5.0
    jitter: float = 0.1
    random: Callable[[], float] = field(default=random.random, compare=False)

    def predicted_total(self, *, elapsed: float, estimated_time: float | None, progress: int) -> float | None:
        if 0 < progress < 100 and elapsed > 0:
            return elapsed * 100 / progress
        if estimated_time is not None and estimated_time > 0:
            return estimated_time
        return None

    def next_delay(self, *, elapsed: float, estimated_time: float | None, progress: int) -> float:
        """Seconds to sleep before the next poll, ``elapsed`` seconds after the wait started."""
        total = self.predicted_total(elapsed=elapsed, estimated_time=estimated_time, progress=progress)
        if total is None:
            delay = self.first_delay if elapsed <= 0 else self.fraction * elapsed
        else:
            remaining = total - elapsed
            from_estimate_only = not (0 < progress < 100)
            if remaining <= self.floor:
                delay = self.fraction * elapsed
            elif from_estimate_only:
                delay = remaining / 2  # a progress reading half-way corrects a wrong estimate
            else:
                delay = remaining
        delay = min(self.ceiling, max(self.floor, delay))
        return max(self.floor, delay * (1 - self.jitter * self.random()))
