"""导入清单: what a list would bring into the catalogue, before anything changes.

Three tabs: the items to be added (with their 实施主体, new ones marked), the items to be
updated (with the fields that change) and the rows skipped because they cannot be read
(row number and reason, as the importer reports them).  OK applies the import as one
undo step (the controller does it); Cancel leaves the catalogue as it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reformdesk.domain.catalogue.model import Catalogue
from reformdesk.domain.catalogue.registry import CatalogueKind
from reformdesk.gui.models.catalogue_models import field_title
from reformdesk.gui.models.labels import join_list, power_type_label

if TYPE_CHECKING:
    from reformdesk.formats.catalogue_import import CatalogueImport

_SHOWN = ("code", "name", "type")


def _table(headers: list[str], rows: list[list[str]]) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setTabKeyNavigation(False)
    table.verticalHeader().setDefaultSectionSize(24)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    table.horizontalHeader().setStretchLastSection(True)
    for c, width in enumerate((150, 160, 260, 100)[: len(headers) - 1]):
        table.setColumnWidth(c, width)
    return table


class CatalogueImportDialog(QDialog):
    def __init__(self, cat: Catalogue, result: CatalogueImport, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("导入清单：%1").replace("%1", file_name))
        changes = result.changes
        spec = CatalogueKind.ITEM.spec
        new_subjects = {s.id: s.name for s in changes.added(CatalogueKind.SUBJECT)}
        names = {sid: s.name for sid, s in cat.subjects.items()} | new_subjects

        def subject(sid: str | None) -> str:
            name = names.get(sid or "", "")
            return self.tr("%1（新）").replace("%1", name) if sid in new_subjects else name

        headers = [field_title(spec.field("subject_id")), *(field_title(spec.field(f)) for f in _SHOWN)]
        added = [
            [subject(i.subject_id), i.code, i.name, power_type_label(i.type)] for i in changes.added(CatalogueKind.ITEM)
        ]
        updates = changes.field_values(CatalogueKind.ITEM)
        updated = []
        for iid, fields in updates.items():
            item = cat.items[iid]
            labels = join_list([field_title(spec.field(f)) for f in fields])
            updated.append([subject(item.subject_id), item.code, item.name, labels])
        self.added_table = _table(headers, added)
        self.updated_table = _table([*headers[:3], self.tr("更新的字段")], updated)
        self.skipped = QListWidget()
        self.skipped.addItems(list(result.unreadable))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.added_table, self.tr("新增 %1 项(&A)").replace("%1", str(len(added))))
        self.tabs.addTab(self.updated_table, self.tr("更新 %1 项(&U)").replace("%1", str(len(updated))))
        self.tabs.addTab(self.skipped, self.tr("跳过 %n 行(&K)", "", len(result.unreadable)))
        # A hidden sheet left unread, or a 合计 that disagrees with the rows: said before importing.
        self.to_check = QListWidget()
        self.to_check.addItems(list(result.to_check))
        if result.to_check:
            self.tabs.addTab(self.to_check, self.tr("需核对 %n 项(&C)", "", len(result.to_check)))
        sheets = result.sheets
        self.summary = QLabel(
            self.tr("读取 %1 个工作表：新增事项 %2 项，更新 %3 项，新增实施主体 %4 个，无法读取 %5 行（跳过）。")
            .replace("%1", str(max(sheets, 1)))
            .replace("%2", str(len(added)))
            .replace("%3", str(len(updated)))
            .replace("%4", str(len(new_subjects)))
            .replace("%5", str(len(result.unreadable)))
        )
        if result.to_check:
            self.summary.setText(
                self.summary.text()
                + self.tr("另有 %1 项需核对（未读取的工作表或与合计不符）。").replace("%1", str(len(result.to_check)))
            )
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("导入"))
        ok.setEnabled(bool(changes))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(self.tabs, 1)
        if not changes:
            lay.addWidget(QLabel(self.tr("这份清单没有带来任何变化。")))
        lay.addWidget(self.buttons)
        self.resize(900, 560)
