"""Reading and writing plan files (one SQLite file per plan).

A save writes a complete new file next to the target and then atomically
replaces the target, so a crash or a kill at any moment leaves either the old
or the new file whole.  Opening checks the file is really one of ours and of
a version we understand before reading a row, and turns every failure into a
:class:`PlanFileError` with one clear sentence.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from enum import Enum
from itertools import starmap
from operator import attrgetter, itemgetter
from pathlib import Path

from sqlalchemy import Connection, Engine, Table, create_engine, event, insert, select
from sqlalchemy.exc import DatabaseError, SQLAlchemyError

from reformdesk.domain.model import Plan, PlanInfo
from reformdesk.domain.registry import ENTITY_KINDS, KINDS, EntityKind
from reformdesk.store import migrations
from reformdesk.store.schema import APPLICATION_ID, FORMAT_VERSION, POSITION, TABLE, TABLES, Base, order_column

#: The file extension of plan files.
SUFFIX = ".rdplan"
_SQLITE_MAGIC = b"SQLite format 3\x00"


class PlanFileError(Exception):
    """A plan file that cannot be read or written; ``str()`` is one clear line."""


class NewerFormatError(PlanFileError):
    """The file was written by a newer ReformDesk."""


# -- SQLite specifics ---------------------------------------------------------
# Everything SQLite-only lives in this block; the rest is portable SQLAlchemy.


def _engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.close()

    return engine


def _read_header(path: Path) -> tuple[int, int]:
    """(application_id, user_version) of a SQLite file, without touching tables."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
        version = con.execute("PRAGMA user_version").fetchone()[0]
        if con.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise sqlite3.DatabaseError("quick_check failed")
        return app_id, version
    finally:
        con.close()


def _stamp(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
        conn.exec_driver_sql(f"PRAGMA user_version={FORMAT_VERSION}")


def _fast_new_file(engine: Engine) -> None:
    # The temporary file is thrown away if anything fails, so it needs no
    # journal; durability comes from fsync + rename in save_plan.
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA journal_mode=OFF")
        conn.exec_driver_sql("PRAGMA synchronous=OFF")


def _set_version(path: Path, version: int) -> None:
    con = sqlite3.connect(path)
    try:
        con.execute(f"PRAGMA user_version={int(version)}")
        con.commit()
    finally:
        con.close()


# -- migrations ---------------------------------------------------------------


def _migrate(path: Path, version: int) -> Path:
    """Upgrade ``path`` in place to FORMAT_VERSION (store/migrations.py); returns the backup's path."""
    backup = path.with_name(f"{path.stem}.v{version}.bak{path.suffix}")
    shutil.copy2(path, backup)
    engine = _engine(path)
    try:
        for v in range(version, FORMAT_VERSION):
            with engine.begin() as conn:
                migrations.upgrade(conn, v + 1)
            _set_version(path, v + 1)
    finally:
        engine.dispose()
    return backup


# -- public API ---------------------------------------------------------------


def check_plan_file(path: str | os.PathLike[str]) -> int:
    """Raise PlanFileError unless ``path`` is a readable plan file; returns its version."""
    p = Path(path)
    if not p.exists():
        raise PlanFileError(f"找不到方案文件：{p}")
    if p.is_dir():
        raise PlanFileError(f"这是一个文件夹，不是方案文件：{p}")
    try:
        with p.open("rb") as fh:
            head = fh.read(len(_SQLITE_MAGIC))
    except OSError as exc:
        raise PlanFileError(f"无法读取方案文件 {p.name}：{exc.strerror or exc}") from exc
    if not head:
        raise PlanFileError(f"方案文件 {p.name} 是空文件（0 字节），无法打开")
    if head != _SQLITE_MAGIC:
        raise PlanFileError(f"{p.name} 不是改革方案文件（不是 SQLite 数据库）")
    try:
        app_id, version = _read_header(p)
    except sqlite3.DatabaseError as exc:
        raise PlanFileError(f"方案文件 {p.name} 已损坏，无法读取（{exc}）") from exc
    if app_id != APPLICATION_ID:
        raise PlanFileError(f"{p.name} 是其他程序的 SQLite 数据库，不是改革方案文件")
    if version > FORMAT_VERSION:
        raise NewerFormatError(
            f"{p.name} 由更新版本的 ReformDesk 保存（文件格式第{version}版，本程序支持到第{FORMAT_VERSION}版），请升级后再打开"
        )
    if version < 1:
        raise PlanFileError(f"方案文件 {p.name} 的版本号无效（{version}）")
    return version


def open_plan(path: str | os.PathLike[str]) -> Plan:
    """Read a plan file; an older format is migrated first (keeping a backup)."""
    p = Path(path)
    version = check_plan_file(p)
    if version < FORMAT_VERSION:
        _migrate(p, version)
    engine = _engine(p)
    try:
        with engine.connect() as conn:
            return _read(conn)
    except (SQLAlchemyError, ValueError, KeyError) as exc:
        raise PlanFileError(f"方案文件 {p.name} 已损坏，无法读取（{_short(exc)}）") from exc
    finally:
        engine.dispose()


def _short(exc: Exception) -> str:
    if isinstance(exc, DatabaseError) and exc.orig is not None:
        return str(exc.orig)
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__


# -- rows ↔ entities ------------------------------------------------------------
# A table's columns are id, then the registry's fields (schema.TABLE), and the
# column types convert enum members and text lists; so a row read is the
# arguments of the entity's dataclass (id, then its fields in registry order,
# checked by the tests), and an entity written is its attributes by name.


def _read(conn: Connection) -> Plan:
    info_spec = KINDS[EntityKind.PLAN]
    t = TABLE[EntityKind.PLAN]
    row = conn.execute(select(*(t.c[f.name] for f in info_spec.fields), t.c.lineage_id)).first()
    if row is None:
        raise ValueError("缺少方案信息")
    names = [f.name for f in info_spec.fields]
    plan = Plan(info=PlanInfo(**dict(zip(names, row[:-1], strict=True)), lineage_id=row[-1]))
    for kind in ENTITY_KINDS:
        spec = KINDS[kind]
        t = TABLE[kind]
        # .all() fetches in one call; iterating the result fetches row by row,
        # which took half of the time of opening a 50,000-power plan.
        rows = conn.execute(select(t.c.id, *(t.c[f.name] for f in spec.fields)).order_by(t.c[order_column(spec)])).all()
        if not rows:
            continue
        # starmap calls the dataclass in C: no Python frame per row.
        spec.entities(plan).update(zip(map(itemgetter(0), rows), starmap(spec.cls, rows), strict=True))
    # References the schema holds no foreign key for are checked here: one to
    # nothing names nothing (as validation treats it).
    for kind in ENTITY_KINDS:
        t = TABLE[kind]
        for f in KINDS[kind].ref_fields:
            if not t.c[f.name].foreign_keys:
                assert f.ref is not None
                targets = KINDS[f.ref].entities(plan)
                for ent in KINDS[kind].entities(plan).values():
                    if getattr(ent, f.name) is not None and getattr(ent, f.name) not in targets:
                        setattr(ent, f.name, None)
    return plan


def save_plan(plan: Plan, path: str | os.PathLike[str]) -> None:
    """Write ``plan`` to ``path`` atomically (temporary file, fsync, rename)."""
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise PlanFileError(f"无法保存：文件夹不存在：{directory}")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        _write_new(plan, tmp)
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        if target.exists():
            with contextlib.suppress(OSError):
                shutil.copymode(target, tmp)
        os.replace(tmp, target)
        _fsync_dir(directory)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise PlanFileError(f"无法保存 {target.name}：{exc.strerror or exc}（原文件未改动）") from exc
    except SQLAlchemyError as exc:
        tmp.unlink(missing_ok=True)
        raise PlanFileError(f"无法保存 {target.name}：{_short(exc)}（原文件未改动）") from exc
    except UnicodeError as exc:
        # e.g. a lone surrogate pasted from a broken document: SQLite stores UTF-8 only.
        tmp.unlink(missing_ok=True)
        raise PlanFileError(f"无法保存 {target.name}：文字中有无法保存的字符（{exc.reason}）（原文件未改动）") from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _fsync_dir(directory: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_new(plan: Plan, path: Path) -> None:
    path.unlink(missing_ok=True)
    engine = _engine(path)
    try:
        _fast_new_file(engine)
        Base.metadata.create_all(engine, tables=TABLES)
        with engine.begin() as conn:
            for table, columns in _rows(plan):
                if columns["id"]:
                    _insert_rows(conn, table, columns)
        _stamp(engine)
    finally:
        engine.dispose()


def _insert_rows(conn: Connection, table: Table, columns: dict[str, list[object]]) -> None:
    """Insert a table's rows, given as one list of values per column, in one executemany.

    The INSERT is compiled once for the connection's dialect and run with
    plain tuples: ``conn.execute(insert(table), dicts)`` builds every row's
    parameters again in Python (SQLAlchemy's construct_params and a bind
    processor call per value), which was half of saving a 50,000-power plan.
    The column types' bind processors (dates, text lists) are applied here
    instead, once per distinct value where the values can be hashed (a plan's
    deadlines are a few dozen dates over 50,000 powers).  A dialect with named
    parameters (psycopg) takes SQLAlchemy's own path.
    """
    dialect = conn.dialect
    bound: dict[str, list[object]] = {}
    for c in table.c:
        values = columns[c.name]
        process = c.type.bind_processor(dialect)
        if process is not None:
            try:
                done = {v: process(v) for v in set(values)}
            except TypeError:  # unhashable (a list of texts)
                values = list(map(process, values))
            else:
                values = list(map(done.__getitem__, values))
        bound[c.name] = values
    if dialect.positional:
        compiled = insert(table).compile(dialect=dialect, column_keys=list(bound))
        order = compiled.positiontup or list(bound)
        conn.exec_driver_sql(str(compiled), list(zip(*(bound[n] for n in order), strict=True)))
    else:
        names = list(bound)
        conn.execute(insert(table), [dict(zip(names, r, strict=True)) for r in zip(*bound.values(), strict=True)])


def _rows(plan: Plan) -> Iterator[tuple[Table, dict[str, list[object]]]]:
    """Each table with its rows, as one list of values per column (in ``table.c`` order).

    Built a column at a time (one C-level ``map`` per field) rather than a
    dict per entity: no Python frame per row.  Enum members are written as
    their values and references to entities no longer in the plan as NULL
    (:func:`_clear_dangling`); the column types convert the rest on insert.
    """
    info = plan.info
    t = TABLE[EntityKind.PLAN]
    values: dict[str, list[object]] = {"id": [1], "lineage_id": [info.lineage_id]}
    for f in KINDS[EntityKind.PLAN].fields:
        values[f.name] = [getattr(info, f.name)]
    yield t, {c.name: values[c.name] for c in t.c}
    for kind in ENTITY_KINDS:
        spec = KINDS[kind]
        t = TABLE[kind]
        entities = list(spec.entities(plan).values())
        columns: dict[str, list[object]] = {"id": list(map(attrgetter("id"), entities))}
        if order_column(spec) == POSITION:
            columns[POSITION] = list(range(len(entities)))
        for f in spec.fields:
            column = list(map(attrgetter(f.name), entities))
            if f.ref is not None:
                _clear_dangling(column, KINDS[f.ref].entities(plan))
            elif f.enum is not None:
                # StrEnum members as plain texts: what EnumColumn stores, and
                # sqlite3 binds a str subclass only after a failed adapter look-up.
                plain = {v: v.value if isinstance(v, Enum) else v for v in set(column)}
                column = list(map(plain.__getitem__, column))
            columns[f.name] = column
        yield t, {c.name: columns[c.name] for c in t.c}


def _clear_dangling(column: list[object], targets: dict[str, object]) -> None:
    """References as saved: one to an entity no longer in the plan names nothing.

    Written as NULL rather than refused by the foreign keys, which would fail
    the whole save and lose the user's work over a reference to nothing
    (validation already treats such a reference as unset).  Found with set
    operations first, since a plan rarely holds any.
    """
    dangling = set(column) - targets.keys()
    dangling.discard(None)
    if dangling:
        for i, ref in enumerate(column):
            if ref in dangling:
                column[i] = None
