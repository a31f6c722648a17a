"""How often to ask whether a task has finished.

Each poll of an unfinished task costs the gateway an upstream query, and
EvoLink's own tools poll no faster than every 8 s. Fixed-interval polling either
wastes requests on long tasks or notices short ones late. This schedule sleeps
until the task's own ``estimated_time`` first, then polls at a fraction of the
time already spent (so a task is noticed within a few percent of its length),
never faster than ``floor`` and never slower than ``ceiling``, with a little
jitter so many waiting clients do not poll in lockstep.
"""

from __future__ import annotations

import random
from collections.abc import Callable

import attrs

__all__ = ["PollPolicy"]


@attrs.frozen
class PollPolicy:
    """``fraction`` of the elapsed time between polls, within [``floor``, ``ceiling``] seconds."""

    floor: float = 2.0
    ceiling: float = 30.0
    fraction: float = 0.05
    first_delay: float = 5.0
    jitter: float = 0.1
    random: Callable[[], float] = attrs.field(default=random.random, eq=False)

    def next_delay(self, *, elapsed: float, estimated_time: float | None, progress: int) -> float:
        """Seconds to sleep before the next poll, ``elapsed`` seconds after the wait started."""
        if estimated_time is not None and estimated_time > 0:
            remaining = estimated_time - elapsed
            # Trust the estimate until it runs out, then fall back to the elapsed-time fraction.
            delay = remaining if remaining > self.floor else self.fraction * max(elapsed, estimated_time)
        elif elapsed <= 0:
            delay = self.first_delay
        elif 0 < progress < 100:
            # Progress rises roughly linearly: the time left is about elapsed * (100 - p) / p.
            delay = min(elapsed * (100 - progress) / progress, self.fraction * elapsed * 4)
        else:
            delay = self.fraction * elapsed
        delay = min(self.ceiling, max(self.floor, delay))
        spread = delay * self.jitter
        return max(self.floor, delay - spread + 2 * spread * self.random())
