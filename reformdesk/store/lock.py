"""Plan locks: one writer per plan file, across windows, processes and machines.

A lock is a small JSON file beside the plan (``方案一.rdplan.lock``) created
with O_EXCL, so two openers cannot both win.  It names who holds the plan
(user, host, pid, since) so the second opener can say why it is read-only.
A lock left by a process that died on this host is stale and taken over; a
lock from another host is respected (we cannot see its processes).
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

#: Locks this process holds (resolved plan path → lock), to tell our own windows apart.
_HELD: dict[Path, PlanLock] = {}


@dataclass(frozen=True, slots=True)
class LockInfo:
    """Who holds a plan."""

    user: str
    host: str
    pid: int
    since: dt.datetime

    @staticmethod
    def mine() -> LockInfo:
        return LockInfo(_user(), socket.gethostname(), os.getpid(), dt.datetime.now().replace(microsecond=0))

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


def lock_path(plan_path: str | os.PathLike[str]) -> Path:
    p = Path(plan_path)
    return p.with_name(p.name + ".lock")


class PlanLock:
    """A held lock; ``release()`` removes the lock file (only if it is still ours)."""

    def __init__(self, plan_path: Path, info: LockInfo) -> None:
        self.plan_path = plan_path
        self.path = lock_path(plan_path)
        self.info = info

    def release(self) -> None:
        key = _key(self.plan_path)
        if _HELD.get(key) is self:
            del _HELD[key]
        with contextlib.suppress(OSError, ValueError, KeyError):
            if LockInfo.from_json(self.path.read_text(encoding="utf-8")) == self.info:
                self.path.unlink()


@dataclass(frozen=True, slots=True)
class Locked:
    """The plan is held by someone else."""

    holder: LockInfo
    same_process: bool


def acquire(plan_path: str | os.PathLike[str]) -> PlanLock | Locked | None:
    """Take the lock of ``plan_path``, or say who holds it.

    A directory we cannot write to (read-only share, no permission) gives
    None, no lock and no holder: the caller opens such a plan read-only
    anyway, since it could not save it.
    """
    path = Path(plan_path)
    key = _key(path)
    held = _HELD.get(key)
    if held is not None:
        return Locked(held.info, same_process=True)
    target = lock_path(path)
    for _attempt in range(3):
        info = LockInfo.mine()
        try:
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            holder = read_lock(path)
            if holder is None or _is_stale(holder):
                try:
                    target.unlink()
                except FileNotFoundError:
                    pass
                except OSError:
                    return None  # a stale lock we may not remove: the folder is read-only to us
                continue
            return Locked(holder, same_process=holder.is_this_process())
        except OSError:
            return None
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(info.to_json())
        lock = PlanLock(path, info)
        _HELD[key] = lock
        return lock
    holder = read_lock(path)
    return Locked(holder or LockInfo.mine(), same_process=False)


def read_lock(plan_path: str | os.PathLike[str]) -> LockInfo | None:
    """The holder recorded beside ``plan_path``; None when absent or unreadable."""
    try:
        return LockInfo.from_json(lock_path(plan_path).read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    except (OSError, OverflowError):  # a garbled pid in a lock or note file
        return False
    return True


def _is_stale(holder: LockInfo) -> bool:
    if holder.host != socket.gethostname():
        return False
    if holder.pid == os.getpid():
        # Our pid but not in _HELD: a previous process with the same pid, or a leak.
        return True
    return not pid_alive(holder.pid)


def _key(path: Path) -> Path:
    return path.resolve()


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "?"
