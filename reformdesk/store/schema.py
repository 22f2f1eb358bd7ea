"""The plan file schema: one table per entity kind, read from the domain registry.

Each :class:`~reformdesk.domain.registry.KindSpec` gives a table
(``KindSpec.table``) with the entity's ``id`` first, then its position in the
plan's list, then one column per registered field, in registry order:

* TEXT → ``TEXT NOT NULL``; TEXT_LIST → ``TEXT NOT NULL``, one text a line
  (:class:`LinesColumn`); COUNTS → ``TEXT NOT NULL``, one ``type=count`` a line
  (:class:`CountsColumn`); ENUM → ``TEXT NOT NULL`` holding the member's value
  (:class:`EnumColumn`);
* INT → ``INTEGER NOT NULL``;
* DATE → ``DATE`` (nullable);
* REF → ``VARCHAR(32)`` (nullable), a deferred foreign key to the referenced
  kind's table;
* ORDER → ``INTEGER NOT NULL``: the entity's position, so it takes the place of
  the ``pos`` column that kinds without an ORDER field get.

The few places where format 1 differs from that rule are listed once below
(:data:`_COLUMN_TYPES`, :data:`_NO_FOREIGN_KEY`), so a file written today has
exactly the DDL format 1 always had.  Reading and writing go through these
Core tables with bulk statements, because building ORM objects for 50,000
powers would cost seconds on every open and save.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Any

from sqlalchemy import Column, Date, Dialect, ForeignKey, Integer, String, Table, Text
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.types import TypeDecorator, TypeEngine

from reformdesk.domain.model import PostCounts, PostType
from reformdesk.domain.registry import KINDS, EntityKind, FieldSpec, KindSpec, ValueType

# The constants and the order rule live in the SQLAlchemy-free layout, which opening a file reads through.
from reformdesk.store.layout import APPLICATION_ID, FORMAT_VERSION, NO_FOREIGN_KEY, POSITION, order_column

#: Ids of entities (uuid4 hex).
ID_TYPE = String(32)

# -- where format 1 departs from the rule ---------------------------------------
#: Column types other than the rule's (the person tiers were written as VARCHAR(24)).
_COLUMN_TYPES: dict[tuple[EntityKind, str], TypeEngine[object]] = {
    (EntityKind.PERSON, "tier_before"): String(24),
    (EntityKind.PERSON, "tier_after"): String(24),
}
#: References without a foreign key (store/layout.py says why).
_NO_FOREIGN_KEY = NO_FOREIGN_KEY


def _fk(target: str) -> ForeignKey:
    # Deferred so a save can insert rows in any order (people report to people
    # saved later); checked at commit, on SQLite and PostgreSQL alike.
    return ForeignKey(target, deferrable=True, initially="DEFERRED")


class Base(DeclarativeBase):
    pass


# -- value conversions --------------------------------------------------------
# Done by the column types, so rows come out of a select as the entity holds
# its values and go in as they are held: the store's mapping is then the
# registry's field order alone (planfile builds entities straight from rows).


class EnumColumn(TypeDecorator[StrEnum]):
    """An ENUM field: the member's value in a text column; read back as the member."""

    impl = Text
    cache_ok = True

    def __init__(self, enum: type[StrEnum], stored_as: TypeEngine[Any] | None = None) -> None:
        super().__init__()
        self.enum = enum
        self.stored_as = stored_as if stored_as is not None else Text()
        self._members = {m.value: m for m in enum}

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        return self.stored_as.dialect_impl(dialect)

    # Written as it is held: a StrEnum member *is* its value as a str, so it
    # needs no bind processor (one would put every row of the executemany
    # through SQLAlchemy's slower per-parameter path).  Read back through a
    # dict look-up rather than process_result_value, which costs two Python
    # calls a value (50,000 powers have two enum fields each); an unknown
    # stored value is a KeyError, which open_plan reports as a damaged file.
    def bind_processor(self, dialect: Dialect) -> Callable[[Any], Any] | None:
        return self.stored_as.dialect_impl(dialect).bind_processor(dialect)

    def result_processor(self, dialect: Dialect, coltype: object) -> Callable[[Any], Any]:
        inner = self.stored_as.dialect_impl(dialect).result_processor(dialect, coltype)
        get = self._members.__getitem__
        return get if inner is None else lambda value: get(inner(value))


class LinesColumn(TypeDecorator[list[str]]):
    """A TEXT_LIST field: its texts one a line (empty lines dropped on reading)."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: list[str] | None, dialect: Dialect) -> str:
        return "\n".join(value or ())

    def process_result_value(self, value: str | None, dialect: Dialect) -> list[str]:
        return [s for s in (value or "").split("\n") if s]


class CountsColumn(TypeDecorator[PostCounts]):
    """A COUNTS field: one ``type=count`` a line (行政编制=5), read back as PostCounts."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: PostCounts | None, dialect: Dialect) -> str:
        return "\n".join(f"{kind.value}={count}" for kind, count in (value.counts if value else ()))

    def process_result_value(self, value: str | None, dialect: Dialect) -> PostCounts:
        counts: dict[PostType, int] = {}
        for line in (value or "").split("\n"):
            if line:
                kind, _, count = line.rpartition("=")
                counts[PostType(kind)] = int(count)
        return PostCounts.of(counts)


def _column(kind: EntityKind, spec: FieldSpec) -> Column[object]:
    t = spec.type
    if t is ValueType.REF:
        assert spec.ref is not None
        fks = () if (kind, spec.name) in _NO_FOREIGN_KEY else (_fk(f"{KINDS[spec.ref].table}.id"),)
        return Column(spec.name, ID_TYPE, *fks, nullable=True)
    if t is ValueType.DATE:
        return Column(spec.name, Date, nullable=True)
    if t in (ValueType.INT, ValueType.ORDER):
        return Column(spec.name, Integer, nullable=False, default=0)
    if t is ValueType.ENUM:
        assert spec.enum is not None
        return Column(spec.name, EnumColumn(spec.enum, _COLUMN_TYPES.get((kind, spec.name))), nullable=False)
    if t is ValueType.TEXT_LIST:
        return Column(spec.name, LinesColumn(), nullable=False, default=[])
    if t is ValueType.COUNTS:
        return Column(spec.name, CountsColumn(), nullable=False, default="")
    return Column(spec.name, Text, nullable=False, default="")


def _table(spec: KindSpec) -> Table:
    fields = list(spec.fields)
    columns: list[Column[object]] = []
    if spec.attr is None:
        # The plan's own settings: one row, plus the lineage shared by its alternatives.
        columns.append(Column("id", Integer, primary_key=True))
        columns += [_column(spec.kind, f) for f in fields]
        columns.append(Column("lineage_id", ID_TYPE, nullable=False))
        return Table(spec.table, Base.metadata, *columns)
    columns.append(Column("id", ID_TYPE, primary_key=True))
    order = [f for f in fields if f.type is ValueType.ORDER]
    if order:
        fields.remove(order[0])
        columns.append(_column(spec.kind, order[0]))
    else:
        columns.append(Column(POSITION, Integer, nullable=False))
    columns += [_column(spec.kind, f) for f in fields]
    return Table(spec.table, Base.metadata, *columns)


#: The table of each kind.
TABLE: dict[EntityKind, Table] = {}
# A referenced table must exist before a foreign key to it resolves, and the
# registry's kind order (plan, body, unit, person, power) already satisfies the
# foreign keys on insert (body → person has none).
for _kind in EntityKind:
    TABLE[_kind] = _table(KINDS[_kind])

#: Tables in an order that satisfies the foreign keys on insert.
TABLES: list[Table] = [TABLE[k] for k in EntityKind]

__all__ = [
    "APPLICATION_ID",
    "FORMAT_VERSION",
    "ID_TYPE",
    "POSITION",
    "TABLE",
    "TABLES",
    "Base",
    "CountsColumn",
    "EnumColumn",
    "LinesColumn",
    "order_column",
]
