"""方案历史: every save of a shared plan (who, when, the changes), to read, export or restore.

Shows and forwards only: the rows come from ``gui/shared_actions.py``
(``reformdesk history --json``'s shape: revision, saved_by, db_user,
saved_at, note, changes); 导出… and 恢复为备选方案… are signals.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reformdesk.domain.comparison import Action
from reformdesk.domain.registry import EntityKind
from reformdesk.gui.models.labels import action_label, field_label, kind_label


def _kind(value: object) -> str:
    try:
        return kind_label(EntityKind(str(value)))
    except (ValueError, KeyError):  # a kind this program does not know (a newer client saved it)
        return str(value)


def _action(value: object) -> str:
    try:
        return action_label(Action(str(value)))
    except ValueError:
        return str(value)


def _item(text: object) -> QTableWidgetItem:
    item = QTableWidgetItem(str(text))
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item


class HistoryWindow(QWidget):
    """The saves of one plan, newest first; the changes of the selected one below."""

    exportRequested = Signal()
    #: The revision to write as an alternative.
    restoreRequested = Signal(int)

    def __init__(
        self, plan_name: str, revisions: Sequence[Mapping[str, object]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("方案历史 — %1").replace("%1", plan_name))
        self.resize(980, 560)
        self.revisions = list(revisions)
        self.saves = QTableWidget(0, 6)
        self.saves.setHorizontalHeaderLabels(
            [
                self.tr("版本"),
                self.tr("保存时间"),
                self.tr("保存人"),
                self.tr("数据库用户"),
                self.tr("修改"),
                self.tr("说明"),
            ]
        )
        self.changes = QTableWidget(0, 5)
        self.changes.setHorizontalHeaderLabels(
            [self.tr("对象"), self.tr("操作"), self.tr("名称"), self.tr("字段"), self.tr("原值 → 新值")]
        )
        for table in (self.saves, self.changes):
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.verticalHeader().setVisible(False)
            table.horizontalHeader().setSectionResizeMode(table.columnCount() - 1, QHeaderView.ResizeMode.Stretch)
        self.saves.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.saves.itemSelectionChanged.connect(self._show_changes)
        self.export_button = QPushButton(self.tr("导出…"))
        self.export_button.clicked.connect(self.exportRequested)
        self.restore_button = QPushButton(self.tr("恢复为备选方案…"))
        self.restore_button.clicked.connect(self._restore)
        self.summary = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.restore_button)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.saves)
        split.addWidget(self.changes)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        self.set_revisions(self.revisions)

    def set_revisions(self, revisions: Sequence[Mapping[str, object]]) -> None:
        self.revisions = list(revisions)
        self.saves.setRowCount(len(self.revisions))
        for r, rev in enumerate(self.revisions):
            changes = rev["changes"]
            assert isinstance(changes, list)
            texts = (
                rev["revision"],
                str(rev["saved_at"]).replace("T", " "),
                rev["saved_by"],
                rev["db_user"],
                len(changes),
                rev["note"],
            )
            for c, text in enumerate(texts):
                self.saves.setItem(r, c, _item(text))
        self.summary.setText(self.tr("共 %n 次保存", "", len(self.revisions)))
        if self.revisions:
            self.saves.selectRow(0)
        self._show_changes()

    def selected_revision(self) -> int | None:
        rows = self.saves.selectionModel().selectedRows()
        if not rows:
            return None
        value = self.revisions[rows[0].row()]["revision"]
        return int(value) if isinstance(value, int) else None

    @Slot()
    def _show_changes(self) -> None:
        rows = self.saves.selectionModel().selectedRows()
        self.restore_button.setEnabled(bool(rows))
        changes = self.revisions[rows[0].row()]["changes"] if rows else []
        assert isinstance(changes, list)
        self.changes.setRowCount(len(changes))
        for r, ch in enumerate(changes):
            values = f"{ch['before']} → {ch['after']}" if ch["field"] else (ch["after"] or ch["before"])
            texts = (
                _kind(ch["kind"]),
                _action(ch["action"]),
                ch["label"],
                field_label(ch["field_label"]) if ch["field_label"] else "",
                values,
            )
            for c, text in enumerate(texts):
                self.changes.setItem(r, c, _item(text))

    @Slot()
    def _restore(self) -> None:
        revision = self.selected_revision()
        if revision is not None:
            self.restoreRequested.emit(revision)
