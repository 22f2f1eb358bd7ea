"""The problems panel: the plan's validation problems, live; double-click selects the entity."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal, Slot
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from reformdesk.gui.document import Document
from reformdesk.gui.models.problems_model import EntityRole, ProblemsModel
from reformdesk.gui.views import sheet_keys


class ProblemsView(QTreeView):
    #: (document kind, entity id) of the problem the user activated.
    entityActivated = Signal(str, str)

    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problems = ProblemsModel(doc, self)
        self.setModel(self.problems)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.header().setStretchLastSection(True)
        self.activated.connect(self._activated)
        self.doubleClicked.connect(self._activated)
        # Copy the problems as cells; type-to-search; Enter keeps going to the problem's entity.
        self.setProperty("enterOpens", True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.keys = sheet_keys.install(self, None)

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        target = self.problems.data(index, EntityRole)
        if target:
            self.entityActivated.emit(*target)
