"""The catalogue window's 动态调整 and 审批事项目录 pages: they show and forward.

Files (the previous year's version, the base year, the exports) are the controller's,
gui/catalogue_years_actions.py: a page asks through its signals; edits go through the
item model to gui/edits/catalogue_years_edits.py.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reformdesk.domain.catalogue.approvals import ApprovalCatalogue, ApprovalStatus
from reformdesk.domain.catalogue.model import ADJUSTMENT_REASONS
from reformdesk.gui.catalogue.document import CatalogueDocument
from reformdesk.gui.edits.catalogue_years_edits import remove_records
from reformdesk.gui.models.catalogue_years_models import RECORD_FIELDS, AdjustmentsModel, ApprovalsModel


class ReasonDelegate(QStyledItemDelegate):
    """调整理由: the usual reasons offered as completions; any other text allowed.

    With the suggestions open, Return takes the highlighted one (else the text typed) and
    commits the cell, Escape closes them and cancels the edit: one key press each, as in
    Excel's autocomplete.  (Left alone, QCompleter's popup eats the first press, so the
    clerk pressed Return twice and Escape twice.)
    """

    def createEditor(self, parent: QWidget, option: object, index: object) -> QWidget:  # type: ignore[override]
        editor = QLineEdit(parent)
        completer = QCompleter(QStringListModel(list(ADJUSTMENT_REASONS), editor), editor)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        editor.setCompleter(completer)
        # Installed after the completer's own filter (popup() installs it), so it runs first.
        completer.popup().installEventFilter(_PopupKeys(self, editor, completer))
        return editor


class _PopupKeys(QObject):
    """Return and Escape on the suggestions of a cell's editor end the edit (see ReasonDelegate)."""

    def __init__(self, delegate: QStyledItemDelegate, editor: QLineEdit, completer: QCompleter) -> None:
        super().__init__(editor)
        self._delegate, self._editor, self._completer = delegate, editor, completer

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        popup = self._completer.popup()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            current = popup.currentIndex()
            popup.hide()
            if current.isValid():
                self._editor.setText(str(current.data()))
            self._delegate.commitData.emit(self._editor)
            self._delegate.closeEditor.emit(self._editor, QAbstractItemDelegate.EndEditHint.NoHint)
            return True
        if event.matches(QKeySequence.StandardKey.Cancel):
            popup.hide()
            self._delegate.closeEditor.emit(self._editor, QAbstractItemDelegate.EndEditHint.RevertModelCache)
            return True
        return False


def _table(parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    return view


class AdjustmentsPage(QWidget):
    """One year's 动态调整 records: compare with the previous version, complete, export."""

    compareRequested = Signal()
    exportRequested = Signal()
    newYearRequested = Signal()

    def __init__(self, doc: CatalogueDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.model = AdjustmentsModel(doc, self)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.compare_button = QPushButton(self.tr("与上一版本比较(&P)…"), self)
        self.export_button = QPushButton(self.tr("导出年度动态调整表(&X)…"), self)
        self.remove_button = QPushButton(self.tr("删除记录(&R)"), self)
        self.new_year_button = QPushButton(self.tr("新建年度版本(&N)…"), self)
        self.year_combo = QComboBox(self)
        year_label = QLabel(self.tr("年度(&Y)"), self)
        year_label.setBuddy(self.year_combo)
        for w in (self.compare_button, self.export_button, self.remove_button):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(year_label)
        bar.addWidget(self.year_combo)
        bar.addWidget(self.new_year_button)
        layout.addLayout(bar)
        self.summary = QLabel(self)
        layout.addWidget(self.summary)
        self.view = _table(self)
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(RECORD_FIELDS.index("reason") + 1, ReasonDelegate(self.view))
        for col, width in ((0, 44), (1, 130), (2, 160), (3, 220), (4, 64), (5, 200), (6, 200), (7, 120), (8, 220)):
            self.view.setColumnWidth(col, width)
        layout.addWidget(self.view, 1)
        self.compare_button.clicked.connect(self.compareRequested)
        self.export_button.clicked.connect(self.exportRequested)
        self.new_year_button.clicked.connect(self.newYearRequested)
        self.remove_button.clicked.connect(self.remove_selected)
        self.year_combo.activated.connect(self._year_chosen)
        self.model.modelReset.connect(self._refresh)
        self.model.dataChanged.connect(self._summary)
        compare = QAction(self.tr("与上一版本比较(&P)…"), self)
        compare.setShortcut(QKeySequence("Ctrl+Shift+D"))
        compare.triggered.connect(self.compareRequested)
        export = QAction(self.tr("导出年度动态调整表(&X)…"), self)
        export.triggered.connect(self.exportRequested)
        new_year = QAction(self.tr("新建年度版本(&N)…"), self)
        new_year.triggered.connect(self.newYearRequested)
        remove = QAction(self.tr("删除所选调整记录"), self)
        remove.setShortcut(QKeySequence.StandardKey.Delete)
        remove.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        remove.triggered.connect(self.remove_selected)
        self.addAction(remove)
        fill = QAction(self.tr("向下填充"), self)
        fill.setShortcut(QKeySequence("Ctrl+D"))
        fill.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        fill.setToolTip(self.tr("所选各行的当前列取最上面一行的值（只选一行时取上一行的值），作为一步，可撤销"))
        fill.triggered.connect(self.fill_down)
        self.addAction(fill)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.addActions([fill, remove])
        self.fill_action = fill
        self.menu_actions = [compare, export, new_year, remove, fill]
        self._refresh()

    def _years(self) -> list[int]:
        years = {r.year for r in self.doc.cat.adjustments.values()} | {self.doc.cat.info.year}
        return sorted(years, reverse=True)

    def _refresh(self) -> None:
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in self._years():
            self.year_combo.addItem(self.tr("%1年").replace("%1", str(year)), year)
        self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(self.model.shown_year())))
        self.year_combo.blockSignals(False)
        self._summary()

    def _summary(self, *_args: object) -> None:
        n, missing = self.model.rowCount(), self.model.incomplete()
        text = self.tr("%1年度共 %n 条调整记录", "", n).replace("%1", str(self.model.shown_year()))
        if missing:
            text += self.tr("，其中 %n 条未填调整理由或文件依据（黄色）", "", missing)
        self.summary.setText(text)
        self.remove_button.setEnabled(n > 0 and not self.doc.read_only)

    def _year_chosen(self, index: int) -> None:
        year = self.year_combo.itemData(index)
        self.model.set_year(None if year == self.doc.cat.info.year else year)

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.record_at(r).id for r in rows]

    def fill_down(self) -> bool:
        """向下填充 (Ctrl+D): the current cell's column, over the selected rows (rows are selected
        whole; the column is the one clicked, as a clerk selects 文号 from the first row to the last)."""
        column = self.view.currentIndex().column()
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        if column < 0 or not rows:
            return False
        return self.model.fill_down([self.model.index(r, column) for r in rows])

    def remove_selected(self) -> bool:
        ids = self.selected_ids()
        return bool(ids) and remove_records(self.doc, ids)


class ApprovalsPage(QWidget):
    """Each base-year approval item's status, the 精简率 with its parts; export the three lists."""

    baseRequested = Signal()
    exportRequested = Signal()

    def __init__(self, doc: CatalogueDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.result: ApprovalCatalogue | None = None
        self.model = ApprovalsModel(self)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.base_button = QPushButton(self.tr("选择基期清单(&B)…"), self)
        self.export_button = QPushButton(self.tr("导出取消、调整和保留目录(&X)…"), self)
        self.status_combo = QComboBox(self)
        self.status_combo.addItem(self.tr("全部"), None)
        for status in ApprovalStatus:
            self.status_combo.addItem(status.value, status.value)
        status_label = QLabel(self.tr("状态(&S)"), self)
        status_label.setBuddy(self.status_combo)
        bar.addWidget(self.base_button)
        bar.addWidget(self.export_button)
        bar.addStretch(1)
        bar.addWidget(status_label)
        bar.addWidget(self.status_combo)
        layout.addLayout(bar)
        self.base_label = QLabel(self)
        self.rate_label = QLabel(self)
        self.rate_label.setStyleSheet("QLabel { font-weight: bold; }")
        self.rate_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.base_label)
        layout.addWidget(self.rate_label)
        self.view = _table(self)
        self.view.setModel(self.model)
        for col, width in ((0, 44), (1, 56), (2, 72), (3, 170), (4, 260), (5, 150), (6, 200), (7, 220)):
            self.view.setColumnWidth(col, width)
        layout.addWidget(self.view, 1)
        self.base_button.clicked.connect(self.baseRequested)
        self.export_button.clicked.connect(self.exportRequested)
        self.status_combo.currentIndexChanged.connect(self._filter)
        base = QAction(self.tr("选择基期清单(&B)…"), self)
        base.triggered.connect(self.baseRequested)
        export = QAction(self.tr("导出取消、调整和保留目录(&X)…"), self)
        export.triggered.connect(self.exportRequested)
        self.menu_actions = [base, export]
        self.show_result(None, "")

    def show_result(self, result: ApprovalCatalogue | None, base_name: str) -> None:
        self.result = result
        if result is None:
            self.base_label.setText(self.tr("尚未选择基期清单：选择基期年度的权责清单（.rdcatalog），与本清单比较。"))
            self.rate_label.setText("")
        else:
            self.base_label.setText(
                self.tr(
                    "基期：%1年（%2），行政审批事项 %n 项：取消 %4，调整 %5（其中下放 %6），保留 %7",
                    "",
                    result.base_count,
                )
                .replace("%1", str(result.base_year))
                .replace("%2", base_name)
                .replace("%4", str(result.cancelled))
                .replace("%5", str(result.adjusted))
                .replace("%6", str(result.delegated))
                .replace("%7", str(result.kept))
            )
            self.rate_label.setText(self.rate_text(result))
        self.export_button.setEnabled(result is not None)
        self.menu_actions[1].setEnabled(result is not None)
        self._filter()

    def rate_text(self, result: ApprovalCatalogue) -> str:
        """精简率 51.1%（取消 62 + 下放 28）÷ 176: always with numerator and denominator."""
        if result.rate is None:
            return self.tr("精简率 —（基期没有行政审批事项）")
        return (
            self.tr("精简率 %1%（取消 %2 + 下放 %3）÷ %4")
            .replace("%1", f"{result.rate * 100:.1f}")
            .replace("%2", str(result.cancelled))
            .replace("%3", str(result.delegated))
            .replace("%4", str(result.base_count))
        )

    def _filter(self) -> None:
        value = self.status_combo.currentData()
        self.model.set_result(self.result, ApprovalStatus(value) if value else None)
