"""Crash recovery: autosaved copies of plans being edited.

While a plan is edited, the window writes it (with :func:`save_plan`, which is
atomic) to ``<recovery dir>/<session>.rdplan`` plus a small JSON note saying
which file it belongs to and when.  A clean close removes both.  Files whose
writer process is gone are what a crash or a power cut left behind; the next
start offers them.  The directory is passed in (the GUI uses Qt's
AppDataLocation), so this module stays free of Qt.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from reformdesk.domain.model import Plan
from reformdesk.store.lock import pid_alive
from reformdesk.store.planfile import SUFFIX, open_plan, save_plan


@dataclass(frozen=True, slots=True)
class RecoveryFile:
    """One autosaved plan left in the recovery directory."""

    path: Path
    source: Path | None  # the plan file it was opened from (None = never saved, or shared)
    name: str  # the plan's name when autosaved
    saved_at: dt.datetime
    pid: int
    #: The shared plan it was opened from (``postgresql://…?plan=NAME``, no password), else None.
    shared: str | None = None

    @property
    def note_path(self) -> Path:
        return self.path.with_suffix(".json")

    def load(self) -> Plan:
        return open_plan(self.path)

    def discard(self) -> None:
        self.path.unlink(missing_ok=True)
        self.note_path.unlink(missing_ok=True)


class RecoveryWriter:
    """The autosave slot of one open document."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.path = directory / f"{uuid.uuid4().hex}{SUFFIX}"

    def write(self, plan: Plan, source: Path | None, shared: str | None = None) -> None:
        """Autosave ``plan``, opened from the file ``source`` or the shared plan at ``shared``."""
        self.directory.mkdir(parents=True, exist_ok=True)
        save_plan(plan, self.path)
        note = {
            # Absolute: a plan opened as ``reformdesk w/a.rdplan`` is recovered by a program
            # started from another folder, which would not find (or lock) a relative path.
            "source": os.path.abspath(source) if source else None,
            # A separate key: a note written by an older version has no "shared" and still reads.
            "shared": shared or None,
            "name": plan.info.name,
            "saved_at": dt.datetime.now().replace(microsecond=0).isoformat(),
            "pid": os.getpid(),
            "boot": _boot_id(),
        }
        tmp = self.path.with_suffix(".json.tmp")
        tmp.write_text(json.dumps(note, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, self.path.with_suffix(".json"))

    def exists(self) -> bool:
        return self.path.exists()

    def remove(self) -> None:
        self.path.unlink(missing_ok=True)
        self.path.with_suffix(".json").unlink(missing_ok=True)


def left_behind(directory: Path) -> list[RecoveryFile]:
    """Recovery files whose writer is no longer running, newest first."""
    found: list[RecoveryFile] = []
    if not directory.is_dir():
        return found
    for note in directory.glob("*.json"):
        plan_file = note.with_suffix(SUFFIX)
        try:
            data = json.loads(note.read_text(encoding="utf-8"))
            pid = int(data.get("pid", 0))
            entry = RecoveryFile(
                path=plan_file,
                source=Path(data["source"]) if data.get("source") else None,
                name=str(data.get("name") or ""),
                saved_at=dt.datetime.fromisoformat(data["saved_at"]),
                pid=pid,
                shared=str(data["shared"]) if data.get("shared") else None,
            )
        except (OSError, ValueError, KeyError, TypeError):
            continue
        if not plan_file.exists() or pid == os.getpid():
            continue
        # After a reboot the pid may belong to an unrelated process: the boot id tells.
        if data.get("boot") == _boot_id() and pid_alive(pid):
            continue
        found.append(entry)
    # Orphan plan files without a note are half-written, and so are the temporary files of
    # autosaves killed mid-write (.NAME.XXXXXXXX.tmp): nothing to offer, clean them.
    for orphan in [*directory.glob(f"*{SUFFIX}"), *directory.glob(f".*{SUFFIX}.*.tmp")]:
        if not orphan.with_suffix(".json").exists():
            with contextlib.suppress(OSError):
                if orphan.stat().st_mtime < dt.datetime.now().timestamp() - 60:
                    orphan.unlink()
    return sorted(found, key=lambda r: r.saved_at, reverse=True)


def _boot_id() -> str:
    """This boot's id on Linux ("" elsewhere: then a live pid is trusted)."""
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text(encoding="ascii").strip()
    except OSError:
        return ""
