"""文件 → 打开共享方案…: the plans of a shared store (name, town, author, last saved by and when).

The dialog only shows and asks: the controller (``gui/shared_actions.py``)
reads the catalogue when the user asks (刷新, or on opening) and fills the
table with :meth:`SharedPlansDialog.set_plans`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class SharedPlansDialog(QDialog):
    """Choose a plan of a shared store; ``chosen()`` is (server URL, plan name)."""

    #: The user asked for the server's plans (the URL typed).
    refreshRequested = Signal(str)

    def __init__(self, url: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("打开共享方案"))
        self.resize(820, 420)
        self.url_edit = QLineEdit(url)
        self.url_edit.setPlaceholderText("postgresql://用户名@服务器[:端口]/数据库")
        self.refresh_button = QPushButton(self.tr("刷新"))
        self.refresh_button.clicked.connect(self._refresh)
        self.url_edit.returnPressed.connect(self._refresh)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("方案库：")))
        top.addWidget(self.url_edit, 1)
        top.addWidget(self.refresh_button)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("方案"),
                self.tr("乡镇"),
                self.tr("编制人"),
                self.tr("最后保存人"),
                self.tr("保存时间"),
                self.tr("正在编辑"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self.accept())
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._selection_changed()

    @Slot()
    def _refresh(self) -> None:
        self.refreshRequested.emit(self.url_edit.text().strip())

    @Slot()
    def _selection_changed(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(bool(self.table.selectedItems()))

    def set_plans(self, rows: Sequence[Sequence[str]]) -> None:
        """Show the catalogue: one row of six texts a plan."""
        self.table.setRowCount(0)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(r, c, item)
        self.message.setText(self.tr("共 %n 个方案", "", len(rows)) if rows else self.tr("方案库中还没有方案"))
        if rows:
            self.table.selectRow(0)
        self._selection_changed()

    def set_error(self, text: str) -> None:
        self.table.setRowCount(0)
        self.message.setText(text)
        self._selection_changed()

    def chosen(self) -> tuple[str, str] | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return (self.url_edit.text().strip(), item.text()) if item is not None else None
