"""The 三级四同 page: each county item beside its reference item, the differing fields highlighted.

导入参照目录… asks the window (the controller reads the file); then the table lists the
county items by status (不一致 by default, or 县级独有, 一致, all), with name, code, type,
法律法规依据 and 具体条款 of the county and the reference next to each other.  采用参照值
(Ctrl+Shift+A) takes the reference's value of the selected cells' fields — a selected
status or 实施主体 cell means every differing field of its row — for all selected rows as
one undo step; 全部采用参照值 does it for every difference shown.  Below, the reference
items the county lacks (缺少).  Enter or a double click on a row goes to the item on the
清单 page.  Sorting: a click on a column's header (ascending → descending → the list's order),
or from the keyboard Ctrl+Alt+S by the current cell's column (again: the other way), and the
table's and the header's context menus (升序, 降序, 恢复清单顺序); the header shows the order.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QAction, QHideEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reformdesk.domain.catalogue.conformity import COMPARED
from reformdesk.domain.catalogue.registry import CatalogueKind
from reformdesk.gui.catalogue.document import CatalogueDocument
from reformdesk.gui.edits import catalogue_edits as edits
from reformdesk.gui.models.catalogue_models import ENTITY_ROLE, field_title
from reformdesk.gui.models.conformity_models import FIELD_ROLE, ConformityModel, MissingModel, Status, value_text
from reformdesk.gui.views.buttons import action_button

#: Column widths (pixels) of the side-by-side table by field.
_WIDTHS = {"name": 210, "code": 150, "type": 90, "legal_basis": 220, "basis_clause": 110}


class DetailPanel(QGroupBox):
    """The current row's item beside its reference item, a field a line, full texts, a button per differing field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.addWidget(QLabel(self.tr("本县清单")), 0, 1)
        grid.addWidget(QLabel(self.tr("参照目录")), 0, 2)
        #: field → (county label, reference label, 采用 button)
        self.rows: dict[str, tuple[QLabel, QLabel, QPushButton]] = {}
        for r, name in enumerate(COMPARED, start=1):
            title = QLabel(field_title(CatalogueKind.ITEM.spec.field(name)))
            county, reference = QLabel(), QLabel()
            for label in (county, reference):
                label.setWordWrap(True)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            button = QPushButton(self.tr("采用参照值"))
            button.setObjectName(f"adopt_{name}")
            grid.addWidget(title, r, 0)
            grid.addWidget(county, r, 1)
            grid.addWidget(reference, r, 2)
            grid.addWidget(button, r, 3)
            self.rows[name] = (county, reference, button)

    def show_row(self, title: str, values: dict[str, tuple[str, str]], differing: set[str], writable: bool) -> None:
        """``values``: field → (county text, reference text); empty to clear."""
        self.setTitle(title)
        for name, (county, reference, button) in self.rows.items():
            a, b = values.get(name, ("", ""))
            county.setText(a)
            reference.setText(b)
            style = "background: #ffe3b0; font-weight: bold;" if name in differing else ""
            county.setStyleSheet(style)
            reference.setStyleSheet(style)
            button.setEnabled(writable and name in differing)


class ConformityPage(QWidget):
    actionRequested = Signal(str)
    #: Go to an entity on the page that shows it (the window routes it to the 清单 page).
    entityRequested = Signal(object, str)

    def __init__(self, doc: CatalogueDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.model = ConformityModel(doc, self)
        self.missing_model = MissingModel(doc, self)

        self.import_button = QPushButton(self.tr("导入参照目录(&R)…"))
        self.import_button.clicked.connect(lambda: self.actionRequested.emit("import_reference"))
        self.summary = QLabel()
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # Empty state: what the page is for and how to start.
        empty = QWidget()
        elo = QVBoxLayout(empty)
        elo.addStretch(1)
        self.empty_label = QLabel(
            self.tr(
                "尚未导入参照目录。\n\n导入省级或市级的通用目录（电子表格或权责清单文件）后，"
                "这里逐项比较本县事项与参照事项的职权名称、职权编码、职权类型和法律法规依据（三级四同），"
                "标出不一致的字段，并可逐项采用参照值。"
            )
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_import_button = QPushButton(self.tr("导入参照目录…"))
        self.empty_import_button.clicked.connect(lambda: self.actionRequested.emit("import_reference"))
        # The list this catalogue was compared with last time, one click away (not stored in the
        # catalogue file: it is the province's or city's, imported again as it is now).
        self.empty_reload_button = QPushButton()
        self.empty_reload_button.clicked.connect(lambda: self.actionRequested.emit("reload_reference"))
        self.empty_reload_button.hide()
        elo.addWidget(self.empty_label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.empty_reload_button)
        row.addWidget(self.empty_import_button)
        row.addStretch(1)
        elo.addLayout(row)
        elo.addStretch(2)

        # The comparison
        self.status_box = QComboBox()
        self.status_box.addItem(self.tr("不一致"), [Status.DIFFERS])
        self.status_box.addItem(self.tr("县级独有"), [Status.COUNTY_ONLY])
        self.status_box.addItem(self.tr("不一致和县级独有"), [Status.DIFFERS, Status.COUNTY_ONLY])
        self.status_box.addItem(self.tr("一致"), [Status.CONFORMS])
        self.status_box.addItem(self.tr("全部事项"), list(Status))
        self.status_box.currentIndexChanged.connect(self._filter)
        status_label = QLabel(self.tr("显示(&W)："))
        status_label.setBuddy(self.status_box)
        self.filter_box = QLineEdit()
        self.filter_box.setPlaceholderText(self.tr("按职权名称或编码筛选"))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.textChanged.connect(self._filter)
        filter_label = QLabel(self.tr("筛选(&S)："))
        filter_label.setBuddy(self.filter_box)

        self.adopt_action = QAction(self.tr("采用参照值(&C)"), self)
        self.adopt_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.adopt_action.setToolTip(
            self.tr("选中字段（或整行）采用参照目录的值；选中多项时作为一步，可撤销（Ctrl+Shift+A）")
        )
        self.adopt_action.triggered.connect(self.adopt_selected)
        self.adopt_all_action = QAction(self.tr("全部采用参照值(&H)"), self)
        self.adopt_all_action.setToolTip(self.tr("列表中所有不一致的字段都采用参照目录的值，作为一步，可撤销"))
        self.adopt_all_action.triggered.connect(self.adopt_all)
        self.go_action = QAction(self.tr("转到清单中的事项(&G)"), self)
        self.go_action.setShortcut(QKeySequence("Ctrl+G"))
        self.go_action.triggered.connect(self.go_to_current)
        # Sorting from the keyboard, as in a spreadsheet: by the current cell's column.
        self.sort_action = QAction(self.tr("按本列排序(&T)"), self)
        self.sort_action.setShortcut(QKeySequence("Ctrl+Alt+S"))
        self.sort_action.setToolTip(self.tr("按当前单元格所在列排序，再按一次升降序互换（Ctrl+Alt+S）"))
        self.sort_action.triggered.connect(self.sort_current_column)
        self.sort_ascending_action = QAction(self.tr("按本列升序排列(&U)"), self)
        self.sort_ascending_action.triggered.connect(
            lambda: self.sort_by(self._current_column(), Qt.SortOrder.AscendingOrder)
        )
        self.sort_descending_action = QAction(self.tr("按本列降序排列(&D)"), self)
        self.sort_descending_action.triggered.connect(
            lambda: self.sort_by(self._current_column(), Qt.SortOrder.DescendingOrder)
        )
        self.sort_clear_action = QAction(self.tr("恢复清单顺序(&O)"), self)
        self.sort_clear_action.triggered.connect(lambda: self.sort_by(-1, Qt.SortOrder.AscendingOrder))
        self.sort_actions = [
            self.sort_action,
            self.sort_ascending_action,
            self.sort_descending_action,
            self.sort_clear_action,
        ]
        for action in (self.adopt_action, self.adopt_all_action, self.go_action, *self.sort_actions):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.menu_actions: list[QAction] = [self.adopt_action, self.adopt_all_action, self.go_action]
        separator = QAction(self)
        separator.setSeparator(True)
        self.menu_actions += [separator, *self.sort_actions]

        tools = QHBoxLayout()
        tools.addWidget(self.import_button)
        for action in (self.adopt_action, self.adopt_all_action):
            tools.addWidget(action_button(action))
        tools.addStretch(1)
        tools.addWidget(status_label)
        tools.addWidget(self.status_box)
        tools.addWidget(filter_label)
        tools.addWidget(self.filter_box, 1)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setColumnWidth(0, 80)
        self.table.setColumnWidth(1, 130)
        for col, (_side, name) in enumerate(self.model.COLUMNS):
            if name in _WIDTHS:
                self.table.setColumnWidth(col, _WIDTHS[name])
        # Sorted by the model (a key sort); a click cycles ascending → descending → the catalogue's order.
        header = self.table.horizontalHeader()
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.activated.connect(self._activated)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        table_separator = QAction(self)
        table_separator.setSeparator(True)
        self.table.addActions(
            [
                self.adopt_action,
                self.adopt_all_action,
                self.go_action,
                table_separator,
                self.sort_ascending_action,
                self.sort_descending_action,
                self.sort_clear_action,
            ]
        )
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        header.sortIndicatorChanged.connect(self._enable)
        self.table.selectionModel().selectionChanged.connect(self._enable)
        self.model.modelReset.connect(self._update)
        self.model.dataChanged.connect(self._update)

        self.missing_label = QLabel()
        self.missing = QTableView()
        self.missing.setModel(self.missing_model)
        self.missing.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.missing.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.missing.setTabKeyNavigation(False)
        self.missing.verticalHeader().setDefaultSectionSize(24)
        for col, name in enumerate(MissingModel.FIELDS):
            self.missing.setColumnWidth(col, _WIDTHS.get(name, 130))
        self.missing.horizontalHeader().setStretchLastSection(True)
        self.missing_label.setBuddy(self.missing)
        self.missing_model.modelReset.connect(self._update)
        self.missing.selectionModel().selectionChanged.connect(self._enable)
        self.add_missing_action = QAction(self.tr("加入本县清单(&N)"), self)
        self.add_missing_action.setToolTip(
            self.tr("把选中的参照事项连同其字段加入本县清单（实施主体按名称对应，没有的新增），作为一步，可撤销")
        )
        self.add_missing_action.triggered.connect(self.add_selected_missing)
        self.add_missing_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.add_missing_action)
        self.menu_actions.append(self.add_missing_action)
        self.missing.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.missing.addAction(self.add_missing_action)
        add_missing_button = action_button(self.add_missing_action)

        self.detail = DetailPanel()
        for name, (_a, _b, button) in self.detail.rows.items():
            button.clicked.connect(lambda _checked=False, field=name: self.adopt_field(field))
        self.table.selectionModel().currentChanged.connect(self._show_detail)
        self.model.modelReset.connect(self._show_detail)
        self.model.dataChanged.connect(self._show_detail)

        top = QWidget()
        tlo = QVBoxLayout(top)
        tlo.setContentsMargins(0, 0, 0, 0)
        tlo.addLayout(tools)
        tlo.addWidget(self.summary)
        tlo.addWidget(self.table, 1)
        bottom = QWidget()
        blo = QVBoxLayout(bottom)
        blo.setContentsMargins(0, 0, 0, 0)
        missing_row = QHBoxLayout()
        missing_row.addWidget(self.missing_label)
        missing_row.addStretch(1)
        missing_row.addWidget(add_missing_button)
        blo.addLayout(missing_row)
        blo.addWidget(self.missing, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(self.detail)
        split.addWidget(bottom)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setStretchFactor(2, 1)

        self.stack = QStackedWidget()
        self.stack.addWidget(empty)
        self.stack.addWidget(split)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.stack)
        self.setTabOrder(self.import_button, self.status_box)
        self.setTabOrder(self.status_box, self.filter_box)
        self.setTabOrder(self.filter_box, self.table)
        self.setTabOrder(self.table, self.detail.rows[COMPARED[0]][2])
        previous = self.detail.rows[COMPARED[0]][2]
        for name in COMPARED[1:]:
            self.setTabOrder(previous, self.detail.rows[name][2])
            previous = self.detail.rows[name][2]
        self.setTabOrder(previous, self.missing)
        self._choose_rows = False
        doc.referenceChanged.connect(self._reference_changed)
        self._filter()
        self._reference_changed()

    # -- state ---------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        self.model.set_active(True)
        self.missing_model.set_active(True)
        self._update()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        # Hidden, the page does not follow each edit; it catches up when shown.
        self.model.set_active(False)
        self.missing_model.set_active(False)
        super().hideEvent(event)

    def offer_last_reference(self, name: str) -> None:
        """Offer the reference list named ``name`` (the one compared with last time; "": none)."""
        self.empty_reload_button.setText(self.tr("载入上次的参照目录：%1").replace("%1", name))
        self.empty_reload_button.setVisible(bool(name))
        if name:
            self.empty_reload_button.setDefault(True)

    @Slot()
    def _reference_changed(self) -> None:
        has = self.doc.reference is not None
        self.stack.setCurrentIndex(1 if has else 0)
        # Which rows to show is decided once the rows are there (a hidden page catches up when shown).
        self._choose_rows = has
        self._update()

    def _choose_status(self) -> None:
        self._choose_rows = False
        if self.model.counts[Status.DIFFERS] == 0 and self.status_box.currentIndex() == 0:
            # Nothing differs: the county-only items, or every item, rather than an empty table.
            self.status_box.setCurrentIndex(2 if self.model.counts[Status.COUNTY_ONLY] else 4)

    @Slot()
    def _filter(self, *_args: object) -> None:
        self.model.set_filter({Status(s) for s in self.status_box.currentData()}, self.filter_box.text())

    @Slot()
    def _update(self, *_args: object) -> None:
        result = self.doc.conformity()
        if self._choose_rows and result is not None and self.model.active:
            self._choose_status()
        if result is None:
            self.summary.clear()
            self.missing_label.clear()
            self._enable()
            return
        counts = self.model.counts
        self.summary.setText(
            self.tr("参照目录：%1（%2 项）· 本县 %3 项：一致 %4，不一致 %5，县级独有 %6；缺少 %7 项")
            .replace("%1", self.doc.reference_name)
            .replace("%2", str(result.reference_items))
            .replace("%3", str(result.items))
            .replace("%4", str(counts[Status.CONFORMS]))
            .replace("%5", str(counts[Status.DIFFERS]))
            .replace("%6", str(counts[Status.COUNTY_ONLY]))
            .replace("%7", str(len(result.missing)))
        )
        self.missing_label.setText(
            self.tr("参照目录中有、本县清单缺少的事项（缺少）：%1 项(&M)").replace("%1", str(len(result.missing)))
        )
        self._enable()

    @Slot()
    def _enable(self, *_args: object) -> None:
        writable = not self.doc.read_only and self.doc.reference is not None
        self.adopt_action.setEnabled(writable and bool(self.choices()))
        self.adopt_all_action.setEnabled(writable and self.model.counts[Status.DIFFERS] > 0)
        self.go_action.setEnabled(self.table.currentIndex().isValid())
        has_rows = bool(self.model.rows)
        for action in (self.sort_action, self.sort_ascending_action, self.sort_descending_action):
            action.setEnabled(has_rows)
        self.sort_clear_action.setEnabled(self.table.horizontalHeader().sortIndicatorSection() >= 0)
        if hasattr(self, "add_missing_action"):
            self.add_missing_action.setEnabled(writable and bool(self.selected_missing()))

    # -- sorting -------------------------------------------------------------------------------
    def _current_column(self) -> int:
        index = self.table.currentIndex()
        return index.column() if index.isValid() else 0

    def sort_by(self, column: int, order: Qt.SortOrder) -> None:
        """Sort the table by ``column`` (-1: the catalogue's order), the header's indicator with it;
        the current cell stays current and in view."""
        self.table.sortByColumn(column, order)
        current = self.table.currentIndex()
        if current.isValid():
            self.table.scrollTo(current)

    def sort_current_column(self) -> None:
        """Ctrl+Alt+S: ascending by the current cell's column; again on a sorted column, the other way."""
        column = self._current_column()
        header = self.table.horizontalHeader()
        ascending = Qt.SortOrder.AscendingOrder
        if header.sortIndicatorSection() == column and header.sortIndicatorOrder() == ascending:
            self.sort_by(column, Qt.SortOrder.DescendingOrder)
        else:
            self.sort_by(column, ascending)

    def header_menu(self, section: int) -> QMenu:
        """The header's menu for ``section``: ascending, descending, the catalogue's order."""
        menu = QMenu(self)
        menu.addAction(self.tr("升序排列(&U)"), lambda: self.sort_by(section, Qt.SortOrder.AscendingOrder))
        menu.addAction(self.tr("降序排列(&D)"), lambda: self.sort_by(section, Qt.SortOrder.DescendingOrder))
        restore = menu.addAction(self.tr("恢复清单顺序(&O)"), lambda: self.sort_by(-1, Qt.SortOrder.AscendingOrder))
        restore.setEnabled(self.table.horizontalHeader().sortIndicatorSection() >= 0)
        return menu

    @Slot(QPoint)
    def _header_menu(self, pos: QPoint) -> None:
        header = self.table.horizontalHeader()
        section = header.logicalIndexAt(pos)
        if section >= 0:
            self.header_menu(section).popup(header.mapToGlobal(pos))

    # -- adopting -------------------------------------------------------------------------------
    def choices(self) -> dict[str, list[str]]:
        """The selected cells as {county item id: [field, …]} of fields that differ."""
        out: dict[str, list[str]] = {}
        indexes = self.table.selectionModel().selectedIndexes() if self.table.selectionModel() else []
        for index in indexes:
            status, iid, _rid, fields = self.model.rows[index.row()]
            if status is not Status.DIFFERS:
                continue
            name = index.data(FIELD_ROLE)
            wanted = [name] if name is not None else [f for f in COMPARED if f in fields]
            chosen = out.setdefault(iid, [])
            chosen.extend(f for f in wanted if f in fields and f not in chosen)
        return {iid: fs for iid, fs in out.items() if fs}

    def adopt_selected(self) -> bool:
        """采用参照值 (Ctrl+Shift+A): the selected cells' fields; the cursor stays where it was."""
        choices = self.choices()
        if not choices:
            return False
        current = self.table.currentIndex()
        ok = edits.adopt_reference(self.doc, choices)
        if ok:
            self._keep_cursor(current.row(), list(choices), current.column())
        return ok

    def adopt_all(self) -> bool:
        choices = {iid: sorted(fields) for status, iid, _r, fields in self.model.rows if status is Status.DIFFERS}
        return edits.adopt_reference(self.doc, choices) if choices else False

    def adopt_field(self, field: str) -> bool:
        """The detail panel's 采用参照值: one field of the current row, one undo step; the cursor stays on the row."""
        index = self.table.currentIndex()
        if not index.isValid():
            return False
        iid = self.model.rows[index.row()][1]
        ok = edits.adopt_reference(self.doc, {iid: [field]})
        if ok:
            self._keep_cursor(index.row(), [iid], index.column())
        return ok

    def _keep_cursor(self, row: int, item_ids: list[str], column: int = 0) -> None:
        """After adopting: back on the first adopted item still listed, else — it conforms now
        and left the 不一致 list — on the row that took its place, so the next Ctrl+Shift+A
        goes on down the list as in a spreadsheet (the selection had gone with the rows).

        In the same column: on 状态 (column 0) the next press takes a whole row, so a cursor
        moved there after one field was adopted took the row's other fields unseen."""
        column = max(column, 0)
        for iid in item_ids:
            at = self.model.row_of(iid)
            if at >= 0:
                self.table.setCurrentIndex(self.model.index(at, column))
                return
        if self.model.rows and row >= 0:
            self.table.setCurrentIndex(self.model.index(min(row, len(self.model.rows) - 1), column))

    @Slot()
    def _show_detail(self, *_args: object) -> None:
        index = self.table.currentIndex()
        reference = self.doc.reference
        if not index.isValid() or reference is None or index.row() >= len(self.model.rows):
            self.detail.show_row(self.tr("对照"), {}, set(), False)
            return
        status, iid, rid, fields = self.model.rows[index.row()]
        item = self.doc.cat.items[iid]
        ref = reference.items[rid] if rid is not None else None
        values = {f: (value_text(item, f), value_text(ref, f) if ref is not None else "") for f in COMPARED}
        title = self.tr("对照：%1（%2）").replace("%1", item.name or item.code).replace("%2", status.label)
        self.detail.show_row(title, values, set(fields), not self.doc.read_only)

    def selected_missing(self) -> list[str]:
        model = self.missing.selectionModel() if hasattr(self, "missing") else None
        if model is None:
            return []
        return [self.missing_model.ids[i.row()] for i in model.selectedRows()]

    def add_selected_missing(self) -> bool:
        ids = self.selected_missing()
        return edits.add_missing(self.doc, ids) if ids else False

    def select_cell(self, item_id: str, field: str | None = None, side: str = "county") -> bool:
        row = self.model.row_of(item_id)
        if row < 0:
            return False
        column = 0 if field is None else self.model.COLUMNS.index((side, field))
        self.table.setCurrentIndex(self.model.index(row, column))
        return True

    # -- going to the item ------------------------------------------------------------------------
    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        entity = index.data(ENTITY_ROLE)
        if entity is not None:
            self.entityRequested.emit(*entity)

    def go_to_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._activated(index)

    def show_entity(self, kind: CatalogueKind, entity_id: str) -> bool:
        return kind is CatalogueKind.ITEM and self.select_cell(entity_id)
