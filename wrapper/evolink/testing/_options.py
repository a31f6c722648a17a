"""The checks every number a mock is given goes through: configuration, armed faults, control endpoints.

A mock runs inside other people's test suites and reads numbers from
keywords, command-line flags and JSON. ``inf``, ``nan``, ``1.5`` requests,
``True`` or a 400-digit count would otherwise be taken as given and break the
server later, far from their cause (a status of 503.5, a fault that never
runs out, an answer of ``{"armed": Infinity}``). Each check here refuses such
a value when it is given, with an :class:`OptionError` that names the option,
so the command line can name the flag and the control endpoint the field.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from attrs import Attribute

__all__ = [
    "MAX_COUNT",
    "MAX_SECONDS",
    "OptionError",
    "check_count",
    "check_fraction",
    "check_number",
    "check_seconds",
    "check_whole",
    "validator",
]

#: The largest fault count: far more requests than any test makes, small enough to add up and print.
MAX_COUNT = 1_000_000_000
#: The longest duration, delay or lifetime (a century): any later time stays a finite number of seconds.
MAX_SECONDS = 100 * 365 * 24 * 3600.0


class OptionError(ValueError):
    """A value refused for ``option`` (a :class:`~evolink.testing.MockConfig` field or a fault keyword)."""

    def __init__(self, option: str, rule: str, value: object) -> None:
        super().__init__(f"{option} {rule}, got {value!r}")
        self.option = option
        self.rule = rule
        self.value = value


def _number(value: object) -> float | None:
    """``value`` as a float when it is an int or a float (not a bool); an int too large for one is ``inf``."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        return float(value)
    except OverflowError:
        return math.inf


def check_whole(option: str, value: object, low: int, high: int) -> int:
    """``value`` if it is an integer (not a bool, not 2.0) from ``low`` to ``high``."""
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise OptionError(option, f"must be a whole number from {low} to {high}", value)
    return value


def check_count(option: str, value: object) -> int:
    """A number of requests: a whole number from 1 to :data:`MAX_COUNT`."""
    return check_whole(option, value, 1, MAX_COUNT)


def check_number(option: str, value: object, low: float, high: float, *, above: bool = False, unit: str = "") -> float:
    """``value`` as a float if it is a number from ``low`` (exclusive when ``above``) to ``high``.

    NaN and infinity never are: every comparison with NaN is false, and ``high`` is finite.
    """
    number = _number(value)
    if number is None or not low <= number <= high or (above and number == low):
        floor = f"above {low:.10g}" if above else f"from {low:.10g}"
        raise OptionError(option, f"must be a number{unit} {floor} to {high:.10g}", value)
    return number


def check_fraction(option: str, value: object) -> float:
    """A probability: a number from 0 to 1."""
    return check_number(option, value, 0.0, 1.0)


def check_seconds(option: str, value: object, *, above: bool = False) -> float:
    """A duration: a number of seconds from 0 (above 0 when ``above``) to :data:`MAX_SECONDS`."""
    return check_number(option, value, 0.0, MAX_SECONDS, above=above, unit=" of seconds")


def validator(check: Callable[..., object], **options: object) -> Callable[[object, Attribute[Any], object], None]:
    """An attrs validator that runs ``check(field name, value, **options)``."""

    def run(_: object, attribute: Attribute[Any], value: object) -> None:
        check(attribute.name, value, **options)

    return run
