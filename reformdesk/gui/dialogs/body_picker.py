"""Ask which functional body to move the selection into (the keyboard way to drag)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from reformdesk.gui import icons
from reformdesk.gui.document import Document

#: Item data marking the "未并入" choice (a body id is never empty).
UNPLACED_CHOICE = ""


class BodyPickerDialog(QDialog):
    """A list of the plan's bodies (and "未并入"); Enter or double-click chooses."""

    def __init__(self, doc: Document, count: int, allow_unplaced: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("移入职能机构"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("将所选 %n 项移入：", "", count)))
        self.list = QListWidget()
        for body in doc.plan.bodies.values():
            item = QListWidgetItem(icons.icon("body"), body.name)
            item.setData(Qt.ItemDataRole.UserRole, body.id)
            self.list.addItem(item)
        if allow_unplaced:
            item = QListWidgetItem(icons.icon("unplaced"), self.tr("未并入"))
            item.setData(Qt.ItemDataRole.UserRole, UNPLACED_CHOICE)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.list.itemActivated.connect(self.accept)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> tuple[bool, str | None]:
        """(something chosen, body id or None for "未并入")."""
        item = self.list.currentItem()
        if item is None:
            return False, None
        value = item.data(Qt.ItemDataRole.UserRole)
        return True, (value or None)

    def choose(self, body_id: str | None) -> None:
        """Select the row of ``body_id`` (None = "未并入"); used by tests and callers."""
        wanted = body_id or UNPLACED_CHOICE
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == wanted:
                self.list.setCurrentRow(row)
                return
