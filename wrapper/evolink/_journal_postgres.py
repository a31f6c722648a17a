"""The shared journal store: one PostgreSQL database, used by any number of workers on any machines.

A URL names the database as libpq reads it (``postgresql://user:password@host:port/db?sslmode=...``) plus,
optionally, ``batch=<name>``: each batch lives in its own schema (``evolink_<name>``, default
``evolink_default``), so one database can hold many batches and each is cleared by dropping its schema.
Workers share the batch through it: PostgreSQL commits are durable when they return and its row locks
order concurrent claims, so nothing of ours stands between the workers. Times in the batch (leases, the
shared request pacing) are the database's clock, never a worker's, so machines with skewed clocks agree.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

if TYPE_CHECKING:
    import psycopg

__all__ = ["PostgresStore", "is_postgres_url", "redacted"]

_SCHEMES = ("postgresql", "postgres")
#: Lower case only: PostgreSQL folds unquoted names, and two spellings must never share one batch's tables.
_BATCH_NAME = re.compile(r"[a-z0-9_]{1,48}")
#: Query parameters of a libpq URL that carry secrets.
_SECRETS = frozenset({"password", "sslpassword"})
#: What the connection is given unless the URL says otherwise: how long opening may wait, and TCP settings that
#: end a connection whose server became unreachable (a network cut, a frozen machine) instead of waiting for
#: ever. A server process that still acknowledges packets but never answers is not caught by these.
_CONNECTION_DEFAULTS = {
    "connect_timeout": "10",
    "keepalives": "1",
    "keepalives_idle": "30",
    "keepalives_interval": "10",
    "keepalives_count": "3",
    "tcp_user_timeout": "60000",
}


def is_postgres_url(location: object) -> bool:
    """Whether ``location`` is a PostgreSQL URL, judged by its scheme alone (the rest is checked when opened)."""
    return isinstance(location, str) and location.partition("://")[0].lower() in _SCHEMES


def redacted(url: str) -> str:
    """``url`` with every password replaced (in the user part and the query), for messages: a URL may carry them.

    A URL that does not even parse is shown as its scheme alone: anything after it could be a secret.
    """
    try:
        parts = urlsplit(url)
        password = parts.password
    except ValueError:
        return url.partition("://")[0] + "://***"
    query = [(k, "***" if k in _SECRETS else v) for k, v in parse_qsl(parts.query, keep_blank_values=True)]
    netloc = parts.netloc if password is None else parts.netloc.replace(f":{password}@", ":***@", 1)
    return urlunsplit(parts._replace(netloc=netloc, query=urlencode(query, safe="*")))


def split_batch(url: str) -> tuple[str, str]:
    """The libpq URL without our ``batch`` parameter, and the schema the batch lives in."""
    from ._journal import JournalWriteError

    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - a bad port or IPv6 literal raises only when read
    except ValueError as exc:
        raise JournalWriteError(f"the journal URL {redacted(url)} does not parse: {exc}") from None
    query = parse_qsl(parts.query, keep_blank_values=True)
    names = [value for key, value in query if key == "batch"]
    name = names[-1] if names else "default"
    if not _BATCH_NAME.fullmatch(name):
        raise JournalWriteError(
            f"the journal URL's batch name {name!r} must be 1-48 lower-case letters, digits or '_' ({redacted(url)})"
        )
    rest = [(key, value) for key, value in query if key != "batch"]
    given = {key for key, _ in rest}
    rest += [(key, value) for key, value in _CONNECTION_DEFAULTS.items() if key not in given]
    return urlunsplit(parts._replace(query=urlencode(rest))), "evolink_" + name


class PostgresStore:
    """One connection of one worker; the batch's schema made on first use (under a lock, as workers race)."""

    shared = True
    #: Locks a row read in a transaction against other workers (SQLite: the whole file is this process's).
    for_update = " FOR UPDATE"
    now = "extract(epoch from clock_timestamp())::double precision"

    def __init__(self, url: str) -> None:
        import psycopg  # only a batch on a PostgreSQL journal loads it (the `postgres` extra)

        from ._journal import JournalWriteError

        self.errors: tuple[type[Exception], ...] = (psycopg.Error,)
        self.description = redacted(url)
        conninfo, self.schema = split_batch(url)
        try:
            self._db: psycopg.Connection[tuple[Any, ...]] = psycopg.connect(conninfo, autocommit=True)
        except psycopg.Error as exc:
            raise JournalWriteError(f"the batch journal {self.description} cannot be opened: {exc}") from None
        self._schema_sql = '"' + self.schema + '"'  # checked against _BATCH_NAME: no quote can be in it

    def _sql(self, sql: str) -> str:
        return sql.replace("?", "%s")

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        cursor = self._db.execute(self._sql(sql), params)
        return cursor.fetchall() if cursor.description is not None else []

    def change(self, sql: str, params: Sequence[Any] = ()) -> int:
        cursor = self._db.execute(self._sql(sql), params)
        return cursor.rowcount

    def change_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        with self._db.cursor() as cursor:
            cursor.executemany(self._sql(sql), rows)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self._db.transaction():
            yield

    def setup(self, statements: Sequence[str], added: Mapping[str, Mapping[str, str]]) -> None:
        """The batch's schema, tables and every column added since the first journals."""
        with self._db.transaction():
            # Workers starting together would race to create the same tables: one at a time per batch.
            self._db.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (self.schema,))
            self._db.execute(f"CREATE SCHEMA IF NOT EXISTS {self._schema_sql}")
            # A session setting, kept after the commit: every later statement finds the batch's tables.
            self._db.execute(f"SET search_path TO {self._schema_sql}")
            for statement in statements:
                self._db.execute(statement)
            for table, columns in added.items():
                for column, kind in columns.items():
                    self._db.execute(f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {column} {kind}")

    def close(self) -> None:
        self._db.close()
