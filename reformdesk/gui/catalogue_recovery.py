"""Autosave of an open catalogue and its recovery after a crash: no lost work.

While a catalogue has unsaved changes, a copy is written to the user's recovery folder
(``AppSettings.recovery_dir``/catalogues, beside the town plans' autosaves) 3 s after an edit and
every 30 s: one file per catalogue file (``catalogue-<hash of its real path>.rdcatalog``,
through the store's atomic save) and a small JSON note naming the file it belongs to.  A
save, or closing the window without saving (放弃), removes the copy.  When a catalogue is
opened and a copy of it is there, newer than the file, the window offers to restore it:
the copy's contents are put in as one undo step (撤销 shows the file as last saved), and
stay unsaved until 保存.  The copy is written on the GUI thread: at county size it takes
milliseconds; a province-size list takes about as long as a save.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, QTimer, Slot

from reformdesk.domain.catalogue.model import Catalogue
from reformdesk.domain.catalogue.registry import INFO_FIELDS, CatalogueKind
from reformdesk.domain.changes import ChangeSet
from reformdesk.gui.catalogue.document import CatalogueDocument
from reformdesk.store.catalogue_file import PlanFileError, open_catalogue, save_catalogue

AUTOSAVE_INTERVAL_MS = 30_000
AUTOSAVE_AFTER_EDIT_MS = 3_000


def slot_for(directory: Path, source: Path | None, fallback: str) -> Path:
    """The recovery copy's path for a catalogue file (or, never saved, for one window)."""
    key = os.path.realpath(source) if source is not None else f"unsaved:{fallback}"
    digest = hashlib.sha1(key.encode("utf-8"), usedforsecurity=False).hexdigest()[:16]
    return directory / f"catalogue-{digest}.rdcatalog"


def _note(slot: Path) -> Path:
    return slot.with_name(slot.name + ".json")


def pending_copy(directory: Path, source: Path) -> Path | None:
    """A recovery copy of ``source`` newer than the file itself, or None."""
    slot = slot_for(directory, source, "")
    try:
        note = json.loads(_note(slot).read_text(encoding="utf-8"))
        if os.path.realpath(note["source"]) != os.path.realpath(source):
            return None
        if slot.stat().st_mtime <= source.stat().st_mtime:
            return None  # saved since: the file is the newer one
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return slot


def replace_contents(cat: Catalogue, other: Catalogue) -> ChangeSet:
    """A change set making ``cat`` hold ``other``'s subjects, items and settings (one undo step)."""
    changes = ChangeSet()
    changes.remove(CatalogueKind.ITEM, list(cat.items))  # type: ignore[arg-type]
    changes.remove(CatalogueKind.SUBJECT, list(cat.subjects))  # type: ignore[arg-type]
    changes.add(CatalogueKind.SUBJECT, list(other.subjects.values()))  # type: ignore[arg-type]
    changes.add(CatalogueKind.ITEM, list(other.items.values()))  # type: ignore[arg-type]
    info = {
        f.name: getattr(other.info, f.name)
        for f in INFO_FIELDS
        if getattr(cat.info, f.name) != getattr(other.info, f.name)
    }
    return changes.set_info(info) if info else changes


class CatalogueAutosave(QObject):
    """Writes the recovery copy of one window's catalogue while it has unsaved changes."""

    def __init__(self, doc: CatalogueDocument, directory: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.directory = directory
        self._unsaved_key = str(id(self))
        self.slot = slot_for(directory, doc.path, self._unsaved_key)
        #: The last error writing the copy ("" when none): shown in the status bar by the window.
        self.error = ""
        self.periodic = QTimer(self)
        self.periodic.setInterval(AUTOSAVE_INTERVAL_MS)
        self.periodic.timeout.connect(self.write)
        self.soon = QTimer(self)
        self.soon.setSingleShot(True)
        self.soon.setInterval(AUTOSAVE_AFTER_EDIT_MS)
        self.soon.timeout.connect(self.write)
        self._written_index = -1
        self.stopped = False
        doc.undo_stack.indexChanged.connect(self._edited)
        doc.pathChanged.connect(self._moved)
        self.periodic.start()

    @Slot(int)
    def _edited(self, _index: int) -> None:
        # The stack also signals while it is being destroyed with its window.
        if not self.stopped and shiboken6.isValid(self.doc.undo_stack) and self.doc.modified:
            self.soon.start()

    @Slot()
    def _moved(self) -> None:
        self.remove()
        self.slot = slot_for(self.directory, self.doc.path, self._unsaved_key)

    @Slot()
    def write(self) -> bool:
        """Write the copy now (nothing when saved, read-only, or unchanged since the last copy)."""
        self.soon.stop()
        if self.stopped:
            return False
        index = self.doc.undo_stack.index()
        if not self.doc.modified or self.doc.read_only or index == self._written_index:
            return False
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            save_catalogue(self.doc.cat, self.slot)
            # Absolute, as the plan's note: the next start may run in another folder.
            note = {"source": os.path.abspath(self.doc.path) if self.doc.path is not None else None}
            _note(self.slot).write_text(json.dumps(note, ensure_ascii=False), encoding="utf-8")
        except (OSError, PlanFileError) as exc:
            self.error = str(exc)
            return False
        self.error = ""
        self._written_index = index
        return True

    def remove(self) -> None:
        """The copy is not needed any more (saved, or changes discarded)."""
        self.soon.stop()
        self._written_index = -1
        for path in (self.slot, _note(self.slot)):
            with contextlib.suppress(OSError):
                path.unlink(missing_ok=True)

    def stop(self) -> None:
        self.periodic.stop()
        self.soon.stop()
        self.stopped = True


def read_copy(slot: Path) -> Catalogue:
    """The recovered catalogue; PlanFileError when the copy cannot be read."""
    return open_catalogue(slot)
