"""Preview of a power-list import: rows to add, rows that update items, rows that cannot be read."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reformdesk.formats.importer import FieldChange, ImportPreview
from reformdesk.gui.models.powers_model import COLUMN_OF, COLUMNS


class RowsModel(QAbstractTableModel):
    """A read-only table of strings (the preview can list tens of thousands of rows)."""

    def __init__(self, headers: Sequence[str], rows: Sequence[Sequence[str]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.rows = [tuple(r) for r in rows]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.rows[index.row()][index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self.headers):
            return self.headers[section]
        return None


class PowerImportDialog(QDialog):
    """Shows what importing ``preview`` would do; nothing changes until the caller applies it.

    Import is all-or-nothing: with unreadable rows the import button stays
    disabled unless the user chooses to skip those rows.
    """

    def __init__(self, preview: ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("导入权力清单：%1").replace("%1", preview.read.path.name))
        layout = QVBoxLayout(self)
        summary = self.tr("工作表“%1”，表头在第 %2 行。新增 %3 项，更新 %4 项，无变化 %5 项，无法读取 %6 行。")
        for n, value in enumerate(
            (
                preview.read.sheet,
                preview.read.header_row,
                len(preview.added),
                len(preview.updated),
                len(preview.unchanged),
                len(preview.bad),
            ),
            start=1,
        ):
            summary = summary.replace(f"%{n}", str(value))
        self.summary_label = QLabel(summary, self)
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)

        row, code, name = self.tr("行"), self.tr("事项编码"), self.tr("事项名称")
        self.added_model = RowsModel([row, code, name], [(str(r), p.code, p.name) for r, p in preview.added], self)
        self.updated_model = RowsModel(
            [row, code, name, self.tr("变化")],
            [
                (
                    str(u.row),
                    u.code,
                    u.name,
                    self.tr("；").join(self._change_text(c) for c in u.changes),
                )
                for u in preview.updated
            ],
            self,
        )
        self.bad_model = RowsModel(
            [row, code, name, self.tr("原因")], [(str(b.row), b.code, b.name, b.reason) for b in preview.bad], self
        )
        self.tabs = QTabWidget(self)
        for model, title in (
            (self.added_model, self.tr("新增 %1")),
            (self.updated_model, self.tr("更新 %1")),
            (self.bad_model, self.tr("无法读取 %1")),
        ):
            view = QTableView(self.tabs)
            view.setModel(model)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.verticalHeader().setVisible(False)
            view.horizontalHeader().setStretchLastSection(True)
            view.setWordWrap(False)
            self.tabs.addTab(view, title.replace("%1", str(model.rowCount())))
        if preview.bad:
            self.tabs.setCurrentIndex(2)  # what needs fixing first
        layout.addWidget(self.tabs, 1)

        self.skip_check = QCheckBox(self.tr("跳过无法读取的行，导入其余各行"), self)
        self.skip_check.setVisible(bool(preview.bad))
        layout.addWidget(self.skip_check)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(self.tr("导入"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.skip_check.toggled.connect(self._update_button)
        self._update_button()
        self.resize(820, 480)

    def _change_text(self, change: FieldChange) -> str:
        """One changed field: its column name (as the powers table shows it), old → new value."""
        column = COLUMN_OF.get(change.field)
        label = COLUMNS[column].text() if column is not None else self.tr("所属主项")
        empty = self.tr("（空）")
        return (
            self.tr("%1：%2 → %3")
            .replace("%1", label)
            .replace("%2", change.old_text or empty)
            .replace("%3", change.new_text or empty)
        )

    @property
    def skip_bad_rows(self) -> bool:
        return self.skip_check.isChecked()

    def _update_button(self) -> None:
        has_work = bool(self.preview.added or self.preview.updated)
        self.import_button.setEnabled(has_work and (not self.preview.bad or self.skip_bad_rows))
