"""One open catalogue: the domain object, its undo stack, its file and the reference list.

The same one-way flow as the town plan's :class:`~reformdesk.gui.document.Document`: an
edit (gui/edits/catalogue_edits.py) pushes a change set, the document applies it and
signals what it touched, the models update.  The reference list (通用目录) of 三级四同 is
held here too, not saved in the file: it is the province's document, read again when
needed, and the conformity result is recomputed from both after every edit.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QUndoStack

from reformdesk.domain.catalogue.checks import check
from reformdesk.domain.catalogue.conformity import Conformity, conform
from reformdesk.domain.catalogue.model import Catalogue
from reformdesk.domain.changes import ChangeSet, Touched
from reformdesk.domain.validation import Problem
from reformdesk.gui.document import quiet_when_released


class CatalogueDocument(QObject):
    #: (CatalogueKind, ids) whose fields changed (no entity added or removed).
    entitiesChanged = Signal(object, object)
    #: Entities were added or removed, or the whole catalogue replaced: models rebuild.
    catalogueReset = Signal()
    infoChanged = Signal()
    modifiedChanged = Signal(bool)
    #: A reference list was loaded or dropped.
    referenceChanged = Signal()
    #: The path changed (a save as).
    pathChanged = Signal()
    #: The checks may give other problems now: emitted PROBLEMS_DELAY_MS after the last change.
    problemsChanged = Signal()

    #: Checking a province-size catalogue takes a good part of a second: it waits for a pause in editing.
    PROBLEMS_DELAY_MS = 300

    def __init__(self, cat: Catalogue | None = None, path: Path | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.cat = cat if cat is not None else Catalogue()
        self.path = path
        self.read_only = False
        #: Why the window is read-only (shown in the status bar), "" when it is not.
        self.read_only_reason = ""
        self.undo_stack = QUndoStack(self)
        quiet_when_released(self, self.undo_stack)
        self.undo_stack.cleanChanged.connect(self._on_clean)
        #: The file's lock (a store Lease), held while the window is open; None: not held.
        self.lease: object | None = None
        self.reference: Catalogue | None = None
        #: Where the reference list came from (its file name), shown on the 三级四同 page.
        self.reference_name = ""
        self._problems: list[Problem] | None = None
        self._conformity: Conformity | None = None
        self._problems_timer = QTimer(self)
        self._problems_timer.setSingleShot(True)
        self._problems_timer.setInterval(self.PROBLEMS_DELAY_MS)
        self._problems_timer.timeout.connect(self.problemsChanged)

    @Slot(bool)
    def _on_clean(self, clean: bool) -> None:
        self.modifiedChanged.emit(not clean)

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    def problems(self) -> list[Problem]:
        if self._problems is None:
            self._problems = check(self.cat)
        return self._problems

    def conformity(self) -> Conformity | None:
        """三级四同 of the catalogue against the reference list; None without one."""
        if self.reference is None:
            return None
        if self._conformity is None:
            self._conformity = conform(self.cat, self.reference)
        return self._conformity

    def set_reference(self, reference: Catalogue | None, name: str = "") -> None:
        self.reference = reference
        self.reference_name = name if reference is not None else ""
        self._conformity = None
        self.referenceChanged.emit()

    def push(self, command: object) -> bool:
        if self.read_only:
            return False
        self.undo_stack.push(command)  # type: ignore[arg-type]
        return True

    def apply(self, changes: ChangeSet) -> Touched:
        return self._signal(changes.apply(self.cat))

    def revert(self, changes: ChangeSet) -> Touched:
        return self._signal(changes.revert(self.cat))

    def _signal(self, touched: Touched) -> Touched:
        self._problems = None
        self._conformity = None
        if touched.added or touched.removed:
            self.catalogueReset.emit()
        else:
            for kind, ids in touched.changed.items():
                self.entitiesChanged.emit(kind, ids)
        if touched.info:
            self.infoChanged.emit()
        self._problems_timer.start()
        return touched

    def mark_saved(self, path: Path) -> None:
        changed = path != self.path
        self.path = path
        self.undo_stack.setClean()
        if changed:
            self.pathChanged.emit()
