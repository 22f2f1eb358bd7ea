"""The plan file's tables as plain data: what opening a file needs, without SQLAlchemy.

store/schema.py builds the SQLAlchemy tables (DDL, migrations, the shared store) from
the same rules; opening a plan file reads rows with the stdlib ``sqlite3`` module
through this layout, so that starting the app with a plan does not import SQLAlchemy
(~150 ms).  tests/store/test_layout.py checks that both describe the same columns.
"""

from __future__ import annotations

from dataclasses import dataclass

from reformdesk.domain.registry import KINDS, EntityKind, KindSpec, ValueType

#: Format version written to ``PRAGMA user_version``.  Bump it with a migration.
FORMAT_VERSION = 3  # 3: powers' 责任事项 (from the county catalogue)
#: ``PRAGMA application_id``: marks a SQLite file as a ReformDesk plan ("RDPL").
APPLICATION_ID = 0x5244504C
#: The column holding an entity's place in its list, for kinds without an ORDER field.
POSITION = "pos"


def order_column(spec: KindSpec) -> str:
    """The column the rows of ``spec`` are read back in order by."""
    for f in spec.fields:
        if f.type is ValueType.ORDER:
            return f.name
    return POSITION


@dataclass(frozen=True, slots=True)
class StoredColumn:
    """One column as SQLite holds it: ``integer`` or ``text`` (dates are ISO text), maybe NULL."""

    name: str
    #: The field it stores (None: the id, ``pos`` or the plan's ``lineage_id``).
    type: ValueType | None
    integer: bool
    nullable: bool
    #: The table a foreign key points to (references without one are checked on load).
    references: str | None = None


#: References without a foreign key: body and person refer to each other, so a
#: body's deputy is checked on load instead (planfile clears a dangling one).
NO_FOREIGN_KEY: frozenset[tuple[EntityKind, str]] = frozenset({(EntityKind.BODY, "deputy_id")})


def _columns(spec: KindSpec) -> tuple[StoredColumn, ...]:
    fields = list(spec.fields)
    if spec.attr is None:
        head = [StoredColumn("id", None, integer=True, nullable=False)]
        tail = [StoredColumn("lineage_id", None, integer=False, nullable=False)]
    else:
        head = [StoredColumn("id", None, integer=False, nullable=False)]
        order = [f for f in fields if f.type is ValueType.ORDER]
        if order:
            fields.remove(order[0])
            head.append(StoredColumn(order[0].name, ValueType.ORDER, integer=True, nullable=False))
        else:
            head.append(StoredColumn(POSITION, None, integer=True, nullable=False))
        tail = []
    body = []
    for f in fields:
        if f.type is ValueType.REF:
            assert f.ref is not None
            target = None if (spec.kind, f.name) in NO_FOREIGN_KEY else KINDS[f.ref].table
            body.append(StoredColumn(f.name, f.type, integer=False, nullable=True, references=target))
        else:
            integer = f.type in (ValueType.INT, ValueType.ORDER)
            body.append(StoredColumn(f.name, f.type, integer=integer, nullable=f.type is ValueType.DATE))
    return (*head, *body, *tail)


#: Each kind's columns, in table order (the order schema.TABLE creates them in).
COLUMNS: dict[EntityKind, tuple[StoredColumn, ...]] = {k: _columns(KINDS[k]) for k in EntityKind}
