"""Whatever a server answers, the command line ends with a documented exit code and one line, never a traceback.

The same classes of hostile answer the library is held to (tests/reliability/test_hostile_corners.py): huge
numbers, odd Retry-After spellings, hostile result links, deep nesting, bodies that are not JSON. With ``--json``
stdout is exactly one JSON object.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reliability.scripted import ScriptedServer, http

from evolink.cli.exit_codes import ExitCode

from .conftest import API_KEY, Cli, LiveMock

TASK_ID = "task-unified-1757169743-7cvnl5zw"
VEO = "veo-3.1-fast-generate-preview"

huge = st.integers(min_value=10**309, max_value=10**400)
links = st.sampled_from(["javascript:alert(1)", "data:video/mp4;base64,AA", "http://[::1", "https://xn--a.example/v"])
tasks = st.fixed_dictionaries(
    {"id": st.just(TASK_ID), "status": st.sampled_from(["pending", "completed", "failed", "weird"])},
    optional={
        "progress": huge,
        "created": huge,
        "usage": st.fixed_dictionaries({"credits_used": huge}),
        "task_info": st.fixed_dictionaries({"estimated_time": huge}),
        "results": st.lists(links, min_size=1, max_size=2),
        "error": st.fixed_dictionaries({"code": huge, "message": st.text(max_size=20)}),
    },
)
bodies = st.one_of(
    tasks.map(json.dumps),
    st.integers(min_value=2000, max_value=50_000).map(lambda n: "[" * n + "]" * n),
    st.binary(max_size=40).map(lambda b: b.decode("latin-1")),
)
answers = st.tuples(
    st.sampled_from([200, 200, 400, 404, 500, 503]),
    st.sampled_from(["soon, later", "Wed, 21 Oct 10000 07:28:00 GMT", "\u00b2", "1e400"]),
    bodies,
)
commands = st.sampled_from(
    [
        ("tasks", "get", TASK_ID),
        ("tasks", "download", TASK_ID, "-o", "out/", "--timeout", "2"),
        ("generate", "a cat", "-m", VEO, "-o", "out/", "--timeout", "1"),
    ]
)


@settings(max_examples=6, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck))
@given(answer=answers, command=commands, as_json=st.booleans())
def test_any_answer_ends_in_a_documented_exit_code_without_a_traceback(
    tmp_path_factory: object, answer: tuple[int, str, str], command: tuple[str, ...], as_json: bool
) -> None:
    status, retry_after, body = answer
    raw = http(status, body.encode("utf-8", "surrogatepass"), {"retry-after": retry_after.encode().decode("latin-1")})
    folder = Path(os.environ.get("TMPDIR", "/tmp")) / f"hostile-cli-{os.getpid()}"
    folder.mkdir(exist_ok=True)
    with ScriptedServer(lambda method, path, headers: raw) as server:
        cli = Cli(LiveMock(server.url, API_KEY, Path(os.devnull)), folder)
        run = cli(*command, *(["--json"] if as_json else []), timeout=15)
    assert "Traceback" not in run.stderr, run.stderr
    assert run.code in {code.value for code in ExitCode}, (run.code, run.stderr)
    if as_json:
        json.loads(run.stdout)  # exactly one JSON object, whatever happened
