"""County enforcement plan files (``.rdcounty``): one SQLite file, its own application id.

The tables are read from the enforcement registry (domain/enforcement/registry.py)
the way store/schema.py reads the town plan's: ``id``, ``pos``, then one column per
field.  Saving and checking reuse the plan file's helpers (atomic replace, the
content checksum, integrity and foreign-key checks), so an enforcement plan is as
safe on disk as a town plan.  ``PRAGMA application_id`` is "RDEN"; a town plan's
is "RDPL", so :func:`file_kind` tells them apart before anything else is read.

An open enforcement plan is locked like a plan file (store/lock.py: an OS lock
on ``FILE.rdcounty.lock`` and on the file itself): :func:`acquire_enforcement`
takes it for a window or a command, and a second opener is told who has it.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import tempfile
from pathlib import Path

from sqlalchemy import Column, Date, Integer, MetaData, String, Table, Text, insert, select
from sqlalchemy.exc import SQLAlchemyError

from reformdesk.domain.enforcement.model import CountyInfo, EnforcementPlan
from reformdesk.domain.enforcement.registry import ENFORCEMENT_KINDS, ENTITY_KINDS, EnforcementKind
from reformdesk.domain.registry import FieldSpec, ValueType
from reformdesk.store import lock as _lock
from reformdesk.store import planfile
from reformdesk.store.planfile import PlanFileError
from reformdesk.store.schema import APPLICATION_ID as PLAN_APPLICATION_ID
from reformdesk.store.schema import EnumColumn, LinesColumn

SUFFIX = ".rdcounty"
#: ``PRAGMA application_id`` of enforcement plans: "RDEN".
APPLICATION_ID = 0x5244454E
FORMAT_VERSION = 1
_SQLITE_MAGIC = b"SQLite format 3\x00"

METADATA = MetaData()


def _column(spec: FieldSpec) -> Column[object]:
    t = spec.type
    if t is ValueType.REF:
        # Checked on load (a dangling reference names nothing), not by a foreign key.
        return Column(spec.name, String(32), nullable=True)
    if t is ValueType.DATE:
        return Column(spec.name, Date, nullable=True)
    if t is ValueType.INT:
        return Column(spec.name, Integer, nullable=False, default=0)
    if t is ValueType.ENUM:
        assert spec.enum is not None
        return Column(spec.name, EnumColumn(spec.enum), nullable=False)
    if t is ValueType.TEXT_LIST:
        return Column(spec.name, LinesColumn(), nullable=False, default=[])
    return Column(spec.name, Text, nullable=False, default="")


def _table(kind: EnforcementKind) -> Table:
    spec = ENFORCEMENT_KINDS[kind]
    if spec.attr is None:
        cols = [Column("id", Integer, primary_key=True), *map(_column, spec.fields)]
        cols.append(Column("lineage_id", String(32), nullable=False))
    else:
        cols = [Column("id", String(32), primary_key=True), Column("pos", Integer, nullable=False)]
        cols += map(_column, spec.fields)
    return Table(spec.table, METADATA, *cols)


TABLE: dict[EnforcementKind, Table] = {k: _table(k) for k in EnforcementKind}


def file_kind(path: str | os.PathLike[str]) -> str | None:
    """ "enforcement" or "plan" by the file's application id; None when it is neither (or unreadable)."""
    p = Path(path)
    try:
        if not p.is_file():
            return None
        with p.open("rb") as fh:
            if fh.read(len(_SQLITE_MAGIC)) != _SQLITE_MAGIC:
                return None
            fh.seek(68)  # the SQLite header's application id, big-endian
            app_id = int.from_bytes(fh.read(4), "big")
    except OSError:
        return None
    if app_id == APPLICATION_ID:
        return "enforcement"
    if app_id == PLAN_APPLICATION_ID:
        return "plan"
    return None


def is_enforcement_file(path: str | os.PathLike[str]) -> bool:
    return file_kind(path) == "enforcement"


def open_enforcement(path: str | os.PathLike[str]) -> EnforcementPlan:
    """Read an enforcement plan; every failure is a PlanFileError of one line."""
    p = Path(path)
    try:
        st = p.stat()
    except OSError as exc:
        raise PlanFileError(f"找不到或无法读取执法体系方案文件：{p}（{exc.strerror or exc}）") from exc
    if not stat.S_ISREG(st.st_mode):
        raise PlanFileError(f"这不是普通文件，不是执法体系方案文件：{p}")
    if file_kind(p) != "enforcement":
        raise PlanFileError(f"{p.name} 不是执法体系方案文件（.rdcounty）")
    try:
        con = planfile._connect_ro(p)
        try:
            version = con.execute("PRAGMA user_version").fetchone()[0]
            damage = planfile._damage(con)
            stored = planfile._stored_checksum(con)
            if damage is None and stored is not None and stored != planfile.content_checksum(con):
                damage = "内容与保存时的校验和不符（文件在保存后被改动或损坏）"
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise PlanFileError(f"执法体系方案文件 {p.name} 已损坏，无法读取（{exc}）") from exc
    if version > FORMAT_VERSION:
        raise PlanFileError(f"{p.name} 由更新版本的 ReformDesk 保存（第{version}版），请升级后再打开")
    if damage is not None:
        raise PlanFileError(f"执法体系方案文件 {p.name} 已损坏：{damage}")
    engine = planfile._engine(p)
    try:
        with engine.connect() as conn:
            return _read(conn)
    except (SQLAlchemyError, ValueError, KeyError, TypeError) as exc:
        raise PlanFileError(f"执法体系方案文件 {p.name} 已损坏，无法读取（{planfile._short(exc)}）") from exc
    finally:
        engine.dispose()


def _read(conn: object) -> EnforcementPlan:
    from sqlalchemy import Connection

    assert isinstance(conn, Connection)
    spec = ENFORCEMENT_KINDS[EnforcementKind.PLAN]
    t = TABLE[EnforcementKind.PLAN]
    row = conn.execute(select(*(t.c[f.name] for f in spec.fields), t.c.lineage_id)).first()
    if row is None:
        raise ValueError("缺少方案信息")
    names = [f.name for f in spec.fields]
    plan = EnforcementPlan(info=CountyInfo(**dict(zip(names, row[:-1], strict=True)), lineage_id=row[-1]))
    for kind in ENTITY_KINDS:
        spec = ENFORCEMENT_KINDS[kind]
        t = TABLE[kind]
        rows = conn.execute(select(t.c.id, *(t.c[f.name] for f in spec.fields)).order_by(t.c.pos)).all()
        spec.entities(plan).update((r[0], spec.cls(*r)) for r in rows)
    for kind in ENTITY_KINDS:
        spec = ENFORCEMENT_KINDS[kind]
        for f in spec.ref_fields:
            targets = ENFORCEMENT_KINDS[f.ref].entities(plan)  # type: ignore[index]
            for ent in spec.entities(plan).values():
                if getattr(ent, f.name) is not None and getattr(ent, f.name) not in targets:
                    setattr(ent, f.name, None)
    return plan


def acquire_enforcement(path: str | os.PathLike[str]) -> _lock.PlanLock | _lock.Locked | None:
    """The lock of the enforcement plan at ``path`` (held until ``release()``), or who holds it;
    None where no lock can be made (a read-only folder: the plan cannot be saved there anyway)."""
    held = _lock.acquire(path)
    if isinstance(held, _lock.PlanLock):
        planfile.remove_leftovers(path)  # what a killed save left: no save of this file can be running now
    return held


def save_enforcement(plan: EnforcementPlan, path: str | os.PathLike[str]) -> None:
    """Write atomically: a temporary file beside the target, sealed, fsynced, then renamed over it."""
    target = Path(os.path.realpath(path))
    held = _lock.held_lock(target)  # looked up before the save: the file's identity changes
    if not target.parent.is_dir():
        raise PlanFileError(f"无法保存：文件夹不存在：{target.parent}")
    existing = target.stat() if target.exists() else None
    if existing is not None and (not stat.S_ISREG(existing.st_mode) or not os.access(target, os.W_OK)):
        raise PlanFileError(f"无法保存：{target} 不是可写的普通文件，未改动")
    if existing is not None and file_kind(target) not in ("enforcement",):
        raise PlanFileError(f"无法保存：{target.name} 是其他文件（不是执法体系方案），未覆盖")
    tmp: Path | None = None
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        os.close(fd)
        tmp = Path(name)
        _write_new(plan, tmp)
        planfile._seal(tmp)
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        if existing is not None:
            planfile._keep_owner_and_mode(existing, tmp)
        os.replace(tmp, target)
        tmp = None
        if held is not None:
            held.rebind()  # the save put a new file under the name: hold that one
        planfile._fsync_dir(target.parent)
    except OSError as exc:
        raise PlanFileError(f"无法保存 {target.name}：{exc.strerror or exc}（原文件未改动）") from exc
    except (SQLAlchemyError, sqlite3.Error, UnicodeError) as exc:
        raise PlanFileError(f"无法保存 {target.name}：{planfile._short(exc)}（原文件未改动）") from exc
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)


def _write_new(plan: EnforcementPlan, path: Path) -> None:
    path.unlink(missing_ok=True)
    engine = planfile._engine(path)
    try:
        planfile._fast_new_file(engine)
        METADATA.create_all(engine)
        with engine.begin() as conn:
            spec = ENFORCEMENT_KINDS[EnforcementKind.PLAN]
            info = {"id": 1, "lineage_id": plan.info.lineage_id}
            info.update((f.name, getattr(plan.info, f.name)) for f in spec.fields)
            conn.execute(insert(TABLE[EnforcementKind.PLAN]), [info])
            for kind in ENTITY_KINDS:
                spec = ENFORCEMENT_KINDS[kind]
                rows = []
                for pos, (eid, ent) in enumerate(spec.entities(plan).items()):
                    row: dict[str, object] = {"id": eid, "pos": pos}
                    row.update((f.name, getattr(ent, f.name)) for f in spec.fields)
                    rows.append(row)
                if rows:
                    conn.execute(insert(TABLE[kind]), rows)
        with engine.begin() as conn:
            conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
            conn.exec_driver_sql(f"PRAGMA user_version={FORMAT_VERSION}")
    finally:
        engine.dispose()
