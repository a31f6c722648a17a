"""Journal URLs: a bad one is our error, a password is never shown, two spellings never share one batch."""

from __future__ import annotations

import subprocess
import sys

import pytest

from evolink._journal import Journal, JournalWriteError
from evolink._journal_postgres import redacted, split_batch
from evolink.batch import is_shared_journal


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://u:s3cret@h/db",
        "postgresql://u@h/db?password=s3cret",
        "postgresql://u:s3cret@h/db?password=s3cret&sslpassword=s3cret",
        "postgresql://u:s3cret@[::1/db",
    ],
)
def test_a_password_is_never_shown(url: str) -> None:
    assert "s3cret" not in redacted(url)


@pytest.mark.parametrize("url", ["postgresql://u:s3cret@[::1/db", "postgresql://h:99999999/db", "postgres://h:x/db"])
def test_a_url_that_does_not_parse_is_our_error_without_its_password(url: str) -> None:
    assert is_shared_journal(url)
    with pytest.raises(JournalWriteError, match="does not parse") as refused:
        Journal(url)
    assert "s3cret" not in str(refused.value)


@pytest.mark.parametrize("name", ["Videos", "videos-a", "a" * 49, "", "x;drop"])
def test_a_batch_name_has_one_spelling(name: str) -> None:
    with pytest.raises(JournalWriteError, match="batch name"):
        split_batch(f"postgresql://h/db?batch={name}")


def test_the_cli_says_what_is_wrong_with_a_url_and_shows_no_password() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "evolink.cli", "batch", "status", "--journal", "postgresql://u:s3cret@[::1/db"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1 and "does not parse" in done.stderr and "Traceback" not in done.stderr
    assert "s3cret" not in done.stdout + done.stderr
