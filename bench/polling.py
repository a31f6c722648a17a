"""Polling efficiency on a simulated clock: evolink's schedule against fixed 5 s polling."""

from __future__ import annotations

import httpx
from rows import Row

import evolink

DURATIONS = [30, 60, 120, 300, 600]


class SimClock:
    def __init__(self) -> None:
        self.t = 0.0

    def now(self) -> float:
        return self.t

    def wall(self) -> float:
        return 1.7e9 + self.t

    def sleep(self, seconds: float) -> None:
        self.t += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.t += seconds


def simulate(duration: float, estimate_error: float) -> tuple[int, float]:
    """Requests evolink spends on a task of ``duration`` s (its estimate off by a factor), and how late it notices."""
    clock = SimClock()

    def answer(request: httpx.Request) -> httpx.Response:
        done = clock.t >= duration
        body = {
            "id": "task-unified-1-sim",
            "created": 1,
            "model": "veo-3.1-fast-generate-preview",
            "status": "completed" if done else "processing",
            "progress": 100 if done else int(100 * clock.t / duration),
            "task_info": {"estimated_time": duration * estimate_error},
        }
        if done:
            body["results"] = ["https://cdn.example.com/v.mp4"]
        return httpx.Response(200, json=body)

    transport = httpx.MockTransport(answer)
    with evolink.EvoLink("sk-sim", transport=transport, clock=clock) as client:
        calls = 0

        def count(_: evolink.Task) -> None:
            nonlocal calls
            calls += 1

        client.tasks.wait("task-unified-1-sim", timeout=None, on_progress=count)
    return calls, clock.t - duration


def fixed(duration: float, interval: float = 5.0) -> tuple[int, float]:
    polls = int(duration // interval) + 1
    noticed = polls * interval if duration % interval else duration
    return polls, noticed - duration


def bench_polling() -> list[Row]:
    rows = []
    for error, label in ((1.0, "accurate estimate"), (0.5, "estimate 2x short"), (2.0, "estimate 2x long")):
        ours_requests = ref_requests = 0
        worst_late = 0.0
        within = True
        for duration in DURATIONS:
            n, late = simulate(duration, error)
            m, _ = fixed(duration)
            ours_requests += n
            ref_requests += m
            worst_late = max(worst_late, late)
            within = within and late <= max(2.0, 0.05 * duration) + 1e-9
        rows.append(
            Row(
                f"polling requests, tasks 30 s-10 min, {label}",
                ours_requests,
                ref_requests,
                "<= 1/3 and late <= max(2 s, 5%)",
                ours_requests <= ref_requests / 3 and within,
                note=f"worst lateness {worst_late:.1f} s",
            )
        )
    return rows
