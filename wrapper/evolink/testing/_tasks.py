"""Tasks: what is stored when one is created, and which phase it is in at any moment after.

Nothing ticks inside a task. Its phase is computed from the clock each time it
is read (pending for the first tenth of its time, then processing with rising
``progress``, then its ending), so a test that advances a fake clock by an
hour sees the task exactly as a real client would after an hour, and a server
that nobody asks costs nothing. Phases use one vocabulary (pending,
processing, completed, failed, cancelled); how a gateway words and shapes them
is its dialect's business (``_dialects``).
"""

from __future__ import annotations

import heapq
import random
import string
from collections.abc import Mapping
from typing import Any

import attrs

from .._spec import ApiSpec
from .._timing import Clock
from ._endings import Ending
from ._media import Shape
from ._options import MAX_SECONDS

__all__ = ["Phase", "TaskRecord", "TaskStore", "number", "phase", "request_facts", "spec_default", "video_shape"]

#: The share of a task's time spent queued (``pending``) before it is ``processing``.
PENDING_SHARE = 0.1
_STATUS = {"complete": "completed", "fail": "failed", "cancel": "cancelled"}
_ID_ALPHABET = string.ascii_lowercase + string.digits


def number(value: float) -> float | int:
    """Whole numbers as integers, as the gateway writes them (``8``, not ``8.0``)."""
    return int(value) if float(value).is_integer() else value


def spec_default(spec: ApiSpec, model: str, field: str) -> Any:
    """The spec's default for ``field`` of ``model``'s request, else its first allowed value, else None.

    Where a page states no default (UniAll's, for instance), the first allowed
    value stands in for it.
    """
    if not spec.knows(model):  # a model served beyond the spec (MockConfig.extra_models) documents nothing
        return None
    schema = spec.model_schema(model).get("properties", {}).get(field, {})
    if "default" in schema:
        return schema["default"]
    return next(iter(schema.get("enum", ())), None)


@attrs.define
class TaskRecord:
    """A created task: what it was asked, whose it is, how long it takes and how it ends.

    ``request`` is the create body as accepted (some gateways echo parts of it).
    """

    id: str
    owner: str
    model: str
    created_at: float
    seconds: float
    ending: Ending
    origin: str
    outputs: int = 1
    video_duration: float | None = None
    callback_url: str | None = None
    request: Mapping[str, Any] = attrs.field(factory=dict)

    @property
    def ends_at(self) -> float | None:
        """When the task reaches its ending; None if it never does."""
        return None if self.ending.kind == "never" else self.created_at + self.seconds


@attrs.frozen
class Phase:
    status: str
    progress: int

    @property
    def terminal(self) -> bool:
        return self.status in ("completed", "failed", "cancelled")


def phase(task: TaskRecord, now: float) -> Phase:
    """The task's status and progress at ``now``."""
    elapsed = max(0.0, now - task.created_at)
    ends_at = task.ends_at
    progress = min(99, max(1, int(100 * elapsed / task.seconds))) if task.seconds else 99
    if ends_at is not None and now >= ends_at:
        status = _STATUS[task.ending.kind]
        return Phase(status, 100 if status == "completed" else progress)
    if elapsed < task.seconds * PENDING_SHARE:
        return Phase("pending", 0)
    return Phase("processing", progress)


class TaskStore:
    """Every task and Idempotency-Key of the last ``lifetime`` seconds, per API key (one account cannot see another's).

    A task is forgotten ``lifetime`` seconds after it ends, together with the
    Idempotency-Key that made it, so a mock left running for weeks holds only
    recent tasks; a forgotten task is unknown (None), as one that never was.
    The store forgets on every use, reading ``clock``, so no caller can see a
    task past its time. A ``never`` task has no end and is kept.
    """

    def __init__(self, rng: random.Random, clock: Clock, lifetime: float) -> None:
        self._rng = rng
        self._clock = clock
        self._lifetime = lifetime
        self._tasks: dict[str, TaskRecord] = {}
        self._keys: dict[tuple[str, str], tuple[str, str]] = {}
        self._key_of: dict[str, tuple[str, str]] = {}  # task id -> the (owner, Idempotency-Key) that made it
        self._expiry: list[tuple[float, str]] = []  # a heap of (when to forget, task id)

    def __len__(self) -> int:
        self._forget_ended()
        return len(self._tasks)

    def new_id(self, now: float, template: str) -> str:
        """A fresh id: ``template`` with ``{seconds}`` (Unix seconds) and ``{suffix}`` (8 random characters)."""
        while True:
            suffix = "".join(self._rng.choice(_ID_ALPHABET) for _ in range(8))
            task_id = template.format(seconds=int(now), suffix=suffix)
            if task_id not in self._tasks:
                return task_id

    def add(self, task: TaskRecord) -> None:
        self._forget_ended()
        self._tasks[task.id] = task
        if task.ends_at is not None:
            heapq.heappush(self._expiry, (task.ends_at + self._lifetime, task.id))

    def get(self, task_id: str, owner: str | None = None) -> TaskRecord | None:
        """The task, if it exists and (when ``owner`` is given) belongs to ``owner``."""
        self._forget_ended()
        task = self._tasks.get(task_id)
        return task if task is not None and (owner is None or task.owner == owner) else None

    def remember(self, owner: str, key: str, fingerprint: str, task_id: str) -> None:
        self._keys[owner, key] = (fingerprint, task_id)
        self._key_of[task_id] = (owner, key)

    def recall(self, owner: str, key: str) -> tuple[str, str] | None:
        """``(fingerprint of the first body, task id)`` for an Idempotency-Key already used."""
        self._forget_ended()
        return self._keys.get((owner, key))

    def clear(self) -> None:
        self._tasks.clear()
        self._keys.clear()
        self._key_of.clear()
        self._expiry.clear()

    def _forget_ended(self) -> None:
        now = self._clock.wall()
        while self._expiry and self._expiry[0][0] <= now:
            _, task_id = heapq.heappop(self._expiry)
            del self._tasks[task_id]
            key = self._key_of.pop(task_id, None)
            if key is not None:
                del self._keys[key]


def request_facts(spec: ApiSpec, model: str, body: Mapping[str, Any]) -> tuple[int, float | None]:
    """How many videos a request asks for (``n``) and how long each is (``duration``), spec defaults applied.

    A model whose result is not a video (an element) asks for none.
    """
    if spec.knows(model) and spec.model_output(model) != "video":
        return 0, None
    outputs = body.get("n", spec_default(spec, model, "n"))
    duration = body.get("duration", spec_default(spec, model, "duration"))
    # A spec that leaves a limit out lets odd values through (-7, 10**4000); the answer must still be a valid task.
    sane = isinstance(duration, int) and not isinstance(duration, bool) and 0 < duration <= MAX_SECONDS
    seconds = float(duration) if sane else None
    return (outputs if isinstance(outputs, int) and outputs > 0 else 1), seconds


#: The fields that say a video's resolution (``720p``, ``4k``) and its shape (``16:9``, ``1280x720``), by model.
_RESOLUTION_FIELDS = ("quality", "resolution", "size")
_SHAPE_FIELDS = ("aspect_ratio", "ratio")
#: Lines of the short side of the named resolutions that are not ``<lines>p``.
_NAMED_LINES = {"2k": 1440, "4k": 2160}
#: What a result is when nothing says otherwise (a model documents no duration or resolution).
_FALLBACK = (720, (16, 9), 5.0)
#: The longest result made (a spec without a limit lets any duration through; the file stays small).
_LONGEST_SECONDS = 600.0


def video_shape(spec: ApiSpec, model: str, body: Mapping[str, Any], seconds: float | None) -> Shape:
    """The size and duration of the video a request asks for, its model's defaults (from the spec) applied.

    ``seconds`` is the duration :func:`request_facts` found. The resolution
    (``quality``, ``resolution`` or ``size``: ``720p``, ``2k``, ``4k``) sets
    the short side, the ``aspect_ratio`` (``16:9``) the other; ``auto``,
    ``adaptive`` and the like (the model decides) read as 16:9. A
    ``1280x720`` in either field is the size itself. At most ten minutes are made.
    """
    lines, (across, down) = _FALLBACK[0], _FALLBACK[1]
    exact: tuple[int, int] | None = None
    for name in _RESOLUTION_FIELDS:
        value = _asked(spec, model, body, name)
        lines = _lines(value) or lines
        exact = exact or _pixels(value)
    for name in _SHAPE_FIELDS:
        value = _asked(spec, model, body, name)
        exact = exact or _pixels(value)
        ratio = _ratio(value)
        if ratio is not None:
            across, down = ratio
    if exact is None:
        long_side = _even(lines * max(across, down) / min(across, down))
        exact = (long_side, lines) if across >= down else (lines, long_side)
    return Shape(exact[0], exact[1], min(seconds, _LONGEST_SECONDS) if seconds is not None else _FALLBACK[2])


def _asked(spec: ApiSpec, model: str, body: Mapping[str, Any], name: str) -> str:
    value = body.get(name, spec_default(spec, model, name) if name in _declared(spec, model) else None)
    return value.strip().lower() if isinstance(value, str) else ""


def _declared(spec: ApiSpec, model: str) -> Mapping[str, Any]:
    return spec.model_schema(model).get("properties", {}) if spec.knows(model) else {}


def _lines(value: str) -> int | None:
    if value in _NAMED_LINES:
        return _NAMED_LINES[value]
    digits = value.removesuffix("p")
    return int(digits) if value.endswith("p") and digits.isdigit() and 0 < int(digits) <= 4320 else None


def _pixels(value: str) -> tuple[int, int] | None:
    width, _, height = value.partition("x")
    if width.isdigit() and height.isdigit() and 0 < int(width) <= 8192 and 0 < int(height) <= 8192:
        return _even(int(width)), _even(int(height))
    return None


def _ratio(value: str) -> tuple[int, int] | None:
    across, _, down = value.partition(":")
    if across.isdigit() and down.isdigit() and 0 < int(across) <= 100 and 0 < int(down) <= 100:
        return int(across), int(down)
    return None


def _even(pixels: float) -> int:
    """A width or height H.264 4:2:0 can crop to: a positive even number."""
    return max(2, 2 * round(pixels / 2))
