"""Reading and writing plan files (one SQLite file per plan).

A save writes a complete new file next to the target and then atomically
replaces the target, so a crash or a kill at any moment leaves either the old
or the new file whole.  Opening checks the file is really one of ours and of
a version we understand before reading a row, and turns every failure into a
:class:`PlanFileError` with one clear sentence.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import re
import shutil
import sqlite3
import stat
import tempfile
import threading
from collections.abc import Iterator
from enum import Enum
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING

from reformdesk.domain.model import Plan
from reformdesk.domain.registry import ENTITY_KINDS, KINDS, EntityKind, ValueType
from reformdesk.store import plan_rows
from reformdesk.store.layout import APPLICATION_ID, COLUMNS, FORMAT_VERSION, POSITION, order_column

if TYPE_CHECKING:  # SQLAlchemy is imported only to write (and migrate): opening a plan does without it
    from sqlalchemy import Connection, Engine, Table

#: The file extension of plan files.
SUFFIX = ".rdplan"
_SQLITE_MAGIC = b"SQLite format 3\x00"


class PlanFileError(Exception):
    """A plan file that cannot be read or written; ``str()`` is one clear line."""


class NewerFormatError(PlanFileError):
    """The file was written by a newer ReformDesk."""


class DamagedPlanError(PlanFileError):
    """The file is damaged but its content could be read: ``plan`` is what it holds.

    Such a plan may be shown (read-only) and saved as a repaired copy
    elsewhere, never over the damaged file.
    """

    def __init__(self, message: str, plan: Plan | None = None) -> None:
        super().__init__(message)
        self.plan = plan


#: The table of facts about the file (not an entity kind; written by every save).
META_TABLE = plan_rows.META_TABLE
#: Its key holding the checksum of the file's content (absent: written before checksums).
CHECKSUM_KEY = plan_rows.CHECKSUM_KEY
_META_DDL = f"CREATE TABLE IF NOT EXISTS {META_TABLE} (key TEXT PRIMARY KEY, value TEXT NOT NULL)"


# -- SQLite specifics ---------------------------------------------------------
# Everything SQLite-only lives in this block; the rest is portable SQLAlchemy.


def _engine(path: Path) -> Engine:
    from sqlalchemy import create_engine, event

    engine = create_engine(f"sqlite:///{path}", future=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.close()

    return engine


def _connect_ro(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(f"file:{_uri(path)}?mode=ro", uri=True)
    # A damaged file may hold anything: never fail on decoding a message or a value.
    con.text_factory = lambda b: b.decode("utf-8", "replace")
    return con


def _uri(path: Path) -> str:
    from urllib.parse import quote

    return quote(os.fspath(path.absolute()).replace(os.sep, "/"))


def _read_header(con: sqlite3.Connection) -> tuple[int, int]:
    """(application_id, user_version) of a SQLite file, without touching tables."""
    app_id = con.execute("PRAGMA application_id").fetchone()[0]
    version = con.execute("PRAGMA user_version").fetchone()[0]
    return app_id, version


def _damage(con: sqlite3.Connection) -> str | None:
    """What integrity_check and foreign_key_check find (one line), or None.

    quick_check missed a table out of step with its index (one flipped byte), after
    which the next save set references to NULL for good; integrity_check and
    foreign_key_check catch it (7.2 ms against 6.4 ms on a 5,000-power plan).
    """
    return _page_damage(con, quick=False) or _fk_damage(con)


def _page_damage(con: sqlite3.Connection, *, quick: bool) -> str | None:
    """What SQLite's own check of the file's pages finds (one line), or None.

    ``quick`` is ``quick_check``: every page and row, but not whether each index
    agrees with its table (integrity_check: 78 against 28 ms at province size).
    It is enough where the content checksum is verified against the rows read by
    full scans (see :func:`open_plan`), so a table out of step with its index can
    no longer pass unseen; a file without a checksum gets the full check.
    """
    pragma = "quick_check(5)" if quick else "integrity_check(5)"
    found = [str(r[0]) for r in con.execute(f"PRAGMA {pragma}").fetchall()]
    if found != ["ok"]:
        return "数据库结构校验失败：" + "；".join(" ".join(m.split()) for m in found)[:300]
    return None


def _fk_damage(con: sqlite3.Connection) -> str | None:
    """The first reference to a missing row that foreign_key_check finds (one line), or None."""
    bad = con.execute("PRAGMA foreign_key_check").fetchmany(5)
    if bad:
        table, rowid, parent = bad[0][0], bad[0][1], bad[0][2]
        return (
            f"表 {table} 第 {rowid} 行引用了 {parent} 中不存在的记录（共 {len(bad)}{'+' if len(bad) == 5 else ''} 处）"
        )
    return None


_TYPE_NAMES = {"integer": "整数", "text": "文字", "null": "空值", "blob": "二进制数据", "real": "小数"}
_DATE_GLOB = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"


def _type_error(con: sqlite3.Connection, name: str, values: bool = False) -> str | None:
    """The first value of a wrong type (SQLite stores any type in any column), as one line.

    A deadline stored as an integer, 编制数 as '二', a NULL or a blob where text
    belongs each made the read (or the next save) fail with a traceback.  Types
    only on every open (one scan in C); with ``values`` also the form of dates
    and the choices of enumerations (after a read failed, to name the value).
    """
    known = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for kind in EntityKind:
        table = KINDS[kind].table
        if table not in known:
            continue
        present = {r[1] for r in con.execute(f'PRAGMA table_info("{table}")')}
        enums = {f.name: f.enum for f in KINDS[kind].fields}
        checks: list[tuple[str, str, str]] = []  # column, condition of a bad value, what it should be
        for col in COLUMNS[kind]:
            if col.name not in present:
                continue
            c = f'"{col.name}"'
            null_ok = "" if not col.nullable else f"{c} IS NULL OR "
            if col.integer:
                checks.append((col.name, f"NOT ({null_ok}typeof({c}) = 'integer')", "整数"))
            elif col.type is ValueType.DATE and values:
                checks.append((col.name, f"NOT ({null_ok}(typeof({c}) = 'text' AND {c} GLOB '{_DATE_GLOB}'))", "日期"))
            elif col.type is ValueType.DATE:
                checks.append((col.name, f"NOT ({null_ok}typeof({c}) = 'text')", "日期"))
            elif col.type is ValueType.ENUM and values:
                enum = enums[col.name]
                assert enum is not None
                choices = ", ".join("'" + str(m.value).replace("'", "''") + "'" for m in enum)
                checks.append((col.name, f"NOT ({null_ok}(typeof({c}) = 'text' AND {c} IN ({choices})))", "规定的选项"))
            else:
                checks.append((col.name, f"NOT ({null_ok}typeof({c}) = 'text')", "文字"))
        if not checks:
            continue
        conditions = " OR ".join(cond for _c, cond, _w in checks)
        row = con.execute(
            f'SELECT rowid, {", ".join(cond for _c, cond, _w in checks)} FROM "{table}" WHERE {conditions} LIMIT 1'
        ).fetchone()
        if row is None:
            continue
        column, _cond, expected = next(check for check, bad in zip(checks, row[1:], strict=True) if bad)
        actual = con.execute(f'SELECT typeof("{column}") FROM "{table}" WHERE rowid = ?', (row[0],)).fetchone()
        what = _TYPE_NAMES.get(str(actual[0]) if actual else "", "其他")
        return f"方案文件 {name} 已损坏：表 {table} 第 {row[0]} 行的 {column} 列应为{expected}，实为{what}"
    return None


def content_checksum(con: sqlite3.Connection) -> str:
    """SHA-256 of the file's logical content: every table's rows in order, not its pages.

    So a copy made by the backup API or VACUUM has the same checksum, and a byte
    changed anywhere in the data (31 of 2,345 fuzzed files opened with silently
    different data) does not.  Each column (by name) is hashed as SQLite's
    ``group_concat`` of its values in row order, built in C in one scan of the
    table (as fast as fetching the rows, and without the GIL).  It detects
    damage; it is not a signature (a value's type is checked separately).
    """
    factory = con.text_factory
    con.text_factory = bytes  # raw UTF-8: nothing decoded, nothing fails
    try:
        digest = hashlib.sha256()
        tables = [
            bytes(r[0]).decode("utf-8", "replace")
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != ? "
                "ORDER BY name",
                (META_TABLE,),
            )
        ]
        for table in tables:
            columns = sorted(
                bytes(r[1]).decode("utf-8", "replace") for r in con.execute(f'PRAGMA table_info("{table}")')
            )
            digest.update(repr((table, columns)).encode("utf-8"))
            if not columns:
                continue
            parts = ", ".join(f'count(*), group_concat(ifnull("{c}", char(30)), char(31))' for c in columns)
            row = con.execute(f'SELECT {parts} FROM (SELECT * FROM "{table}" ORDER BY rowid)').fetchone()
            for value in row:
                digest.update(value if isinstance(value, bytes) else repr(value).encode("ascii"))
                digest.update(b"\x1e")
        return digest.hexdigest()
    finally:
        con.text_factory = factory


def _stored_checksum(con: sqlite3.Connection) -> str | None:
    return plan_rows.stored_checksum(con)


def _seal(path: Path) -> None:
    """Write the content checksum into ``path`` (a file no one else has open yet, or just migrated)."""
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA journal_mode=OFF")
        con.execute("PRAGMA synchronous=OFF")
        checksum = content_checksum(con)
        con.execute(_META_DDL)
        con.execute(f"INSERT OR REPLACE INTO {META_TABLE} (key, value) VALUES (?, ?)", (CHECKSUM_KEY, checksum))
        con.commit()
    finally:
        con.close()


def _recover_journal(path: Path) -> None:
    """A hot rollback journal beside the file (a write cut short): let SQLite roll it back.

    A read-only open cannot do that and used to call the file damaged, though
    one normal open recovers it.
    """
    journal = path.with_name(path.name + "-journal")
    try:
        if journal.stat().st_size == 0:
            return
    except OSError:
        return
    try:
        con = sqlite3.connect(path)
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()  # rolls the journal back
        finally:
            con.close()
    except sqlite3.Error as exc:
        raise PlanFileError(
            f"方案文件 {path.name} 有一次未完成的写入（{journal.name}），恢复它需要写入文件夹的权限（{exc}）"
        ) from exc


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


def backup_path(path: Path, version: int) -> Path:
    """Where the file of an older format is kept when it is first saved over: NAME.vN.bak.rdplan."""
    return path.with_name(f"{path.stem}.v{version}.bak{path.suffix}")


def _migrated_copy(path: Path, version: int, folder: str) -> Path:
    """A copy of ``path`` in ``folder`` upgraded to FORMAT_VERSION; ``path`` itself is not touched.

    Reading an older file never writes to it: ``info`` or ``diff`` on a
    colleague's plan, a plan on a read-only share or a sample must stay as
    they are.  The file changes format only when it is saved, and then its
    old version is kept beside it first (:func:`save_plan`).
    """
    copy = Path(folder) / path.name  # messages name the user's file
    shutil.copyfile(path, copy)
    _migrate(copy, version)
    return copy


def _migrate(path: Path, version: int) -> None:
    """Upgrade ``path`` in place to FORMAT_VERSION (store/migrations.py)."""
    from reformdesk.store import migrations

    engine = _engine(path)
    try:
        for v in range(version, FORMAT_VERSION):
            with engine.begin() as conn:
                migrations.upgrade(conn, v + 1)
            _set_version(path, v + 1)
    finally:
        engine.dispose()
    _seal(path)  # verified before the migration; the checksum now covers the new columns


# -- public API ---------------------------------------------------------------


def check_plan_file(path: str | os.PathLike[str]) -> int:
    """Raise PlanFileError unless ``path`` is a sound plan file; returns its version.

    Raises DamagedPlanError (without a plan) for a file that is one of ours but
    fails the integrity, foreign key or checksum checks.
    """
    p = Path(path)
    version = _check(p)
    damage = _Verify(p).result()
    if damage is not None:
        raise DamagedPlanError(f"方案文件 {p.name} 已损坏：{damage}")
    return version


def _check(p: Path) -> int:
    """The file's version, once it is known to be a plan file of a format we read."""
    try:
        st = p.stat()
    except FileNotFoundError:
        raise PlanFileError(f"找不到方案文件：{p}") from None
    except OSError as exc:
        raise PlanFileError(f"无法读取方案文件 {p.name}：{exc.strerror or exc}") from exc
    if stat.S_ISDIR(st.st_mode):
        raise PlanFileError(f"这是一个文件夹，不是方案文件：{p}")
    if not stat.S_ISREG(st.st_mode):
        # A FIFO would block the open for ever; a device is never a plan.
        raise PlanFileError(f"这是一个特殊文件（管道、设备等），不是方案文件：{p}")
    try:
        with p.open("rb") as fh:
            head = fh.read(len(_SQLITE_MAGIC))
    except OSError as exc:
        raise PlanFileError(f"无法读取方案文件 {p.name}：{exc.strerror or exc}") from exc
    if not head:
        raise PlanFileError(f"方案文件 {p.name} 是空文件（0 字节），无法打开")
    if head != _SQLITE_MAGIC:
        raise PlanFileError(f"{p.name} 不是改革方案文件（不是 SQLite 数据库）")
    _recover_journal(p)
    try:
        con = _connect_ro(p)
        try:
            app_id, version = _read_header(con)
            # Read the schema now: a file too damaged for that is refused before anything else.
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            con.close()
    except (sqlite3.DatabaseError, UnicodeError) as exc:
        # A damaged schema can hold bytes that are not UTF-8: sqlite3 fails decoding them.
        raise PlanFileError(f"方案文件 {p.name} 已损坏，无法读取（{_one_line(str(exc))}）") from exc
    if app_id != APPLICATION_ID:
        from reformdesk.store.file_kind import APPLICATION_IDS, KIND_NAMES

        other = KIND_NAMES.get(APPLICATION_IDS.get(app_id, ""))
        if other is not None:
            raise PlanFileError(f"{p.name} 是{other}，不是改革方案文件")
        raise PlanFileError(f"{p.name} 是其他程序的 SQLite 数据库，不是改革方案文件")
    if version > FORMAT_VERSION:
        raise NewerFormatError(
            f"{p.name} 由更新版本的 ReformDesk 保存（文件格式第{version}版，本程序支持到第{FORMAT_VERSION}版），请升级后再打开"
        )
    if version < 1:
        raise PlanFileError(f"方案文件 {p.name} 的版本号无效（{version}）")
    return version


class _Verify(threading.Thread):
    """integrity_check, foreign_key_check, value types and the checksum, on their own connection.

    SQLite does this work without holding the GIL, so on two cores it runs
    beside the (Python-bound) read of the rows.  :meth:`result` waits for it:
    the damage found (one line) or None; a wrong-typed value raises PlanFileError.
    """

    def __init__(self, path: Path) -> None:
        super().__init__(name="plan-verify", daemon=True)
        self.path = path
        self.damage: str | None = None
        self.wrong_type: str | None = None
        self.start()

    def run(self) -> None:
        try:
            con = _connect_ro(self.path)
            try:
                self.damage = _damage(con)
                self.wrong_type = _type_error(con, self.path.name)
                if self.damage is None:
                    stored = _stored_checksum(con)
                    if stored is not None and stored != content_checksum(con):
                        self.damage = "内容与保存时的校验和不符（文件在保存后被改动或损坏）"
            finally:
                con.close()
        except sqlite3.Error as exc:
            self.damage = self.damage or f"数据库无法完整读取（{_one_line(str(exc))}）"

    def result(self) -> str | None:
        self.join()
        if self.wrong_type is not None:
            raise PlanFileError(self.wrong_type)
        return self.damage


class _PageCheck(threading.Thread):
    """SQLite's check of the file's pages on a connection of its own, beside the read of the rows.

    SQLite checks without holding the GIL, so on two cores it costs the open little
    wall time.  quick_check where the file has a content checksum (the read verifies
    the rows against it), integrity_check where it has none.
    """

    def __init__(self, path: Path) -> None:
        super().__init__(name="plan-page-check", daemon=True)
        self.path = path
        self.damage: str | None = None
        self.start()

    def run(self) -> None:
        try:
            con = _connect_ro(self.path)
            try:
                self.damage = _page_damage(con, quick=_stored_checksum(con) is not None)
            finally:
                con.close()
        except sqlite3.Error as exc:
            self.damage = f"数据库无法完整读取（{_one_line(str(exc))}）"

    def result(self) -> str | None:
        self.join()
        return self.damage


def open_plan(path: str | os.PathLike[str]) -> Plan:
    """Read a plan file; an older format is read through a migrated copy (the file is not touched).

    A damaged file whose content can still be read raises DamagedPlanError
    carrying the plan (to show read-only and save elsewhere); anything else
    that stops the read raises PlanFileError, one line.

    The rows are read once (store/plan_rows.py): the same fetch gives the
    entities, their value types, the references to nothing and the content
    checksum, while SQLite checks the pages on another thread.  Where anything is
    found, the SQL checks of :class:`_Verify` word it, naming the row.
    """
    p = Path(path)
    version = _check(p)
    if version < FORMAT_VERSION:
        damage = _Verify(p).result()  # before the migration runs
        if damage is not None:
            raise PlanFileError(f"方案文件 {p.name} 已损坏，无法升级（{damage}）")
        with tempfile.TemporaryDirectory(prefix="reformdesk-migrate-") as folder:
            copy = _migrated_copy(p, version, folder)
            plan = open_plan(copy)
        return plan
    pages = _PageCheck(p)
    try:
        con = sqlite3.connect(f"file:{_uri(p)}?mode=ro", uri=True)  # strict UTF-8: bad text is damage
        try:
            read = plan_rows.read_plan(con)
        finally:
            con.close()
    except (sqlite3.Error, ValueError, KeyError, TypeError, OverflowError, UnicodeError) as exc:
        pages.join()
        damage = _Verify(p).result()
        named = _name_bad_value(p)
        if named is not None:
            raise PlanFileError(named) from exc
        why = f"{damage}；{_short(exc)}" if damage else _short(exc)
        raise PlanFileError(f"方案文件 {p.name} 已损坏，无法读取（{why}）") from exc
    damage = pages.result()
    changed = read.stored_checksum is not None and read.checksum != read.stored_checksum
    if read.dangling or (damage is None and changed):
        damage = _Verify(p).result()  # words what was found (and raises PlanFileError for a wrong type)
    if damage is not None:
        raise DamagedPlanError(f"方案文件 {p.name} 已损坏：{damage}", read.plan)
    return read.plan


def _keep_older_format(target: Path) -> None:
    """Before a plan of an older format is first replaced, keep it as NAME.vN.bak.rdplan."""
    try:
        con = _connect_ro(target)
        try:
            app_id, version = _read_header(con)
        finally:
            con.close()
    except (sqlite3.Error, OSError):
        return  # not a plan we could read: nothing of an older format to keep
    if app_id == APPLICATION_ID and 0 < version < FORMAT_VERSION:
        backup = backup_path(target, version)
        if not backup.exists():
            shutil.copy2(target, backup)


def _name_bad_value(p: Path) -> str | None:
    with contextlib.suppress(sqlite3.Error):
        con = _connect_ro(p)
        try:
            return _type_error(con, p.name, values=True)
        finally:
            con.close()
    return None


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _short(exc: Exception) -> str:
    orig = getattr(exc, "orig", None)  # SQLAlchemy's DBAPIError wraps the driver's exception
    if isinstance(orig, Exception):
        return _one_line(str(orig))
    return _one_line(str(exc).splitlines()[0]) if str(exc).strip() else type(exc).__name__


# -- rows ↔ entities ------------------------------------------------------------
# A table's columns are id, then the registry's fields (schema.TABLE), and the
# column types convert enum members and text lists; so a row read is the
# arguments of the entity's dataclass (id, then its fields in registry order,
# checked by the tests), and an entity written is its attributes by name.


#: Our temporary files beside a plan: ``.NAME.XXXXXXXX.tmp`` (tempfile.mkstemp's 8 characters).
_TMP = re.compile(r"\.(?P<name>.+)\.[a-z0-9_]{8}\.tmp")


def save_plan(plan: Plan, path: str | os.PathLike[str]) -> None:
    """Write ``plan`` to ``path`` atomically (temporary file, fsync, rename).

    A symlink is written through (its target replaced, the link kept); the
    file's mode (and, where allowed, owner and group) is kept; a read-only
    plan file or anything but a regular file is never replaced.
    """
    from sqlalchemy.exc import SQLAlchemyError

    target = Path(os.path.realpath(path))
    directory = target.parent
    if not directory.is_dir():
        raise PlanFileError(f"无法保存：文件夹不存在：{directory}")
    try:
        existing: os.stat_result | None = target.stat()
    except FileNotFoundError:
        existing = None
    except OSError as exc:
        raise PlanFileError(f"无法保存 {target.name}：{exc.strerror or exc}（原文件未改动）") from exc
    if existing is not None:
        if not stat.S_ISREG(existing.st_mode):
            raise PlanFileError(f"无法保存：{target} 不是普通文件（文件夹、管道或设备），未改动")
        if not existing.st_mode & 0o222 or not os.access(target, os.W_OK):
            raise PlanFileError(
                f"方案文件 {target.name} 是只读文件，未保存；请用“另存为”保存为其他文件（原文件未改动）"
            )
    tmp: Path | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
        os.close(fd)
        tmp = Path(tmp_name)
        _write_new(plan, tmp)
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        if existing is not None:
            _keep_owner_and_mode(existing, tmp)
            _keep_older_format(target)
        os.replace(tmp, target)
        tmp = None
        _fsync_dir(directory)
    except OSError as exc:
        raise PlanFileError(f"无法保存 {target.name}：{exc.strerror or exc}（原文件未改动）") from exc
    except (SQLAlchemyError, sqlite3.Error) as exc:
        raise PlanFileError(f"无法保存 {target.name}：{_short(exc)}（原文件未改动）") from exc
    except UnicodeError as exc:
        # e.g. a lone surrogate pasted from a broken document: SQLite stores UTF-8 only.
        raise PlanFileError(f"无法保存 {target.name}：文字中有无法保存的字符（{exc.reason}）（原文件未改动）") from exc
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)


def _keep_owner_and_mode(existing: os.stat_result, tmp: Path) -> None:
    with contextlib.suppress(OSError):
        os.chmod(tmp, stat.S_IMODE(existing.st_mode))
    if hasattr(os, "chown"):
        with contextlib.suppress(OSError):
            os.chown(tmp, existing.st_uid, existing.st_gid)  # only root may give a file away
        with contextlib.suppress(OSError):
            os.chown(tmp, -1, existing.st_gid)  # the group, where we belong to it


def remove_leftovers(path: str | os.PathLike[str]) -> list[Path]:
    """Remove the temporary files a killed save of ``path`` left beside it; returns them.

    Call it only while holding the plan's lock (no save of it can be running).
    """
    target = Path(os.path.realpath(path))
    removed: list[Path] = []
    with contextlib.suppress(OSError):
        for entry in os.scandir(target.parent):
            m = _TMP.fullmatch(entry.name)
            if m is None or m.group("name") != target.name or not entry.is_file(follow_symlinks=False):
                continue
            with contextlib.suppress(OSError):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
    return removed


def _fsync_dir(directory: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_new(plan: Plan, path: Path) -> None:
    """Write ``plan`` into the new file ``path``, sealed with its content checksum.

    The checksum is computed from the values inserted (plan_rows.ColumnDigest, the
    value SQLite's ``content_checksum`` gives for them) in the same transaction:
    computing it in SQL afterwards scanned every table again (half of a save).
    """
    from reformdesk.store.schema import TABLES, Base

    path.unlink(missing_ok=True)
    engine = _engine(path)
    digest = plan_rows.ColumnDigest()
    try:
        _fast_new_file(engine)
        Base.metadata.create_all(engine, tables=TABLES)
        with engine.begin() as conn:
            # The references are consistent by construction (see _rows): SQLite checking
            # each again at commit was a fifth of a save.  Every open checks them again.
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            for table, columns in _rows(plan):
                stored = _insert_rows(conn, table, columns) if columns["id"] else columns
                digest.add(table.name, len(columns["id"]), stored)
            checksum = digest.hexdigest()
            if checksum is not None:
                conn.exec_driver_sql(_META_DDL)
                conn.exec_driver_sql(f"INSERT INTO {META_TABLE} (key, value) VALUES (?, ?)", (CHECKSUM_KEY, checksum))
        _stamp(engine)
    finally:
        engine.dispose()
    if checksum is None:
        _seal(path)  # a value whose text only SQLite can say for sure: let it compute the checksum


def _insert_rows(conn: Connection, table: Table, columns: dict[str, list[object]]) -> dict[str, list[object]]:
    """Insert a table's rows, given as one list of values per column, in one executemany.

    The INSERT is compiled once for the connection's dialect and run with
    plain tuples: ``conn.execute(insert(table), dicts)`` builds every row's
    parameters again in Python (SQLAlchemy's construct_params and a bind
    processor call per value), which was half of saving a 50,000-power plan.
    The column types' bind processors (dates, text lists) are applied here
    instead, once per distinct value where the values can be hashed (a plan's
    deadlines are a few dozen dates over 50,000 powers).  A dialect with named
    parameters (psycopg) takes SQLAlchemy's own path.  Returns the values as bound
    (what the table now holds), one list per column.
    """
    from sqlalchemy import insert

    from reformdesk.store.schema import LinesColumn

    dialect = conn.dialect
    bound: dict[str, list[object]] = {}
    for c in table.c:
        values = columns[c.name]
        if isinstance(c.type, LinesColumn) and dialect.positional:
            # LinesColumn.process_bind_param, without its three Python calls per value (most
            # lists are empty): 50,000 powers' 责任事项 took 30 ms of a 530 ms save that way.
            # (Positional: the rows go to the driver as they are; SQLAlchemy's own path below
            # would apply the bind processor again.)
            bound[c.name] = ["\n".join(v) if v else "" for v in values]  # type: ignore[arg-type]
            continue
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
        rows = zip(*(bound[n] for n in order), strict=True)
        if dialect.name == "sqlite":
            # Straight to the driver, as an iterator: a list of every row's tuple first (what
            # SQLAlchemy needs) made the collector walk the whole plan again and again.
            conn.connection.driver_connection.executemany(str(compiled), rows)  # type: ignore[union-attr]
        else:
            conn.exec_driver_sql(str(compiled), list(rows))
    else:
        names = list(bound)
        conn.execute(insert(table), [dict(zip(names, r, strict=True)) for r in zip(*bound.values(), strict=True)])
    return bound


def _rows(plan: Plan) -> Iterator[tuple[Table, dict[str, list[object]]]]:
    """Each table with its rows, as one list of values per column (in ``table.c`` order).

    Built a column at a time (one C-level ``map`` per field) rather than a
    dict per entity: no Python frame per row.  Enum members are written as
    their values and references to entities no longer in the plan as NULL
    (:func:`_clear_dangling`); the column types convert the rest on insert.

    So every reference written names an id written in the same file: each
    kind's ids are its entities' keys (checked here), and _clear_dangling keeps
    only references to those keys.  That is what the foreign keys check, which
    lets :func:`_write_new` leave SQLite's own check of them out.
    """
    from reformdesk.store.schema import TABLE

    info = plan.info
    t = TABLE[EntityKind.PLAN]
    values: dict[str, list[object]] = {"id": [1], "lineage_id": [info.lineage_id]}
    for f in KINDS[EntityKind.PLAN].fields:
        values[f.name] = [getattr(info, f.name)]
        if f.type is ValueType.DATE:
            values[f.name] = _iso_dates(values[f.name])
    yield t, {c.name: values[c.name] for c in t.c}
    for kind in ENTITY_KINDS:
        spec = KINDS[kind]
        t = TABLE[kind]
        by_id = spec.entities(plan)
        entities = list(by_id.values())
        columns: dict[str, list[object]] = {"id": list(map(attrgetter("id"), entities))}
        if columns["id"] != list(by_id):
            # An entity filed under another id than its own: its references would point nowhere.
            raise sqlite3.IntegrityError(f"{spec.label}的编号与其在方案中的位置不一致")
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
            elif f.type is ValueType.DATE:
                column = _iso_dates(column)
            columns[f.name] = column
        yield t, {c.name: columns[c.name] for c in t.c}


def _iso_dates(column: list[object]) -> list[object]:
    """Dates as the file holds them (ISO text, what sqlite3's date adapter wrote), once per distinct date.

    Given as text, they need no adapter call per value, and the checksum sees what is stored.
    """
    iso = {v: v.isoformat() if isinstance(v, dt.date) else v for v in set(column)}
    return list(map(iso.__getitem__, column))


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
