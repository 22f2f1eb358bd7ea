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
from collections.abc import Callable, Container, Iterator
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, insert, select
from sqlalchemy.exc import DatabaseError, SQLAlchemyError

from reformdesk.domain.model import (
    Body,
    DelegationMode,
    Person,
    Plan,
    PlanInfo,
    Power,
    PowerType,
    Tier,
    Unit,
)
from reformdesk.store.schema import (
    APPLICATION_ID,
    FORMAT_VERSION,
    TABLES,
    Base,
    BodyRow,
    PersonRow,
    PlanRow,
    PowerRow,
    UnitRow,
)

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

#: from-version -> step that upgrades an open file by one version.
MIGRATIONS: dict[int, Callable[[Engine], None]] = {}


def _migrate(path: Path, version: int) -> Path:
    """Upgrade ``path`` in place to FORMAT_VERSION; returns the backup's path."""
    backup = path.with_name(f"{path.stem}.v{version}.bak{path.suffix}")
    shutil.copy2(path, backup)
    engine = _engine(path)
    try:
        for v in range(version, FORMAT_VERSION):
            step = MIGRATIONS.get(v)
            if step is None:
                raise PlanFileError(f"无法升级第{v}版的方案文件：{path.name}")
            step(engine)
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


def _read(conn: object) -> Plan:
    from sqlalchemy import Connection

    assert isinstance(conn, Connection)
    row = conn.execute(select(PlanRow.__table__)).mappings().first()
    if row is None:
        raise ValueError("缺少方案信息")
    plan = Plan(
        info=PlanInfo(
            name=row["name"],
            town=row["town"],
            county=row["county"],
            office=row["office"],
            date=row["date"],
            author=row["author"],
            notes=row["notes"],
            lineage_id=row["lineage_id"],
        )
    )
    b = BodyRow.__table__.c
    # .all() fetches in one call; iterating the result fetches row by row,
    # which took half of the time of opening a 50,000-power plan.
    for r in conn.execute(
        select(b.id, b.name, b.kind, b.authorized_posts, b.leadership_posts, b.sites, b.deputy_id).order_by(b.pos)
    ).all():
        plan.bodies[r[0]] = Body(r[0], r[1], r[2], r[3], r[4], [s for s in r[5].split("\n") if s], r[6])
    u = UnitRow.__table__.c
    for r in conn.execute(select(u.id, u.name, u.kind, u.head_count, u.body_id).order_by(u.pos)).all():
        plan.units[r[0]] = Unit(*r)
    pc = PersonRow.__table__.c
    for r in conn.execute(
        select(
            pc.id,
            pc.staff_id,
            pc.name,
            pc.post,
            pc.tier_before,
            pc.tier_after,
            pc.unit_id,
            pc.body_id,
            pc.reports_to_id,
        ).order_by(pc.pos)
    ).all():
        plan.people[r[0]] = Person(r[0], r[1], r[2], r[3], Tier(r[4]), Tier(r[5]), r[6], r[7], r[8])
    w = PowerRow.__table__.c
    types = {t.value: t for t in PowerType}
    modes = {m.value: m for m in DelegationMode}
    powers = plan.powers
    for r in conn.execute(
        select(
            w.id,
            w.code,
            w.name,
            w.type,
            w.legal_basis,
            w.source_department,
            w.mode,
            w.body_id,
            w.deadline,
            w.official_id,
            w.note,
            w.parent_id,
            w.seq,
        ).order_by(w.seq)
    ).all():
        powers[r[0]] = Power(
            r[0], r[1], r[2], types[r[3]], r[4], r[5], modes[r[6]], r[7], r[8], r[9], r[10], r[11], r[12]
        )
    for body in plan.bodies.values():
        if body.deputy_id is not None and body.deputy_id not in plan.people:
            body.deputy_id = None
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
            for table, rows in _rows(plan):
                if rows:
                    conn.execute(insert(table), rows)
        _stamp(engine)
    finally:
        engine.dispose()


def _ref(target: Container[str], ref: str | None) -> str | None:
    """A reference as saved: one to an entity no longer in the plan names nothing.

    Written as NULL rather than refused by the foreign keys, which would fail
    the whole save and lose the user's work over a reference to nothing
    (validation already treats such a reference as unset).
    """
    return ref if ref is None or ref in target else None


def _rows(plan: Plan) -> Iterator[tuple[object, list[dict[str, object]]]]:
    info = plan.info
    bodies, units, people, powers = plan.bodies, plan.units, plan.people, plan.powers
    yield (
        PlanRow.__table__,
        [
            {
                "id": 1,
                "name": info.name,
                "town": info.town,
                "county": info.county,
                "office": info.office,
                "date": info.date,
                "author": info.author,
                "notes": info.notes,
                "lineage_id": info.lineage_id,
            }
        ],
    )
    yield (
        BodyRow.__table__,
        [
            {
                "id": b.id,
                "pos": i,
                "name": b.name,
                "kind": b.kind,
                "authorized_posts": b.authorized_posts,
                "leadership_posts": b.leadership_posts,
                "sites": "\n".join(b.sites),
                "deputy_id": _ref(people, b.deputy_id),
            }
            for i, b in enumerate(plan.bodies.values())
        ],
    )
    yield (
        UnitRow.__table__,
        [
            {
                "id": u.id,
                "pos": i,
                "name": u.name,
                "kind": u.kind,
                "head_count": u.head_count,
                "body_id": _ref(bodies, u.body_id),
            }
            for i, u in enumerate(plan.units.values())
        ],
    )
    yield (
        PersonRow.__table__,
        [
            {
                "id": p.id,
                "pos": i,
                "staff_id": p.staff_id,
                "name": p.name,
                "post": p.post,
                "tier_before": p.tier_before.value,
                "tier_after": p.tier_after.value,
                "unit_id": _ref(units, p.unit_id),
                "body_id": _ref(bodies, p.body_id),
                "reports_to_id": _ref(people, p.reports_to_id),
            }
            for i, p in enumerate(plan.people.values())
        ],
    )
    yield (
        PowerRow.__table__,
        [
            {
                "id": w.id,
                "seq": w.seq,
                "code": w.code,
                "name": w.name,
                "type": w.type.value,
                "legal_basis": w.legal_basis,
                "source_department": w.source_department,
                "mode": w.mode.value,
                "body_id": _ref(bodies, w.body_id),
                "deadline": w.deadline,
                "official_id": _ref(people, w.official_id),
                "note": w.note,
                "parent_id": _ref(powers, w.parent_id),
            }
            for w in plan.powers.values()
        ],
    )
