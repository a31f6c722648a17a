"""Every number a mock is given is checked where it is given, with an error that names the option.

Counts are whole numbers in range, probabilities 0 to 1, durations finite
seconds; ``nan``, ``inf``, ``True``, ``1.5`` for a count and 400-digit
integers are refused by MockConfig, by ``evolink mock``'s flags (naming the
flag) and by the fault methods and ``POST /_mock/faults`` (naming the field).
The command's defaults are MockConfig's own.
"""

from __future__ import annotations

import math
from typing import Any

import attrs
import pytest

import evolink.testing.__main__ as command
from evolink.testing import MockConfig, MockServer

from .support import Api, error_of

INF, NAN = math.inf, math.nan
HUGE = 10**400

#: field -> values it must refuse (each also of the wrong kind: a bool, a string).
BAD_CONFIG: dict[str, list[Any]] = {
    "task_seconds": [INF, NAN, -1.0, 1e300],
    "link_ttl_seconds": [INF, NAN, -0.5],
    "task_ttl_seconds": [INF, NAN, -1.0],
    "latency_seconds": [INF, NAN, -1.0],
    "callback_timeout_seconds": [INF, NAN, 0.0],
    "rate_limit": [INF, NAN, 0.0, -1.0],
    "error_rate": [NAN, INF, 1.5, -0.1],
    "drop_rate": [NAN, 2.0],
    "truncate_rate": [NAN, -INF],
    "error_status": [503.5, 404, HUGE],
    "video_bytes": [1.5, -1, HUGE],
    "max_body_bytes": [0, 1.5, HUGE],
}
CASES = [(field, value) for field, values in BAD_CONFIG.items() for value in [*values, True, "1"]]


@pytest.mark.parametrize(("field", "value"), CASES)
def test_a_config_number_out_of_range_is_refused_naming_the_field(field: str, value: Any) -> None:
    with pytest.raises(ValueError, match=f"^{field} must be"):
        MockConfig(**{field: value})


@pytest.mark.parametrize("delays", [(1.0, NAN), (INF,), (-1.0,), ("1",)])
def test_callback_delays_are_finite_seconds(delays: tuple[Any, ...]) -> None:
    with pytest.raises(ValueError, match=r"^callback_retry_delays\[\d\] must be"):
        MockConfig(callback_retry_delays=delays)


@pytest.mark.parametrize(
    ("flags", "named"),
    [
        (["--task-seconds", "inf"], "--task-seconds"),
        (["--latency", "nan"], "--latency"),
        (["--link-ttl", "-1"], "--link-ttl"),
        (["--task-ttl", "inf"], "--task-ttl"),
        (["--error-rate", "nan"], "--error-rate"),
        (["--drop-rate", "1.5"], "--drop-rate"),
        (["--truncate-rate", "inf"], "--truncate-rate"),
        (["--rate-limit", "inf"], "--rate-limit"),
        (["--error-status", "200"], "--error-status"),
        (["--max-body-bytes", "0"], "--max-body-bytes"),
        (["--video-bytes", "-1"], "--video-bytes"),
    ],
)
def test_the_command_refuses_a_bad_number_naming_the_flag(
    flags: list[str], named: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def started(*args: object, **options: object) -> None:
        raise AssertionError("the server started with a bad option")

    monkeypatch.setattr(command, "MockServer", started)
    with pytest.raises(SystemExit) as refused:
        command.main(flags, prog="evolink mock")
    assert refused.value.code == 2
    assert f"evolink mock: error: argument {named}: must be" in capsys.readouterr().err


def test_the_commands_defaults_are_mock_configs() -> None:
    parser = command._parser("evolink mock")
    assert command.config_from(parser.parse_args([])) == MockConfig()
    given = parser.parse_args(["--task-ttl", "60", "--max-body-bytes", "5000", "--ignore-idempotency-key"])
    assert attrs.asdict(command.config_from(given)) == attrs.asdict(
        MockConfig(task_ttl_seconds=60, max_body_bytes=5000, honour_idempotency_key=False)
    )
    shown = parser.format_help()
    for default in ("(default: 86400)", "(default: 1048576)", "(default: 503)", "(default: 10)"):
        assert default in shown


BAD_FAULTS: list[tuple[dict[str, Any], str]] = [
    *[({"kind": "fail", "n": n}, "n") for n in (0, -1, 1.5, INF, NAN, True, HUGE, "3", None)],
    *[({"kind": "fail", "status": status}, "status") for status in (503.5, True, 200, 600, INF, "503")],
    *[({"kind": "truncate", "at": at}, "at") for at in (1.5, -1, INF, True, HUGE)],
    *[({"kind": kind, "path": path}, "path") for kind in ("fail", "drop") for path in (5, ["/v1"], True)],
    ({"kind": "drop", "when": ["after"]}, "when"),
    ({"kind": ["fail"]}, "kind"),
]


@pytest.mark.parametrize(("fault", "option"), BAD_FAULTS)
def test_a_fault_out_of_range_is_refused_naming_the_option(
    server: MockServer, fault: dict[str, Any], option: str
) -> None:
    with pytest.raises(ValueError, match=f"^{option} must be"):
        server.faults.arm(fault)
    assert server.faults.armed == 0


@pytest.mark.parametrize(
    ("body", "param"),
    [
        (b'{"kind": "fail", "n": 1.5}', "n"),
        (b'{"kind": "fail", "n": 1e400}', "body"),  # not a finite number, so not even JSON the mock reads
        (b'{"kind": "fail", "n": ' + b"9" * 400 + b"}", "n"),
        (b'{"kind": "fail", "n": true}', "n"),
        (b'{"kind": "fail", "status": 503.5}', "status"),
        (b'{"kind": "fail", "path": 5}', "path"),
        (b'{"kind": "truncate", "at": 0.5}', "at"),
    ],
)
def test_the_fault_endpoint_answers_400_naming_the_field(api: Api, server: MockServer, body: bytes, param: str) -> None:
    answer = api.request("POST", "/_mock/faults", content=body, headers={"content-type": "application/json"})
    assert answer.status_code == 400 and error_of(answer)["param"] == param
    assert server.faults.armed == 0
    assert api.create().status_code == 200  # nothing armed, nothing broken


@pytest.mark.parametrize("marker", ["[mock:seconds=1e300]", "[mock:seconds=inf]", "[mock:seconds=nan]"])
def test_a_seconds_marker_follows_the_rule_of_task_seconds(api: Api, server: MockServer, marker: str) -> None:
    task = api.created(f"{marker} A cat")
    assert task["task_info"]["estimated_time"] == server.config.task_seconds  # refused (logged), so the default
