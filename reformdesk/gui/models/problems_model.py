"""The problems panel's model: validation problems, refreshed shortly after edits.

The document validates the plan on a pool thread once edits settle (a whole
province plan takes 70–90 ms of CPU, a stall the GUI thread should not carry
after every edit); on its problemsReady the model updates only the rows between
the unchanged head and tail of the list: a typical edit touches a few rows.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal, Slot

from reformdesk.domain.registry import ENTITY_KINDS, EntityKind
from reformdesk.domain.validation import Problem, Severity
from reformdesk.gui import icons
from reformdesk.gui.document import Document
from reformdesk.gui.models.domain_text import problem_text, problem_title

Index = QModelIndex | QPersistentModelIndex
#: Role returning (document kind, entity id) of a problem's entity, or None.
EntityRole = Qt.ItemDataRole.UserRole + 1

#: The problem's entity kind → the document's kind (the plan's own settings have none).
DOC_KINDS: dict[EntityKind, EntityKind] = {k: k for k in ENTITY_KINDS}


class ProblemsModel(QAbstractTableModel):
    #: Emitted after each refresh with (errors, warnings).
    countsChanged = Signal(int, int)

    def __init__(self, doc: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.problems: list[Problem] = doc.problems()
        #: True from a new plan until its background validation delivers: the list is empty, not "no problems".
        self.pending = False
        doc.follow_problems()
        doc.problemsReady.connect(self.refresh)
        doc.planReset.connect(self._on_reset)

    @Slot()
    def _on_reset(self) -> None:
        # A plan just opened is shown first and validated after (a province plan's validation
        # was some 100 ms of opening it on this thread): its problems follow on problemsReady.
        if self.doc.problems_current:
            self.refresh()
            return
        self.beginResetModel()
        self.problems = []
        self.pending = True
        self.endResetModel()
        self.countsChanged.emit(0, 0)

    def counts(self) -> tuple[int, int]:
        errors = sum(1 for p in self.problems if p.severity is Severity.ERROR)
        return errors, len(self.problems) - errors

    @Slot()
    def refresh(self) -> None:
        if self.pending:
            self.pending = False
            self.beginResetModel()
            self.problems = self.doc.problems()
            self.endResetModel()
            self.countsChanged.emit(*self.counts())
            return
        new = self.doc.problems()
        old = self.problems
        head = 0
        while head < len(old) and head < len(new) and old[head] == new[head]:
            head += 1
        tail = 0
        while tail < len(old) - head and tail < len(new) - head and old[-1 - tail] == new[-1 - tail]:
            tail += 1
        old_mid = len(old) - head - tail
        new_mid = len(new) - head - tail
        if old_mid:
            self.beginRemoveRows(QModelIndex(), head, head + old_mid - 1)
            self.problems = old[:head] + old[len(old) - tail :]
            self.endRemoveRows()
        if new_mid:
            self.beginInsertRows(QModelIndex(), head, head + new_mid - 1)
            self.problems = new
            self.endInsertRows()
        self.problems = new
        self.countsChanged.emit(*self.counts())

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.problems)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 2:
            return (self.tr("级别"), self.tr("问题"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.problems):
            return None
        problem = self.problems[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return self.tr("错误") if problem.severity is Severity.ERROR else self.tr("警告")
            return problem_text(problem)
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return icons.icon("error" if problem.severity is Severity.ERROR else "warning")
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{problem_text(problem)}\n{problem_title(problem.code)} [{problem.code}]"
        if role == EntityRole:
            kind = DOC_KINDS.get(problem.entity_kind)
            return (kind, problem.entity_id) if kind and problem.entity_id else None
        return None
