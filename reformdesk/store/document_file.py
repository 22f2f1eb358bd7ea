"""County document files read from a registry: the enforcement plan (.rdcounty), the catalogue (.rdcatalog).

A :class:`DocumentFormat` turns a document kind's registry (its KindSpecs) into SQLite
tables — ``id``, ``pos``, then one column per field, the way store/schema.py maps the town
plan's — and opens and saves such a document with the plan file's safety: the content
checksum and integrity and foreign-key checks on open; on save a temporary file beside
the target, sealed with the checksum, fsynced, renamed over the target, the folder
fsynced; a file of another kind is never overwritten.  Each kind has its own
``PRAGMA application_id``, so :func:`file_kind` tells files apart before anything else
is read, whatever their name.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import Column, Connection, Date, Integer, MetaData, String, Table, Text, insert, inspect, select
from sqlalchemy.exc import SQLAlchemyError

from reformdesk.domain.registry import FieldSpec, KindSpec, ValueType
from reformdesk.store import lock, planfile
from reformdesk.store.planfile import PlanFileError
from reformdesk.store.schema import APPLICATION_ID as PLAN_APPLICATION_ID
from reformdesk.store.schema import EnumColumn, LinesColumn

_SQLITE_MAGIC = b"SQLite format 3\x00"

#: ``PRAGMA application_id`` of each file kind ("RDPL", "RDEN", "RDCT"): what :func:`file_kind` answers.
ENFORCEMENT_APPLICATION_ID = 0x5244454E
CATALOGUE_APPLICATION_ID = 0x52444354
APPLICATION_IDS: dict[int, str] = {
    PLAN_APPLICATION_ID: "plan",
    ENFORCEMENT_APPLICATION_ID: "enforcement",
    CATALOGUE_APPLICATION_ID: "catalogue",
}
#: How messages name the county kinds (a town plan's command given one of them says what it is).
KIND_NAMES: dict[str, str] = {"enforcement": "县级执法体系方案（.rdcounty）", "catalogue": "县级权责清单（.rdcatalog）"}


def file_kind(path: str | os.PathLike[str]) -> str | None:
    """ "plan", "enforcement" or "catalogue" by the file's application id; None for anything else (or unreadable)."""
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
    return APPLICATION_IDS.get(app_id)


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


def _with_defaults(row: Any, present: list[FieldSpec], fields: tuple[FieldSpec, ...]) -> tuple[Any, ...]:
    """A row of an older file with the fields it lacks set to their defaults (id first)."""
    values = dict(zip((f.name for f in present), row[1:], strict=True))
    return (row[0], *(values[f.name] if f.name in values else f.default() for f in fields))


@dataclass
class DocumentFormat:
    """One county document kind on disk.

    ``make(info)`` builds an empty document around its info; the document holds each
    entity kind's table at ``spec.attr`` (``spec.entities(doc)``).  ``label`` names the
    kind in messages (执法体系方案, 权责清单).
    """

    kind: str  # file_kind's answer
    label: str
    suffix: str
    application_id: int
    version: int
    kinds: Mapping[Any, KindSpec]
    info_kind: StrEnum
    entity_kinds: tuple[Any, ...]
    make: Callable[[Any], Any]
    info_cls: type
    metadata: MetaData = field(default_factory=MetaData)
    tables: dict[Any, Table] = field(default_factory=dict)

    def __post_init__(self) -> None:
        assert APPLICATION_IDS.get(self.application_id) == self.kind
        for kind, spec in self.kinds.items():
            if spec.attr is None:
                cols = [Column("id", Integer, primary_key=True), *map(_column, spec.fields)]
                cols.append(Column("lineage_id", String(32), nullable=False))
            else:
                cols = [Column("id", String(32), primary_key=True), Column("pos", Integer, nullable=False)]
                cols += map(_column, spec.fields)
            self.tables[kind] = Table(spec.table, self.metadata, *cols)

    def is_file(self, path: str | os.PathLike[str]) -> bool:
        return file_kind(path) == self.kind

    # -- open -------------------------------------------------------------------

    def open(self, path: str | os.PathLike[str]) -> Any:
        """Read a document; every failure is a PlanFileError of one line."""
        p, label = Path(path), self.label
        try:
            st = p.stat()
        except OSError as exc:
            raise PlanFileError(f"找不到或无法读取{label}文件：{p}（{exc.strerror or exc}）") from exc
        if not stat.S_ISREG(st.st_mode):
            raise PlanFileError(f"这不是普通文件，不是{label}文件：{p}")
        if file_kind(p) != self.kind:
            raise PlanFileError(f"{p.name} 不是{label}文件（{self.suffix}）")
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
            raise PlanFileError(f"{label}文件 {p.name} 已损坏，无法读取（{exc}）") from exc
        if version > self.version:
            raise PlanFileError(f"{p.name} 由更新版本的 ReformDesk 保存（第{version}版），请升级后再打开")
        if damage is not None:
            raise PlanFileError(f"{label}文件 {p.name} 已损坏：{damage}")
        engine = planfile._engine(p)
        try:
            with engine.connect() as conn:
                return self._read(conn)
        except (SQLAlchemyError, ValueError, KeyError, TypeError) as exc:
            raise PlanFileError(f"{label}文件 {p.name} 已损坏，无法读取（{planfile._short(exc)}）") from exc
        finally:
            engine.dispose()

    def _present(self, conn: Connection, kind: Any) -> set[str] | None:
        """The columns of a kind's table in the file; None when the file has no such table.

        A file of an older format version lacks the tables and columns added since
        (``since``): their fields read as the field's default, so an older file opens as
        it is (nothing is written on open) and is saved in the current version.
        """
        t = self.tables[kind]
        insp = inspect(conn)
        if not insp.has_table(t.name):
            return None
        return {c["name"] for c in insp.get_columns(t.name)}

    def _read(self, conn: Connection) -> Any:
        spec = self.kinds[self.info_kind]
        t = self.tables[self.info_kind]
        row = conn.execute(select(*(t.c[f.name] for f in spec.fields), t.c.lineage_id)).first()
        if row is None:
            raise ValueError("缺少文件信息")
        names = [f.name for f in spec.fields]
        older = conn.exec_driver_sql("PRAGMA user_version").scalar_one() < self.version
        doc = self.make(self.info_cls(**dict(zip(names, row[:-1], strict=True)), lineage_id=row[-1]))
        for kind in self.entity_kinds:
            spec = self.kinds[kind]
            t = self.tables[kind]
            present = self._present(conn, kind) if older else None
            if older and present is None:
                continue  # a kind added since the file was written: none yet
            fields = [f for f in spec.fields if present is None or f.name in present]
            rows = conn.execute(select(t.c.id, *(t.c[f.name] for f in fields)).order_by(t.c.pos)).all()
            if len(fields) < len(spec.fields):
                rows = [_with_defaults(r, fields, spec.fields) for r in rows]
            spec.entities(doc).update((r[0], spec.cls(*r)) for r in rows)
        for kind in self.entity_kinds:
            spec = self.kinds[kind]
            for f in spec.ref_fields:
                targets = self.kinds[f.ref].entities(doc)
                for ent in spec.entities(doc).values():
                    if getattr(ent, f.name) is not None and getattr(ent, f.name) not in targets:
                        setattr(ent, f.name, None)
        return doc

    # -- save -------------------------------------------------------------------

    def save(self, doc: Any, path: str | os.PathLike[str]) -> None:
        """Write atomically: a temporary file beside the target, sealed, fsynced, then renamed over it."""
        target = Path(os.path.realpath(path))
        held = lock.held_lock(target)  # looked up before the save: the file's identity changes
        if not target.parent.is_dir():
            raise PlanFileError(f"无法保存：文件夹不存在：{target.parent}")
        existing = target.stat() if target.exists() else None
        if existing is not None and (not stat.S_ISREG(existing.st_mode) or not os.access(target, os.W_OK)):
            raise PlanFileError(f"无法保存：{target} 不是可写的普通文件，未改动")
        if existing is not None and file_kind(target) != self.kind:
            raise PlanFileError(f"无法保存：{target.name} 是其他文件（不是{self.label}），未覆盖")
        tmp: Path | None = None
        try:
            fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
            os.close(fd)
            tmp = Path(name)
            self._write_new(doc, tmp)
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

    def _write_new(self, doc: Any, path: Path) -> None:
        path.unlink(missing_ok=True)
        engine = planfile._engine(path)
        try:
            planfile._fast_new_file(engine)
            self.metadata.create_all(engine)
            with engine.begin() as conn:
                spec = self.kinds[self.info_kind]
                info = {"id": 1, "lineage_id": doc.info.lineage_id}
                info.update((f.name, getattr(doc.info, f.name)) for f in spec.fields)
                conn.execute(insert(self.tables[self.info_kind]), [info])
                for kind in self.entity_kinds:
                    spec = self.kinds[kind]
                    names = [f.name for f in spec.fields]
                    rows = []
                    for pos, (eid, ent) in enumerate(spec.entities(doc).items()):
                        row: dict[str, object] = {"id": eid, "pos": pos}
                        row.update((n, getattr(ent, n)) for n in names)
                        rows.append(row)
                    if rows:
                        conn.execute(insert(self.tables[kind]), rows)
            with engine.begin() as conn:
                conn.exec_driver_sql(f"PRAGMA application_id={self.application_id}")
                conn.exec_driver_sql(f"PRAGMA user_version={self.version}")
        finally:
            engine.dispose()
