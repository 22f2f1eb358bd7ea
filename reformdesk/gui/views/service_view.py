"""The 便民服务 page: the service hall ("111+N") as cards of windows holding their items.

Top: the hall's figures (windows, staffed, items by source, 进驻率) and the
filters (text; 来源; 办理类型).  Centre: one card per window — its number and
name, body, kind, front-desk staff, item count and yearly 办件量 — listing its
items, and a last card 未进入窗口.  Right: the staff, to drag onto a window, and
the selected item's fields.  Without a mouse: choose a window in 目标窗口
(**Alt+W**) and press **Ctrl+M** to move the selected items there, or, with
staff selected in the staff list, to put them at its front desk; **Insert** adds
a window, **Delete** removes the selected items or, from a card's header, the
window.  Every edit goes through :mod:`reformdesk.gui.edits` (one undo step).
The page shows and forwards: drops are the model's (``HallModel.dropMimeData``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reformdesk.domain import service_hall as hall
from reformdesk.domain.model import HallMode, Handling, InHall, ServiceSource, WindowKind
from reformdesk.domain.registry import KINDS, EntityKind
from reformdesk.gui import edits
from reformdesk.gui.dialogs.record_dialog import RecordDialog
from reformdesk.gui.document import Document
from reformdesk.gui.models.hall_model import FilterTextRole, HallModel, StaffModel, window_title
from reformdesk.gui.models.labels import hall_label

#: The service item's form (新增事项 / 编辑事项): its registry fields but the list order (序号).
ITEM_FIELDS = tuple(f for f in KINDS[EntityKind.SERVICE_ITEM].fields if f.name != "seq")
#: Cards per row.
CARD_COLUMNS = 4


class WindowCard(QFrame):
    """One window: header (title, body, staff, counts) and its items as a list rooted at its row."""

    def __init__(self, page: ServicePage, window_id: str | None) -> None:
        super().__init__()
        self.page = page
        self.window_id = window_id
        self.setObjectName(f"card_{window_id or 'none'}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(240)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.list = QListView()
        self.list.setObjectName(f"items_{window_id or 'none'}")
        self.list.setModel(page.model)
        self.list.setRootIndex(page.model.window_index(window_id))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setDropIndicatorShown(True)
        self.list.setMinimumHeight(120)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.list.activated.connect(lambda index: page.edit_item(page.model.entity(index)[1]))  # Enter, double click
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        self.refresh()

    def refresh(self) -> None:
        model = self.page.model
        plan = self.page.doc.plan
        if self.window_id is None:
            self.title.setText(self.tr("未进入窗口"))
        else:
            self.title.setText(window_title(plan.windows[self.window_id]))
        self.summary.setText(model.window_summary(self.window_id))

    @Slot(QModelIndex, QModelIndex)
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.page.item_selected(self.page.model.entity(current)[1])


class ServicePage(QWidget):
    #: 导入事项清单… was asked for (the main window's import action reads the file).
    serviceImportRequested = Signal()

    def __init__(self, doc: Document, parent: QWidget | None = None, *, import_action: QAction | None = None) -> None:
        """``import_action``: the window's 导入审批服务事项… (its 文件 → 导入 menu holds the same action),
        shown as this page's import button; without one (a page on its own) the page makes its own,
        which asks through :attr:`serviceImportRequested`."""
        super().__init__(parent)
        self.doc = doc
        self.model = HallModel(doc, self)
        self.staff_model = StaffModel(doc, self)
        self.cards: list[WindowCard] = []
        self._item: str | None = None

        self.figures = QLabel()
        self.figures.setObjectName("hall_figures")
        self.legend = QLabel(self.tr("◆ 县级下放事项（关联下放的权力事项）；橙色：不在大厅办结（未进驻）"))
        # Both wrap: on one line each, their English (743 + 529 px) held the window wider than a
        # 1366×768 screen.
        for label in (self.figures, self.legend):
            label.setWordWrap(True)
        self.filter = QLineEdit()
        self.filter.setObjectName("hall_filter")
        self.filter.setPlaceholderText(self.tr("筛选事项（名称、编码、办理人）"))
        self.filter.setClearButtonEnabled(True)
        self.source_filter = QComboBox()
        self.source_filter.setObjectName("source_filter")
        self.source_filter.addItem(self.tr("全部来源"), None)
        for source in ServiceSource:
            self.source_filter.addItem(hall_label(source), source)
        self.handling_filter = QComboBox()
        self.handling_filter.setObjectName("handling_filter")
        self.handling_filter.addItem(self.tr("全部办理类型"), None)
        for handling in Handling:
            self.handling_filter.addItem(hall_label(handling), handling)
        self.filter.textChanged.connect(self.apply_filters)
        self.source_filter.currentIndexChanged.connect(self.apply_filters)
        self.handling_filter.currentIndexChanged.connect(self.apply_filters)

        self.target = QComboBox()
        self.target.setObjectName("target_window")
        target_label = QLabel(self.tr("目标窗口(&W)"))
        target_label.setBuddy(self.target)
        self.move_button = QPushButton(self.tr("移到窗口"))
        self.move_button.setToolTip(self.tr("把选中的事项移到目标窗口，或把选中的人员安排到目标窗口（Ctrl+M）"))
        self.move_button.clicked.connect(self.move_selected)
        self.add_window_button = QPushButton(self.tr("新增窗口"))
        self.add_window_button.clicked.connect(self.add_window)
        self.add_item_button = QPushButton(self.tr("新增事项(&A)…"))
        self.add_item_button.setObjectName("add_item")
        self.add_item_button.setToolTip(self.tr("新增一项审批服务事项，放入目标窗口（Ctrl+Insert）"))
        self.add_item_button.clicked.connect(self.add_item)
        self.edit_item_button = QPushButton(self.tr("编辑事项(&E)…"))
        self.edit_item_button.setObjectName("edit_item")
        self.edit_item_button.setToolTip(self.tr("修改所选事项的全部信息（在事项上按回车或双击）"))
        self.edit_item_button.clicked.connect(lambda: self.edit_item())
        if import_action is None:
            import_action = QAction(self.tr("导入事项清单…"), self)
            import_action.triggered.connect(self.serviceImportRequested)
        import_action.setToolTip(self.tr("从表格导入审批服务事项：按名称更新已有事项，县级下放事项关联其权力事项"))
        #: 导入…: a button showing the one action (its text, its enabled state), not a copy of it.
        self.import_button = QToolButton()
        self.import_button.setDefaultAction(import_action)
        self.import_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        # The combo boxes are as wide as their longest entry while there is room, and give way
        # (eliding) on a narrow screen: in English their entries alone took 580 px of the row.
        digit = self.target.fontMetrics().horizontalAdvance("0")
        for combo in (self.source_filter, self.handling_filter):
            combo.setMinimumWidth(digit * 12)
        # Those two give way first: the target's 窗口1 综合受理窗口 and the filter's text stay legible.
        self.target.setMinimumWidth(digit * 22)
        self.filter.setMinimumWidth(digit * 14)
        top = QHBoxLayout()
        top.addWidget(self.filter, 2)
        top.addWidget(self.source_filter)
        top.addWidget(self.handling_filter)
        top.addSpacing(12)
        top.addWidget(target_label)
        top.addWidget(self.target, 1)
        top.addWidget(self.move_button)
        top.addWidget(self.add_window_button)
        top.addWidget(self.add_item_button)
        top.addWidget(self.edit_item_button)
        top.addWidget(self.import_button)

        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setSpacing(8)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.grid_host)

        self.staff = QTableView()
        self.staff.setObjectName("hall_staff")
        self.staff.setModel(self.staff_model)
        self.staff.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.staff.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.staff.setDragEnabled(True)
        self.staff.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.staff.verticalHeader().hide()
        self.staff.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.staff.horizontalHeader().setStretchLastSection(True)
        self.staff.verticalHeader().setDefaultSectionSize(22)

        # The selected item's fields (each change one undo step).
        self.item_name = QLabel()
        self.item_name.setWordWrap(True)
        self.handling = QComboBox()
        for handling in Handling:
            self.handling.addItem(hall_label(handling), handling)
        self.time_limit = QSpinBox()
        self.time_limit.setRange(0, 999)
        self.volume = QSpinBox()
        self.volume.setRange(0, 10_000_000)
        self.handler = QComboBox()
        self.handler.setObjectName("item_handler")
        self.in_hall = QComboBox()
        for value in InHall:
            self.in_hall.addItem(hall_label(value), value)
        self.handling.activated.connect(lambda _i: self._set_item(handling=self.handling.currentData()))
        self.in_hall.activated.connect(lambda _i: self._set_item(in_hall=self.in_hall.currentData()))
        self.handler.activated.connect(lambda _i: self._set_item(handler_id=self.handler.currentData()))
        self.time_limit.editingFinished.connect(lambda: self._set_item(time_limit=self.time_limit.value()))
        self.volume.editingFinished.connect(lambda: self._set_item(volume=self.volume.value()))
        form = QFormLayout()
        form.addRow(self.tr("事项"), self.item_name)
        form.addRow(self.tr("办理类型"), self.handling)
        form.addRow(self.tr("承诺时限（工作日）"), self.time_limit)
        form.addRow(self.tr("年办件量"), self.volume)
        form.addRow(self.tr("后台办理人"), self.handler)
        form.addRow(self.tr("进驻"), self.in_hall)
        self.item_form = QWidget()
        self.item_form.setLayout(form)
        self.item_form.setEnabled(False)

        # The window chosen in 目标窗口: its name, body and kind; and how the hall is staffed.
        self.window_name = QLineEdit()
        self.window_name.setObjectName("window_name")
        self.window_name.editingFinished.connect(self._window_name_edited)
        self.window_body = QComboBox()
        self.window_body.setObjectName("window_body")
        self.window_body.activated.connect(lambda _i: self._set_window(body_id=self.window_body.currentData()))
        self.window_kind = QComboBox()
        for kind in WindowKind:
            self.window_kind.addItem(hall_label(kind), kind)
        self.window_kind.activated.connect(lambda _i: self._set_window(kind=self.window_kind.currentData()))
        self.hall_mode = QComboBox()
        self.hall_mode.setObjectName("hall_mode")
        for mode in HallMode:
            self.hall_mode.addItem(hall_label(mode), mode)
        self.hall_mode.activated.connect(self._hall_mode_chosen)
        window_form = QFormLayout()
        window_form.addRow(self.tr("窗口名称"), self.window_name)
        window_form.addRow(self.tr("所属职能机构"), self.window_body)
        window_form.addRow(self.tr("窗口类型"), self.window_kind)
        window_form.addRow(self.tr("窗口配备方式"), self.hall_mode)
        self.window_form = QWidget()
        self.window_form.setLayout(window_form)
        self.target.currentIndexChanged.connect(self._show_window)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel(self.tr("工作人员（拖到窗口上安排前台）")))
        side_layout.addWidget(self.staff, 2)
        # One tab each, so the panel fits a 1366×768 screen.
        self.forms = QTabWidget()
        self.forms.addTab(self.item_form, self.tr("所选事项"))
        self.forms.addTab(self.window_form, self.tr("目标窗口"))
        side_layout.addWidget(self.forms)

        splitter = QSplitter()
        splitter.addWidget(self.scroll)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1100, 380])
        self.splitter = splitter

        layout = QVBoxLayout(self)
        figures_row = QHBoxLayout()
        figures_row.addWidget(self.figures, 1)
        figures_row.addWidget(self.legend)
        layout.addLayout(figures_row)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self.move_action = self._action(self.tr("移到窗口"), QKeySequence("Ctrl+M"), self.move_selected)
        self.add_action = self._action(self.tr("新增窗口"), QKeySequence(Qt.Key.Key_Insert), self.add_window)
        self.delete_action = self._action(self.tr("删除"), QKeySequence(QKeySequence.StandardKey.Delete), self.delete)
        self.add_item_action = self._action(
            self.tr("新增事项"), QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Insert), self.add_item
        )
        #: The add or edit dialog open now (non-blocking), for tests and to keep one at a time.
        self.dialog: RecordDialog | None = None

        self.model.modelReset.connect(self.rebuild)
        self.model.dataChanged.connect(self._refresh_headers)
        self.model.rowsInserted.connect(self._refresh_headers)
        self.model.rowsRemoved.connect(self._refresh_headers)
        doc.infoChanged.connect(self._refresh_headers)
        doc.entitiesChanged.connect(self._on_entities)
        self.rebuild()

    def _action(self, text: str, keys: QKeySequence, slot: object) -> QAction:
        action = QAction(text, self)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)  # type: ignore[arg-type]
        self.addAction(action)
        return action

    def page_title(self) -> str:
        return self.tr("便民服务")

    # -- cards ------------------------------------------------------------------------------------------
    @Slot()
    def rebuild(self) -> None:
        for card in self.cards:
            self.grid.removeWidget(card)
            card.deleteLater()
        self.cards = []
        for i, window_id in enumerate([*self.model.windows, None]):
            card = WindowCard(self, window_id)
            self.cards.append(card)
            self.grid.addWidget(card, i // CARD_COLUMNS, i % CARD_COLUMNS)
        self._fill_targets()
        self._fill_handlers()
        self._refresh_headers()
        self.apply_filters()

    def _fill_targets(self) -> None:
        current = self.target.currentData() if self.target.count() else next(iter(self.model.windows), None)
        self.target.clear()
        for window in hall.ordered_windows(self.doc.plan):
            self.target.addItem(window_title(window), window.id)
        self.target.addItem(self.tr("未进入窗口"), None)
        at = self.target.findData(current)
        self.target.setCurrentIndex(max(at, 0))

    def _fill_handlers(self) -> None:
        self.handler.clear()
        self.handler.addItem(self.tr("（无）"), None)
        for person in self.doc.plan.people.values():
            self.handler.addItem(
                self.tr("%1（%2）").replace("%1", person.name).replace("%2", person.staff_id), person.id
            )

    @Slot()
    def _refresh_headers(self, *_args: object) -> None:
        for card in self.cards:
            card.refresh()
        f = hall.hall_figures(self.doc.plan)
        text = (
            self.tr("窗口 %1（已配备人员 %2）· 事项 %3（本镇 %4，县级下放 %5）· 进入窗口 %6 · 进驻率 %7 · 年办件量 %8")
            .replace("%1", str(f.windows))
            .replace("%2", str(f.staffed))
            .replace("%3", str(f.items))
            .replace("%4", str(f.town))
            .replace("%5", str(f.delegated))
            .replace("%6", str(f.in_windows))
            .replace("%7", f.hall_rate_text)
            .replace("%8", str(f.volume))
        )
        self.figures.setText(text)
        self._show_item()
        self._show_window()

    @Slot(object, list)
    def _on_entities(self, kind: object, _ids: list) -> None:
        if kind is EntityKind.WINDOW:
            self._fill_targets()
        elif kind is EntityKind.PERSON:
            self._refresh_headers()
        elif kind is EntityKind.SERVICE_ITEM:
            self.apply_filters()

    # -- filters --------------------------------------------------------------------------------------
    @Slot()
    def apply_filters(self, *_args: object) -> None:
        text = self.filter.text().strip().lower()
        source = self.source_filter.currentData()
        handling = self.handling_filter.currentData()
        plan = self.doc.plan
        for card in self.cards:
            root = card.list.rootIndex()
            for row in range(self.model.rowCount(root)):
                index = self.model.index(row, 0, root)
                _kind, item_id = self.model.entity(index)
                item = plan.service_items[item_id or ""]
                shown = (
                    (not text or text in str(self.model.data(index, FilterTextRole)).lower())
                    and (source is None or item.source == source)
                    and (handling is None or item.handling == handling)
                )
                card.list.setRowHidden(row, not shown)

    def visible_items(self) -> list[str]:
        out = []
        for card in self.cards:
            root = card.list.rootIndex()
            for row in range(self.model.rowCount(root)):
                if not card.list.isRowHidden(row):
                    out.append(self.model.entity(self.model.index(row, 0, root))[1])
        return [i for i in out if i]

    # -- selection and edits ---------------------------------------------------------------------------
    def selected_items(self) -> list[str]:
        ids: list[str] = []
        for card in self.cards:
            for index in card.list.selectionModel().selectedIndexes():
                _kind, eid = self.model.entity(index)
                if eid and eid not in ids:
                    ids.append(eid)
        return ids

    def selected_staff(self) -> list[str]:
        rows = sorted({i.row() for i in self.staff.selectionModel().selectedRows()})
        return [p for r in rows if (p := self.staff_model.person_at(r)) is not None]

    def select_items(self, item_ids: list[str]) -> None:
        for card in self.cards:
            card.list.clearSelection()
        for item_id in item_ids:
            index = self.model.index_of_item(item_id)
            for card in self.cards:
                if card.list.rootIndex() == index.parent():
                    # Through the selection model: the view's setCurrentIndex would toggle under Ctrl (Ctrl+M).
                    flags = QItemSelectionModel.SelectionFlag
                    card.list.selectionModel().setCurrentIndex(index, flags.Select | flags.Current)
                    card.list.setFocus()

    @Slot()
    def move_selected(self) -> bool:
        """Ctrl+M: the selected staff (when the staff list has focus) or items to 目标窗口."""
        window_id = self.target.currentData()
        if self.staff.hasFocus() and self.selected_staff():
            return edits.assign_window_staff(self.doc, self.selected_staff(), window_id)
        items = self.selected_items()
        if items:
            done = edits.move_service_items(self.doc, items, window_id)
            if done:
                self.select_items(items)
            return done
        staff = self.selected_staff()
        return bool(staff) and edits.assign_window_staff(self.doc, staff, window_id)

    @Slot()
    def add_window(self) -> bool:
        window = edits.add_window(self.doc)
        if window is not None:
            self.target.setCurrentIndex(max(self.target.findData(window.id), 0))
        return window is not None

    @Slot()
    def delete(self) -> bool:
        """Delete: the selected items; with none, the window chosen in 目标窗口."""
        items = self.selected_items()
        if items:
            return edits.remove_service_items(self.doc, items)
        window_id = self.target.currentData()
        return window_id is not None and edits.remove_windows(self.doc, [window_id])

    # -- add and edit an item through its registry form ---------------------------------------------
    def _item_dialog(self, title: str, values: dict[str, Any], item_id: str | None) -> RecordDialog:
        plan = self.doc.plan
        powers = [(f"{w.code} {w.name}".strip(), w.id) for w in plan.powers.values()]
        windows = [(window_title(w), w.id) for w in hall.ordered_windows(plan)]
        people = [
            (self.tr("%1（%2）").replace("%1", p.name).replace("%2", p.staff_id), p.id) for p in plan.people.values()
        ]
        taken = {i.name for i in plan.service_items.values() if i.id != item_id}

        def check(entered: dict[str, Any]) -> list[str]:
            name = str(entered["name"])
            if not name:
                return [self.tr("事项名称不能为空")]
            if name in taken:
                return [self.tr("已有名为“%1”的事项（同一事项不能进入两个窗口）").replace("%1", name)]
            return []

        def front_desk(entered: dict[str, Any]) -> str:
            window_id = entered.get("window_id")
            if window_id is None:
                return self.tr("前台受理人：（未进入窗口）")
            names = [p.name for p in plan.people.values() if p.window_id == window_id]
            shown = "、".join(names) if names else self.tr("（窗口未配备）")
            return self.tr("前台受理人：%1（由窗口的前台工作人员受理）").replace("%1", shown)

        dialog = RecordDialog(
            title,
            ITEM_FIELDS,
            values,
            choices={"power_id": powers, "window_id": windows, "handler_id": people},
            check=check,
            notes={"window_id": front_desk},
            parent=self,
        )
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        return dialog

    @Slot()
    def add_item(self) -> RecordDialog | None:
        """新增事项: its form; on OK one undo step 新增事项 X, in the target window."""
        if self.doc.read_only or not self.doc.is_open:
            return None
        values = {f.name: f.default() for f in ITEM_FIELDS}
        values["window_id"] = self.target.currentData()
        dialog = self._item_dialog(self.tr("新增审批服务事项"), values, None)

        def accepted() -> None:
            entered = dialog.values()
            name = entered.pop("name")
            item = edits.add_service_item(self.doc, name, **entered)
            if item is not None:
                self.show_entity(EntityKind.SERVICE_ITEM, item.id)

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog

    @Slot()
    def edit_item(self, item_id: str | None = None) -> RecordDialog | None:
        """编辑事项 (Enter on an item): every field in one form; the changed ones as one undo step."""
        if item_id is None:
            chosen = self.selected_items()
            item_id = chosen[0] if chosen else self._item
        item = self.doc.plan.service_items.get(item_id or "")
        if item is None or self.doc.read_only:
            return None
        values = {f.name: getattr(item, f.name) for f in ITEM_FIELDS}
        dialog = self._item_dialog(self.tr("编辑事项：%1").replace("%1", item.name), values, item.id)

        def accepted() -> None:
            changed = dialog.changed()
            if changed and edits.set_service_item_fields(self.doc, item.id, **changed):
                self.show_entity(EntityKind.SERVICE_ITEM, item.id)

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog

    # -- the selected item --------------------------------------------------------------------------
    def item_selected(self, item_id: str | None) -> None:
        self._item = item_id
        self._show_item()

    def _show_item(self) -> None:
        item = self.doc.plan.service_items.get(self._item or "")
        self.item_form.setEnabled(item is not None and not self.doc.read_only)
        if item is None:
            self.item_name.setText("")
            return
        code = hall.item_code(self.doc.plan, item)
        self.item_name.setText(self.tr("%1（%2）").replace("%1", item.name).replace("%2", code) if code else item.name)
        self.handling.setCurrentIndex(self.handling.findData(item.handling))
        self.in_hall.setCurrentIndex(self.in_hall.findData(item.in_hall))
        self.time_limit.setValue(item.time_limit)
        self.volume.setValue(item.volume)
        self.handler.setCurrentIndex(max(self.handler.findData(item.handler_id), 0))

    def _show_window(self, *_args: object) -> None:
        window = self.doc.plan.windows.get(self.target.currentData() or "")
        self.window_name.setEnabled(window is not None and not self.doc.read_only)
        self.window_body.setEnabled(window is not None and not self.doc.read_only)
        self.window_kind.setEnabled(window is not None and not self.doc.read_only)
        self.hall_mode.setEnabled(not self.doc.read_only)
        self.hall_mode.setCurrentIndex(self.hall_mode.findData(self.doc.plan.info.hall_mode))
        self.window_body.clear()
        self.window_body.addItem(self.tr("（无）"), None)
        for body in self.doc.plan.bodies.values():
            self.window_body.addItem(body.name, body.id)
        if window is None:
            self.window_name.setText("")
            return
        self.window_name.setText(window.name)
        self.window_body.setCurrentIndex(max(self.window_body.findData(window.body_id), 0))
        self.window_kind.setCurrentIndex(self.window_kind.findData(window.kind))

    def _set_window(self, **fields: object) -> None:
        window_id = self.target.currentData()
        if window_id is not None:
            edits.set_window_fields(self.doc, window_id, **fields)

    @Slot()
    def _window_name_edited(self) -> None:
        self._set_window(name=self.window_name.text().strip())

    @Slot(int)
    def _hall_mode_chosen(self, _index: int) -> None:
        edits.set_info(self.doc, {"hall_mode": HallMode(self.hall_mode.currentData())})

    def _set_item(self, **fields: object) -> None:
        if self._item is not None:
            edits.set_service_item_fields(self.doc, self._item, **fields)

    # -- navigation -----------------------------------------------------------------------------------
    def show_entity(self, kind: str, entity_id: str) -> bool:
        if kind == EntityKind.SERVICE_ITEM and entity_id in self.doc.plan.service_items:
            self.select_items([entity_id])
            self.item_selected(entity_id)
            return True
        if kind == EntityKind.WINDOW and entity_id in self.doc.plan.windows:
            self.target.setCurrentIndex(max(self.target.findData(entity_id), 0))
            for card in self.cards:
                if card.window_id == entity_id:
                    self.scroll.ensureWidgetVisible(card)
                    card.list.setFocus()
            return True
        return False
