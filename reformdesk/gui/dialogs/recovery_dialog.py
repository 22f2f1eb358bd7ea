"""Offer the plans autosaved before a crash or a power cut."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reformdesk.gui.models.labels import display_date
from reformdesk.store.plan_store import RecoveryFile


class RecoveryDialog(QDialog):
    """Lists recovery files; 恢复 restores the selected one, 全部丢弃 deletes them all."""

    #: done() codes beside Accepted (restore) and Rejected (later).
    DISCARD_ALL = 2

    def __init__(self, files: Sequence[RecoveryFile], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.files = files
        self.setWindowTitle(self.tr("恢复未保存的方案"))
        layout = QVBoxLayout(self)
        text = QLabel(self.tr("上次程序意外退出，以下方案有自动保存的未保存内容。要恢复吗？"))
        text.setWordWrap(True)
        layout.addWidget(text)
        self.list = QListWidget()
        for entry in files:
            when = f"{display_date(entry.saved_at.date())} {entry.saved_at:%H:%M:%S}"
            location = entry.source_location
            if location is None:
                source = self.tr("（从未保存过的新方案）")
            elif location.is_file:
                source = str(location)
            else:  # the plan's name as people know it, not its percent-encoded address
                server = location.public.split("?", 1)[0]
                source = self.tr("共享方案库 %1 中的“%2”").replace("%1", server).replace("%2", location.plan_name)
            name = entry.name or self.tr("未命名")
            item = QListWidgetItem(
                self.tr("%1 — 自动保存于 %2\n%3").replace("%1", name).replace("%2", when).replace("%3", source)
            )
            item.setData(Qt.ItemDataRole.UserRole, str(entry.path))
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(self.accept)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton(self.tr("恢复所选"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.discard_button: QPushButton = buttons.addButton(
            self.tr("全部丢弃"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        later = buttons.addButton(self.tr("以后再说"), QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.clicked.connect(self.accept)
        self.discard_button.clicked.connect(lambda: self.done(self.DISCARD_ALL))
        later.clicked.connect(self.reject)
        layout.addWidget(buttons)
        # Wide enough for the entries' lines (name, time, where from): they were cut off at the
        # default width, behind a horizontal scroll bar.
        screen = self.screen().availableGeometry().width() if self.screen() is not None else 1280
        self.resize(min(max(self.sizeHint().width(), self.list.sizeHintForColumn(0) + 48), screen * 3 // 4), 320)

    def selected(self) -> RecoveryFile | None:
        row = self.list.currentRow()
        return self.files[row] if 0 <= row < len(self.files) else None
