"""Plan file rows → a Plan with the stdlib ``sqlite3`` module, checked as they are read.

Opening a plan file used to read through SQLAlchemy (its result processing, one
Python call per converted value) while a second connection scanned every table
three more times in SQL: value types, foreign keys and the content checksum
(``planfile.content_checksum``, as long as the read itself).  Here each table is
fetched once, in row order, and the same rows give

* the entities (enum members, dates, text lists and post counts converted once
  per distinct value, the dataclasses built in C by ``starmap``);
* the value types (``set(map(type, column))`` per column, in C);
* the references to nothing (set differences against the ids read);
* the content checksum, computed exactly as ``planfile.content_checksum``
  computes it in SQL (each column's values joined by U+001F, NULL as U+001E,
  integers in decimal), from :class:`ColumnDigest`, which a save feeds with the
  values it inserts.

No SQLAlchemy: opening a plan does not import it (~150 ms of start-up).  What is
found is reported, not raised: planfile words the messages (with the SQL checks,
run only once something is found, so the messages name the row as before).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import starmap
from typing import Any

from reformdesk.domain import collector
from reformdesk.domain.model import Plan, PlanInfo, PostCounts, PostType
from reformdesk.domain.registry import ENTITY_KINDS, KINDS, EntityKind, ValueType
from reformdesk.store.layout import COLUMNS, StoredColumn, order_column

#: The table of facts about the file (not an entity kind; not in the checksum).
META_TABLE = "meta"
#: Its key holding the checksum of the file's content (absent: written before checksums).
CHECKSUM_KEY = "content_sha256"
_US, _RS = "\x1f", "\x1e"
#: ``get(v, v)``: U+001E for NULL, any other value itself, without a Python call per value.
_NULL_AS_RS = {None: _RS}


#: What :func:`_concat` found a column to hold: only integers, only texts, texts and NULLs, or a mix.
INTS, TEXTS, TEXTS_OR_NULL, MIXED = "ints", "texts", "texts or NULL", "mixed"


def _concat(column: Sequence[object]) -> tuple[bytes | None, str]:
    """``group_concat(ifnull(c, char(30)), char(31))`` of a column's values, as SQLite builds
    it, and what the column holds (the joins below succeed only for those types, so this is
    the type check too).

    The text is None for no rows (group_concat over none is NULL) and for a value whose
    rendering only SQLite can say for sure (a float, a blob): it then computes the checksum.
    """
    if not column:
        return None, TEXTS
    try:
        if type(column[0]) is int:
            return _US.join(map(int.__repr__, column)).encode("utf-8"), INTS  # int.__repr__: ints only
        return _US.join(column).encode("utf-8"), TEXTS  # type: ignore[arg-type]  # join: str only
    except TypeError:
        pass
    try:  # texts with NULLs (references, dates): get(v, v) is U+001E for NULL, else v, in C
        return _US.join(map(_NULL_AS_RS.get, column, column)).encode("utf-8"), TEXTS_OR_NULL  # type: ignore[arg-type]
    except TypeError:
        pass
    try:  # a mix of integers and texts: what SQLite's group_concat makes of them (a bool is 0/1 there too)
        parts = [_RS if v is None else v if type(v) is str else int.__repr__(v) for v in column]  # type: ignore[misc]
    except TypeError:
        return None, MIXED
    return _US.join(parts).encode("utf-8"), MIXED


class ColumnDigest:
    """SHA-256 of a file's content from its tables' columns (``planfile.content_checksum``'s value).

    Tables are hashed in name order, each as ``repr((name, sorted column names))`` and then
    per column (by name) its row count and its values joined, each followed by U+001E.
    """

    def __init__(self) -> None:
        self._tables: dict[str, tuple[int, dict[str, bytes | None]]] = {}
        self._certain = True

    def add(self, table: str, count: int, columns: dict[str, Sequence[object]]) -> dict[str, str]:
        """A table's ``count`` rows as one sequence of values per column, in row (rowid) order;
        returns what each column holds (:data:`INTS`, :data:`TEXTS` …)."""
        texts: dict[str, bytes | None] = {}
        held: dict[str, str] = {}
        for name, values in columns.items():
            try:
                texts[name], held[name] = _concat(values)
            except UnicodeError:  # a lone surrogate: SQLite would not hold it as it is
                texts[name], held[name] = None, MIXED
            if texts[name] is None and count:
                self._certain = False
        self._tables[table] = (count, texts)
        return held

    def hexdigest(self) -> str | None:
        """The checksum, or None when a value's SQLite rendering is not certain (compute it in SQL)."""
        if not self._certain:
            return None
        digest = hashlib.sha256()
        for table in sorted(self._tables):
            count, texts = self._tables[table]
            names = sorted(texts)
            digest.update(repr((table, names)).encode("utf-8"))
            counted = repr(count).encode("ascii") + b"\x1e"
            for name in names:
                digest.update(counted)
                value = texts[name]
                digest.update(b"None" if value is None else value)
                digest.update(b"\x1e")
        return digest.hexdigest()


@dataclass(slots=True)
class Read:
    """A plan as read, with what the read found (planfile turns findings into messages)."""

    plan: Plan
    #: The content checksum of the rows read (None: SQLite must compute it).
    checksum: str | None
    #: The checksum stored at save (None: a file from before checksums).
    stored_checksum: str | None
    #: A reference to no row of the table its foreign key names.
    dangling: bool


def _dates(column: Sequence[object]) -> list[dt.date | None]:
    """ISO dates (YYYY-MM-DD) or NULL, each distinct text parsed once (a plan has a few dozen)."""
    parsed: dict[object, dt.date | None] = {}
    for value in set(column):
        if value is None:
            parsed[value] = None
        elif type(value) is str and len(value) == 10 and value[4] == value[7] == "-":
            parsed[value] = dt.date.fromisoformat(value)
        else:
            raise ValueError(f"日期格式无效：{value!r}")
    return list(map(parsed.__getitem__, column))


def _counts(value: str) -> PostCounts:
    counts: dict[PostType, int] = {}
    for line in value.split("\n"):
        if line:
            kind, _, count = line.rpartition("=")
            counts[PostType(kind)] = int(count)
    return PostCounts.of(counts)


def _converted(column: StoredColumn, values: Sequence[Any], spec_enum: Any) -> Sequence[Any]:
    """A column's values as the entity holds them (what schema.py's column types return)."""
    t = column.type
    if t is ValueType.ENUM:
        members = {m.value: m for m in spec_enum}
        return list(map(members.__getitem__, values))  # an unknown value: KeyError, a damaged file
    if t is ValueType.DATE:
        return _dates(values)
    if t is ValueType.TEXT_LIST:
        # One list per entity (they are edited in place); no call per value, most are empty
        # (50,000 powers: 10 ms instead of 20 ms).
        return [[s for s in v.split("\n") if s] if v else [] for v in values]
    if t is ValueType.COUNTS:
        counts = {v: _counts(v) for v in set(values)}  # immutable: shared
        return list(map(counts.__getitem__, values))
    return values


def _wrong_type(column: StoredColumn, held: str) -> bool:
    """Whether a column holds a value of another type than its own (as :func:`_concat` found)."""
    if column.integer:
        return held != INTS  # (no integer column may be NULL)
    return held != TEXTS and not (column.nullable and held == TEXTS_OR_NULL)


def read_plan(con: sqlite3.Connection) -> Read:
    """Read the plan of a current-format file; ``con`` decodes text strictly (a damaged value raises).

    Raises sqlite3.Error, ValueError, KeyError or TypeError for what cannot be read.
    """
    # A province plan's read makes about a million objects (rows, values, entities) and no
    # reference cycle, so every collection the allocations set off found nothing: open_plan
    # and a gc.freeze took 853 ms of CPU with the collector, 746 ms without (medians of 9
    # fresh processes each, alternating, load average 5).
    with collector.paused():
        return _read(con)


def _read(con: sqlite3.Connection) -> Read:
    digest = ColumnDigest()
    tables: dict[str, dict[str, Sequence[object]]] = {}
    held: dict[str, dict[str, str]] = {}
    names = [
        r[0]
        for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != ? "
            "ORDER BY name",
            (META_TABLE,),
        )
    ]
    for table in names:
        cursor = con.execute(f'SELECT * FROM "{table}" ORDER BY rowid')
        header = [d[0] for d in cursor.description]
        rows = cursor.fetchall()
        columns: dict[str, Sequence[object]] = (
            dict(zip(header, zip(*rows, strict=True), strict=True)) if rows else {n: () for n in header}
        )
        held[table] = digest.add(table, len(rows), columns)
        tables[table] = columns
    plan_table = KINDS[EntityKind.PLAN].table
    if plan_table not in tables or not tables[plan_table].get("id"):
        raise ValueError("缺少方案信息")
    built: dict[EntityKind, dict[str, Sequence[Any]]] = {}
    for kind in EntityKind:
        spec = KINDS[kind]
        if spec.table not in tables:
            raise ValueError(f"缺少表 {spec.table}")
        stored = tables[spec.table]
        enums = {f.name: f.enum for f in spec.fields}
        values: dict[str, Sequence[Any]] = {}
        for column in COLUMNS[kind]:
            raw = stored[column.name]  # a missing column: KeyError, a damaged file
            if raw and _wrong_type(column, held[spec.table][column.name]):
                # planfile names the value (table, row, column) with SQL; converting it could fail any way.
                raise TypeError(f"表 {spec.table} 的 {column.name} 列有类型不符的值")
            values[column.name] = _converted(column, raw, enums.get(column.name))
        built[kind] = values
    info_spec = KINDS[EntityKind.PLAN]
    info = built[EntityKind.PLAN]
    plan = Plan(info=PlanInfo(**{f.name: info[f.name][0] for f in info_spec.fields}, lineage_id=info["lineage_id"][0]))
    dangling = False
    for kind in ENTITY_KINDS:
        spec = KINDS[kind]
        values = built[kind]
        ids = values["id"]
        if not ids:
            continue
        entities = list(starmap(spec.cls, zip(ids, *(values[f.name] for f in spec.fields), strict=True)))
        order = values[order_column(spec)]
        if list(order) != sorted(order):  # as written by a save, rows are in list order already
            entities = [e for _o, _n, e in sorted(zip(order, range(len(entities)), entities, strict=True))]
        spec.entities(plan).update((e.id, e) for e in entities)
    for kind in ENTITY_KINDS:
        for column in COLUMNS[kind]:
            if column.type is not ValueType.REF:
                continue
            field = KINDS[kind].field(column.name)
            assert field.ref is not None
            targets = KINDS[field.ref].entities(plan)
            refs = set(built[kind][column.name])
            refs.discard(None)
            if refs <= targets.keys():
                continue
            if column.references is not None:
                dangling = True
            else:
                # No foreign key holds it: a reference to nothing names nothing (as validation treats it).
                missing = refs - targets.keys()
                for entity in KINDS[kind].entities(plan).values():
                    if getattr(entity, column.name) in missing:
                        setattr(entity, column.name, None)
    return Read(plan, digest.hexdigest(), stored_checksum(con), dangling)


def stored_checksum(con: sqlite3.Connection) -> str | None:
    """The checksum a save wrote into the file (None: a file from before checksums)."""
    try:
        row = con.execute(f"SELECT value FROM {META_TABLE} WHERE key = ?", (CHECKSUM_KEY,)).fetchone()
    except sqlite3.DatabaseError:
        return None  # no meta table: a file from before checksums, not verified
    return str(row[0]) if row is not None else None


__all__ = ["CHECKSUM_KEY", "META_TABLE", "ColumnDigest", "Read", "read_plan", "stored_checksum"]
