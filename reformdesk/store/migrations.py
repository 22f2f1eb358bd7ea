"""Upgrading an older plan file, one format version at a time.

Most format changes add a field or an entity kind.  Those need no code here:
the registry says in which version each field and kind came
(``FieldSpec.since``, ``KindSpec.since``), and :func:`added_in` turns that into
``CREATE TABLE`` and ``ALTER TABLE … ADD COLUMN`` statements, each column
filled with the field's default.  A change that must rewrite data (split a
column, convert values) registers its own step in :data:`DATA_STEPS`, which
runs after the added columns exist.

The statements are plain SQL that SQLite and PostgreSQL both accept.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from sqlalchemy import Connection
from sqlalchemy.schema import CreateColumn, CreateTable

from reformdesk.domain.registry import KINDS, FieldSpec, KindSpec, ValueType
from reformdesk.store.schema import TABLE

#: to-version → step run (in the migration's transaction) after the added tables and columns exist.
DATA_STEPS: dict[int, Callable[[Connection], None]] = {}


def _sql_default(spec: FieldSpec) -> str | None:
    """The DEFAULT clause of a field's new column, so existing rows get the field's default."""
    if spec.type in (ValueType.TEXT, ValueType.TEXT_LIST, ValueType.COUNTS):
        return "''"
    if spec.type in (ValueType.INT, ValueType.ORDER):
        return "0"
    if spec.type is ValueType.ENUM:
        default = spec.default()
        return "'" + str(default.value).replace("'", "''") + "'"
    return None  # DATE and REF columns are nullable: existing rows get NULL


def added_in(version: int, conn: Connection, kinds: Iterable[KindSpec] | None = None) -> list[str]:
    """The SQL statements that bring a file of ``version - 1`` up to ``version``'s tables and columns."""
    dialect = conn.dialect
    statements: list[str] = []
    for spec in kinds if kinds is not None else KINDS.values():
        table = TABLE[spec.kind]
        if spec.since == version:
            statements.append(str(CreateTable(table).compile(dialect=dialect)).strip())
            continue
        if spec.since > version:
            continue
        for field in spec.fields:
            if field.since != version:
                continue
            ddl = str(CreateColumn(table.c[field.name]).compile(dialect=dialect)).strip()
            default = _sql_default(field)
            if default is not None:
                # SQLite requires a default for a NOT NULL column added to a table with rows.
                ddl += f" DEFAULT {default}"
            statements.append(f"ALTER TABLE {table.name} ADD COLUMN {ddl}")
    return statements


def upgrade(conn: Connection, version: int, kinds: Iterable[KindSpec] | None = None) -> None:
    """Upgrade an open file from ``version - 1`` to ``version`` (inside the caller's transaction)."""
    for statement in added_in(version, conn, kinds):
        conn.exec_driver_sql(statement)
    step = DATA_STEPS.get(version)
    if step is not None:
        step(conn)
