"""The tier page: four → three tiers person by person, its effect, and the org chart.

The page only shows and forwards: the models push the commands, the charts
and the org chart redraw from the plan when the document says it changed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reformdesk.domain import tiers
from reformdesk.domain.model import TIERS_AFTER, Tier
from reformdesk.domain.registry import EntityKind
from reformdesk.gui import edits
from reformdesk.gui.document import Document
from reformdesk.gui.entity_actions import EntityActions
from reformdesk.gui.models.labels import join_list
from reformdesk.gui.models.people_model import (
    NONE_FILTER,
    BodyListModel,
    ChoicesRole,
    DeputyListModel,
    PeopleModel,
    ValueRole,
    tier_label,
)
from reformdesk.gui.search import make_searchable, set_search_keys
from reformdesk.gui.views import sheet_keys
from reformdesk.gui.views.headers import fit_sections
from reformdesk.gui.views.org_chart import OrgChart
from reformdesk.gui.views.tier_charts import TierCharts

Index = QModelIndex | QPersistentModelIndex


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box over the (label, value) choices the model gives for a cell."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setMaxVisibleItems(20)
        return make_searchable(combo)  # 汇报对象 among thousands: type a name or its initials

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        choices = index.data(ChoicesRole) or []
        current = index.data(ValueRole)
        editor.clear()
        for pos, (label, _value) in enumerate(choices):
            editor.addItem(label, pos)  # positions, not values: None and enums survive QVariant
        values = [v for _l, v in choices]
        set_search_keys(editor)
        editor.setCurrentIndex(values.index(current) if current in values else 0)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        choices = index.data(ChoicesRole) or []
        pos = editor.currentIndex()
        if not 0 <= pos < len(choices):
            return
        value = choices[pos][1]
        if value != index.data(ValueRole):
            model.setData(index, value, Qt.ItemDataRole.EditRole)


class TierPage(QWidget):
    """管理层级: the people table, deputies and bodies as drop targets, charts, org chart."""

    #: Emitted with a dialog the page opened (tests drive it; nothing blocks).
    dialogOpened = Signal(QWidget)

    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.entities = EntityActions(doc, self)
        self.entities.dialogOpened.connect(self.dialogOpened)
        self.entities.added.connect(self._person_added)
        self.people_model = PeopleModel(doc, self)
        self.body_model = BodyListModel(doc, self)
        self.deputy_model = DeputyListModel(doc, self)

        # -- top bar: the proposal and the filters
        self.propose_button = QPushButton(self.tr("转为三级管理"), self)
        self.propose_button.setToolTip(
            self.tr(
                "科室长转为所在职能机构的干部；副职领导转为其原分管科室所并入机构的分管副职；干部向本机构分管副职报告。可撤销。"
            )
        )
        self.propose_button.clicked.connect(self.apply_proposal)
        self.body_filter = QComboBox(self)
        self.tier_filter = QComboBox(self)
        self.unit_filter = QComboBox(self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("按姓名或工号搜索"))
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        for combo in (self.body_filter, self.tier_filter, self.unit_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            # As wide as the longest entry while there is room; on a narrow screen they give way
            # (eliding) rather than squeeze the search box to "S…" (English, 1366 px).
            combo.setMinimumWidth(combo.fontMetrics().horizontalAdvance("0") * 10)
            combo.currentIndexChanged.connect(self._apply_filters)
        # The whole placeholder shows, with room for the clear button.
        placeholder = self.search.fontMetrics().horizontalAdvance(self.search.placeholderText())
        self.search.setMinimumWidth(placeholder + 3 * self.search.fontMetrics().height())
        self.search.textChanged.connect(self._apply_filters)
        bar = QHBoxLayout()
        bar.addWidget(self.propose_button)
        bar.addSpacing(12)
        for label, widget in (
            (self.tr("职能机构"), self.body_filter),
            (self.tr("新层级"), self.tier_filter),
            (self.tr("原科室"), self.unit_filter),
        ):
            bar.addWidget(QLabel(label, self))
            bar.addWidget(widget)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count_label)
        self.add_person_button = QPushButton(self.tr("新增人员…"), self)
        self.edit_person_button = QPushButton(self.tr("编辑…"), self)
        self.delete_person_button = QPushButton(self.tr("删除人员"), self)
        self.add_person_button.clicked.connect(self.add_person)
        self.edit_person_button.clicked.connect(self.edit_current)
        self.delete_person_button.clicked.connect(self.delete_selected)
        for button in (self.add_person_button, self.edit_person_button, self.delete_person_button):
            bar.addWidget(button)

        # -- people table
        self.delegate = ChoiceDelegate(self)
        self.people_view = QTableView(self)
        self.people_view.setModel(self.people_model)
        self.people_view.setSortingEnabled(True)
        self.people_view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.people_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people_view.setDragEnabled(True)
        self.people_view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.people_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        for column in PeopleModel.CHOICE_COLUMNS:
            self.people_view.setItemDelegateForColumn(column, self.delegate)
        self.people_view.verticalHeader().setVisible(False)
        self.people_view.verticalHeader().setDefaultSectionSize(24)
        # Keys in the table: Insert adds a person, Delete deletes the selected (asking when
        # that unlinks), Enter opens the person's form, F2 or a double click edits a cell.
        self.people_view.activated.connect(lambda _index: self.edit_current())
        # Spreadsheet habits (copy, paste, type-to-search); Enter keeps opening the form here.
        self.people_view.setProperty("enterOpens", True)
        self.people_keys = sheet_keys.install(self.people_view, doc)
        self.add_person_action = QAction(self.tr("新增人员…"), self.people_view)
        self.add_person_action.setShortcut(QKeySequence(Qt.Key.Key_Insert))
        self.add_person_action.triggered.connect(self.add_person)
        self.delete_person_action = QAction(self.tr("删除人员"), self.people_view)
        self.delete_person_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_person_action.triggered.connect(self.delete_selected)
        for action in (self.add_person_action, self.delete_person_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.people_view.addAction(action)
        header = self.people_view.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in enumerate((80, 70, 120, 80, 80, 140, 90, 90, 110, 90)):
            header.resizeSection(column, width)
        tier_names = [tier_label(t) for t in Tier]
        fit_sections(header, {PeopleModel.TIER_BEFORE: tier_names, PeopleModel.TIER_AFTER: tier_names})

        # -- deputies and bodies: drop targets
        self.deputy_view = self._target_view(self.deputy_model, (80, 170, 50, 70, 70))
        self.body_view = self._target_view(self.body_model, (130, 80, 90, 100))
        # A delegate of its own: a delegate shared by two views sends each view's
        # commit to the other too ("editor that does not belong to this view").
        self.body_delegate = ChoiceDelegate(self)
        self.body_view.setItemDelegateForColumn(BodyListModel.DEPUTY, self.body_delegate)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(
            QLabel(self.tr("<b>分管副职</b>（拖入人员：改为向其报告；拖入职能机构：由其分管）"), side)
        )
        side_layout.addWidget(self.deputy_view, 1)
        side_layout.addWidget(
            QLabel(
                self.tr("<b>职能机构</b>（拖入分管副职：由其分管；拖入其他人员：调入该机构；双击“分管副职”可选择）"),
                side,
            )
        )
        side_layout.addWidget(self.body_view, 1)
        for label in side.findChildren(QLabel):
            label.setWordWrap(True)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.people_view)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        editor = QWidget(self)
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addLayout(bar)
        editor_layout.addWidget(self.status)
        editor_layout.addWidget(splitter, 1)

        self.charts = TierCharts(self)
        self.org_chart = OrgChart(doc, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(editor, self.tr("人员与分管"))
        self.tabs.addTab(self.charts, self.tr("改革前后对比"))
        self.tabs.addTab(self.org_chart, self.tr("组织架构图"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

        # Charts and filter lists follow the plan, once per burst of signals.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        doc.entitiesChanged.connect(self._on_entities)
        doc.entitiesAdded.connect(self._on_entities)
        doc.entitiesRemoved.connect(self._on_entities)
        doc.planReset.connect(self._timer.start)
        doc.planReset.connect(self.status.clear)
        doc.undo_stack.indexChanged.connect(self._stack_moved)
        doc.fileChanged.connect(self._update_enabled)
        self.people_model.rowsInserted.connect(self._update_count)
        self.people_model.rowsRemoved.connect(self._update_count)
        self.people_model.modelReset.connect(self._update_count)
        self.refresh()
        self._update_enabled()

    def _target_view(self, model: QAbstractItemModel, widths: tuple[int, ...]) -> QTableView:
        view = QTableView(self)
        view.setModel(model)
        view.setSortingEnabled(False)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        view.setDragEnabled(True)
        view.setAcceptDrops(True)
        view.setDropIndicatorShown(True)
        view.setDefaultDropAction(Qt.DropAction.LinkAction)
        view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(24)
        view.horizontalHeader().setStretchLastSection(True)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(widths):
            view.horizontalHeader().resizeSection(column, width)
        fit_sections(view.horizontalHeader())
        return view

    # -- page protocol ------------------------------------------------------------------
    def page_title(self) -> str:
        return self.tr("管理层级")

    def focus_search(self) -> None:
        """Ctrl+F: the page's search field."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def show_entity(self, kind: str, entity_id: str) -> bool:
        if kind == EntityKind.PERSON and entity_id in self.doc.plan.people:
            self.tabs.setCurrentIndex(0)
            if self.people_model.row_of(entity_id) < 0:
                self.clear_filters()
            row = self.people_model.row_of(entity_id)
            self.people_view.selectRow(row)
            self.people_view.scrollTo(self.people_model.index(row, 0))
            return True
        if kind == EntityKind.BODY and entity_id in self.doc.plan.bodies:
            self.tabs.setCurrentIndex(0)
            row = self.body_model.row_of(entity_id)
            self.body_view.selectRow(row)
            self.body_view.scrollTo(self.body_model.index(row, 0))
            return True
        return False

    # -- actions ----------------------------------------------------------------------------
    @Slot()
    def apply_proposal(self) -> None:
        changes = tiers.propose_three_tiers(self.doc.plan)
        if not edits.three_tier_proposal(self.doc):
            self._say(self.tr("已是三级管理，无需调整。"))
            return
        # The proposal's changes are keyed by Plan attribute (tiers.PEOPLE, tiers.BODIES).
        moved = len(changes.get(tiers.PEOPLE, {}))
        assigned = len(changes.get(tiers.BODIES, {}))
        open_bodies = [b.name for b in self.doc.plan.bodies.values() if b.deputy_id not in self.doc.plan.people]
        text = self.tr("已转为三级管理：调整%1人，为%2个职能机构指定分管副职。").replace("%1", str(moved))
        text = text.replace("%2", str(assigned))
        if open_bodies:
            text += self.tr("以下机构尚无分管副职，请拖入或选择：%1").replace("%1", join_list(open_bodies))
        self._say(text + self.tr("（可撤销）"))

    def _say(self, text: str) -> None:
        """Report the proposal's outcome until the plan changes again (any later edit, undo or open)."""
        self.status.setText(text)
        self._status_at = self.doc.undo_stack.index()

    @Slot(int)
    def _stack_moved(self, index: int) -> None:
        if index != getattr(self, "_status_at", index):
            self.status.clear()

    def clear_filters(self) -> None:
        for combo in (self.body_filter, self.tier_filter, self.unit_filter):
            combo.setCurrentIndex(0)
        self.search.clear()

    # -- following the plan -----------------------------------------------------------------
    @Slot(object, list)
    def _on_entities(self, kind: str, ids: list) -> None:
        self._timer.start()

    @Slot()
    def refresh(self) -> None:
        """Filters' lists, the charts and the count, from the current plan."""
        self._fill_filters()
        self.charts.update_from(self.doc.plan)
        self._update_count()

    def _fill_filters(self) -> None:
        plan = self.doc.plan
        specs: list[tuple[QComboBox, list[tuple[str, Any]]]] = [
            (
                self.body_filter,
                [(self.tr("全部"), None)]
                + [(b.name, b.id) for b in plan.bodies.values()]
                + [(self.tr("（未安排）"), NONE_FILTER)],
            ),
            (
                self.tier_filter,
                [(self.tr("全部"), None)]
                + [(tier_label(t), t.value) for t in (*TIERS_AFTER, Tier.SECTION_CHIEF, Tier.DEPUTY_LEADER)],
            ),
            (
                self.unit_filter,
                [(self.tr("全部"), None)]
                + [(u.name, u.id) for u in plan.units.values()]
                + [(self.tr("（无原科室）"), NONE_FILTER)],
            ),
        ]
        for combo, items in specs:
            current = combo.currentData()
            if [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())] == items:
                continue
            combo.blockSignals(True)
            combo.clear()
            for label, value in items:
                combo.addItem(label, value)
            pos = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(0, pos))
            combo.blockSignals(False)
        self._apply_filters()

    @Slot()
    def _apply_filters(self) -> None:
        tier = self.tier_filter.currentData()
        self.people_model.set_filters(
            body=self.body_filter.currentData(),
            tier=Tier(tier) if tier else None,
            unit=self.unit_filter.currentData(),
            search=self.search.text(),
        )
        self._update_count()

    @Slot()
    def _update_count(self) -> None:
        shown, total = self.people_model.rowCount(), len(self.doc.plan.people)
        self.count_label.setText(self.tr("%1/%n人", "", total).replace("%1", str(shown)))

    @Slot()
    def _update_enabled(self) -> None:
        editable = not self.doc.read_only
        self.propose_button.setEnabled(editable)
        for widget in (self.add_person_button, self.edit_person_button, self.delete_person_button):
            widget.setEnabled(editable)
        for action in (self.add_person_action, self.delete_person_action):
            action.setEnabled(editable)

    # -- people: add, edit, delete --------------------------------------------------------------
    def selected_people(self) -> list[str]:
        rows = sorted({i.row() for i in self.people_view.selectionModel().selectedRows()})
        ids = [self.people_model.id_at(r) for r in rows]
        return [i for i in ids if i is not None]

    @Slot()
    def add_person(self) -> QWidget | None:
        return self.entities.new_person(self.unit_filter.currentData() if self.unit_filter.currentIndex() > 0 else None)

    @Slot()
    def edit_current(self) -> QWidget | None:
        pid = self.people_model.id_at(self.people_view.currentIndex().row())
        return self.entities.edit_person(pid) if pid is not None else None

    @Slot()
    def delete_selected(self) -> QWidget | None:
        return self.entities.delete_people(self.selected_people())

    @Slot(object, str)
    def _person_added(self, kind: str, entity_id: str) -> None:
        if kind == EntityKind.PERSON:
            self.show_entity(kind, entity_id)
            self.people_view.setFocus()
