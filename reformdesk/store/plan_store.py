"""Where plans live: a :class:`PlanLocation` and the :class:`PlanStore` that serves it.

The GUI and the command line hold a plan *location*, never a file path, and
talk only to the store that :func:`store_for` gives for it: open (with the
lease that makes one writer per plan), save, save as an alternative, and
crash recovery.  Today's store is :class:`SqliteFileStore` (one SQLite file
per plan, ``reformdesk/store/planfile.py``, a lock file beside it and
autosaved copies in a recovery folder); the shared PostgreSQL store
(``postgresql://…?plan=NAME``) is the second implementation of the same
protocol, :class:`reformdesk.store.postgres.PostgresStore`, imported on the
first shared location only (files need neither psycopg nor its code).

Nothing here is Qt: messages for people are built by the caller from the
structured values returned (a :class:`~reformdesk.store.lock.Locked` names
who holds a plan; the GUI translates it).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable
from urllib.parse import parse_qs, urlsplit, urlunsplit

from reformdesk.domain.alternative import as_alternative
from reformdesk.domain.model import Plan
from reformdesk.store import lock as _lock
from reformdesk.store import recovery as _recovery
from reformdesk.store.lock import Locked, LockInfo
from reformdesk.store.planfile import SUFFIX, DamagedPlanError, PlanFileError, open_plan, remove_leftovers, save_plan

if TYPE_CHECKING:
    from reformdesk.store.postgres import PostgresStore

__all__ = [
    "SHARED_SCHEMES",
    "SUFFIX",
    "DamagedPlanError",
    "Lease",
    "LockInfo",
    "Locked",
    "NoRight",
    "OpenedPlan",
    "PlanFileError",
    "PlanLocation",
    "PlanStore",
    "RecoveryArea",
    "RecoveryFile",
    "RecoverySlot",
    "SaveConflict",
    "SqliteFileStore",
    "exists",
    "shared_store",
    "store_for",
]

#: URL schemes of the shared store (served by store/postgres.py; see :func:`store_for`).
SHARED_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")


@dataclass(frozen=True, slots=True)
class PlanLocation:
    """Where one plan lives: a plan file today, ``postgresql://…?plan=NAME`` later.

    A value: two locations are equal when they name the same plan (file
    locations compare by their resolved path).  ``str()`` is what a user
    typed or would type (the path, or the URL).
    """

    scheme: str  # "file" or a SHARED_SCHEMES member
    target: str  # the path of a file; the URL of a shared store
    plan_name: str = ""  # the plan inside a shared store ("" for files)

    # -- making one ------------------------------------------------------------------
    @staticmethod
    def file(path: str | os.PathLike[str]) -> PlanLocation:
        return PlanLocation("file", os.fspath(path))

    @staticmethod
    def parse(text: str | os.PathLike[str]) -> PlanLocation:
        """A location from a command-line argument, a recent-files entry or a recovery note."""
        if isinstance(text, PlanLocation):
            return text
        raw = os.fspath(text)
        scheme = raw.split("://", 1)[0].lower() if "://" in raw else ""
        if scheme in SHARED_SCHEMES:
            query = parse_qs(urlsplit(raw).query)
            return PlanLocation(scheme, raw, (query.get("plan") or [""])[0])
        if scheme == "file":
            return PlanLocation.file(urlsplit(raw).path)
        return PlanLocation.file(raw)

    @staticmethod
    def of(value: PlanLocation | str | os.PathLike[str]) -> PlanLocation:
        """``value`` as a location (a path or a string is parsed)."""
        return value if isinstance(value, PlanLocation) else PlanLocation.parse(value)

    # -- reading one -----------------------------------------------------------------
    @property
    def is_file(self) -> bool:
        return self.scheme == "file"

    @property
    def path(self) -> Path | None:
        """The plan file (None for a shared store)."""
        return Path(self.target) if self.is_file else None

    @property
    def folder(self) -> Path | None:
        """Where file dialogs for this plan start (None for a shared store)."""
        return self.path.parent if self.path is not None else None

    @property
    def display_name(self) -> str:
        """A short name for titles: the file's stem, or the shared plan's name."""
        if self.path is not None:
            return self.path.stem
        return self.plan_name or self.target

    @property
    def public(self) -> str:
        """What may be shown or recorded: the path, or the URL without a password."""
        if self.is_file:
            return self.target
        parts = urlsplit(self.target)
        if parts.password is None:
            return self.target
        netloc = parts.netloc.rsplit("@", 1)
        user = (parts.username or "") + "@"
        return urlunsplit((parts.scheme, user + netloc[-1], parts.path, parts.query, parts.fragment))

    @property
    def recorded(self) -> str:
        """What a record that outlives this command keeps (a history note, a log): ``public``
        with a file's path absolute and resolved, since "../a.rdplan" means nothing later."""
        if self.path is None:
            return self.public
        try:
            return str(self.path.resolve())
        except OSError:
            return str(self.path.absolute())

    def __str__(self) -> str:
        return self.target

    def _key(self) -> tuple[str, str, str]:
        if self.path is not None:
            try:
                return ("file", str(self.path.resolve()), "")
            except OSError:
                return ("file", str(self.path.absolute()), "")
        return (self.scheme, self.target, self.plan_name)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PlanLocation) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())


class SaveConflict(PlanFileError):
    """Someone saved the plan since this client opened it; nothing was written.

    ``revision`` is theirs (read it and compare; ``rebase`` on it to save after
    adopting what you want), ``saved_by``/``saved_at`` say who and when.
    """

    def __init__(self, message: str, *, revision: int, saved_by: str, saved_at: object) -> None:
        super().__init__(message)
        self.revision = revision
        self.saved_by = saved_by
        self.saved_at = saved_at


class NoRight(PlanFileError):
    """The user may read the plan but not write it (a read-only database role)."""


@dataclass(frozen=True, slots=True)
class OpenedPlan:
    """What :meth:`PlanStore.open` gives: the plan and whether this window may write it.

    ``lease`` is held when the plan is ours to write; ``held`` says who has
    it when it is not (None with no lease: a place we could not write to).
    """

    plan: Plan
    lease: Lease | None
    held: Locked | None = None
    #: What is wrong with a damaged file ("" when sound): it opens read-only, to be saved elsewhere.
    damage: str = ""

    @property
    def read_only(self) -> bool:
        return self.lease is None

    @property
    def reason(self) -> Locked | None:
        return self.held


@runtime_checkable
class Lease(Protocol):
    """The right to write one plan, until released."""

    def release(self) -> None: ...


class RecoveryFile(Protocol):
    """An autosaved plan that a crash left behind."""

    @property
    def name(self) -> str: ...
    @property
    def saved_at(self) -> object: ...
    @property
    def source_location(self) -> PlanLocation | None: ...
    @property
    def path(self) -> Path: ...
    def load(self) -> Plan: ...
    def discard(self) -> None: ...


class RecoverySlot(Protocol):
    """The autosave slot of one open document (a local file, whatever the plan's store)."""

    @property
    def path(self) -> Path: ...
    def write(self, plan: Plan, source: PlanLocation | None) -> None: ...
    def exists(self) -> bool: ...
    def remove(self) -> None: ...


class RecoveryArea(Protocol):
    """Autosaved copies of the plans being edited."""

    def slot(self) -> RecoverySlot: ...
    def left_behind(self) -> Sequence[RecoveryFile]: ...


class PlanStore(Protocol):
    """Opens, saves and leases plans at locations it serves; raises PlanFileError (one line)."""

    def read(self, location: PlanLocation) -> Plan:
        """The plan, read only: no lease (the command line, plan B of a comparison)."""
        ...

    def open(self, location: PlanLocation) -> OpenedPlan:
        """The plan and, when free, its lease (else who holds it)."""
        ...

    def acquire(self, location: PlanLocation) -> Lease | Locked | None:
        """The lease of ``location``, or who holds it; None: a place we cannot write to."""
        ...

    def save(self, plan: Plan, location: PlanLocation) -> None: ...

    def save_alternative(self, plan: Plan, name: str, location: PlanLocation) -> Plan:
        """Write an alternative of ``plan`` (same ids and lineage, named ``name``); returns it."""
        ...

    def recovery(self, directory: Path) -> RecoveryArea: ...


# -- today's store: one SQLite file per plan -------------------------------------------------


class _FileRecoveryFile:
    def __init__(self, entry: _recovery.RecoveryFile) -> None:
        self.entry = entry

    @property
    def name(self) -> str:
        return self.entry.name

    @property
    def saved_at(self) -> object:
        return self.entry.saved_at

    @property
    def path(self) -> Path:
        return self.entry.path

    @property
    def source_location(self) -> PlanLocation | None:
        if self.entry.shared is not None:
            return PlanLocation.parse(self.entry.shared)
        return PlanLocation.file(self.entry.source) if self.entry.source is not None else None

    def load(self) -> Plan:
        return self.entry.load()

    def discard(self) -> None:
        self.entry.discard()


class _FileRecoverySlot:
    def __init__(self, directory: Path) -> None:
        self.writer = _recovery.RecoveryWriter(directory)

    @property
    def path(self) -> Path:
        return self.writer.path

    def write(self, plan: Plan, source: PlanLocation | None) -> None:
        # A shared plan's address is kept too (without any password: the note is a plain
        # file), so its recovery copy is offered back to the server, not as a new plan.
        shared = source.public if source is not None and not source.is_file else None
        self.writer.write(plan, source.path if source is not None else None, shared)

    def exists(self) -> bool:
        return self.writer.exists()

    def remove(self) -> None:
        self.writer.remove()


class _FileRecoveryArea:
    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def slot(self) -> _FileRecoverySlot:
        return _FileRecoverySlot(self.directory)

    def left_behind(self) -> list[_FileRecoveryFile]:
        return [_FileRecoveryFile(e) for e in _recovery.left_behind(self.directory)]


class SqliteFileStore:
    """Plans as ``.rdplan`` SQLite files, a lock file beside each, recovery copies in a folder."""

    suffix = SUFFIX

    @staticmethod
    def _path(location: PlanLocation) -> Path:
        if location.path is None:
            raise PlanFileError(f"不是方案文件：{location}")
        return location.path

    def __init__(self) -> None:
        #: Files found damaged in this process (by real path): nothing is ever saved over them.
        self._damaged: set[str] = set()

    def read(self, location: PlanLocation) -> Plan:
        """The plan; a damaged file raises DamagedPlanError (the command line refuses it)."""
        path = self._path(location)
        try:
            return open_plan(path)
        except DamagedPlanError:
            self._damaged.add(os.path.realpath(path))
            raise

    def open(self, location: PlanLocation) -> OpenedPlan:
        try:
            plan = self.read(location)
        except DamagedPlanError as exc:
            if exc.plan is None:
                raise
            return OpenedPlan(exc.plan, None, None, damage=str(exc))
        if not _writable(self._path(location)):
            return OpenedPlan(plan, None)  # a read-only file: shown read-only, saved elsewhere
        held = self.acquire(location)
        if isinstance(held, Locked):
            return OpenedPlan(plan, None, held)
        return OpenedPlan(plan, held)

    def acquire(self, location: PlanLocation) -> Lease | Locked | None:
        path = self._path(location)
        held = _lock.acquire(path)
        if isinstance(held, _lock.PlanLock):
            remove_leftovers(path)  # what a killed save left: no save of this plan can be running now
        return held

    def save(self, plan: Plan, location: PlanLocation) -> None:
        path = self._path(location)
        if os.path.realpath(path) in self._damaged:
            raise PlanFileError(f"方案文件 {path.name} 已损坏，不能保存到它上面；请另存为其他文件")
        held = _lock.held_lock(path)  # looked up before the save: the file's identity changes
        save_plan(plan, path)
        if held is not None:
            held.rebind()  # the save put a new file under the name: hold that one

    def save_alternative(self, plan: Plan, name: str, location: PlanLocation) -> Plan:
        alternative = as_alternative(plan, name)
        self.save(alternative, location)
        return alternative

    def recovery(self, directory: Path) -> _FileRecoveryArea:
        return _FileRecoveryArea(directory)


def _writable(path: Path) -> bool:
    """Whether a save could replace ``path`` (a read-only file is never replaced)."""
    real = os.path.realpath(path)
    try:
        mode = os.stat(real).st_mode
    except OSError:
        return True
    return bool(mode & 0o222) and os.access(real, os.W_OK)


_FILE_STORE = SqliteFileStore()


_SHARED: dict[str, PlanStore] = {}


def store_for(location: PlanLocation | str | os.PathLike[str]) -> PlanStore:
    """The store that serves ``location``: the file store, or the shared store of its server (one per server)."""
    loc = PlanLocation.of(location)
    if loc.is_file:
        return _FILE_STORE
    return shared_store(loc)


def shared_store(location: PlanLocation | str) -> PostgresStore:
    """The shared store of a ``postgresql://`` location's server (``?plan=`` may be left out)."""
    loc = PlanLocation.of(location)
    if loc.is_file:
        raise PlanFileError(f"不是共享方案库的地址：{loc}")
    try:
        from reformdesk.store.postgres import PostgresStore, engine_url
    except ImportError as exc:  # psycopg missing from this installation
        raise PlanFileError(f"无法使用共享方案库（缺少 {exc.name}）：{loc}") from exc
    url, _ = engine_url(loc.target)
    store = _SHARED.get(url)
    if store is None:
        store = _SHARED[url] = PostgresStore(url)
    assert isinstance(store, PostgresStore)
    return store


def exists(location: PlanLocation | str | os.PathLike[str]) -> bool:
    """Whether a plan is at ``location`` (a file there, or the plan in its store)."""
    loc = PlanLocation.of(location)
    if loc.path is not None:
        return loc.path.exists()
    return shared_store(loc).exists(loc)


def recovery_area(directory: Path) -> RecoveryArea:
    """The recovery folder of this user (autosaves of every store go to local files)."""
    return _FILE_STORE.recovery(directory)
