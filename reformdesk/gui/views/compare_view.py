"""The compare window: two plans side by side, their differences, key figures,
and adopting chosen differences into the plan on the left (issue 7).

The window shows and forwards: the comparison is the domain's
``compare(a, b)``; adopting is one named change set (``gui.edits.adopt``) on the left document.
Whenever the left document changes (an adoption, its undo or redo here or in the main
window, any other edit) the comparison is updated for what the change touched
(``recompare``, from the document's per-kind signals, gathered until the event loop
turns); the key figures, which validate the plan, follow a moment later.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QItemSelection, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from reformdesk.domain.alternative import short_name
from reformdesk.domain.changes import Touched
from reformdesk.domain.comparison import Action, Comparison, Difference, compare, key_figures, recompare
from reformdesk.domain.model import Plan
from reformdesk.domain.registry import EntityKind
from reformdesk.domain.validation import Problem, validate
from reformdesk.gui import edits
from reformdesk.gui.document import Document
from reformdesk.gui.models.compare_tree_model import (
    COL_DETAIL,
    COL_MARK,
    COL_NAME,
    SIDE_COLUMNS,
    CompareTreeModel,
)
from reformdesk.gui.models.diff_model import COL_A, COL_ACTION, COL_FIELD, COL_KIND, COL_OBJECT, DiffModel, FiguresModel
from reformdesk.gui.models.labels import (
    FIELD_SOURCES,
    FIGURE_SOURCES,
    TIER_SOURCES,
    action_label,
    difference_label,
    difference_value,
    display_date,
    field_label,
    figure_text,
    kind_label,
    matching_label,
    mode_label,
    power_type_label,
)
from reformdesk.gui.views import sheet_keys
from reformdesk.gui.views.headers import fit_sections
from reformdesk.gui.views.tree_expansion import expand_within

if TYPE_CHECKING:
    from reformdesk.store.plan_store import PlanLocation

#: How long the comparison waits after an edit of the left plan before it is updated: none,
#: the update costs what the edit changed; the signals of one step are gathered meanwhile.
REFRESH_DELAY_MS = 0
#: The key figures validate the plan: they follow once edits have settled.
FIGURES_DELAY_MS = 300


class CompareWindow(QMainWindow):
    """Plan A (the open document, on the left) compared with plan B (read-only, on the right)."""

    #: The comparison was (re)computed and every part of the window shows it.
    comparisonUpdated = Signal()

    def __init__(
        self,
        left: Document,
        right_plan: Plan,
        right_location: PlanLocation | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.doc = left
        # The plan this window was opened on; the document swaps in another
        # object only when the main window opens, creates or closes a plan.
        self.left_plan = left.plan
        self.right_plan = right_plan
        #: Where plan B was read from (shown in the title; None: not saved).
        self.right_location = right_location
        self.comparison: Comparison | None = None
        #: How the open plan and plan B are called in columns and texts (their variants).
        self.short_names = (self.tr("当前方案"), self.tr("对比方案"))
        self._syncing = False

        self.tree_model = CompareTreeModel(self)
        self.diff_model = DiffModel(self)
        self.figures_model = FiguresModel(self)

        #: What the left document's signals said changed since the comparison was last updated.
        self._pending = Touched()
        #: The plan was replaced or restored: compare again from scratch.
        self._whole = False
        self._problems_b: list[Problem] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.update_comparison)
        self._figures_timer = QTimer(self)
        self._figures_timer.setSingleShot(True)
        self._figures_timer.setInterval(FIGURES_DELAY_MS)
        self._figures_timer.timeout.connect(self._figures_due)
        #: The key figures wait for the open plan's background validation (never run on this thread).
        self._figures_waiting = False
        left.follow_problems()
        left.problemsReady.connect(self._problems_ready)

        self._build_actions()
        self._build_ui()
        left.entitiesChanged.connect(self._entities_changed)
        left.entitiesAdded.connect(self._entities_added)
        left.entitiesRemoved.connect(self._entities_removed)
        left.infoChanged.connect(self._info_changed)
        left.planReset.connect(self._plan_reset)
        left.fileChanged.connect(self._file_changed)
        self.resize(1400, 900)
        self.refresh()

    @property
    def right_path(self) -> Path | None:
        """Plan B's file, when it was read from one."""
        return self.right_location.path if self.right_location is not None else None

    # -- building -----------------------------------------------------------------
    def _build_actions(self) -> None:
        # Texts name the real plans once they are known (refresh → _name_actions).
        self.adopt_action = QAction(self.tr("采纳到当前方案"), self)
        # From the keyboard too (Ctrl+Enter: the list's own keys move and select).
        self.adopt_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.adopt_action.triggered.connect(self.adopt_selected)
        #: After an adoption: the list's cursor stays on the row where the first adopted difference
        #: was (the next one moves up into it), as a row deleted in a sheet leaves the cursor.
        self._resume_row: int | None = None
        # Undo and redo of this window's own steps (its adoptions), named after them: the
        # main plan's other edits are undone in the main window, whose history they are.
        self._adoptions: list[object] = []
        self.undo_action = QAction(self.tr("撤销"), self)
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(self.tr("重做"), self)
        redo_keys = list(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo))
        for keys in ("Ctrl+Y", "Ctrl+Shift+Z"):  # as in the main window (Excel, WPS)
            if QKeySequence(keys) not in redo_keys:
                redo_keys.append(QKeySequence(keys))
        self.redo_action.setShortcuts(redo_keys)
        self.redo_action.triggered.connect(self.redo)
        self.doc.undo_stack.indexChanged.connect(self._update_undo)
        self.doc.undo_stack.cleanChanged.connect(self._update_undo)
        self.export_action = QAction(self.tr("导出Excel…"), self)
        self.export_action.triggered.connect(self.ask_export)
        self.close_action = QAction(self.tr("关闭"), self)
        # Esc closes, as any viewer window: nothing here is unsaved (adoptions are in the
        # main plan and stay undoable there), so there is nothing to ask.
        self.close_action.setShortcuts(
            [*QKeySequence.keyBindings(QKeySequence.StandardKey.Close), QKeySequence(Qt.Key.Key_Escape)]
        )
        self.close_action.triggered.connect(self._escape_or_close)
        self.addAction(self.close_action)
        self._update_undo()
        self.find_action = QAction(self.tr("查找…"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.focus_search)
        self.addAction(self.find_action)

    def _build_ui(self) -> None:
        bar = QToolBar(self.tr("比较"), self)
        bar.setObjectName("compareToolBar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.adopt_action, self.undo_action, self.redo_action):
            bar.addAction(action)
        bar.addSeparator()
        bar.addAction(self.export_action)
        self.addToolBar(bar)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        self.title_label = QLabel(central)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setWordWrap(True)
        self.summary_label = QLabel(central)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.title_label)
        layout.addWidget(self.summary_label)

        # Two trees over one model: the left shows A's columns, the right B's.
        self.left_tree = self._make_tree(0)
        self.right_tree = self._make_tree(SIDE_COLUMNS)
        self.right_tree.setSelectionModel(self.left_tree.selectionModel())
        self.tree_selection = self.left_tree.selectionModel()
        for this, other in ((self.left_tree, self.right_tree), (self.right_tree, self.left_tree)):
            this.expanded.connect(lambda index, o=other: self._sync_expanded(o, index, True))
            this.collapsed.connect(lambda index, o=other: self._sync_expanded(o, index, False))
            this.verticalScrollBar().valueChanged.connect(other.verticalScrollBar().setValue)
        trees = QSplitter(Qt.Orientation.Horizontal, central)
        trees.addWidget(self.left_tree)
        trees.addWidget(self.right_tree)
        trees.setChildrenCollapsible(False)

        # Differences: filters, table, and what the selected one is in both plans.
        diffs = QWidget(central)
        dl = QVBoxLayout(diffs)
        dl.setContentsMargins(0, 0, 0, 0)
        filters = QHBoxLayout()
        self.kind_combo = QComboBox(diffs)
        self.kind_combo.addItem(self.tr("全部类别"), None)
        for kind in EntityKind:
            self.kind_combo.addItem(kind_label(kind), kind.value)
        self.action_combo = QComboBox(diffs)
        self.action_combo.addItem(self.tr("全部操作"), None)
        for action in Action:
            self.action_combo.addItem(action_label(action), action.value)
        self.filter_edit = QLineEdit(diffs)
        self.filter_edit.setPlaceholderText(self.tr("筛选：名称、编码、工号或内容"))
        self.filter_edit.setClearButtonEnabled(True)
        self.count_label = QLabel(diffs)
        filters.addWidget(QLabel(self.tr("差异列表"), diffs))
        filters.addWidget(self.kind_combo)
        filters.addWidget(self.action_combo)
        filters.addWidget(self.filter_edit, 1)
        filters.addWidget(self.count_label)
        dl.addLayout(filters)
        self.diff_view = QTableView(diffs)
        self.diff_view.setModel(self.diff_model)
        self.diff_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.diff_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.diff_view.setSortingEnabled(True)
        self.diff_view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # list order until a header is clicked
        self.diff_view.setWordWrap(False)
        self.diff_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.diff_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.diff_view.horizontalHeader()
        for col, width in ((COL_ACTION, 56), (COL_KIND, 72), (COL_OBJECT, 170), (COL_FIELD, 96), (COL_A, 220)):
            header.resizeSection(col, width)
        fit_sections(
            header,
            {
                COL_ACTION: [action_label(a) for a in Action],
                COL_KIND: [kind_label(k) for k in EntityKind],
                COL_FIELD: [field_label(f) for f in FIELD_SOURCES],
            },
        )
        header.setStretchLastSection(True)
        self.diff_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.diff_view.addAction(self.adopt_action)
        dl.addWidget(self.diff_view, 1)
        self.detail_label = QLabel(diffs)
        self.detail_label.setTextFormat(Qt.TextFormat.PlainText)
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_label.setFrameShape(QLabel.Shape.StyledPanel)
        # A fixed height: the list above keeps its size (and is not laid out and painted again)
        # whichever difference is shown; the whole text is in the tooltip.
        self.detail_label.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        dl.addWidget(self.detail_label)

        self.figures_view = QTableView(central)
        self.figures_view.setModel(self.figures_model)
        self.figures_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.figures_view.verticalHeader().hide()
        self.figures_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.figures_view.setWordWrap(False)
        # Copy as cells (to paste the figures or differences into Excel), type-to-search.
        self.sheet_keys = [
            sheet_keys.install(view, None) for view in (self.diff_view, self.figures_view, self.left_tree)
        ]
        fh = self.figures_view.horizontalHeader()
        fh.resizeSection(FiguresModel.COL_SECTION, 160)
        fh.resizeSection(FiguresModel.COL_LABEL, 84)
        for col in (FiguresModel.COL_A, FiguresModel.COL_B, FiguresModel.COL_DIFF):
            fh.resizeSection(col, 58)
        fit_sections(fh, {FiguresModel.COL_LABEL: [figure_text(t) for t in FIGURE_SOURCES + TIER_SOURCES]})
        fh.setStretchLastSection(True)
        figures = QWidget(central)
        fl = QVBoxLayout(figures)
        fl.setContentsMargins(0, 0, 0, 0)
        fl.addWidget(QLabel(self.tr("关键数据"), figures))
        fl.addWidget(self.figures_view)

        bottom = QSplitter(Qt.Orientation.Horizontal, central)
        bottom.addWidget(diffs)
        bottom.addWidget(figures)
        bottom.setStretchFactor(0, 3)
        bottom.setStretchFactor(1, 2)
        # Wide enough for the figures' four columns (English labels are longer).
        bottom.setSizes([600, 400])
        bottom.setChildrenCollapsible(False)
        main = QSplitter(Qt.Orientation.Vertical, central)
        main.addWidget(trees)
        main.addWidget(bottom)
        main.setStretchFactor(0, 3)
        main.setStretchFactor(1, 2)
        main.setChildrenCollapsible(False)
        layout.addWidget(main, 1)
        self.setCentralWidget(central)

        self.kind_combo.currentIndexChanged.connect(self._apply_filter)
        self.action_combo.currentIndexChanged.connect(self._apply_filter)
        self.filter_edit.textChanged.connect(self._apply_filter)
        self.diff_view.selectionModel().selectionChanged.connect(self._diff_selection_changed)

    def _make_tree(self, first_column: int) -> QTreeView:
        tree = QTreeView(self)
        tree.setModel(self.tree_model)
        tree.setUniformRowHeights(True)
        tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        tree.setAllColumnsShowFocus(True)
        tree.setExpandsOnDoubleClick(True)
        # Both trees must keep exactly the same rows, so the header cannot
        # switch to a different column set and scrolling stays aligned.
        tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        for col in range(2 * SIDE_COLUMNS):
            tree.setColumnHidden(col, not first_column <= col < first_column + SIDE_COLUMNS)
        tree.setTreePosition(first_column + COL_NAME)
        header = tree.header()
        header.setStretchLastSection(True)
        header.resizeSection(first_column + COL_NAME, 250)
        header.resizeSection(first_column + COL_MARK, 110)
        header.resizeSection(first_column + COL_DETAIL, 160)
        below = QCoreApplication.translate("CompareTreeModel", "（下级%1处）").replace("%1", "99")
        marks = [action_label(a) + below for a in Action]
        fit_sections(header, {first_column + COL_MARK: marks})
        return tree

    # -- refreshing ---------------------------------------------------------------
    @Slot(object, list)
    def _entities_changed(self, kind: EntityKind, ids: list) -> None:
        self._pending.changed.setdefault(kind, []).extend(ids)
        self._schedule()

    @Slot(object, list)
    def _entities_added(self, kind: EntityKind, ids: list) -> None:
        self._pending.added.setdefault(kind, []).extend(ids)
        self._schedule()

    @Slot(object, list)
    def _entities_removed(self, kind: EntityKind, ids: list) -> None:
        self._pending.removed.setdefault(kind, []).extend(ids)
        self._schedule()

    @Slot()
    def _info_changed(self) -> None:
        self._pending.info = True
        self._schedule()

    @Slot()
    def _schedule(self) -> None:
        self._timer.start()

    @Slot()
    def _plan_reset(self) -> None:
        if self.doc.plan is not self.left_plan:
            # Another plan was opened in the main window: this comparison, and
            # adopting into it, no longer concern the plan being edited there.
            self._timer.stop()
            self.close()
            return
        self._whole = True  # restored or replaced contents: the same plan, changed throughout
        self._schedule()

    @Slot()
    def _file_changed(self) -> None:
        self._update_actions()
        if self.comparison is not None and self.doc.plan is self.left_plan:
            self._pending.info = True  # saved under another name: the title shows the new file
            self._schedule()

    @property
    def stale(self) -> bool:
        """True while an edit of the left plan is waiting to be compared."""
        return self._timer.isActive()

    @Slot()
    def refresh(self) -> None:
        """Compare again from scratch and show the result, keeping expanded rows and filters."""
        self._timer.stop()
        self._pending, self._whole = Touched(), False
        a, b = self.doc.plan, self.right_plan
        expanded = self._expanded_keys()
        first = self.comparison is None
        self.comparison = compare(a, b, figures=False)
        name_a, name_b = self._name_plans()
        self.tree_model.set_comparison(a, b, self.comparison, (name_a, name_b))
        self.diff_model.set_differences(self.comparison.differences)
        self.refresh_figures()
        if first:
            # Bodies open, their units shown, where that keeps the tree small enough to lay out
            # again after each adoption (tree_expansion): a province plan's bodies stay folded.
            expand_within(self.left_tree, self.tree_model.rows_by_depth(), most=1)
        else:
            self._restore_expanded(expanded)
        self._update_labels(name_a, name_b)
        self._update_actions()
        self._show_detail([])
        self.comparisonUpdated.emit()

    @Slot()
    def update_comparison(self) -> None:
        """Update the comparison for what changed in the left plan since it was last shown.

        Costs what the change touched (``recompare``); the key figures follow on a timer.
        """
        self._timer.stop()
        if self.comparison is None or self._whole:
            self.refresh()
            return
        touched, self._pending = self._pending, Touched()
        if not touched:
            return
        a, b = self.doc.plan, self.right_plan
        self.comparison = recompare(self.comparison, a, b, touched)
        name_a, name_b = self._name_plans()
        # Rows built again stay expanded and selected (the model moves the persistent indexes).
        self.tree_model.update(a, b, self.comparison, touched)
        self.diff_model.set_differences(self.comparison.differences)
        # The list's layout now, not on its timer: else it is painted before it and again after.
        self.diff_view.doItemsLayout()
        self._update_labels(name_a, name_b)
        self._update_actions()
        self._show_detail([])
        self._figures_timer.start()
        if self._resume_row is not None:
            # After the trees' layouts (their timers run first): no layout is forced here.
            QTimer.singleShot(0, self._resume)
        self.comparisonUpdated.emit()

    @property
    def figures_stale(self) -> bool:
        """True while the key figures wait for edits to settle (and the plan's validation)."""
        return self._figures_timer.isActive() or self._figures_waiting

    @Slot()
    def _figures_due(self) -> None:
        if self.doc.problems_current:
            self.refresh_figures()
        else:
            self._figures_waiting = True

    @Slot()
    def _problems_ready(self) -> None:
        if self._figures_waiting and not self._figures_timer.isActive():
            self.refresh_figures()

    @Slot()
    def refresh_figures(self) -> None:
        """The key figures of both plans (the problems counted from the document's validation)."""
        self._figures_timer.stop()
        self._figures_waiting = False
        if self.comparison is None:
            return
        if self._problems_b is None:
            self._problems_b = validate(self.right_plan)
        a, b = self.doc.plan, self.right_plan
        self.comparison.figures = key_figures(
            a, b, self.comparison.pairs, problems_a=self.doc.problems(), problems_b=self._problems_b
        )
        self.figures_model.set_figures(self.comparison.figures)

    def _name_plans(self) -> tuple[str, str]:
        """Both plans' names for titles, and their variants for the columns and actions."""
        a, b = self.doc.plan, self.right_plan
        name_a = a.info.name or self.tr("当前方案")
        name_b = b.info.name or self.tr("对比方案")
        if name_a == name_b:
            name_a, name_b = (
                self.tr("当前方案：%1").replace("%1", name_a),
                self.tr("对比方案：%1").replace("%1", name_b),
            )
        # Columns and texts are headed by each plan's variant (方案二 of "…方案（方案二）"), as the
        # exported workbook is: the left column is always the open plan, whichever it is.
        short_a, short_b = short_name(a, self.tr("当前方案")), short_name(b, self.tr("对比方案"))
        if short_a == short_b:
            short_a = self.tr("当前方案（%1）").replace("%1", short_a)
            short_b = self.tr("对比方案（%1）").replace("%1", short_b)
        if (short_a, short_b) != self.short_names or self.comparison is None:
            self.diff_model.set_column_names(short_a, short_b)
            self.figures_model.set_column_names(short_a, short_b)
        self.short_names = (short_a, short_b)
        self._name_actions()
        self.tree_model.set_names((name_a, name_b))
        return name_a, name_b

    def _expanded_keys(self) -> set[tuple[str, str | None, str | None]]:
        if self.comparison is None:
            return set()
        return {
            node.key
            for node in self.tree_model.all_nodes()
            if node.children and self.left_tree.isExpanded(self.tree_model.node_index(node))
        }

    def _restore_expanded(self, keys: set[tuple[str, str | None, str | None]]) -> None:
        for node in self.tree_model.all_nodes():
            if node.key in keys:
                self.left_tree.setExpanded(self.tree_model.node_index(node), True)

    def _update_labels(self, name_a: str, name_b: str) -> None:
        comparison = self.comparison
        assert comparison is not None
        where_b = str(self.right_location) if self.right_location else self.tr("未保存")
        where_a = str(self.doc.location) if self.doc.location else self.tr("未保存")
        title = self.tr("左：%1（%2）    右：%3（%4）    匹配方式：%5")
        for i, value in enumerate((name_a, where_a, name_b, where_b, matching_label(comparison.matching)), start=1):
            title = title.replace(f"%{i}", value)
        self.title_label.setText(title)
        self.setWindowTitle(self.tr("比较方案 — %1 / %2").replace("%1", name_a).replace("%2", name_b))
        if comparison.same:
            self.summary_label.setText(self.tr("两个方案没有差异。"))
        else:
            counts = comparison.counts()
            by_action = [f"{action_label(a)} {sum(n for (_k, act), n in counts.items() if act is a)}" for a in Action]
            summary = self.tr("共 %n 项差异", "", len(comparison.differences))
            self.summary_label.setText(
                self.tr("%1：%2").replace("%1", summary).replace("%2", self.tr("，").join(by_action))
            )
        self._update_count()

    # -- undo of this window's steps ------------------------------------------------
    def _own(self, index: int) -> object | None:
        """The main stack's command at ``index`` when this window made it (an adoption), else None."""
        stack = self.doc.undo_stack
        if not 0 <= index < stack.count():
            return None
        command = stack.command(index)
        # Identity, never a call on a remembered command: the stack may have deleted it.
        return command if any(command is own for own in self._adoptions) else None

    @Slot()
    def _update_undo(self) -> None:
        stack = self.doc.undo_stack
        if not shiboken6.isValid(stack):
            # The document is being deleted: its stack empties itself (and signals) on the way.
            return
        writable = not self.doc.read_only
        for action, index, prefix in (
            (self.undo_action, stack.index() - 1, self.tr("撤销")),
            (self.redo_action, stack.index(), self.tr("重做")),
        ):
            own = self._own(index) if writable else None
            action.setEnabled(own is not None)
            action.setText(self.tr("%1 %2").replace("%1", prefix).replace("%2", own.text()) if own else prefix)
        if not self.undo_action.isEnabled() and stack.canUndo() and writable:
            self.undo_action.setToolTip(self.tr("上一步不是在本窗口采纳的差异，请在主窗口中撤销"))
        else:
            self.undo_action.setToolTip(self.undo_action.text())

    @Slot()
    def undo(self) -> None:
        """Undo this window's last adoption (only when it is the main plan's last step)."""
        if self.undo_action.isEnabled():
            self.doc.undo_stack.undo()

    @Slot()
    def redo(self) -> None:
        if self.redo_action.isEnabled():
            self.doc.undo_stack.redo()

    @Slot()
    def _escape_or_close(self) -> None:
        """Esc in the filter with text in it clears the filter first; otherwise the window closes."""
        if self.filter_edit.hasFocus() and self.filter_edit.text():
            self.filter_edit.clear()
            return
        self.close()

    def focus_search(self) -> None:
        """Ctrl+F: the differences' filter."""
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def _update_count(self) -> None:
        self.count_label.setText(
            self.tr("显示 %1 / %2 项")
            .replace("%1", str(self.diff_model.rowCount()))
            .replace("%2", str(self.diff_model.total()))
        )

    def _name_actions(self) -> None:
        short_a, short_b = self.short_names
        self.adopt_action.setText(self.tr("采纳到当前方案（%1）").replace("%1", short_a))
        self.adopt_action.setToolTip(
            self.tr("把选中的差异按%2改入当前方案（%1）（可撤销）").replace("%1", short_a).replace("%2", short_b)
        )

    @Slot()
    def _update_actions(self) -> None:
        chosen = self.diff_view.selectionModel().hasSelection() if hasattr(self, "diff_view") else False
        self.adopt_action.setEnabled(chosen and not self.doc.read_only)
        if self.doc.read_only:
            self.adopt_action.setToolTip(
                self.doc.read_only_reason
                or self.tr("当前方案（%1）为只读，不能采纳").replace("%1", self.short_names[0])
            )
        else:
            self._name_actions()

    # -- filters and selection -----------------------------------------------------
    @Slot()
    def _apply_filter(self) -> None:
        self.diff_model.set_filter(
            _enum(EntityKind, self.kind_combo.currentData()),
            _enum(Action, self.action_combo.currentData()),
            self.filter_edit.text(),
        )
        self._update_count()
        self._update_actions()

    @Slot()
    def _resume(self) -> None:
        row, self._resume_row = self._resume_row, None
        count = self.diff_model.rowCount()
        if row is None or not count or self.diff_view.selectionModel().hasSelection():
            return
        # The cursor only, nothing selected (a second Ctrl+Enter adopts nothing by mistake;
        # Space or an arrow key selects from here, and the trees follow then).
        index = self.diff_model.index(min(row, count - 1), 0)
        self.diff_view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)

    def selected_differences(self) -> list[Difference]:
        rows = [index.row() for index in self.diff_view.selectionModel().selectedRows()]
        return self.diff_model.differences(rows)

    @Slot(QItemSelection, QItemSelection)
    def _diff_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_actions()
        current = self.diff_view.selectionModel().currentIndex()
        chosen = self.selected_differences()
        if current.isValid() and self.diff_view.selectionModel().isRowSelected(current.row(), QModelIndex()):
            focus = [self.diff_model.difference(current.row())]
        else:
            focus = chosen[:1]
        self._show_detail(focus)
        if focus:
            self.show_difference(focus[0])

    def show_difference(self, difference: Difference) -> None:
        """Select and scroll to the rows of ``difference`` in both trees."""
        indexes = self.tree_model.indexes_for(difference)
        selection = QItemSelection()
        for index in indexes:
            selection.select(index, index.siblingAtColumn(2 * SIDE_COLUMNS - 1))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.tree_selection.select(selection, flags)
        if indexes:
            self.tree_selection.setCurrentIndex(indexes[0], QItemSelectionModel.SelectionFlag.NoUpdate)
            for index in reversed(indexes):  # the first one ends up in view
                self.left_tree.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def _show_detail(self, differences: list[Difference]) -> None:
        if not differences:
            self.detail_label.setText(self.tr("选择一项差异，在两个方案中查看它。"))
            self.detail_label.setToolTip("")
            return
        d = differences[0]
        head = f"{action_label(d.action)} · {kind_label(d.kind)} · {difference_label(d)}"
        if d.field_label:
            head += f" · {field_label(d.field_label)}"
        lines = [head]
        if d.kind is EntityKind.POWER:
            lines += [self._power_line(self.doc.plan, d.a_id, 1), self._power_line(self.right_plan, d.b_id, 2)]
        else:
            for name, value in zip(self.short_names, (d.a_value, d.b_value), strict=True):
                # As the list shows it (干部 → Staff, dates as people read them in English).
                shown = difference_value(value) if value else "—"
                lines.append(self.tr("%1：%2").replace("%2", shown).replace("%1", name))
        text = "\n".join(lines)
        self.detail_label.setText(text)
        self.detail_label.setToolTip(text)

    def _power_line(self, plan: Plan, power_id: str | None, which: int) -> str:
        prefix = self.tr("%1：").replace("%1", self.short_names[which - 1])
        power = plan.powers.get(power_id) if power_id else None
        if power is None:
            return prefix + self.tr("无此事项")
        body_id, deadline, official_id = plan.assignment(power)
        body = plan.bodies.get(body_id) if body_id else None
        official = plan.people.get(official_id) if official_id else None
        text = self.tr("%1（%2，%3）承接机构：%4；承接时限：%5；责任人：%6")
        values = (
            power.name,
            power_type_label(power.type),
            mode_label(power.mode),
            body.name if body else self.tr("未确定"),
            display_date(deadline) or self.tr("未定"),
            official.name if official else self.tr("未定"),
        )
        for i, value in enumerate(values, start=1):
            text = text.replace(f"%{i}", value)
        return prefix + text

    def _sync_expanded(self, other: QTreeView, index: QModelIndex, expanded: bool) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            other.setExpanded(index, expanded)
        finally:
            self._syncing = False

    # -- adopting -----------------------------------------------------------------
    @Slot()
    def adopt_selected(self) -> None:
        """Carry the selected differences from the right plan into the left one: one undo step."""
        if self.stale:
            # The list shows an older comparison: bring it up to date before adopting anything.
            self.update_comparison()
            return
        chosen = self.selected_differences()
        if not chosen or self.doc.read_only or self.comparison is None:
            return
        rows = [index.row() for index in self.diff_view.selectionModel().selectedRows()]
        # A difference that no longer applies (ValueError) is left: comparing again shows what is.
        stack = self.doc.undo_stack
        before = stack.index()
        with contextlib.suppress(ValueError):
            edits.adopt(self.doc, self.right_plan, chosen, self.comparison)
        if stack.index() == before + 1:
            self._adoptions.append(stack.command(before))
            self._update_undo()
            self._resume_row = min(rows)
        # The document's signals said what the adoption touched and started the update: it
        # runs in the loop's next pass, so the edit, the update and the trees' layouts and
        # repaints are each a pass of their own and the window never stalls for all of them.
        self._schedule()

    # -- export ---------------------------------------------------------------------
    @Slot()
    def ask_export(self) -> QFileDialog:
        """Ask where to save the comparison workbook (non-blocking) and write it there."""
        name_a = self.doc.plan.info.name or self.tr("方案一")
        name_b = self.right_plan.info.name or self.tr("方案二")
        start = (self.doc.location.folder if self.doc.location else None) or Path.home()
        suggested = start / self.tr("方案比较_%1_%2.xlsx").replace("%1", name_a).replace("%2", name_b)
        dialog = QFileDialog(self, self.tr("导出方案比较"), str(suggested), self.tr("Excel 工作簿 (*.xlsx)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("xlsx")
        # deleteLater after finished, not WA_DeleteOnClose: with a Python slot connected,
        # WA_DeleteOnClose crashed PySide6 6.11 under pytest-qt (measured).
        dialog.finished.connect(dialog.deleteLater)
        dialog.fileSelected.connect(lambda path: self.export_to(Path(path)))
        dialog.open()
        return dialog

    def export_to(self, path: Path) -> bool:
        """Write the comparison workbook (gui/compare_actions.py); tells the user (non-blocking) when it cannot."""
        from reformdesk.gui.compare_actions import write_comparison

        if self.stale or self.comparison is None:
            self.update_comparison()
        if self.figures_stale:
            self.refresh_figures()
        assert self.comparison is not None
        failure = write_comparison(self.comparison, self.doc.plan, self.right_plan, path)
        if failure is not None:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("导出失败"),
                self.tr("无法写入 %1：%2").replace("%1", str(path)).replace("%2", failure),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.finished.connect(box.deleteLater)
            box.open()
            return False
        self.statusBar().showMessage(self.tr("已导出到 %1").replace("%1", str(path)), 5000)
        return True


def _enum(cls: type[EntityKind] | type[Action], value: object) -> Any:
    """A combo's item data back as the enum (Qt hands StrEnum members back as plain str)."""
    return cls(value) if value else None
