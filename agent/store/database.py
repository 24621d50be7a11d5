"""Engines and migrations: SQLite (WAL) by default, PostgreSQL when a URL says so."""

from __future__ import annotations

import datetime as dt
import logging
from functools import lru_cache
from pathlib import Path
from typing import Any, cast

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, Table, create_engine, event, literal_column
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import make_url
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker
from sqlalchemy.sql.dml import ReturningInsert

logger = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).parent / "migrations"


def make_engine(url: str) -> Engine:
    """Create an engine; SQLite gets WAL, a busy timeout and foreign keys."""
    parsed = make_url(url)
    if parsed.drivername.startswith("postgresql") and parsed.drivername == "postgresql":
        url = parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
    if parsed.drivername.startswith("sqlite"):
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.close()

        return engine
    return create_engine(url, pool_pre_ping=True)


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest migration (idempotent)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions that keep loaded values after commit."""
    return sessionmaker(engine, expire_on_commit=False)


def utc(value: dt.datetime) -> dt.datetime:
    """SQLite forgets time zones: read naive values back as UTC."""
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def insert_new(session: Session, table: type[DeclarativeBase], rows: list[dict[str, Any]]) -> int:
    """Insert rows, skipping those that break a unique constraint; returns rows inserted.

    ``INSERT ... ON CONFLICT DO NOTHING`` (SQLite and PostgreSQL alike): a duplicate is not
    an error, so the surrounding transaction goes on, which a caught ``IntegrityError``
    would not allow. Rows go one statement each (a skipped row returns no ``RETURNING``
    row, which is how it is counted); the statement is built once per dialect and table.
    """
    statement = _insert_new(session.get_bind().dialect.name, cast(Table, table.__table__))
    return sum(len(session.execute(statement, row).all()) for row in rows)


@lru_cache(maxsize=64)
def _insert_new(dialect: str, table: Table) -> ReturningInsert[Any]:
    build = postgresql_insert if dialect == "postgresql" else sqlite_insert
    return build(table).on_conflict_do_nothing().returning(literal_column("1"))
