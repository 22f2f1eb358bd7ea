"""One open enforcement plan: the domain objects, their undo stack and its file.

The same one-way flow as the town plan's :class:`~reformdesk.gui.document.Document`:
an edit (gui/edits/enforcement_edits.py) pushes a change set, the document applies
it and signals what it touched, the models update.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QUndoStack

from reformdesk.domain.changes import ChangeSet, Touched
from reformdesk.domain.enforcement.checks import check
from reformdesk.domain.enforcement.model import EnforcementPlan
from reformdesk.domain.validation import Problem
from reformdesk.gui.document import quiet_when_released


class EnforcementDocument(QObject):
    #: (EnforcementKind, ids) changed, added or removed.
    entitiesChanged = Signal(object, object)
    #: Entities were added or removed, or the whole plan replaced: models reset.
    planReset = Signal()
    infoChanged = Signal()
    modifiedChanged = Signal(bool)

    def __init__(self, plan: EnforcementPlan | None = None, path: Path | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.plan = plan if plan is not None else EnforcementPlan()
        self.path = path
        self.read_only = False
        self.undo_stack = QUndoStack()
        quiet_when_released(self, self.undo_stack)
        self.undo_stack.cleanChanged.connect(self._on_clean)
        self._problems: list[Problem] | None = None

    @Slot(bool)
    def _on_clean(self, clean: bool) -> None:
        self.modifiedChanged.emit(not clean)

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    def problems(self) -> list[Problem]:
        if self._problems is None:
            self._problems = check(self.plan)
        return self._problems

    def push(self, command: object) -> bool:
        if self.read_only:
            return False
        self.undo_stack.push(command)  # type: ignore[arg-type]
        return True

    def apply(self, changes: ChangeSet) -> Touched:
        return self._signal(changes.apply(self.plan))

    def revert(self, changes: ChangeSet) -> Touched:
        return self._signal(changes.revert(self.plan))

    def _signal(self, touched: Touched) -> Touched:
        self._problems = None
        if touched.added or touched.removed:
            self.planReset.emit()
        else:
            for kind, ids in touched.changed.items():
                self.entitiesChanged.emit(kind, ids)
        if touched.info:
            self.infoChanged.emit()
        return touched

    def mark_saved(self, path: Path) -> None:
        self.path = path
        self.undo_stack.setClean()
