"""Server schema migrations with Alembic, under the plan file's format-version rules.

Alembic's revisions live in ``reformdesk/store/server_migrations/versions``,
one per format version (revision id ``fvN``); ``rd_meta.format_version``
holds the same number a plan file keeps in ``PRAGMA user_version``.  A client
refuses a server of a newer format and brings an older (or empty) one up to
its own when its role may (``reformdesk server upgrade URL`` does it
explicitly).  Concurrent upgrades wait for each other on an advisory lock.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

#: Alembic's script folder (inside the package, so a wheel carries it).
SCRIPTS = Path(__file__).with_name("server_migrations")


def _config(connection: object) -> object:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(SCRIPTS))
    config.attributes["connection"] = connection
    return config


def upgrade(engine: Engine, target: str = "head") -> None:
    """Bring the server's schema up to ``target`` (every format version up to this program's)."""
    from alembic import command

    with engine.begin() as conn:
        conn.exec_driver_sql("SELECT pg_advisory_xact_lock(5244504)")
        command.upgrade(_config(conn), target)  # type: ignore[arg-type]


def current(engine: Engine) -> str | None:
    """The server's Alembic revision (None: never migrated)."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()
