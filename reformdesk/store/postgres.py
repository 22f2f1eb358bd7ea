"""The shared store: many plans in one PostgreSQL database (SQLAlchemy 2 + psycopg 3).

A plan is addressed as ``postgresql://USER@HOST[:PORT]/DBNAME?plan=NAME``
(the password comes from libpq: ``~/.pgpass`` or ``PGPASSWORD``).  The tables
are those of :mod:`reformdesk.store.server_schema`: the catalogue ``plans``,
``plan_revisions`` and the plan file's entity tables scoped to a revision.

Concurrency, all in the database:

* the lease is a row in ``plans`` (holder, since, renewed).  The holder's
  thread renews it every ``ttl / 3`` seconds; a lease not renewed for ``ttl``
  seconds (a client killed, a machine gone) is free to take;
* every save is one transaction that locks the plan's catalogue row and
  checks the revision this client opened (or last saved) is still the
  current one; when someone saved since, it raises :class:`SaveConflict`
  (with their revision) and writes nothing;
* a save writes a new revision with who, when and the list of changes from
  the comparison engine; its rows are shared with the revision it builds on
  except those that differ, which it closes and writes new (server_schema:
  rows carry their range of revisions), so nothing is ever overwritten, an
  earlier revision can be read back whole and a save writes in proportion
  to what changed.

Rights are PostgreSQL's own and the database enforces them (layout 3,
``server_migrations/versions/fv3_row_security.py``): a role with SELECT only can
open a plan (read only: it cannot take the lease) and is refused on save; row-level
security keyed on each row's plan hides the plans a role may not read and keeps
its writes to the plans it may edit, whatever client it uses.  This module only
words the refusals.

Only :mod:`reformdesk.store.plan_store` imports this module (lazily, on the
first shared location): files need neither psycopg nor this code.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import os
import socket
import threading
import uuid
from dataclasses import dataclass, field
from itertools import starmap
from operator import attrgetter, itemgetter
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from sqlalchemy import Connection, Engine, Table, create_engine, func, insert, select, update
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from reformdesk.domain.alternative import as_alternative, copy_entities
from reformdesk.domain.comparison import compare
from reformdesk.domain.model import Plan, PlanInfo, PostCounts, PostType
from reformdesk.domain.registry import ENTITY_KINDS, KINDS, EntityKind, ValueType
from reformdesk.store import server_schema as ss
from reformdesk.store.lock import Locked, LockInfo
from reformdesk.store.plan_store import NoRight, OpenedPlan, SaveConflict, recovery_area
from reformdesk.store.planfile import NewerFormatError, PlanFileError
from reformdesk.store.schema import FORMAT_VERSION, POSITION, order_column

#: Seconds a lease lives without being renewed (a dead client's lease expires after it).
LEASE_TTL = 60.0


@dataclass(frozen=True, slots=True)
class SharedPlan:
    """One plan of the catalogue, as 打开共享方案… lists it."""

    name: str
    town: str
    author: str
    revision: int
    saved_by: str
    saved_at: dt.datetime | None
    holder: str  # "user@host" of a live lease, else ""


@dataclass(frozen=True, slots=True)
class Revision:
    """One save of a plan (方案历史)."""

    revision: int
    saved_by: str
    db_user: str
    saved_at: dt.datetime
    note: str
    changes: list[dict[str, str]] = field(default_factory=list)


def engine_url(url: str) -> tuple[str, str]:
    """(SQLAlchemy URL without ``plan=``, plan name) of a shared location's URL."""
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    name = next((v for k, v in query if k == "plan"), "")
    rest = urlencode([(k, v) for k, v in query if k != "plan"])
    return urlunsplit(("postgresql+psycopg", parts.netloc, parts.path, rest, "")), name


def _me() -> tuple[str, str, int]:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "?"
    return user, socket.gethostname(), os.getpid()


def _short(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    text = str(orig if orig is not None else exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _is_denied(exc: BaseException) -> bool:
    orig = getattr(exc, "orig", None)
    return getattr(orig, "sqlstate", None) == "42501"  # insufficient_privilege


def _is_duplicate_name(exc: BaseException) -> bool:
    """A unique violation on the plans' names: a new plan named as one this role may not see."""
    orig = getattr(exc, "orig", None)
    diag = getattr(orig, "diag", None)
    return getattr(orig, "sqlstate", None) == "23505" and getattr(diag, "table_name", None) == ss.plans.name


# -- rows ↔ plans -----------------------------------------------------------------


def copy_plan_info(plan: Plan) -> PlanInfo:
    info = PlanInfo(**{f.name: getattr(plan.info, f.name) for f in KINDS[EntityKind.PLAN].fields})
    info.lineage_id = plan.info.lineage_id
    return info


def copy_plan(plan: Plan) -> Plan:
    """A copy of ``plan`` that later edits of ``plan`` do not touch (every kind, generically)."""
    out = Plan(info=copy_plan_info(plan))
    for kind in ENTITY_KINDS:
        spec = KINDS[kind]
        spec.entities(out).update(copy_entities(spec.entities(plan)))
    return out


#: One kind's stored rows of a plan: entity id → the row's values (the file's columns, as ``_columns`` names them).
Rows = dict[Any, tuple[object, ...]]


def _columns(kind: EntityKind) -> list[str]:
    """The columns of a kind's stored row, in the order :func:`_stored_rows` gives the values."""
    spec = KINDS[kind]
    if kind is EntityKind.PLAN:
        return ["id", "lineage_id", *(f.name for f in spec.fields)]
    return ["id", *(f.name for f in spec.fields), *([POSITION] if order_column(spec) == POSITION else [])]


def _stored_rows(plan: Plan) -> dict[EntityKind, Rows]:
    """Every kind's rows of ``plan`` as a save stores them (values not yet converted to the column types)."""
    info_spec = KINDS[EntityKind.PLAN]
    out: dict[EntityKind, Rows] = {
        EntityKind.PLAN: {1: (1, plan.info.lineage_id, *(getattr(plan.info, f.name) for f in info_spec.fields))}
    }
    for kind in ENTITY_KINDS:
        spec = KINDS[kind]
        entities = spec.entities(plan)
        getter = attrgetter("id", *(f.name for f in spec.fields))
        # Tuples built in C (attrgetter, map); no Python frame per entity.
        if order_column(spec) == POSITION:
            rows = [(*t, n) for n, t in enumerate(map(getter, entities.values()))]
        else:
            rows = list(map(getter, entities.values()))
        # References to an entity no longer in the plan are saved as nothing (as in files);
        # found with set operations first, since a plan rarely holds any.
        for f in spec.ref_fields:
            assert f.ref is not None
            i = _columns(kind).index(f.name)
            dangling = set(map(itemgetter(i), rows)) - KINDS[f.ref].entities(plan).keys()
            dangling.discard(None)
            if dangling:
                rows = [r if r[i] not in dangling else (*r[:i], None, *r[i + 1 :]) for r in rows]
        out[kind] = dict(zip(entities.keys(), rows, strict=True))
    return out


def _private(row: tuple[object, ...]) -> tuple[object, ...]:
    """``row`` with copies of its lists (text lists are the only mutable values an entity holds)."""
    return tuple(list(v) if isinstance(v, list) else v for v in row)


#: An editor's save writes up to this many rows of a kind with INSERT (pipelined) rather than
#: through a temporary table, whose creation and drop cost more than a few rows' inserts.
_INSERT_UP_TO = 1000


def _copy_in(
    conn: Connection, table: Table, columns: list[str], rows: list[tuple[object, ...]], *, guarded: bool
) -> None:
    """Write ``rows`` into ``table`` with COPY (one statement; the column types convert lists and counts).

    PostgreSQL-only, like this module: an executemany of many rows costs seconds in
    per-row round trips and parameter handling, COPY a fraction of that.  ``guarded``:
    row-level security applies to this role, and PostgreSQL refuses COPY FROM into such
    a table, so the rows go into a temporary table first and on with one INSERT … SELECT,
    which the table's policy checks row by row; up to ``_INSERT_UP_TO`` rows go in by
    INSERT directly (a one-power save: 17 ms against 20 ms through the temporary table).
    """
    from psycopg import sql

    dialect = conn.dialect
    processors = [table.c[name].type.bind_processor(dialect) for name in columns]
    convert = [(i, p) for i, p in enumerate(processors) if p is not None]
    if convert:
        converted = []
        for row in rows:
            values = list(row)
            for i, p in convert:
                values[i] = p(values[i])
            converted.append(values)
        rows = converted  # type: ignore[assignment]
    names = sql.SQL(", ").join(map(sql.Identifier, columns))
    raw = conn.connection.driver_connection
    assert raw is not None
    if guarded and len(rows) <= _INSERT_UP_TO:
        insert_rows = sql.SQL("INSERT INTO {} ({}) VALUES ({})").format(
            sql.Identifier(table.name), names, sql.SQL(", ").join(sql.Placeholder() * len(columns))
        )
        with raw.cursor() as cur:
            cur.executemany(insert_rows, rows)  # pipelined by psycopg: one round trip
        return
    target = sql.Identifier(f"rd_stage_{table.name}" if guarded else table.name)
    with raw.cursor() as cur:
        if guarded:
            cur.execute(
                sql.SQL("CREATE TEMPORARY TABLE {} (LIKE {}) ON COMMIT DROP").format(target, sql.Identifier(table.name))
            )
        with cur.copy(sql.SQL("COPY {} ({}) FROM STDIN").format(target, names)) as copy:
            write = copy.write_row
            for row in rows:
                write(row)
        if guarded:
            cur.execute(
                sql.SQL("INSERT INTO {} ({}) SELECT {} FROM {}").format(
                    sql.Identifier(table.name), names, names, target
                )
            )


@dataclass(frozen=True, slots=True)
class _Delta:
    """What a save writes of one kind: the ids whose current rows it closes, the rows it writes new."""

    closed: list[Any]
    written: list[tuple[object, ...]]
    removed: set[Any]


def _delta(before: Rows, after: Rows) -> _Delta:
    """The rows of one kind that differ from ``before`` (added or changed) and the ids gone or changed."""
    get = before.get
    written = [row for eid, row in after.items() if get(eid) != row]
    removed = before.keys() - after.keys()
    closed = [row[0] for row in written if row[0] in before]
    closed.extend(removed)
    return _Delta(closed, written, removed)


def _write_revision(
    conn: Connection, plan_id: int, rev_id: int, deltas: dict[EntityKind, _Delta], *, guarded: bool
) -> None:
    """Close the changed and removed entities' current rows at ``rev_id`` and write their new rows from it
    (``guarded``: row-level security applies to this role, see :func:`_copy_in`).

    The statements go through psycopg's own cursor (COPY has no SQLAlchemy form), so its
    errors are handed on as SQLAlchemy's, as every other statement of a save raises them.
    """
    import psycopg
    from psycopg import sql

    raw = conn.connection.driver_connection
    assert raw is not None
    try:
        for kind, delta in deltas.items():
            table = ss.TABLE[kind]
            if delta.closed:
                # The partial unique index on the current rows finds each by (plan_id, id) once the
                # table has statistics; before (a plan just created) it scans the plan's current rows.
                statement = sql.SQL("UPDATE {} SET {} = %s WHERE {} = %s AND {} IS NULL AND id = ANY(%s)").format(
                    sql.Identifier(table.name),
                    sql.Identifier(ss.UNTIL_REV),
                    sql.Identifier(ss.PLAN_ID),
                    sql.Identifier(ss.UNTIL_REV),
                )
                with raw.cursor() as cur:
                    cur.execute(statement, (rev_id, plan_id, delta.closed))
            if delta.written:
                columns = [ss.PLAN_ID, ss.FROM_REV, *_columns(kind)]
                _copy_in(conn, table, columns, [(plan_id, rev_id, *row) for row in delta.written], guarded=guarded)
    except psycopg.Error as exc:
        raise DBAPIError(None, None, exc) from exc


class _NoPlan(LookupError):
    """No such plan (or revision of it) for this role."""


def _read_columns(kind: EntityKind) -> list[str]:
    """The columns a read of ``kind`` selects, in the order the entity's constructor takes them."""
    spec = KINDS[kind]
    if kind is EntityKind.PLAN:
        return [*(f.name for f in spec.fields), "lineage_id"]
    return ["id", *(f.name for f in spec.fields)]


#: Each kind's read statement as text, (kind, current) → SQL: composed once per process.
_READ_SQL: dict[tuple[EntityKind, bool], str] = {}


def _read_sql(raw: Any, kind: EntityKind, *, current: bool) -> str:
    found = _READ_SQL.get((kind, current))
    if found is None:
        found = _READ_SQL[kind, current] = _compose_read_sql(kind, current=current).as_string(raw)
    return found


def _compose_read_sql(kind: EntityKind, *, current: bool) -> Any:
    """The SELECT of one kind's rows of a revision: parameters ``plan`` (the plan's name) and ``rev`` (its rev_id).

    The plan is found by name inside each statement, so the whole read goes to the server in
    one pipeline before the plan's id is known.
    """
    from psycopg import sql

    spec = KINDS[kind]
    if current:
        where = sql.SQL("{} IS NULL").format(sql.Identifier(ss.UNTIL_REV))
    else:
        where = sql.SQL("{f} <= %(rev)s AND ({u} IS NULL OR {u} > %(rev)s)").format(
            f=sql.Identifier(ss.FROM_REV), u=sql.Identifier(ss.UNTIL_REV)
        )
    order = sql.SQL("")
    if kind is not EntityKind.PLAN:
        order = sql.SQL(" ORDER BY {}").format(sql.Identifier(order_column(spec)))
    return sql.SQL("SELECT {} FROM {} WHERE {} = (SELECT plan_id FROM plans WHERE name = %(plan)s) AND {}{}").format(
        sql.SQL(", ").join(map(sql.Identifier, _read_columns(kind))),
        sql.Identifier(ss.TABLE[kind].name),
        sql.Identifier(ss.PLAN_ID),
        where,
        order,
    )


def _converted(kind: EntityKind, rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """``rows`` with their values as the entities hold them (what the column types of schema.py return).

    By column, as plan_rows converts a file's: enum members and post counts once per
    distinct value, text lists without a call per value.  SQLAlchemy's result processors,
    one Python call per value, took 0.7 s of a province plan's read for the powers' lists alone.
    Dates come from psycopg as dates.
    """
    spec = KINDS[kind]
    fields = {f.name: f for f in spec.fields}
    columns: list[Any] | None = None
    for i, name in enumerate(_read_columns(kind)):
        f = fields.get(name)
        if f is None or f.type not in (ValueType.ENUM, ValueType.TEXT_LIST, ValueType.COUNTS):
            continue
        if columns is None:
            columns = list(zip(*rows, strict=True))
        values = columns[i]
        if f.type is ValueType.ENUM:
            members = {m.value: m for m in f.enum}  # type: ignore[union-attr]
            columns[i] = list(map(members.__getitem__, values))  # an unknown value: KeyError, a damaged store
        elif f.type is ValueType.TEXT_LIST:
            columns[i] = [[t for t in v.split("\n") if t] if v else [] for v in values]
        else:
            counts = {v: _counts(v) for v in set(values)}  # immutable: shared
            columns[i] = list(map(counts.__getitem__, values))
    return rows if columns is None else list(zip(*columns, strict=True))


def _counts(value: str | None) -> PostCounts:
    counts: dict[PostType, int] = {}
    for line in (value or "").split("\n"):
        if line:
            kind, _, count = line.rpartition("=")
            counts[PostType(kind)] = int(count)
    return PostCounts.of(counts)


def _read_revision(conn: Connection, name: str, rev_id: int | None) -> tuple[Plan, int]:
    """(the plan, its revision number) of plan ``name`` at ``rev_id`` (None: the current revision).

    One snapshot (REPEATABLE READ): a save committed while the kinds are read cannot mix two
    revisions.  Every statement is sent at once in one pipeline (psycopg's pipeline mode) and
    its rows come back as psycopg's tuples: at the sample size the read was a dozen round trips
    and SQLAlchemy's statement building and result processing, twice the plan file's open.
    Raises _NoPlan for a plan (or revision) not in the store (for this role: row-level security
    hides a plan it may not read), DBAPIError (SQLAlchemy's) for what the server refuses.
    """
    import psycopg

    current = rev_id is None
    raw = conn.connection.driver_connection
    assert raw is not None
    params = {"plan": name, "rev": rev_id}
    kinds = [EntityKind.PLAN, *ENTITY_KINDS]
    try:
        with raw.pipeline() if psycopg.Pipeline.is_supported() else contextlib.nullcontext():
            head = raw.cursor()
            head.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            catalogue = raw.cursor()
            catalogue.execute(
                "SELECT p.revision, p.current_rev_id, r.revision FROM plans p "
                "LEFT JOIN plan_revisions r ON r.plan_id = p.plan_id AND r.rev_id = %(rev)s WHERE p.name = %(plan)s",
                params,
            )
            cursors = []
            for kind in kinds:
                cur = raw.cursor()
                cur.execute(_read_sql(raw, kind, current=current), params)
                cursors.append(cur)
        found = catalogue.fetchone()
        tables = [cur.fetchall() for cur in cursors]
    except psycopg.Error as exc:
        raise DBAPIError(None, None, exc) from exc
    if found is None or found[1] is None or (not current and found[2] is None):
        raise _NoPlan(name)
    revision = int(found[0] if current else found[2])
    converted = [_converted(kind, rows) if rows else rows for kind, rows in zip(kinds, tables, strict=True)]
    info_rows = converted[0]
    if not info_rows:
        raise ValueError("缺少方案信息")
    info_spec = KINDS[EntityKind.PLAN]
    row = info_rows[0]
    names = [f.name for f in info_spec.fields]
    plan = Plan(info=PlanInfo(**dict(zip(names, row[:-1], strict=True)), lineage_id=row[-1]))
    for kind, rows in zip(ENTITY_KINDS, converted[1:], strict=True):
        if rows:
            spec = KINDS[kind]
            spec.entities(plan).update(zip(map(itemgetter(0), rows), starmap(spec.cls, rows), strict=True))
    # A revision's rows share no foreign keys (they span revisions): every reference is
    # checked here, as files do, with set operations first since a plan rarely holds a dangling one.
    for kind in ENTITY_KINDS:
        entities = KINDS[kind].entities(plan)
        for f in KINDS[kind].ref_fields:
            assert f.ref is not None
            targets = KINDS[f.ref].entities(plan)
            dangling = set(map(attrgetter(f.name), entities.values())) - targets.keys()
            dangling.discard(None)
            if dangling:
                for ent in entities.values():
                    if getattr(ent, f.name) in dangling:
                        setattr(ent, f.name, None)
    return plan, revision


def change_rows(a: Plan | None, b: Plan) -> list[dict[str, str]]:
    """The comparison engine's differences from ``a`` to ``b`` as JSON-ready rows (the audit trail)."""
    if a is None:
        return []
    return [
        {
            "kind": d.kind.value,
            "action": d.action.value,
            "key": d.key,
            "label": d.label,
            "field": d.field,
            "field_label": d.field_label,
            "before": d.a_value,
            "after": d.b_value,
        }
        for d in compare(a, b, figures=False).differences
    ]


# -- the lease ----------------------------------------------------------------------


class PgLease:
    """The right to write one shared plan: a row in ``plans``, renewed by a thread until released."""

    def __init__(self, store: PostgresStore, name: str, token: str, ttl: float) -> None:
        self.store = store
        self.name = name
        self.token = token
        self.ttl = ttl
        self.lost = False
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._renew_loop, name=f"lease {name}", daemon=True)
        self._thread.start()

    def _renew_loop(self) -> None:
        while not self._stop.wait(self.ttl / 3):
            try:
                if not self.store._renew(self.name, self.token):
                    self.lost = True
                    return
            except SQLAlchemyError:
                pass  # the server is away for a moment; the next round tries again

    def release(self) -> None:
        if self._stop.is_set():
            return
        self._stop.set()
        self._thread.join(timeout=self.ttl)
        with contextlib.suppress(SQLAlchemyError):  # else the lease expires by itself
            self.store._release(self.name, self.token)


@dataclass(slots=True)
class _Base:
    """What this client last read or wrote of a plan: the revision a save must find, and its content."""

    revision: int
    plan: Plan
    #: ``plan``'s stored rows (built from its private copies at the first save on it): a save
    #: writes only the rows that differ from these, the revision's rows in the store.
    rows: dict[EntityKind, Rows] | None = None

    def stored_rows(self) -> dict[EntityKind, Rows]:
        if self.rows is None:
            self.rows = _stored_rows(self.plan)
        return self.rows

    def advance(self, revision: int, plan: Plan, now: dict[EntityKind, Rows], deltas: dict[EntityKind, _Delta]) -> None:
        """Become ``plan`` as saved in ``revision``: copies of what the save wrote, the rest as it was.

        Copying only the written entities keeps a save in proportion to what
        changed; the unchanged ones are equal by value (their stored rows are).
        """
        rows = self.stored_rows()
        self.plan.info = copy_plan_info(plan)
        for kind, delta in deltas.items():
            mine, theirs = rows[kind], now[kind]
            for eid in delta.removed:
                del mine[eid]
            for row in delta.written:
                mine[row[0]] = _private(row)
            if kind is EntityKind.PLAN:
                continue
            spec = KINDS[kind]
            base, live = spec.entities(self.plan), spec.entities(plan)
            for eid in delta.removed:
                del base[eid]
            base.update(copy_entities({row[0]: live[row[0]] for row in delta.written}))
            if len(base) != len(theirs) or list(base) != list(theirs):  # the order changed
                ordered = {eid: base[eid] for eid in theirs}
                base.clear()
                base.update(ordered)
        self.revision = revision


# -- the store ----------------------------------------------------------------------


class PostgresStore:
    """Plans in one PostgreSQL database; one instance per server URL (one per client)."""

    def __init__(self, url: str, *, lease_ttl: float = LEASE_TTL, upgrade: bool = True) -> None:
        self.url, _ = engine_url(url)
        self.lease_ttl = lease_ttl
        self.engine: Engine = create_engine(self.url, future=True, pool_pre_ping=True)
        self._upgrade = upgrade
        self._checked = False
        self._rls: bool | None = None
        self._bases: dict[str, _Base] = {}
        self._tokens: dict[str, str] = {}
        self._lock = threading.Lock()

    def _guarded(self, conn: Connection) -> bool:
        """Whether row-level security binds this store's role (not for the tables' owner or a superuser)."""
        if self._rls is None:
            table = ss.TABLE[EntityKind.PLAN].name
            self._rls = bool(conn.execute(select(func.row_security_active(table))).scalar_one())
        return self._rls

    def dispose(self) -> None:
        self.engine.dispose()

    # -- the server's format -----------------------------------------------------
    def _check(self) -> None:
        if self._checked:
            return
        try:
            version, layout = self._versions()
            if not version:
                layout = ss.LAYOUT  # an empty database: the upgrade makes today's layout
            if layout > ss.LAYOUT and version <= FORMAT_VERSION:
                raise NewerFormatError(
                    f"共享方案库由更新版本的 ReformDesk 建立（表结构第{layout}版，本程序支持到第{ss.LAYOUT}版），请升级后再打开"
                )
            if version > FORMAT_VERSION:
                raise NewerFormatError(
                    f"共享方案库由更新版本的 ReformDesk 建立（格式第{version}版，本程序支持到第{FORMAT_VERSION}版），请升级后再打开"
                )
            if version < FORMAT_VERSION or layout < ss.LAYOUT:
                if not self._upgrade:
                    raise PlanFileError(f"共享方案库需要升级到第{FORMAT_VERSION}版：reformdesk server upgrade URL")
                from reformdesk.store.server_migrate import upgrade

                try:
                    upgrade(self.engine)
                except SQLAlchemyError as exc:
                    raise PlanFileError(
                        f"共享方案库需要升级到第{FORMAT_VERSION}版，但本用户无权升级（{_short(exc)}）；"
                        "请管理员运行 reformdesk server upgrade URL"
                    ) from exc
        except SQLAlchemyError as exc:
            raise PlanFileError(f"无法连接共享方案库 {self._where()}：{_short(exc)}") from exc
        self._checked = True

    def format_version_checked(self) -> tuple[int, int, int, int]:
        """(format before, format after, layout before, layout after) of bringing the server up to this program's."""
        try:
            before, layout = self._versions()
        except SQLAlchemyError as exc:
            raise PlanFileError(f"无法连接共享方案库 {self._where()}：{_short(exc)}") from exc
        self._check()
        after, after_layout = self._versions()
        return before, after, layout, after_layout

    def is_empty(self) -> bool:
        """True for a database with no shared store in it yet (nothing is created to find out)."""
        try:
            return self.format_version() == 0
        except SQLAlchemyError as exc:
            raise PlanFileError(f"无法连接共享方案库 {self._where()}：{_short(exc)}") from exc

    def _versions(self) -> tuple[int, int]:
        """(format version, layout) of the server; (0, 0): an empty database.

        One connection and two statements: a client's first open paid three connections'
        checkouts and pings and SQLAlchemy's inspector for these two numbers.
        """
        with self.engine.connect() as conn:
            if conn.exec_driver_sql(f"SELECT to_regclass('{ss.meta.name}')").scalar() is None:
                return 0, 0
            rows = dict(
                conn.execute(
                    select(ss.meta.c.key, ss.meta.c.value).where(ss.meta.c.key.in_(("format_version", "layout")))
                ).all()
            )
        return int(rows.get("format_version") or 0), int(rows.get("layout") or 1)

    def format_version(self) -> int:
        """The server's format version (0: an empty database)."""
        return self._versions()[0]

    def layout(self) -> int:
        """The layout of the server's entity tables (``server_schema.LAYOUT``; 1: before it had a number)."""
        return self._versions()[1]

    def _where(self) -> str:
        u = self.engine.url
        return f"{u.host or 'localhost'}:{u.port or 5432}/{u.database}"

    @staticmethod
    def _name(location: object) -> str:
        name = getattr(location, "plan_name", "")
        if not name:
            raise PlanFileError(f"共享方案库的地址缺少方案名（?plan=名称）：{location}")
        return str(name)

    # -- the catalogue --------------------------------------------------------------
    def plans(self) -> list[SharedPlan]:
        """Every plan of the store, by name."""
        self._check()
        p = ss.plans
        try:
            with self.engine.connect() as conn:
                now = conn.execute(select(func.now())).scalar_one()
                rows = conn.execute(select(p).order_by(p.c.name)).all()
        except SQLAlchemyError as exc:
            raise PlanFileError(f"无法读取共享方案库 {self._where()}：{_short(exc)}") from exc
        out = []
        for r in rows:
            live = self._alive(r, now)
            holder = f"{r.lease_user}@{r.lease_host}" if live else ""
            out.append(SharedPlan(r.name, r.town, r.author, r.revision, r.saved_by, r.saved_at, holder))
        return out

    @staticmethod
    def _alive(row: Any, now: dt.datetime) -> bool:
        """Whether the lease of a catalogue row is held: renewed within its holder's time to live."""
        if row.lease_token is None or row.lease_renewed is None:
            return False
        return (now - row.lease_renewed).total_seconds() < float(row.lease_seconds or LEASE_TTL)

    def _row(self, conn: Connection, name: str, *, for_update: bool = False) -> Any:
        q = select(ss.plans).where(ss.plans.c.name == name)
        return conn.execute(q.with_for_update() if for_update else q).first()

    # -- reading ------------------------------------------------------------------------
    def read(self, location: object) -> Plan:
        name = self._name(location)
        self._check()
        plan, revision = self._read_with_revision(name)
        with self._lock:
            # The first read of a plan is what this client's saves build on (the
            # command line: read, change, save); later reads (plan B of a
            # comparison) do not move it: only open, save and rebase do.
            if name not in self._bases:
                self._bases[name] = _Base(revision, copy_plan(plan))
        return plan

    def open(self, location: object) -> OpenedPlan:
        name = self._name(location)
        held = self.acquire(location)  # first: a plan saved meanwhile is then read as it is now
        try:
            plan, revision = self._read_with_revision(name)
        except BaseException:
            if isinstance(held, PgLease):
                held.release()
            raise
        with self._lock:
            self._bases[name] = _Base(revision, copy_plan(plan))
        if isinstance(held, PgLease):
            return OpenedPlan(plan, held)
        return OpenedPlan(plan, None, held)

    def _read_with_revision(self, name: str) -> tuple[Plan, int]:
        try:
            with self.engine.connect() as conn:
                return _read_revision(conn, name, None)
        except _NoPlan as exc:
            raise PlanFileError(f"共享方案库 {self._where()} 中没有方案“{name}”") from exc
        except (SQLAlchemyError, ValueError, KeyError) as exc:
            raise PlanFileError(f"无法读取共享方案“{name}”：{_short(exc)}") from exc

    def revision(self, location: object) -> int:
        """The plan's current revision in the store (0: not there)."""
        self._check()
        with self.engine.connect() as conn:
            row = self._row(conn, self._name(location))
        return 0 if row is None else int(row.revision)

    def base_revision(self, location: object) -> int | None:
        """The revision this client's next save must find (None: none read yet)."""
        base = self._bases.get(self._name(location))
        return base.revision if base is not None else None

    def rebase(self, location: object, revision: int, plan: Plan | None = None) -> None:
        """Build the next save on ``revision`` (their version, after a refused save was compared)."""
        name = self._name(location)
        if plan is None:
            plan = self.read_revision(location, revision)
        with self._lock:
            self._bases[name] = _Base(revision, copy_plan(plan))

    def exists(self, location: object) -> bool:
        return self.revision(location) > 0

    # -- the lease ---------------------------------------------------------------------
    def acquire(self, location: object) -> PgLease | Locked | None:
        name = self._name(location)
        self._check()
        me_user, me_host, me_pid = _me()
        token = uuid.uuid4().hex
        p = ss.plans
        try:
            with self.engine.begin() as conn:
                row = self._row(conn, name, for_update=True)
                if row is None:
                    if self._row(conn, name) is not None:
                        return None  # this plan's editors are another role: read-only
                    raise PlanFileError(f"共享方案库 {self._where()} 中没有方案“{name}”")
                now = conn.execute(select(func.now())).scalar_one()
                if self._alive(row, now):
                    mine = row.lease_token in self._tokens.values()
                    since = row.lease_since.astimezone().replace(tzinfo=None, microsecond=0)
                    info = LockInfo(row.lease_user or "?", row.lease_host or "?", row.lease_pid or 0, since)
                    return Locked(info, same_process=mine)
                conn.execute(
                    update(p)
                    .where(p.c.plan_id == row.plan_id)
                    .values(
                        lease_token=token,
                        lease_user=me_user,
                        lease_host=me_host,
                        lease_pid=me_pid,
                        lease_since=func.now(),
                        lease_renewed=func.now(),
                        lease_seconds=max(1, round(self.lease_ttl)),
                    )
                )
        except DBAPIError as exc:
            if _is_denied(exc):
                return None  # a read-only role: open read-only, no one to name
            raise PlanFileError(f"无法打开共享方案“{name}”：{_short(exc)}") from exc
        except SQLAlchemyError as exc:
            raise PlanFileError(f"无法打开共享方案“{name}”：{_short(exc)}") from exc
        with self._lock:
            self._tokens[name] = token
        return PgLease(self, name, token, self.lease_ttl)

    def _renew(self, name: str, token: str) -> bool:
        p = ss.plans
        with self.engine.begin() as conn:
            done = conn.execute(
                update(p).where(p.c.name == name, p.c.lease_token == token).values(lease_renewed=func.now())
            )
            return bool(done.rowcount)

    def _release(self, name: str, token: str) -> None:
        p = ss.plans
        with self._lock:
            if self._tokens.get(name) == token:
                del self._tokens[name]
        with self.engine.begin() as conn:
            conn.execute(
                update(p)
                .where(p.c.name == name, p.c.lease_token == token)
                .values(
                    lease_token=None,
                    lease_user=None,
                    lease_host=None,
                    lease_pid=None,
                    lease_since=None,
                    lease_renewed=None,
                    lease_seconds=None,
                )
            )

    # -- saving ----------------------------------------------------------------------------
    def save(self, plan: Plan, location: object, *, note: str = "") -> None:
        """Write ``plan`` as the plan's next revision, in one transaction; SaveConflict when someone saved since."""
        name = self._name(location)
        self._check()
        me_user, me_host, _pid = _me()
        saved_by = f"{me_user}@{me_host}"
        p = ss.plans
        base = self._bases.get(name)
        try:
            with self.engine.begin() as conn:
                row = self._row(conn, name, for_update=True)
                now = conn.execute(select(func.now())).scalar_one()
                if row is None and self._row(conn, name) is not None:
                    user = self.engine.url.username or me_user
                    raise NoRight(f"无权保存共享方案“{name}”：数据库用户 {user} 不是此方案的编辑人（本次保存未写入）")
                if row is None:
                    plan_id = conn.execute(
                        insert(p).values(name=name, town="", author="", revision=0).returning(p.c.plan_id)
                    ).scalar_one()
                    revision = 1
                    changes: list[dict[str, str]] = []
                    note = note or "新建"
                else:
                    if base is None or base.revision != row.revision:
                        raise SaveConflict(
                            f"方案“{name}”已由 {row.saved_by} 于 {_when(row.saved_at)} 保存（第{row.revision}版），"
                            "本次保存未写入",
                            revision=row.revision,
                            saved_by=row.saved_by,
                            saved_at=row.saved_at,
                        )
                    token = self._tokens.get(name)
                    if row.lease_token != token and self._alive(row, now):
                        raise PlanFileError(f"方案“{name}”正由 {row.lease_user}@{row.lease_host} 编辑，本次保存未写入")
                    plan_id = row.plan_id
                    revision = row.revision + 1
                    changes = change_rows(base.plan, plan)
                # Only what differs from the revision this client built on is written: its
                # other rows stay current (they belong to the new revision too).
                before = base.stored_rows() if row is not None and base is not None else None
                now = _stored_rows(plan)
                deltas = {kind: _delta(before[kind] if before else {}, rows) for kind, rows in now.items()}
                rev_id = conn.execute(
                    insert(ss.revisions)
                    .values(
                        plan_id=plan_id,
                        revision=revision,
                        saved_by=saved_by,
                        db_user=func.current_user(),
                        saved_at=func.now(),
                        note=note,
                        changes=json.dumps(changes, ensure_ascii=False),
                    )
                    .returning(ss.revisions.c.rev_id)
                ).scalar_one()
                _write_revision(conn, plan_id, rev_id, deltas, guarded=self._guarded(conn))
                conn.execute(
                    update(p)
                    .where(p.c.plan_id == plan_id)
                    .values(
                        revision=revision,
                        current_rev_id=rev_id,
                        town=plan.info.town,
                        author=plan.info.author,
                        saved_by=saved_by,
                        saved_at=func.now(),
                    )
                )
        except SaveConflict:
            raise
        except DBAPIError as exc:
            if _is_denied(exc):
                user = self.engine.url.username or me_user
                raise NoRight(f"无权保存共享方案“{name}”：数据库用户 {user} 只有只读权限（本次保存未写入）") from exc
            if _is_duplicate_name(exc):
                # Row-level security hid a plan of that name from this role, so it looked free; the
                # database's own words ("duplicate key value violates unique constraint …") help no one.
                raise NoRight(
                    f"无法以“{name}”为名保存：共享方案库中已有同名方案，您无权查看（本次保存未写入）。请换一个名称保存。"
                ) from exc
            raise PlanFileError(f"无法保存共享方案“{name}”：{_short(exc)}（本次保存未写入）") from exc
        except SQLAlchemyError as exc:
            raise PlanFileError(f"无法保存共享方案“{name}”：{_short(exc)}（本次保存未写入）") from exc
        except UnicodeError as exc:
            raise PlanFileError(f"无法保存共享方案“{name}”：文字中有无法保存的字符（{exc.reason}）") from exc
        with self._lock:
            if before is not None and base is not None and self._bases.get(name) is base:
                base.advance(revision, plan, now, deltas)
            else:  # a new plan: the next save builds on a copy of it
                self._bases[name] = _Base(revision, copy_plan(plan))

    def save_alternative(self, plan: Plan, name: str, location: object) -> Plan:
        alternative = as_alternative(plan, name)
        for kind in ENTITY_KINDS:  # every kind the registry has, whatever as_alternative copies
            spec = KINDS[kind]
            if not spec.entities(alternative) and spec.entities(plan):
                spec.entities(alternative).update(copy_entities(spec.entities(plan)))
        self.save(alternative, location, note="备选方案")
        return alternative

    def recovery(self, directory: Path) -> Any:
        return recovery_area(directory)

    # -- history -----------------------------------------------------------------------
    def history(self, location: object) -> list[Revision]:
        """Every save of the plan, newest first."""
        name = self._name(location)
        self._check()
        r = ss.revisions
        try:
            with self.engine.connect() as conn:
                row = self._row(conn, name)
                if row is None:
                    raise PlanFileError(f"共享方案库 {self._where()} 中没有方案“{name}”")
                rows = conn.execute(select(r).where(r.c.plan_id == row.plan_id).order_by(r.c.revision.desc())).all()
        except SQLAlchemyError as exc:
            raise PlanFileError(f"无法读取方案“{name}”的历史：{_short(exc)}") from exc
        return [Revision(x.revision, x.saved_by, x.db_user, x.saved_at, x.note, json.loads(x.changes)) for x in rows]

    def read_revision(self, location: object, revision: int) -> Plan:
        """The plan as it was saved in ``revision``."""
        name = self._name(location)
        self._check()
        r = ss.revisions
        try:
            with self.engine.connect() as conn:
                row = self._row(conn, name)
                rev_id = None
                if row is not None:
                    rev_id = conn.execute(
                        select(r.c.rev_id).where(r.c.plan_id == row.plan_id, r.c.revision == revision)
                    ).scalar()
                if rev_id is None:
                    raise PlanFileError(f"方案“{name}”没有第{revision}版")
                conn.rollback()  # the read sets its own snapshot
                return _read_revision(conn, name, rev_id)[0]
        except _NoPlan as exc:
            raise PlanFileError(f"方案“{name}”没有第{revision}版") from exc
        except (SQLAlchemyError, ValueError, KeyError) as exc:
            raise PlanFileError(f"无法读取方案“{name}”第{revision}版：{_short(exc)}") from exc


def _when(moment: dt.datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment is not None else "?"
