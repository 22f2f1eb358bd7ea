"""The 执法体系 page: zones (drag and drop, or 移入片区 from the keyboard), villages, diagram.

Left: the zones with their townships and officers (ZoneTreeModel).  Townships and
officers are dragged onto a zone, or selected and moved with the zone box and
移入片区 (Ctrl+M).  Right, 村（社区）: the villages by township with bulk
assignment to stations (设立 / 撤销 服务站, staff counts for all selected);
体系图: the schematic diagram, exported by the window (PNG / SVG).
The view shows and forwards: every change is an edit with its undo step.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from reformdesk.domain.enforcement.registry import EnforcementKind
from reformdesk.gui.dialogs.record_dialog import RecordDialog
from reformdesk.gui.edits import enforcement_edits as edits
from reformdesk.gui.enforcement.document import EnforcementDocument
from reformdesk.gui.models.domain_text import problem_text
from reformdesk.gui.models.enforcement_models import ENTITY_ROLE, ItemsModel, MembersModel, VillagesModel, ZoneTreeModel
from reformdesk.gui.models.labels import severity_label
from reformdesk.gui.views.enforcement_diagram import EnforcementDiagramScene, EnforcementDiagramView


class EnforcementPage(QWidget):
    # "png" or "svg": the window writes the diagram.
    exportDiagramRequested = Signal(str)

    def __init__(self, doc: EnforcementDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        #: What changes the plan (buttons, spin boxes, shortcuts): disabled together when the plan is read-only.
        self._edit_controls: list[QWidget | QShortcut] = []
        self.zones_model = ZoneTreeModel(doc, self)
        self.tree = QTreeView()
        self.tree.setModel(self.zones_model)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setUniformRowHeights(True)
        self.tree.expandAll()
        self.tree.setColumnWidth(0, 200)
        self.zones_model.modelReset.connect(self.tree.expandAll)

        self.zone_box = QComboBox()
        self.move_button = QPushButton(self.tr("移入片区(&M)"))
        self.move_button.setToolTip(self.tr("把选中的乡镇和执法人员移入所选片区（Ctrl+M）"))
        self.move_button.clicked.connect(self.move_selected)
        self._edit_controls += [self.move_button, QShortcut(QKeySequence("Ctrl+M"), self.tree, self.move_selected)]
        self._fill_zones()
        doc.planReset.connect(self._fill_zones)

        #: The add or edit dialog open now (non-blocking).
        self.dialog: RecordDialog | None = None
        zone_buttons = QHBoxLayout()
        # Alt letters: the row above the tree is always shown, so its letters are its own; the
        # tabs' rows are shown one at a time and share theirs (文件 F and 编辑 E are the menus').
        self.add_zone_button = self._button(self.tr("新增片区(&Z)…"), lambda: self.add(EnforcementKind.ZONE))
        # A county of one's own starts empty (new X.rdcounty): its townships and villages are added here.
        self.add_township_button = self._button(self.tr("新增乡镇(&T)…"), lambda: self.add(EnforcementKind.TOWNSHIP))
        self.add_officer_button = self._button(self.tr("新增执法人员(&O)…"), lambda: self.add(EnforcementKind.OFFICER))
        self.edit_zone_button = self._button(self.tr("编辑(&D)…"), lambda: self.edit_current(self.tree))
        self.remove_zone_button = self._button(self.tr("删除(&L)"), lambda: self.remove_selected(self.tree))
        for button in (
            self.add_zone_button,
            self.add_township_button,
            self.add_officer_button,
            self.edit_zone_button,
            self.remove_zone_button,
        ):
            zone_buttons.addWidget(button)
        zone_buttons.addStretch(1)

        left = QWidget()
        lay = QVBoxLayout(left)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(zone_buttons)
        lay.addWidget(self.tree)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("片区：")))
        row.addWidget(self.zone_box, 1)
        row.addWidget(self.move_button)
        lay.addLayout(row)

        # Villages
        self.villages_model = VillagesModel(doc, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.villages_model)
        self.proxy.setFilterKeyColumn(0)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.town_filter = QComboBox()
        self._fill_towns()
        self.town_filter.currentIndexChanged.connect(self._filter)
        doc.planReset.connect(self._fill_towns)
        self.add_village_button = self._button(
            self.tr("新增村（社区）(&V)…"), lambda: self.add(EnforcementKind.VILLAGE)
        )
        self.grid = QSpinBox()
        self.grid.setRange(0, 99)
        self.grid.setValue(1)
        self.assist = QSpinBox()
        self.assist.setRange(0, 99)
        self.assist.setValue(1)
        self.open_button = QPushButton(self.tr("设立服务站(&S)"))
        self.open_button.clicked.connect(self.open_stations)
        self.close_button = QPushButton(self.tr("撤销服务站(&C)"))
        self.close_button.clicked.connect(self.close_stations)
        self.staff_button = QPushButton(self.tr("设置人员(&P)"))
        self.staff_button.clicked.connect(self.set_staff)
        self._edit_controls += [self.open_button, self.close_button, self.staff_button, self.grid, self.assist]
        villages = QWidget()
        vlay = QVBoxLayout(villages)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("乡镇：")))
        top.addWidget(self.town_filter)
        top.addWidget(self.add_village_button)
        top.addStretch(1)
        top.addWidget(self.open_button)
        top.addWidget(self.close_button)
        top.addWidget(QLabel(self.tr("网格员")))
        top.addWidget(self.grid)
        top.addWidget(QLabel(self.tr("协管员")))
        top.addWidget(self.assist)
        top.addWidget(self.staff_button)
        vlay.addLayout(top)
        vlay.addWidget(self.table)

        # Diagram
        self.scene = EnforcementDiagramScene(doc, self)
        self.diagram = EnforcementDiagramView(self.scene)
        png = QPushButton(self.tr("导出PNG(&P)…"))
        png.clicked.connect(lambda: self.exportDiagramRequested.emit("png"))
        svg = QPushButton(self.tr("导出SVG(&G)…"))
        svg.clicked.connect(lambda: self.exportDiagramRequested.emit("svg"))
        chart = QWidget()
        clay = QVBoxLayout(chart)
        brow = QHBoxLayout()
        brow.addStretch(1)
        brow.addWidget(png)
        brow.addWidget(svg)
        clay.addLayout(brow)
        clay.addWidget(self.diagram)

        # Items
        self.items_model = ItemsModel(doc, self)
        self.items_table = QTableView()
        self.items_table.setModel(self.items_model)
        self.items_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.items_zone = QComboBox()
        self.assign_button = QPushButton(self.tr("交由片区承接(&N)"))
        self.assign_button.clicked.connect(self.assign_selected_items)
        self._edit_controls.append(self.assign_button)
        items = QWidget()
        ilay = QVBoxLayout(items)
        irow = QHBoxLayout()
        irow.addWidget(self._button(self.tr("新增事项(&A)…"), lambda: self.add(EnforcementKind.ITEM)))
        irow.addWidget(self._button(self.tr("编辑(&I)…"), lambda: self.edit_current(self.items_table)))
        irow.addWidget(self._button(self.tr("删除(&K)"), lambda: self.remove_selected(self.items_table)))
        irow.addStretch(1)
        irow.addWidget(QLabel(self.tr("承接片区：")))
        irow.addWidget(self.items_zone)
        irow.addWidget(self.assign_button)
        ilay.addLayout(irow)
        ilay.addWidget(self.items_table)
        self._fill_item_zones()
        doc.planReset.connect(self._fill_item_zones)

        # Problems
        self.problems = QListWidget()
        self._show_problems()
        doc.entitiesChanged.connect(self._show_problems)
        doc.planReset.connect(self._show_problems)

        # Leading group
        self.members_model = MembersModel(doc, self)
        self.members = QTableView()
        self.members.setModel(self.members_model)
        self.members.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        group = QWidget()
        glay = QVBoxLayout(group)
        grow = QHBoxLayout()
        grow.addWidget(self._button(self.tr("新增成员(&A)…"), lambda: self.add(EnforcementKind.MEMBER)))
        grow.addWidget(self._button(self.tr("编辑(&I)…"), lambda: self.edit_current(self.members)))
        grow.addWidget(self._button(self.tr("删除(&K)"), lambda: self.remove_selected(self.members)))
        grow.addStretch(1)
        glay.addLayout(grow)
        glay.addWidget(self.members)
        # The keyboard: Enter (or a double click) edits, Insert adds, Delete removes, in each list.
        for view in (self.tree, self.table, self.items_table, self.members):
            view.activated.connect(lambda index, v=view: self.edit_current(v, index))
            insert = QShortcut(QKeySequence(Qt.Key.Key_Insert), view, lambda v=view: self.add(self._kind_to_add(v)))
            delete = QShortcut(
                QKeySequence(QKeySequence.StandardKey.Delete), view, lambda v=view: self.remove_selected(v)
            )
            for shortcut in (insert, delete):
                # Set apart: the constructor's context= keyword is dropped with a callable, and two
                # lists shown at once (the zone tree, the villages) made Insert ambiguous in both.
                shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            self._edit_controls += [insert, delete]

        self.tabs = QTabWidget()
        self.tabs.addTab(villages, self.tr("村（社区）与服务站"))
        self.tabs.addTab(items, self.tr("执法事项"))
        self.tabs.addTab(chart, self.tr("体系图"))
        self.tabs.addTab(group, self.tr("领导小组"))
        self.tabs.addTab(self.problems, self.tr("问题"))
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.tabs)
        split.setStretchFactor(1, 2)
        split.setSizes([440, 840])
        outer = QVBoxLayout(self)
        outer.addWidget(split)

    def _button(self, text: str, slot: Any) -> QPushButton:
        """A button that adds, edits or removes (so it is disabled on a read-only plan)."""
        button = QPushButton(text)
        button.clicked.connect(slot)
        self._edit_controls.append(button)
        return button

    def set_editable(self, editable: bool) -> None:
        """Enable or disable everything that would change the plan: a read-only plan refuses
        edits, and a control that can be clicked but does nothing looks broken."""
        for control in self._edit_controls:
            control.setEnabled(editable)
        self.tree.setDragDropMode(
            QAbstractItemView.DragDropMode.DragDrop if editable else QAbstractItemView.DragDropMode.NoDragDrop
        )

    def edit_controls(self) -> list[QWidget | QShortcut]:
        return list(self._edit_controls)

    # -- add, edit, remove through the registry's forms ------------------------------------
    def _entity_at(
        self, view: QAbstractItemView, index: QModelIndex | None = None
    ) -> tuple[EnforcementKind, str] | None:
        """The (kind, id) of ``index`` (else the view's current row): a zone, officer, item or member."""
        index = index if index is not None and index.isValid() else view.currentIndex()
        if not index.isValid():
            return None
        if view is self.members:
            return EnforcementKind.MEMBER, self.members_model.ids[index.row()]
        if view is self.items_table:
            return EnforcementKind.ITEM, self.items_model.item_id(index.row())
        if view is self.table:
            return EnforcementKind.VILLAGE, self.villages_model.village_id(self.proxy.mapToSource(index).row())
        kind, eid = index.sibling(index.row(), 0).data(ENTITY_ROLE)
        if eid is None:
            return None  # 未分配
        kinds = {"zone": EnforcementKind.ZONE, "township": EnforcementKind.TOWNSHIP, "officer": EnforcementKind.OFFICER}
        return kinds.get(kind), eid  # type: ignore[return-value]

    def _kind_to_add(self, view: QAbstractItemView) -> EnforcementKind:
        if view is self.members:
            return EnforcementKind.MEMBER
        if view is self.items_table:
            return EnforcementKind.ITEM
        if view is self.table:
            return EnforcementKind.VILLAGE
        at = self._entity_at(view)
        if at is not None and at[0] in (EnforcementKind.OFFICER, EnforcementKind.TOWNSHIP):
            return at[0]
        return EnforcementKind.ZONE

    def _dialog(self, kind: EnforcementKind, title: str, values: dict[str, Any], own_id: str | None) -> RecordDialog:
        plan = self.doc.plan
        towns = [(t.name, t.id) for t in plan.townships.values()]
        zones = [(z.name, z.id) for z in plan.zones.values()]
        table = kind.spec.entities(plan)
        names = {getattr(e, "name", "") for eid, e in table.items() if eid != own_id}
        # A village's name is unique within its township (two townships may both have a 东村).
        village_keys = {(v.township_id, v.name) for vid, v in plan.villages.items() if vid != own_id}
        codes = {getattr(e, "code", "") for eid, e in table.items() if eid != own_id} - {""}

        def check(entered: dict[str, Any]) -> list[str]:
            name = str(entered.get("name", "")).strip()
            if not name:
                return [self.tr("名称不能为空")]
            if kind is EnforcementKind.ZONE and name in names:
                return [self.tr("已有名为“%1”的片区").replace("%1", name)]
            if kind is EnforcementKind.TOWNSHIP and name in names:
                return [self.tr("已有名为“%1”的乡镇").replace("%1", name)]
            if kind is EnforcementKind.VILLAGE and (entered.get("township_id"), name) in village_keys:
                return [self.tr("该乡镇已有名为“%1”的村（社区）").replace("%1", name)]
            code = str(entered.get("code", "")).strip()
            if kind is EnforcementKind.ITEM and code in codes:
                return [self.tr("事项编码 %1 已被另一事项使用").replace("%1", code)]
            return []

        dialog = RecordDialog(
            title,
            kind.spec.fields,
            values,
            choices={"seat_id": towns, "zone_id": zones, "township_id": towns},
            list_choices={"township_ids": towns, "zone_ids": zones},
            check=check,
            parent=self,
        )
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        return dialog

    @Slot()
    def add(self, kind: EnforcementKind) -> RecordDialog | None:
        """新增片区 / 执法人员 / 事项 / 成员: the kind's form; on OK one undo step."""
        if self.doc.read_only:
            return None
        values = {f.name: f.default() for f in kind.spec.fields}
        if kind is EnforcementKind.OFFICER:
            at = self._entity_at(self.tree)
            if at is not None and at[0] is EnforcementKind.ZONE:
                values["zone_id"] = at[1]  # into the zone chosen in the tree
        if kind is EnforcementKind.VILLAGE:
            shown = self.town_filter.currentData()
            town = next((t for t in self.doc.plan.townships.values() if t.name == shown), None)
            values["township_id"] = town.id if town is not None else next(iter(self.doc.plan.townships), None)
        label = QCoreApplication.translate("Fields", kind.label)
        dialog = self._dialog(kind, self.tr("新增%1").replace("%1", label), values, None)
        dialog.accepted.connect(lambda: edits.add_entity(self.doc, kind, dialog.values()))
        dialog.open()
        return dialog

    def edit_current(self, view: QAbstractItemView, index: QModelIndex | None = None) -> RecordDialog | None:
        """编辑 (Enter, double click): the entity's form; the changed fields as one undo step."""
        at = self._entity_at(view, index)
        if at is None or at[0] is None or self.doc.read_only:
            return None
        kind, eid = at
        entity = kind.spec.entities(self.doc.plan)[eid]
        values = {f.name: getattr(entity, f.name) for f in kind.spec.fields}
        title = self.tr("编辑%1：%2").replace("%1", QCoreApplication.translate("Fields", kind.label))
        dialog = self._dialog(kind, title.replace("%2", str(values.get("name", ""))), values, eid)
        dialog.accepted.connect(lambda: edits.edit_entity(self.doc, kind, eid, dialog.changed()))
        dialog.open()
        return dialog

    def remove_selected(self, view: QAbstractItemView) -> bool:
        """删除 (Delete): the selected rows of the view, and every reference to them (one undo step)."""
        if self.doc.read_only:
            return False
        chosen: dict[EnforcementKind, list[str]] = {}
        for index in view.selectionModel().selectedRows(0) or [view.currentIndex()]:
            at = self._entity_at(view, index)
            if at is not None and at[0] is not None:
                chosen.setdefault(at[0], []).append(at[1])
        if not chosen:
            return False
        if len(chosen) > 1:
            self._say(self.tr("请分别删除片区、乡镇和执法人员"))
            return False
        ((kind, ids),) = chosen.items()
        return edits.remove_entities(self.doc, kind, ids)

    def _say(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("执法体系"), text, QMessageBox.StandardButton.Ok, self)
        box.finished.connect(box.deleteLater)
        box.open()

    # -- zones -----------------------------------------------------------------------
    @Slot()
    def _fill_zones(self) -> None:
        self.zone_box.clear()
        for zid, z in self.doc.plan.zones.items():
            self.zone_box.addItem(z.name, zid)
        self.zone_box.addItem(self.tr("未分配"), None)

    @Slot()
    def move_selected(self) -> None:
        """The keyboard path of drag and drop: move the selected townships and officers."""
        towns, officers = [], []
        for index in self.tree.selectionModel().selectedRows(0):
            kind, eid = index.data(ENTITY_ROLE)
            if kind == "township":
                towns.append(eid)
            elif kind == "officer":
                officers.append(eid)
        self.zones_model.move(towns, officers, self.zone_box.currentData())

    # -- villages ----------------------------------------------------------------------
    def _fill_towns(self) -> None:
        """The township filter, kept on the township shown when the townships change."""
        shown = self.town_filter.currentData()
        self.town_filter.blockSignals(True)
        self.town_filter.clear()
        self.town_filter.addItem(self.tr("全部乡镇"), "")
        for t in self.doc.plan.townships.values():
            self.town_filter.addItem(t.name, t.name)
        self.town_filter.setCurrentIndex(max(0, self.town_filter.findData(shown)) if shown else 0)
        self.town_filter.blockSignals(False)

    @Slot()
    def _filter(self) -> None:
        name = self.town_filter.currentData() or ""
        self.proxy.setFilterRegularExpression(f"^{name}$" if name else "")

    def selected_villages(self) -> list[str]:
        rows = self.table.selectionModel().selectedRows(0)
        return [self.villages_model.village_id(self.proxy.mapToSource(i).row()) for i in rows]

    @Slot()
    def open_stations(self) -> None:
        edits.set_stations(self.doc, self.selected_villages())

    @Slot()
    def close_stations(self) -> None:
        edits.set_stations(self.doc, self.selected_villages(), station=False)

    @Slot()
    def set_staff(self) -> None:
        edits.set_stations(
            self.doc, self.selected_villages(), grid_workers=self.grid.value(), assistants=self.assist.value()
        )

    # -- items -------------------------------------------------------------------------
    @Slot()
    def _fill_item_zones(self) -> None:
        self.items_zone.clear()
        self.items_zone.addItem(self.tr("全部片区"), list(self.doc.plan.zones))
        for zid, z in self.doc.plan.zones.items():
            self.items_zone.addItem(z.name, [zid])
        self.items_zone.addItem(self.tr("未分配"), [])

    @Slot()
    def assign_selected_items(self) -> None:
        rows = self.items_table.selectionModel().selectedRows(0)
        ids = [self.items_model.item_id(i.row()) for i in rows]
        if ids:
            edits.assign_items(self.doc, ids, self.items_zone.currentData() or [])

    # -- problems ----------------------------------------------------------------------
    @Slot()
    @Slot(object, list)
    def _show_problems(self, *_args: object) -> None:
        self.problems.clear()
        found = self.doc.problems()
        for p in found:
            # In the user's language: the domain's message is Chinese (the CLI's), its template is not.
            self.problems.addItem(f"{severity_label(p.severity)}  {problem_text(p)}  [{p.code}]")
        if not found:
            self.problems.addItem(self.tr("没有问题"))
