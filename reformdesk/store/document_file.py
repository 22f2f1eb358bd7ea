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
from typing import TYPE_CHECKING, Any

from reformdesk.domain.registry import FieldSpec, KindSpec, ValueType
from reformdesk.store import lock, planfile

# Re-exported: the county kinds' stores and the command line name them from here.
from reformdesk.store.file_kind import APPLICATION_IDS as APPLICATION_IDS
from reformdesk.store.file_kind import CATALOGUE_APPLICATION_ID as CATALOGUE_APPLICATION_ID
from reformdesk.store.file_kind import ENFORCEMENT_APPLICATION_ID as ENFORCEMENT_APPLICATION_ID
from reformdesk.store.file_kind import KIND_NAMES as KIND_NAMES
from reformdesk.store.file_kind import file_kind as file_kind
from reformdesk.store.planfile import PlanFileError

if TYPE_CHECKING:
    from sqlalchemy import Column, Connection, MetaData, Table

# SQLAlchemy (and store/schema.py, built on it) is imported when a county document is
# read or written, not when this module is: the main window imports the catalogue's
# store for its menu, and a town plan's start had paid ~280 ms (-X importtime) for it.


def _column(spec: FieldSpec) -> Column[object]:
    from sqlalchemy import Column, Date, Integer, String, Text

    from reformdesk.store.schema import EnumColumn, LinesColumn

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
    _schema: tuple[MetaData, dict[Any, Table]] | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        assert APPLICATION_IDS.get(self.application_id) == self.kind

    @property
    def metadata(self) -> MetaData:
        return self._tables()[0]

    @property
    def tables(self) -> dict[Any, Table]:
        return self._tables()[1]

    def _tables(self) -> tuple[MetaData, dict[Any, Table]]:
        if self._schema is not None:
            return self._schema
        from sqlalchemy import Column, Integer, MetaData, String, Table

        metadata, tables = MetaData(), {}
        for kind, spec in self.kinds.items():
            if spec.attr is None:
                cols = [Column("id", Integer, primary_key=True), *map(_column, spec.fields)]
                cols.append(Column("lineage_id", String(32), nullable=False))
            else:
                cols = [Column("id", String(32), primary_key=True), Column("pos", Integer, nullable=False)]
                cols += map(_column, spec.fields)
            tables[kind] = Table(spec.table, metadata, *cols)
        self._schema = (metadata, tables)
        return self._schema

    def is_file(self, path: str | os.PathLike[str]) -> bool:
        return file_kind(path) == self.kind

    # -- open -------------------------------------------------------------------

    def open(self, path: str | os.PathLike[str]) -> Any:
        """Read a document; every failure is a PlanFileError of one line."""
        from sqlalchemy.exc import SQLAlchemyError

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
        from sqlalchemy import inspect

        t = self.tables[kind]
        insp = inspect(conn)
        if not insp.has_table(t.name):
            return None
        return {c["name"] for c in insp.get_columns(t.name)}

    def _read(self, conn: Connection) -> Any:
        from sqlalchemy import select

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
        from sqlalchemy.exc import SQLAlchemyError

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
        from sqlalchemy import insert

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
