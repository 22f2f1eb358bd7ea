"""The powers page: the delegation plan's table with find, filter, in-place and bulk editing.

The page only shows and forwards: filtering, sorting and edits live in
PowersModel; dialogs collect values; every change is one command on the
document's undo stack.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSettings,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reformdesk.domain.model import DelegationMode, Power, PowerType, new_id
from reformdesk.domain.powers import (
    NO_BODY,
    STATES,
    PowerCounts,
    PowerFilter,
    PowerStatus,
    next_seq,
    source_departments,
    with_sub_items,
)
from reformdesk.domain.registry import EntityKind
from reformdesk.gui import edits
from reformdesk.gui.dialogs.power_bulk_dialog import PowerBulkDialog
from reformdesk.gui.dialogs.power_edit_dialog import PowerEditDialog
from reformdesk.gui.dialogs.power_editors import (
    body_combo,
    date_edit,
    enum_combo,
    get_date,
    official_combo,
    set_combo_data,
    set_date,
)
from reformdesk.gui.document import Document
from reformdesk.gui.models.labels import mode_label, power_type_label, status_label
from reformdesk.gui.models.powers_model import COLUMN_OF, COLUMNS, PowersModel
from reformdesk.gui.views import sheet_keys
from reformdesk.gui.views.buttons import keep_mnemonics
from reformdesk.gui.views.headers import fit_sections

if TYPE_CHECKING:
    from reformdesk.gui.import_action import PowerImportAction

#: Delay between the last keystroke and the filter (typing stays smooth).
FILTER_DELAY_MS = 150
_SETTINGS_HEADER = "powers/header"
#: Widths the columns start with (characters of CJK text ≈ 14 px each).
_DEFAULT_WIDTHS = {
    "seq": 64,
    "code": 150,
    "name": 230,
    "type": 90,
    "legal_basis": 150,
    "source_department": 110,
    "mode": 72,
    "body_id": 130,
    "deadline": 112,
    "official_id": 80,
    "note": 90,
    "status": 110,
}


class PowerDelegate(QStyledItemDelegate):
    """In-place editors: combos of the plan's bodies, people, types and modes; a date editor."""

    def __init__(self, model: PowersModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.powers_model = model

    def _power(self, index: QModelIndex | QPersistentModelIndex) -> Power:
        return self.powers_model.doc.plan.powers[self.powers_model.power_id(index.row())]

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        field = COLUMNS[index.column()].field
        plan = self.powers_model.doc.plan
        if field == "body_id":
            power = self._power(index)
            return body_combo(plan, parent, self.tr("（同主项）") if power.parent_id in plan.powers else None)
        if field == "official_id":
            # A sub-item's official belongs to the body it takes over from its main item.
            return official_combo(plan, plan.assignment(self._power(index))[0], parent)
        if field == "type":
            return enum_combo(PowerType, parent)
        if field == "mode":
            return enum_combo(DelegationMode, parent)
        if field == "deadline":
            return date_edit(parent)
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QDateEdit):
            set_date(editor, value)
        elif isinstance(editor, QComboBox):
            set_combo_data(editor, value or None)
        else:
            super().setEditorData(editor, index)

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        if isinstance(editor, QDateEdit):
            model.setData(index, get_date(editor), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


class PowersPage(QWidget):
    """The 权限承接 page; construct as PowersPage(document, parent)."""

    def __init__(
        self,
        doc: Document,
        parent: QWidget | None = None,
        settings: QSettings | None = None,
        *,
        importer: PowerImportAction | None = None,
        import_action: QAction | None = None,
    ) -> None:
        """``importer`` and ``import_action``: the window's 导入权力清单… (the one its 文件 → 导入 menu
        holds), shown in this page's toolbar; without them (a page on its own) the page makes its own."""
        super().__init__(parent)
        self.doc = doc
        self.settings = settings if settings is not None else _default_settings()
        self.model = PowersModel(doc, self)
        self._dialog: QDialog | None = None
        self._counts: PowerCounts | None = None
        from reformdesk.gui.import_action import PowerImportAction

        #: 导入权力清单…: the controller that reads the list and shows the preview.
        self.importer = importer if importer is not None else PowerImportAction(doc, self)

        # -- filter bar
        self.search_edit = QLineEdit(self)
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("查找：事项名称、编码、实施依据"))
        self.type_combo = QComboBox(self)
        self.type_combo.addItem(self.tr("全部类型"), None)
        for t in PowerType:
            self.type_combo.addItem(power_type_label(t), t.value)
        self.dept_combo = QComboBox(self)
        self.dept_combo.setMinimumContentsLength(8)
        self.dept_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.body_filter_combo = QComboBox(self)
        self.status_combo = QComboBox(self)
        self.status_combo.addItem(self.tr("全部状态"), None)
        for s in (*STATES, PowerStatus.OVERDUE):
            self.status_combo.addItem(status_label(s), s.value)
        self.clear_button = QPushButton(self.tr("清除筛选(&C)"), self)
        self._fill_filter_combos()

        bar = QHBoxLayout()
        bar.addWidget(self.search_edit, 3)
        for w in (self.type_combo, self.dept_combo, self.body_filter_combo, self.status_combo):
            bar.addWidget(w, 1)
        bar.addWidget(self.clear_button)

        # -- actions
        self.toolbar = QToolBar(self)
        # Each with its Alt+letter (clear of the menu bar's F E V T H): from the keyboard only Tab
        # and the context menu reached 批量设置.
        self.add_action = QAction(self.tr("添加事项(&A)"), self)
        self.add_sub_action = QAction(self.tr("添加子项(&U)"), self)
        self.edit_action = QAction(self.tr("编辑(&D)…"), self)
        self.delete_action = QAction(self.tr("删除(&R)"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.bulk_action = QAction(self.tr("批量设置(&B)…"), self)
        self.select_filtered_action = QAction(self.tr("选择全部筛选结果(&L)"), self)
        self._own_import_action = import_action is None
        if import_action is None:
            import_action = QAction(self.tr("导入权力清单…"), self)
            import_action.triggered.connect(self.choose_import_file)
        self.import_action = import_action
        for action in (
            self.add_action,
            self.add_sub_action,
            self.edit_action,
            self.delete_action,
            self.bulk_action,
            self.select_filtered_action,
            self.import_action,
        ):
            self.toolbar.addAction(action)
            if action is not import_action or self._own_import_action:
                self.addAction(action)  # the window's action has its shortcut in the window already
        # The tool buttons show icon texts, which Qt derives without the "&" (the button read
        # 批量设置 and Alt+B did nothing): kept with their letters (the window's import text stays).
        keep_mnemonics(self.toolbar)

        # -- table
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegate(PowerDelegate(self.model, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # The column header paints each section as "selected" or not and finds out with
        # QItemSelectionModel::isColumnSelected, which asks flags() of every selected cell
        # (120,000 Python calls, ~0.4 s, for 10,000 selected rows).  Rows are selected
        # whole, so the header gets a selection model of its own that stays empty.
        self._header_selection = QItemSelectionModel(self.model, self)
        self.table.horizontalHeader().setSelectionModel(self._header_selection)
        self.table.setDragEnabled(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.table.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        # Copy as cells, paste a block (one undo step), Enter moves down, type-to-search.
        self.sheet = sheet_keys.install(self.table, doc)
        vheader = self.table.verticalHeader()
        vheader.setVisible(False)
        # Fixed row heights: the view never measures 50,000 rows.
        vheader.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vheader.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        for field, width in _DEFAULT_WIDTHS.items():
            header.resizeSection(COLUMN_OF[field], width)
        fit_sections(
            header,
            {
                COLUMN_OF["type"]: [power_type_label(t) for t in PowerType],
                COLUMN_OF["mode"]: [mode_label(m) for m in DelegationMode],
                COLUMN_OF["status"]: [status_label(s) for s in PowerStatus],
            },
        )
        header.setSortIndicator(COLUMN_OF["seq"], Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self._restore_header()

        # -- counts
        self.counts_label = QLabel(self)
        # The per-body summary: one line, elided (the whole list in its tooltip), and, when asked
        # for, a short scrolling list; a province's 667 bodies once wrapped to 30 lines here and
        # left the table one or two rows.
        self.bodies_label = QLabel(self)
        self.bodies_label.setWordWrap(False)
        self.bodies_label.setTextFormat(Qt.TextFormat.PlainText)
        self.bodies_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.bodies_button = QToolButton(self)
        self.bodies_button.setCheckable(True)
        self.bodies_button.setAutoRaise(True)
        self.bodies_button.setText(self.tr("展开"))
        self.bodies_button.setToolTip(self.tr("展开或收起各承接机构的事项数"))
        self.bodies_list = QPlainTextEdit(self)
        self.bodies_list.setReadOnly(True)
        self.bodies_list.setMaximumHeight(self.fontMetrics().height() * 6 + 12)
        self.bodies_list.setVisible(False)
        self.bodies_button.toggled.connect(self._show_bodies_list)
        self.bodies_summary = ""
        bodies_row = QHBoxLayout()
        bodies_row.setContentsMargins(0, 0, 0, 0)
        bodies_row.addWidget(self.bodies_label, 1)
        bodies_row.addWidget(self.bodies_button)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.counts_label)
        layout.addLayout(bodies_row)
        layout.addWidget(self.bodies_list)

        # -- timers: filter after typing pauses; counts and combos after edits settle
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filter)
        self._counts_timer = QTimer(self)
        self._counts_timer.setSingleShot(True)
        self._counts_timer.setInterval(200)
        self._counts_timer.timeout.connect(self._refresh_totals)
        self._header_timer = QTimer(self)
        self._header_timer.setSingleShot(True)
        self._header_timer.setInterval(500)
        self._header_timer.timeout.connect(self.save_header)

        # -- connections
        self.search_edit.textChanged.connect(self._typed)
        for combo in (self.type_combo, self.dept_combo, self.body_filter_combo, self.status_combo):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.clear_button.clicked.connect(self.clear_filter)
        self.add_action.triggered.connect(self.add_power)
        self.add_sub_action.triggered.connect(self.add_sub_item)
        self.edit_action.triggered.connect(self.edit_current)
        self.delete_action.triggered.connect(self.delete_selected)
        self.bulk_action.triggered.connect(self.bulk_edit)
        self.select_filtered_action.triggered.connect(self.select_all_filtered)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.customContextMenuRequested.connect(self._table_menu)
        header.customContextMenuRequested.connect(self._header_menu)
        header.sectionResized.connect(self._header_changed)
        header.sectionMoved.connect(self._header_changed)
        self.model.filterApplied.connect(self._refresh_shown)
        self.model.modelReset.connect(self._refresh_shown)
        self.model.rowsInserted.connect(self._refresh_shown)
        self.model.rowsRemoved.connect(self._refresh_shown)
        for signal in (doc.entitiesChanged, doc.entitiesAdded, doc.entitiesRemoved):
            signal.connect(self._entities_changed)
        doc.planReset.connect(self._counts_timer.start)
        doc.fileChanged.connect(self._update_actions)

        self._refresh_totals()
        self._update_actions()

    # -- page protocol --------------------------------------------------------------
    def page_title(self) -> str:
        return self.tr("权限承接")

    def focus_search(self) -> None:
        """Ctrl+F: the page's search field."""
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def show_entity(self, kind: str, entity_id: str) -> bool:
        """Select a power (clearing the filter when it hides the power)."""
        if kind != EntityKind.POWER or entity_id not in self.doc.plan.powers:
            return False
        if self.model.row_of(entity_id) < 0:
            self.clear_filter()
        row = self.model.row_of(entity_id)
        if row < 0:
            return False
        index = self.model.index(row, COLUMN_OF["name"])
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    # -- filter -----------------------------------------------------------------------
    def current_filter(self) -> PowerFilter:
        ptype = self.type_combo.currentData()
        status = self.status_combo.currentData()
        return PowerFilter(
            text=self.search_edit.text(),
            type=PowerType(ptype) if ptype else None,
            source_department=self.dept_combo.currentData(),
            body_id=self.body_filter_combo.currentData(),
            status=PowerStatus(status) if status else None,
        )

    # Signals carry arguments that QTimer.start would take for an interval.
    def _typed(self, _text: str) -> None:
        self._filter_timer.start()

    def _header_changed(self, *_args: int) -> None:
        self._header_timer.start()

    def _entities_changed(self, _kind: str, _ids: list[str]) -> None:
        self._counts_timer.start()

    def apply_filter(self) -> None:
        self._filter_timer.stop()
        flt = self.current_filter()
        if flt != self.model.current_filter:
            self.model.set_filter(flt)

    def clear_filter(self) -> None:
        for combo in (self.type_combo, self.dept_combo, self.body_filter_combo, self.status_combo):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.apply_filter()

    def _fill_filter_combos(self) -> None:
        """Refill the department and body filters, keeping their current choice."""
        plan = self.doc.plan
        for combo, items in (
            (self.dept_combo, [(self.tr("全部部门"), None)] + [(d, d) for d in source_departments(plan)]),
            (
                self.body_filter_combo,
                [(self.tr("全部承接机构"), None), (self.tr("（未分配）"), NO_BODY)]
                + [(b.name, b.id) for b in plan.bodies.values()],
            ),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            index = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
            if current is not None and index < 0:
                self.apply_filter()  # the filtered department or body is gone

    # -- selection ----------------------------------------------------------------------
    def selected_ids(self) -> list[str]:
        """Ids of the selected rows, top to bottom (read from ranges: cheap for 10,000 rows)."""
        rows: set[int] = set()
        for rng in self.table.selectionModel().selection():
            rows.update(range(rng.top(), rng.bottom() + 1))
        return self.model.power_ids(sorted(rows))

    def select_all_filtered(self) -> None:
        count = self.model.rowCount()
        if not count:
            return
        selection = QItemSelection(self.model.index(0, 0), self.model.index(count - 1, len(COLUMNS) - 1))
        self.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _selection_changed(self) -> None:
        self._update_actions()
        self._refresh_shown()

    def _update_actions(self) -> None:
        writable = not self.doc.read_only
        has_selection = self.table.selectionModel().hasSelection()
        self.add_action.setEnabled(writable)
        # The window's action is the 文件 menu's too: never enabled with no plan open.
        self.import_action.setEnabled(writable and (self._own_import_action or self.doc.is_open))
        self.add_sub_action.setEnabled(writable and self.table.currentIndex().isValid())
        self.edit_action.setEnabled(writable and self.table.currentIndex().isValid())
        self.delete_action.setEnabled(writable and has_selection)
        self.bulk_action.setEnabled(writable and has_selection)

    # -- edits -------------------------------------------------------------------------
    def bulk_set(self, ids: list[str], changes: dict[str, Any]) -> None:
        """Set the same fields on every power in ``ids``: one command, one Ctrl+Z."""
        if not ids or not changes:
            return
        edits.bulk_set_powers(self.doc, ids, changes)

    def bulk_edit(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        dialog = PowerBulkDialog(self.doc, len(ids), self, power_ids=ids)
        dialog.accepted.connect(lambda: self.bulk_set(ids, dialog.changes()))
        self._open(dialog)

    def add_power(self) -> None:
        power = Power(id=new_id(), code="", name="", seq=next_seq(self.doc.plan))
        self._open_add(power)

    def add_sub_item(self) -> None:
        current = self.table.currentIndex()
        if not current.isValid():
            return
        selected = self.doc.plan.powers[self.model.power_id(current.row())]
        main = self.doc.plan.powers.get(selected.parent_id or "") or selected
        subs = self.doc.plan.sub_items(main.id)
        power = Power(
            id=new_id(),
            code="",
            name="",
            type=main.type,
            legal_basis=main.legal_basis,
            source_department=main.source_department,
            mode=main.mode,
            parent_id=main.id,  # body, deadline and official: taken over from the main item
            seq=max((s.seq for s in subs), default=main.seq) + 1,
        )
        self._open_add(power)

    def _open_add(self, power: Power) -> None:
        dialog = PowerEditDialog(self.doc, power, adding=True, parent=self)

        def accepted() -> None:
            for field, value in dialog.values().items():
                setattr(power, field, value)
            if edits.add_power(self.doc, power):
                self.show_entity(EntityKind.POWER, power.id)

        dialog.accepted.connect(accepted)
        self._open(dialog)

    def edit_current(self) -> None:
        current = self.table.currentIndex()
        if not current.isValid():
            return
        pid = self.model.power_id(current.row())
        power = self.doc.plan.powers[pid]
        dialog = PowerEditDialog(self.doc, power, adding=False, parent=self)

        def accepted() -> None:
            changes = dialog.changed_values()
            if changes:
                edits.edit_power(self.doc, pid, changes)

        dialog.accepted.connect(accepted)
        self._open(dialog)

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or self.doc.read_only:
            return
        edits.remove_powers(self.doc, with_sub_items(self.doc.plan, ids))

    # -- import ---------------------------------------------------------------------------
    def choose_import_file(self) -> None:
        """导入权力清单…: forwarded to the import controller (gui/import_action.py), which does the file I/O."""
        self.importer.ask()

    def import_file(self, path: str | Path) -> QWidget:
        """Read a county power list and show its preview (or why it cannot be read); see gui/import_action.py."""
        return self.importer.import_file(path)

    def _open(self, dialog: QDialog) -> None:
        # Non-blocking (open, not exec): tests drive it, the window stays responsive.
        self._dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    # -- menus ---------------------------------------------------------------------------
    def _table_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        for action in (self.edit_action, self.add_sub_action, self.bulk_action, self.delete_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.select_filtered_action)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def header_menu(self) -> QMenu:
        """Check boxes showing and hiding columns (at least one stays visible)."""
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        visible = [c for c in range(len(COLUMNS)) if not header.isSectionHidden(c)]
        for col, column in enumerate(COLUMNS):
            action = menu.addAction(column.text())
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(col))
            action.setEnabled(not (len(visible) == 1 and visible[0] == col))
            action.toggled.connect(lambda on, c=col: self.set_column_visible(c, on))
        return menu

    def _header_menu(self, pos: QPoint) -> None:
        self.header_menu().popup(self.table.horizontalHeader().mapToGlobal(pos))

    def set_column_visible(self, column: int, visible: bool) -> None:
        self.table.horizontalHeader().setSectionHidden(column, not visible)
        self.save_header()

    # -- settings ------------------------------------------------------------------------
    def save_header(self) -> None:
        self._header_timer.stop()
        self.settings.setValue(_SETTINGS_HEADER, self.table.horizontalHeader().saveState())

    def _restore_header(self) -> None:
        state = self.settings.value(_SETTINGS_HEADER)
        if state is not None:
            self.table.horizontalHeader().restoreState(state)

    # -- counts --------------------------------------------------------------------------
    def _refresh_shown(self) -> None:
        self._update_counts_label()

    def _refresh_totals(self) -> None:
        self._counts = self.model.counts()
        counts = self._counts
        bodies = self.doc.plan.bodies
        parts = [f"{bodies[bid].name} {n}" for bid, n in counts.per_body.items()]
        self.bodies_summary = self.tr("各承接机构：") + ("　".join(parts) if parts else self.tr("（尚无职能机构）"))
        self.bodies_label.setToolTip("\n".join(parts))
        self.bodies_list.setPlainText("\n".join(parts))
        self._elide_bodies()
        self._fill_filter_combos()
        self._update_counts_label()

    def _show_bodies_list(self, shown: bool) -> None:
        self.bodies_list.setVisible(shown)
        self.bodies_button.setText(self.tr("收起") if shown else self.tr("展开"))

    def _elide_bodies(self) -> None:
        width = max(self.bodies_label.width(), 100)
        self.bodies_label.setText(
            self.bodies_label.fontMetrics().elidedText(self.bodies_summary, Qt.TextElideMode.ElideRight, width)
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide_bodies()

    def _update_counts_label(self) -> None:
        counts = self._counts
        if counts is None:
            return
        selected = sum(rng.height() for rng in self.table.selectionModel().selection())
        state = counts.per_state
        text = (
            self.tr("已分配 %1/%2").replace("%1", str(counts.assigned)).replace("%2", str(counts.total))
            + "　"
            + self.tr("未分配 %1　信息不全 %2　已完成 %3　已逾期 %4")
            .replace("%1", str(state[PowerStatus.UNASSIGNED]))
            .replace("%2", str(state[PowerStatus.INCOMPLETE]))
            .replace("%3", str(state[PowerStatus.DONE]))
            .replace("%4", str(counts.overdue))
            + "　"
            + self.tr("显示 %1 项").replace("%1", str(self.model.rowCount()))
        )
        if selected:
            text += "　" + self.tr("已选 %1 项").replace("%1", str(selected))
        self.counts_label.setText(text)


def _default_settings() -> QSettings:
    # The main window names the organisation; a standalone page still gets a stable file.
    if QCoreApplication.organizationName():
        return QSettings()
    return QSettings("ReformDesk", "ReformDesk")
