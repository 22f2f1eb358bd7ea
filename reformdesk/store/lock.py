"""Plan locks: one writer per plan file, across windows, processes and machines.

A lock is a small file beside the plan's *real* path (``方案一.rdplan.lock``;
a symlink is followed to its target first) held open with an operating-system
lock (``fcntl.flock`` on POSIX, ``msvcrt.locking`` on Windows) for as long as
the plan is open.  The OS gives that lock to one process only and takes it
back when the process dies, so two openers cannot both win and a crash leaves
nothing to clean up.  The file names who holds the plan (user, host, pid,
since), written after the lock is won, so the second opener can say why it is
read-only.  On POSIX the plan file itself is also flocked, so a hard link to
the plan (another name, the same file) finds it held too.

Two rules from the time before OS locks are kept: a lock file naming another
host is respected (we cannot see its processes, and a network share may not
pass OS locks on), and so is one naming a live process on this host that
holds no OS lock (an older ReformDesk).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import os
import socket
from dataclasses import dataclass
from pathlib import Path

#: Locks this process holds (the plan file's identity → lock), to tell our own windows apart.
_HELD: dict[object, PlanLock] = {}
#: Windows locks a byte range: one byte far past the text, so others can still read who holds it.
_WIN_OFFSET = 1 << 30


@dataclass(frozen=True, slots=True)
class LockInfo:
    """Who holds a plan (``user`` empty: someone we cannot name)."""

    user: str
    host: str
    pid: int
    since: dt.datetime

    @staticmethod
    def mine() -> LockInfo:
        return LockInfo(_user(), socket.gethostname(), os.getpid(), dt.datetime.now().replace(microsecond=0))

    @staticmethod
    def unknown() -> LockInfo:
        return LockInfo("", "", 0, dt.datetime.now().replace(microsecond=0))

    @property
    def known(self) -> bool:
        return bool(self.user or self.host or self.pid)

    def describe(self) -> str:
        """One line for the command line (the GUI builds its own, translated)."""
        if not self.known:
            return "另一个程序或窗口（可能经由另一个文件名或链接）"
        return f"{self.user} 在 {self.host} 上（进程 {self.pid}，自 {self.since:%Y-%m-%d %H:%M} 起）"

    def to_json(self) -> str:
        return json.dumps(
            {"user": self.user, "host": self.host, "pid": self.pid, "since": self.since.isoformat()},
            ensure_ascii=False,
        )

    @staticmethod
    def from_json(text: str) -> LockInfo:
        data = json.loads(text)
        return LockInfo(
            str(data["user"]), str(data["host"]), int(data["pid"]), dt.datetime.fromisoformat(data["since"])
        )

    def is_this_process(self) -> bool:
        return self.host == socket.gethostname() and self.pid == os.getpid()


def real_path(plan_path: str | os.PathLike[str]) -> Path:
    """The plan's real path: symlinks followed (the file a save must write)."""
    return Path(os.path.realpath(plan_path))


def lock_path(plan_path: str | os.PathLike[str]) -> Path:
    p = real_path(plan_path)
    return p.with_name(p.name + ".lock")


class PlanLock:
    """A held lock; ``release()`` gives it up and removes the lock file."""

    def __init__(self, plan_path: Path, info: LockInfo, fd: int, plan_fd: int | None, key: object) -> None:
        self.plan_path = plan_path
        self.path = lock_path(plan_path)
        self.info = info
        self._fd: int | None = fd
        self._plan_fd = plan_fd
        self._key = key

    @property
    def held(self) -> bool:
        return self._fd is not None

    def rebind(self) -> None:
        """The plan file was replaced by a save (a new file under the same name): hold that one."""
        if self._fd is None:
            return
        if self._plan_fd is not None:
            os.close(self._plan_fd)
            self._plan_fd = None
        fd = _lock_plan_file(self.plan_path)
        self._plan_fd = fd if isinstance(fd, int) else None
        key = _key(self.plan_path)
        if _HELD.get(self._key) is self:
            del _HELD[self._key]
        self._key = key
        _HELD[key] = self

    def release(self) -> None:
        if _HELD.get(self._key) is self:
            del _HELD[self._key]
        fd, self._fd = self._fd, None
        if fd is None:
            return
        if self._plan_fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._plan_fd)
            self._plan_fd = None
        if os.name == "nt":
            with contextlib.suppress(OSError):
                os.ftruncate(fd, 0)
                _unlock(fd)
            os.close(fd)
            with contextlib.suppress(OSError):
                self.path.unlink()  # fails while another process has it open: fine, it is theirs now
            return
        # POSIX: remove the file while still holding it; a contender that opened it meanwhile
        # finds it no longer at the path once it wins, and tries again with a new one.
        with contextlib.suppress(OSError):
            if _same_file(fd, self.path):
                self.path.unlink()
        os.close(fd)


@dataclass(frozen=True, slots=True)
class Locked:
    """The plan is held by someone else."""

    holder: LockInfo
    same_process: bool


def acquire(plan_path: str | os.PathLike[str]) -> PlanLock | Locked | None:
    """Take the lock of ``plan_path``, or say who holds it.

    A folder we cannot write to (read-only share, no permission) gives None,
    no lock and no holder: the caller opens such a plan read-only anyway,
    since it could not save it.
    """
    real = real_path(plan_path)
    key = _key(real)
    held = _HELD.get(key)
    if held is not None:
        return Locked(held.info, same_process=True)
    target = lock_path(real)
    for _attempt in range(10):
        try:
            fd = os.open(target, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o644)
        except OSError:
            return None
        won = False
        try:
            if not _try_lock(fd):
                holder = _read(fd)
                return Locked(
                    holder or LockInfo.unknown(), same_process=holder is not None and holder.is_this_process()
                )
            if not _same_file(fd, target):
                continue  # released and removed while we waited: try the new file
            previous = _read(fd)
            if previous is not None and not _may_take(previous):
                return Locked(previous, same_process=False)
            plan_fd = _lock_plan_file(real)
            if plan_fd is False:
                return Locked(LockInfo.unknown(), same_process=False)
            info = LockInfo.mine()
            with contextlib.suppress(OSError):
                # A full disk may refuse the text: the OS lock holds all the same, unnamed.
                os.ftruncate(fd, 0)
                os.lseek(fd, 0, os.SEEK_SET)
                os.write(fd, info.to_json().encode("utf-8"))
            lock = PlanLock(real, info, fd, plan_fd if isinstance(plan_fd, int) else None, key)
            _HELD[key] = lock
            won = True
            return lock
        finally:
            if not won:
                with contextlib.suppress(OSError):
                    _unlock(fd)
                os.close(fd)
    return Locked(read_lock(real) or LockInfo.unknown(), same_process=False)


def read_lock(plan_path: str | os.PathLike[str]) -> LockInfo | None:
    """The holder recorded beside ``plan_path``; None when absent or unreadable."""
    try:
        text = lock_path(plan_path).read_text(encoding="utf-8")
        return LockInfo.from_json(text)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def held_lock(plan_path: str | os.PathLike[str]) -> PlanLock | None:
    """The lock this process holds on ``plan_path`` (any name of it), if any."""
    return _HELD.get(_key(real_path(plan_path)))


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    except (OSError, OverflowError, SystemError):  # a garbled pid in a lock or note file
        return False
    return True


def _may_take(previous: LockInfo) -> bool:
    """We hold the OS lock; may we also overrule what the file says?"""
    if previous.host != socket.gethostname():
        return False
    if previous.pid == os.getpid():
        return True  # not in _HELD: a previous process with our pid, or a leak
    return not pid_alive(previous.pid)


def _read(fd: int) -> LockInfo | None:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        data = os.read(fd, 4096)
        return LockInfo.from_json(data.decode("utf-8"))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _same_file(fd: int, path: Path) -> bool:
    try:
        a, b = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def _key(real: Path) -> object:
    """A plan file's identity: its inode when it exists (so hard links are one plan), else its path."""
    try:
        st = os.stat(real)
    except OSError:
        return str(real)
    if st.st_ino:
        return (st.st_dev, st.st_ino)
    return str(real)


if os.name == "nt":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _WIN_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WIN_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

    def _lock_plan_file(real: Path) -> int | bool | None:
        # Holding the plan open would stop the save's rename over it on Windows.
        return None

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

    def _lock_plan_file(real: Path) -> int | bool | None:
        """Flock the plan file itself: its fd, False when another holder has it, None without a file."""
        try:
            fd = os.open(real, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        except OSError:
            return None
        if _try_lock(fd):
            return fd
        os.close(fd)
        return False


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "?"
