"""One result row: the figure, its reference, their ratio and the goal it is held to."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen
class Row:
    name: str
    value: float
    reference: float
    goal: str
    met: bool
    unit: str = ""
    note: str = ""

    @property
    def ratio(self) -> float:
        return self.value / self.reference if self.reference else float("inf")

    def line(self) -> str:
        mark = "met" if self.met else "MISSED"
        figures = f"{self.value:.4g}{self.unit} vs {self.reference:.4g}{self.unit}"
        note = f"  ({self.note})" if self.note else ""
        return f"{self.name:<52} {figures:<28} ratio {self.ratio:6.3f}  goal {self.goal:<28} {mark}{note}"

    def as_dict(self) -> dict[str, Any]:
        return {**attrs.asdict(self), "ratio": self.ratio}
