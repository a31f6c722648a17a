"""A real PostgreSQL server for the shared-journal tests: one per test process, started on first use."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from objectstore.conftest import s3  # the real S3-compatible server, for outputs to object storage

from evolink.testing import local_postgres

__all__ = ["s3"]

_batches = itertools.count(1)


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    with local_postgres() as url:
        yield url


@pytest.fixture
def batch_url(postgres_url: str) -> str:
    """A journal URL of a batch no other test uses (each batch is its own schema)."""
    return f"{postgres_url}?batch=t{next(_batches)}"


@pytest.fixture(params=["sqlite", "postgresql"])
def journal_location(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a journal goes: a file, or a batch in the PostgreSQL server (the contract suite runs on both)."""
    if request.param == "sqlite":
        return str(tmp_path / "journal.sqlite3")
    return str(request.getfixturevalue("batch_url"))
