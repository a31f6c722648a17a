"""``evolink credits`` and ``evolink batch --max-credits`` end to end: the real console entry, the live mock."""

from __future__ import annotations

from pathlib import Path

from .conftest import Cli, LiveMock
from .test_batch import creates, report_of, write_jobs
from .test_commands import VEO

PRICE = 8  # what the mock reserves for one 8 s video


def test_credits_plain_and_json(cli: Cli) -> None:
    plain = cli("credits")
    assert plain.code == 0, plain.stderr
    assert plain.stdout.splitlines()[0].startswith("spendable:")
    data = cli("credits", "--json").json()
    assert data["failure"] is None and data["token"]["unlimited"] is False
    assert data["spendable"] == min(data["user"]["remaining"], data["token"]["remaining"]) > 0


def test_credits_with_a_wrong_key_exits_3_with_the_same_keys(cli: Cli) -> None:
    run = cli("credits", "--json", env={"EVOLINK_API_KEY": "sk-wrong"})
    assert run.code == 3
    assert run.json()["failure"]["kind"] == "auth" and run.json()["user"] is None


def test_batch_with_a_budget_skips_what_does_not_fit_and_a_larger_one_continues(
    cli: Cli, mock: LiveMock, tmp_path: Path
) -> None:
    write_jobs(tmp_path, *({"name": f"clip-{i}", "model": VEO, "prompt": f"shot {i}", "duration": 8} for i in range(6)))
    used_before = cli("credits", "--json").json()["user"]["used"]
    with creates(mock) as created:
        run = cli("batch", "jobs.jsonl", "--out", "out", "--max-credits", str(3 * PRICE))
    assert run.code == 9, run.stderr
    assert created == [3]
    assert "larger --max-credits" in run.stderr and "--max-credits 24" in run.stderr
    report = report_of(tmp_path / "out")
    assert [i["status"] for i in report["items"]].count("skipped") == 3
    assert {i["reason"] for i in report["items"] if i["status"] == "skipped"} == {"budget"}
    assert report["summary"]["skipped"] == 3 and report["summary"]["credits_reserved"] == 3 * PRICE
    assert "credits reserved 24, charged 24" in run.stdout
    with creates(mock) as created:
        run = cli("batch", "jobs.jsonl", "--out", "out", "--max-credits", str(6 * PRICE), "--json")
    assert run.code == 0, run.stderr
    assert created == [3]
    summary = run.json()["summary"]
    assert summary["saved"] == 6 and summary["credits_charged"] == 6 * PRICE
    assert cli("credits", "--json").json()["user"]["used"] >= used_before + 6 * PRICE
