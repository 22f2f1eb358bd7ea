"""The structure page (机构设置): old units on the left, new bodies in the middle, properties on the right.

Widgets only show and forward: drag and drop is the models' business, and
every button, menu item and field edit calls :mod:`reformdesk.gui.edits`.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, QPoint, Qt, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QKeySequence,
    QResizeEvent,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStyle,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from reformdesk.domain.edits import body_named
from reformdesk.domain.model import AUTHORISED_POST_TYPES, PostCounts
from reformdesk.domain.registry import EntityKind
from reformdesk.gui import edits, icons
from reformdesk.gui.dialogs.body_picker import BodyPickerDialog
from reformdesk.gui.document import Document
from reformdesk.gui.entity_actions import EntityActions
from reformdesk.gui.models.structure_model import (
    UNPLACED,
    NewStructureModel,
    OldStructureModel,
    _StructureTreeModel,
)
from reformdesk.gui.views import sheet_keys
from reformdesk.gui.views.buttons import keep_mnemonics
from reformdesk.gui.views.tree_expansion import expand_within


def _natural_width(text: str, font: QFont) -> float:
    """A text's width as the style measures an item's (QCommonStyle's viewItemSize: a word-wrapping
    layout on an unbounded line): QFontMetrics differs by a pixel where Latin and CJK mix."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    widest = 0.0
    line = layout.createLine()
    while line.isValid():
        line.setLineWidth(_UNBOUNDED)
        widest = max(widest, line.naturalTextWidth())
        line = layout.createLine()
    layout.endLayout()
    return widest


#: Qt's QFIXED_MAX, the line width of an item measured without wrapping.
_UNBOUNDED = float((2**31 - 1) // 256)


class StructureTree(QTreeView):
    """A tree of the structure page: drags out, accepts drops, shows a context menu."""

    def __init__(self, model: _StructureTreeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.expand_all_action = QAction(self.tr("全部展开(&X)"), self)
        self.expand_all_action.triggered.connect(self.expandAll)
        self.collapse_all_action = QAction(self.tr("全部折叠(&C)"), self)
        self.collapse_all_action.triggered.connect(self.collapseAll)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        # Drops always land *on* a row (a body), never between rows.
        self.setDragDropOverwriteMode(True)
        self.setDropIndicatorShown(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Measured once per reset, not ResizeToContents: that re-measured up to 1,000 rows
        # on every layout change and made opening a province plan 0.3 s slower.
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.header().setResizeContentsPrecision(200)
        self._fitted = 0  # column 1's width by its contents, measured at each reset
        self._applied = 0  # the width last given to column 1 here (another: the user's)
        self._open_levels = 0  # levels shown expanded since the last reset (_expand_to_fit)
        self._expand_and_fit()
        model.modelReset.connect(self._expand_and_fit)
        model.rowsInserted.connect(self._expand_inserted)

    # -- drops: where the user pointed ------------------------------------------------
    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        super().dragMoveEvent(event)
        self._pointed = (QPersistentModelIndex(self.indexAt(event.position().toPoint())), self._scroll_position())

    def dropEvent(self, event: QDropEvent) -> None:
        """Drop on the row the pointer was moved to, even if the view scrolled by itself since.

        Near the edge the view scrolls while the pointer rests (auto-scroll): the row under a
        pointer left on the last visible body became 未并入, and the drop landed there.
        """
        pointed, scroll = getattr(self, "_pointed", (QPersistentModelIndex(), None))
        self._pointed = (QPersistentModelIndex(), None)
        if scroll is None or scroll == self._scroll_position() or not pointed.isValid():
            super().dropEvent(event)
            return
        self.stopAutoScroll()
        self.setState(QAbstractItemView.State.NoState)
        model = self.model()
        target = QModelIndex(pointed)
        action = event.dropAction()
        if model.canDropMimeData(event.mimeData(), action, -1, -1, target) and model.dropMimeData(
            event.mimeData(), action, -1, -1, target
        ):
            event.setDropAction(action)
            event.accept()
        else:
            event.ignore()
        self.viewport().update()

    def _scroll_position(self) -> tuple[int, int]:
        return self.verticalScrollBar().value(), self.horizontalScrollBar().value()

    @Slot()
    def _expand_and_fit(self) -> None:
        self._expand_to_fit()
        self.setColumnWidth(1, self._contents_width(1))
        self._fitted = self._applied = self.columnWidth(1)
        self._cap_second_column()

    def _contents_width(self, column: int) -> int:
        """resizeColumnToContents' width for ``column`` (which shows text alone), from the model's
        texts: the rows it measures (the first resizeContentsPrecision shown, top down), each
        distinct text laid out as the style lays it out, with its margins; at least the header's.

        QTreeView's own asked data() of each row ~8 times through the delegate: 2,092 Python
        calls for the sample plan's two trees at each reset, twice at a start."""
        cells = self.model().shown_cells(column, self._open_levels, self.header().resizeContentsPrecision())  # type: ignore[attr-defined]
        base = self.font()
        widest = 0.0
        for text, font in set(cells):
            widest = max(widest, _natural_width(text, base if font is None else font.resolve(base)))
        margin = 2 * (self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1)
        return max(math.ceil(widest) + margin if cells else 0, self.header().sectionSizeHint(column))

    def _expand_to_fit(self) -> None:
        """Expand every level that keeps the tree within OPEN_EXPANDED_ROWS rows (tree_expansion)."""
        self._open_levels = expand_within(self, self.model().rows_by_depth())  # type: ignore[attr-defined]

    @Slot(QModelIndex, int, int)
    def _expand_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        """Rows added (an import, a new unit, a drop) open as far as the tree opened: a town's
        imported roster shows its people under their units, as the rest of the tree does."""
        depth = 0
        above = parent
        while above.isValid():
            depth += 1
            above = above.parent()
        if depth >= self._open_levels:
            return
        model = self.model()
        for row in range(first, last + 1):
            self.expandRecursively(model.index(row, 0, parent), self._open_levels - depth - 1)

    def _cap_second_column(self) -> None:
        # Column 0 (the names) stretches into what column 1 leaves: in a narrow pane, or in
        # English ("党政办主任 · Staff"), column 1 sized to its contents left the names no room.
        # Column 1 gets at most 55% of the width; a width the user dragged is kept.
        if not self._fitted or self.columnWidth(1) != self._applied:
            return
        cap = max(self.viewport().width() * 55 // 100, 60)
        self._applied = min(self._fitted, cap)
        self.setColumnWidth(1, self._applied)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._cap_second_column()

    def selected_ids(self) -> tuple[list[str], list[str], list[str]]:
        """(unit ids, person ids, body ids) of the selected rows, in view order."""
        units: list[str] = []
        people: list[str] = []
        bodies: list[str] = []
        model: _StructureTreeModel = self.model()  # type: ignore[assignment]
        rows = sorted(self.selectionModel().selectedRows(0), key=lambda i: self.visualRect(i).top())
        for index in rows:
            key = model.key_of(index)
            if key is None:
                continue
            {EntityKind.UNIT: units, EntityKind.PERSON: people, EntityKind.BODY: bodies}.get(key[0], []).append(key[1])
        return units, people, bodies

    def select_key(self, kind: str, entity_id: str) -> bool:
        model: _StructureTreeModel = self.model()  # type: ignore[assignment]
        index = model.index_for(kind, entity_id)
        if not index.isValid():
            return False
        parent = index.parent()
        while parent.isValid():
            self.expand(parent)
            parent = parent.parent()
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.selectionModel().setCurrentIndex(index, flags)
        self.scrollTo(index)
        return True


class BodyPanel(QGroupBox):
    """Properties of the selected body; each finished edit is one undo command."""

    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("职能机构属性"), parent)
        self.doc = doc
        self.body_id: str | None = None
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.rank = self._choice((self.tr("正科级"), self.tr("副科级"), self.tr("股级")))
        self.kind = self._choice((self.tr("行政机构"), self.tr("事业单位"), self.tr("内设机构")))
        self.posts = QSpinBox()
        self.posts.setRange(0, 9999)
        self.posts.setToolTip(self.tr("编制数（合计）。按编制类型填写时自动为各类之和。"))
        # 分类编制: one box per post type a body can be authorised (三定 核定编制).
        self.type_posts: dict[str, QSpinBox] = {}
        type_grid = QGridLayout()
        type_grid.setContentsMargins(0, 0, 0, 0)
        for i, post_type in enumerate(AUTHORISED_POST_TYPES):
            spin = QSpinBox()
            spin.setRange(0, 9999)
            spin.editingFinished.connect(self._types_edited)
            self.type_posts[post_type.value] = spin
            type_grid.addWidget(QLabel(self._post_type_text(post_type.value)), i // 2, (i % 2) * 2)
            type_grid.addWidget(spin, i // 2, (i % 2) * 2 + 1)
        self.leaders = QSpinBox()
        self.leaders.setRange(0, 999)
        self.leaders.setToolTip(self.tr("领导职数（合计）。填写正职、副职时自动为二者之和。"))
        self.chiefs = QSpinBox()
        self.chiefs.setRange(0, 99)
        self.deputies = QSpinBox()
        self.deputies.setRange(0, 99)
        split = QHBoxLayout()
        split.addWidget(QLabel(self.tr("正职")))
        split.addWidget(self.chiefs)
        split.addWidget(QLabel(self.tr("副职")))
        split.addWidget(self.deputies)
        self.load = QLabel()
        self.sites = QListWidget()
        self.sites.setToolTip(self.tr("合署办公：一个机构、一支队伍、多个场所。双击修改场所名称。"))
        add_site = QPushButton(self.tr("添加场所"))
        remove_site = QPushButton(self.tr("删除场所"))
        buttons = QHBoxLayout()
        buttons.addWidget(add_site)
        buttons.addWidget(remove_site)
        self.duties = QListWidget()
        self.duties.setToolTip(self.tr("主要职责（三定），每项一条，按顺序编号。双击修改。"))
        add_duty = QPushButton(self.tr("添加职责"))
        remove_duty = QPushButton(self.tr("删除职责"))
        duty_buttons = QHBoxLayout()
        duty_buttons.addWidget(add_duty)
        duty_buttons.addWidget(remove_duty)
        # Why a name was not taken (another body has it): red, under the name, until the next edit.
        self.name_error = QLabel()
        self.name_error.setWordWrap(True)
        self.name_error.setStyleSheet("color: #c81e1e;")
        self.name_error.setVisible(False)
        self.name.textEdited.connect(lambda _t: self.name_error.setVisible(False))
        form.addRow(self.tr("名称"), self.name)
        form.addRow("", self.name_error)
        form.addRow(self.tr("机构规格"), self.rank)
        form.addRow(self.tr("机构类别"), self.kind)
        form.addRow(self.tr("编制数"), self.posts)
        form.addRow(self.tr("分类编制"), type_grid)
        form.addRow(self.tr("领导职数"), self.leaders)
        form.addRow("", split)
        form.addRow(self.tr("在岗"), self.load)
        form.addRow(self.tr("办公场所"), self.sites)
        form.addRow("", buttons)
        form.addRow(self.tr("主要职责"), self.duties)
        form.addRow("", duty_buttons)
        self.name.editingFinished.connect(self._name_edited)
        self.posts.editingFinished.connect(self._posts_edited)
        self.leaders.editingFinished.connect(self._leaders_edited)
        self.chiefs.editingFinished.connect(self._split_edited)
        self.deputies.editingFinished.connect(self._split_edited)
        for combo, field in ((self.rank, "rank"), (self.kind, "kind")):
            edit = combo.lineEdit()
            assert edit is not None
            edit.editingFinished.connect(lambda c=combo, f=field: self._text_edited(c, f))
            combo.activated.connect(lambda _i, c=combo, f=field: self._text_edited(c, f))
        self.sites.itemChanged.connect(self._sites_edited)
        self.duties.itemChanged.connect(self._duties_edited)
        add_site.clicked.connect(self.add_site)
        remove_site.clicked.connect(self.remove_site)
        add_duty.clicked.connect(self.add_duty)
        remove_duty.clicked.connect(self.remove_duty)
        doc.entitiesChanged.connect(self._on_changed)
        doc.entitiesRemoved.connect(self._on_changed)
        doc.entitiesAdded.connect(self._on_changed)
        doc.planReset.connect(lambda: self.show_body(None))
        doc.fileChanged.connect(self.refresh)
        self.show_body(None)

    @staticmethod
    def _choice(items: tuple[str, ...]) -> QComboBox:
        """An editable list of the usual values (any other text may be typed)."""
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItems(list(items))
        return combo

    def _post_type_text(self, value: str) -> str:
        texts = {
            "行政编制": self.tr("行政编制"),
            "事业编制": self.tr("事业编制"),
            "参照公务员法管理": self.tr("参照公务员法管理"),
            "工勤": self.tr("工勤"),
        }
        return texts.get(value, value)

    def _editors(self) -> tuple[QWidget, ...]:
        return (
            self.name,
            self.rank,
            self.kind,
            self.posts,
            *self.type_posts.values(),
            self.leaders,
            self.chiefs,
            self.deputies,
            self.sites,
            self.duties,
        )

    def show_body(self, body_id: str | None) -> None:
        if body_id != self.body_id:
            self.name_error.setVisible(False)
        self.body_id = body_id if body_id in self.doc.plan.bodies else None
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        body = self.doc.plan.bodies.get(self.body_id or "")
        if body is None:
            self.body_id = None
        editable = body is not None and not self.doc.read_only
        widgets = self._editors()
        for widget in widgets:
            widget.setEnabled(editable)
        for button in self.findChildren(QPushButton):
            button.setEnabled(editable)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.name.setText(body.name if body else "")
            self.rank.setEditText(body.rank if body else "")
            self.kind.setEditText(body.kind if body else "")
            self.posts.setValue(body.authorized_posts if body else 0)
            for value, spin in self.type_posts.items():
                spin.setValue(body.posts_by_type.as_dict().get(value, 0) if body else 0)  # type: ignore[call-overload]
            self.leaders.setValue(body.leadership_posts if body else 0)
            self.chiefs.setValue(body.chief_posts if body else 0)
            self.deputies.setValue(body.deputy_posts if body else 0)
            for widget, texts in ((self.sites, body.sites if body else []), (self.duties, body.duties if body else [])):
                widget.clear()
                for text in texts:
                    item = QListWidgetItem(text)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                    widget.addItem(item)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self.load.setText(self._load_text())

    def _load_text(self) -> str:
        if self.body_id is None:
            return ""
        members = self.doc.plan.people_by_body().get(self.body_id, [])
        return self.tr("%n 人", "", len(members))

    @Slot(object, list)
    def _on_changed(self, kind: str, ids: list[str]) -> None:
        if kind in (EntityKind.BODY, EntityKind.UNIT, EntityKind.PERSON):
            self.refresh()

    def _name_edited(self) -> None:
        if self.body_id is None:
            return
        name = self.name.text().strip()
        taken = body_named(self.doc.plan, name, self.body_id) if name else None
        if taken is not None:
            self.name_error.setText(
                self.tr("已有名为“%1”的职能机构，名称未修改（职能机构不能重名）").replace("%1", taken.name)
            )
            self.name_error.setVisible(True)
        if not edits.rename_body(self.doc, self.body_id, name):
            self.refresh()  # empty or taken name: show the old one again

    def _posts_edited(self) -> None:
        if self.body_id is not None:
            value = self.posts.value()
            edits.set_body_fields(self.doc, self.body_id, authorized_posts=value)

    def _leaders_edited(self) -> None:
        if self.body_id is not None:
            value = self.leaders.value()
            edits.set_body_fields(self.doc, self.body_id, leadership_posts=value)

    def _text_edited(self, combo: QComboBox, field: str) -> None:
        if self.body_id is not None:
            edits.set_body_fields(self.doc, self.body_id, **{field: combo.currentText().strip()})

    def _types_edited(self) -> None:
        """分类编制: the counts per type, and 编制数 their sum (one undo step)."""
        if self.body_id is None:
            return
        from reformdesk.domain.model import PostType

        counts = PostCounts.of({PostType(v): spin.value() for v, spin in self.type_posts.items()})
        fields: dict[str, object] = {"posts_by_type": counts}
        if counts:
            fields["authorized_posts"] = counts.total
        edits.set_body_fields(self.doc, self.body_id, **fields)

    def _split_edited(self) -> None:
        """正职 and 副职 领导职数, and 领导职数 their sum (one undo step)."""
        if self.body_id is None:
            return
        chiefs, deputies = self.chiefs.value(), self.deputies.value()
        fields: dict[str, object] = {"chief_posts": chiefs, "deputy_posts": deputies}
        if chiefs or deputies:
            fields["leadership_posts"] = chiefs + deputies
        edits.set_body_fields(self.doc, self.body_id, **fields)

    def _current_sites(self) -> list[str]:
        texts = (self.sites.item(i).text().strip() for i in range(self.sites.count()))
        return [t for t in texts if t]

    def _current_duties(self) -> list[str]:
        texts = (self.duties.item(i).text().strip() for i in range(self.duties.count()))
        return [t for t in texts if t]

    def _duties_edited(self, _item: QListWidgetItem | None = None) -> None:
        if self.body_id is None:
            return
        if not edits.set_body_fields(self.doc, self.body_id, duties=self._current_duties()):
            self.refresh()

    @Slot()
    def add_duty(self) -> None:
        if self.body_id is None:
            return
        body = self.doc.plan.bodies[self.body_id]
        edits.set_body_fields(self.doc, self.body_id, duties=[*body.duties, self.tr("新职责")])
        item = self.duties.item(self.duties.count() - 1)
        if item is not None:
            self.duties.setCurrentItem(item)
            self.duties.editItem(item)

    @Slot()
    def remove_duty(self) -> None:
        row = self.duties.currentRow()
        if self.body_id is None or row < 0:
            return
        duties = list(self.doc.plan.bodies[self.body_id].duties)
        if row < len(duties):
            del duties[row]
            edits.set_body_fields(self.doc, self.body_id, duties=duties)

    def _sites_edited(self, _item: QListWidgetItem | None = None) -> None:
        if self.body_id is None:
            return
        sites = self._current_sites()
        if not edits.set_body_fields(self.doc, self.body_id, sites=sites):
            self.refresh()

    @Slot()
    def add_site(self) -> None:
        if self.body_id is None:
            return
        body = self.doc.plan.bodies[self.body_id]
        name = self.tr("新场所")
        n = 2
        while name in body.sites:
            name = self.tr("新场所%1").replace("%1", str(n))
            n += 1
        edits.set_body_fields(self.doc, self.body_id, sites=[*body.sites, name])
        item = self.sites.item(self.sites.count() - 1)
        if item is not None:
            self.sites.setCurrentItem(item)
            self.sites.editItem(item)

    @Slot()
    def remove_site(self) -> None:
        row = self.sites.currentRow()
        if self.body_id is None or row < 0:
            return
        sites = list(self.doc.plan.bodies[self.body_id].sites)
        if row < len(sites):
            del sites[row]
            edits.set_body_fields(self.doc, self.body_id, sites=sites)


class StructurePage(QWidget):
    """Old structure, new structure and the selected body's properties."""

    #: Emitted with a dialog the page opened (tests drive it; nothing blocks).
    dialogOpened = Signal(QWidget)
    #: 导入花名册… was asked for (the window's roster import action does the file side).
    rosterImportRequested = Signal()

    def __init__(self, doc: Document, parent: QWidget | None = None, *, roster_action: QAction | None = None) -> None:
        """``roster_action``: the window's 导入花名册… (the one its 文件 → 导入 menu holds), shown in
        this page's toolbar; without one (a page on its own) the page makes its own, which asks
        through :attr:`rosterImportRequested`."""
        super().__init__(parent)
        self.doc = doc
        self._own_roster_action = roster_action is None
        self.old_model = OldStructureModel(doc, self)
        self.new_model = NewStructureModel(doc, self)
        self.old_tree = StructureTree(self.old_model)
        self.new_tree = StructureTree(self.new_model)
        self.panel = BodyPanel(doc)
        self._picker: BodyPickerDialog | None = None

        self.move_action = QAction(icons.icon("move"), self.tr("移入职能机构(&M)…"), self)
        self.move_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_M))
        self.move_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.move_action.triggered.connect(self.ask_move)
        self.unplace_action = QAction(self.tr("移回未并入(&N)"), self)
        self.unplace_action.triggered.connect(self.unplace_selection)
        self.follow_action = QAction(self.tr("随原科室安排(&F)"), self)
        self.follow_action.triggered.connect(self.follow_unit)
        self.add_body_action = QAction(icons.icon("add-body"), self.tr("新增职能机构(&B)"), self)
        self.add_body_action.triggered.connect(self.add_body)
        # Insert adds, as it inserts a row in Excel and WPS; the name is then ready to type.
        self.add_body_action.setShortcut(QKeySequence(Qt.Key.Key_Insert))
        self.add_body_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.rename_action = QAction(self.tr("重命名职能机构(&R)"), self)
        self.rename_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.rename_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.rename_action.triggered.connect(self.rename_body)
        self.remove_body_action = QAction(icons.icon("remove-body"), self.tr("删除职能机构(&D)"), self)
        self.remove_body_action.triggered.connect(self.remove_bodies)
        self.addAction(self.move_action)
        # Insert and F2 act on bodies in the new structure and its panel; in the old
        # structure the same keys add a unit and rename a unit or person in place.
        for action in (self.rename_action, self.add_body_action):
            self.new_tree.addAction(action)
            self.panel.addAction(action)

        # -- the old structure: units and people, added, edited and deleted here
        self.entities = EntityActions(doc, self)
        self.entities.dialogOpened.connect(self.dialogOpened)
        self.entities.added.connect(self._entity_added)
        self.add_unit_action = QAction(icons.icon("unit"), self.tr("新增原科室站所(&U)…"), self)
        self.add_unit_action.setShortcut(QKeySequence(Qt.Key.Key_Insert))
        self.add_unit_action.triggered.connect(self.add_unit)
        self.add_person_action = QAction(icons.icon("person"), self.tr("新增人员(&P)…"), self)
        self.add_person_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_N))
        self.add_person_action.triggered.connect(self.add_person)
        self.edit_entity_action = QAction(self.tr("编辑(&E)…"), self)
        self.edit_entity_action.setToolTip(self.tr("编辑所选原科室站所或人员（回车或双击；F2 直接改名）"))
        self.edit_entity_action.triggered.connect(self.edit_current)
        self.delete_entity_action = QAction(self.tr("删除原科室站所或人员(&D)"), self)
        self.delete_entity_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_entity_action.triggered.connect(self.delete_old_selection)
        for action in (self.add_unit_action, self.add_person_action, self.delete_entity_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.old_tree.addAction(action)
        self.old_tree.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.old_tree.setExpandsOnDoubleClick(False)
        self.old_tree.activated.connect(self._old_activated)
        # Delete in the new structure: only while that tree has the cursor, so the
        # key keeps its meaning in the name field and the sites list of the panel.
        self.delete_action = QAction(self.tr("删除或移回未并入"), self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_selection)
        self.new_tree.addAction(self.delete_action)

        toolbar = QToolBar()
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        if roster_action is None:
            roster_action = QAction(self.tr("导入花名册(&R)…"), self)
            roster_action.setToolTip(self.tr("从花名册导入原科室站所和人员"))
            roster_action.triggered.connect(self.rosterImportRequested)
        self.import_roster_action = roster_action
        for action in (self.add_unit_action, self.add_person_action, self.import_roster_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        for action in (self.add_body_action, self.remove_body_action, self.move_action):
            toolbar.addAction(action)

        # Search both trees (a county has thousands of rows): a name, a staff id or pinyin initials;
        # Enter finds the next one.
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("查找：机构、科室站所或人员的名称、工号、拼音首字母"))
        self.search_edit.textEdited.connect(lambda _t: self.find_next(restart=True))
        self.search_edit.returnPressed.connect(self.find_next)
        self.search_status = QLabel()
        toolbar.addSeparator()
        toolbar.addWidget(self.search_edit)
        toolbar.addWidget(self.search_status)
        # Spreadsheet habits in both trees: copy as cells, paste names, type-to-search.
        self.old_tree.setProperty("enterOpens", True)  # Enter opens the unit's or person's form
        self.old_keys = sheet_keys.install(self.old_tree, doc)
        self.new_keys = sheet_keys.install(self.new_tree, doc)

        old_box = self._titled(self.tr("改革前：原科室、站所"), self.old_tree)
        new_box = self._titled(self.tr("改革后：职能机构（拖入原科室、人员或权限事项）"), self.new_tree)
        splitter = QSplitter()
        splitter.addWidget(old_box)
        splitter.addWidget(new_box)
        # The panel scrolls: with the 三定 fields it is taller than a 1366×768 screen allows.
        panel_scroll = QScrollArea()
        panel_scroll.setWidgetResizable(True)
        panel_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        panel_scroll.setWidget(self.panel)
        splitter.addWidget(panel_scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 4)
        splitter.setStretchFactor(2, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        keep_mnemonics(toolbar)  # its buttons press on their Alt letters, in the window or on their own
        layout.addWidget(toolbar)
        layout.addWidget(splitter, 1)

        for tree in (self.old_tree, self.new_tree):
            tree.customContextMenuRequested.connect(self._context_menu)
        self.new_tree.selectionModel().currentChanged.connect(self._current_changed)
        doc.fileChanged.connect(self._update_actions)
        self._update_actions()

    def page_title(self) -> str:
        return self.tr("机构设置")

    def focus_search(self) -> None:
        """Ctrl+F: the page's search field."""
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def find_next(self, restart: bool = False) -> bool:
        """Select the next row of the new structure, then the old, matching the search text."""
        text = self.search_edit.text().strip()
        self.search_status.clear()
        if not text:
            return False
        trees = [self.new_tree, self.old_tree]
        if restart:
            for tree in trees:
                tree.setCurrentIndex(QModelIndex())
        else:
            active = self._active_tree()
            trees.sort(key=lambda t: t is not active)
        found = sheet_keys.find_in(trees, text)
        if found is None:
            self.search_status.setText(self.tr("未找到"))
            return False
        tree, index = found
        parent = index.parent()
        while parent.isValid():
            tree.expand(parent)
            parent = parent.parent()
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        tree.selectionModel().setCurrentIndex(index, flags)
        tree.scrollTo(index)
        return True

    @staticmethod
    def _titled(title: str, widget: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(title))
        layout.addWidget(widget)
        return box

    @Slot()
    def _update_actions(self) -> None:
        editable = not self.doc.read_only
        for action in (
            self.move_action,
            self.unplace_action,
            self.follow_action,
            self.add_body_action,
            self.rename_action,
            self.remove_body_action,
            self.delete_action,
            self.add_unit_action,
            self.add_person_action,
            self.edit_entity_action,
            self.delete_entity_action,
        ):
            action.setEnabled(editable)
        # The window's action is the 文件 menu's too: never enabled with no plan open.
        self.import_roster_action.setEnabled(editable and (self._own_roster_action or self.doc.is_open))

    @Slot(QModelIndex, QModelIndex)
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        target = self.new_model.drop_target(current)
        self.panel.show_body(target[1] if target and target[0] == EntityKind.BODY else None)

    # -- selection -------------------------------------------------------------
    def _active_tree(self) -> StructureTree:
        return self.old_tree if self.old_tree.hasFocus() else self.new_tree

    def selection(self) -> tuple[list[str], list[str], list[str]]:
        units, people, bodies = self._active_tree().selected_ids()
        if not (units or people or bodies):
            other = self.new_tree if self._active_tree() is self.old_tree else self.old_tree
            units, people, bodies = other.selected_ids()
        return units, people, bodies

    def show_entity(self, kind: str, entity_id: str) -> bool:
        if kind not in (EntityKind.UNIT, EntityKind.PERSON, EntityKind.BODY):
            return False
        found = self.new_tree.select_key(kind, entity_id)
        if kind != EntityKind.BODY:
            self.old_tree.select_key(kind, entity_id)
        if found:
            self.new_tree.setFocus()
        return found

    # -- commands --------------------------------------------------------------
    @Slot()
    def ask_move(self) -> BodyPickerDialog | None:
        """Ask for a body (non-blocking dialog) and move the selected units/people into it."""
        units, people, _bodies = self.selection()
        if not (units or people) or self.doc.read_only:
            return None
        dialog = BodyPickerDialog(self.doc, len(units) + len(people), parent=self)

        def done(result: int) -> None:
            ok, body_id = dialog.chosen()
            if result == BodyPickerDialog.DialogCode.Accepted and ok:
                self.move(units, people, body_id)

        dialog.finished.connect(done)
        self._picker = dialog
        dialog.open()
        self.dialogOpened.emit(dialog)
        return dialog

    def move(self, units: list[str], people: list[str], body_id: str | None) -> None:
        """Units into ``body_id``; people placed individually there (one undo step)."""
        edits.move(self.doc, units, people, (), body_id)

    @Slot()
    def unplace_selection(self) -> None:
        units, _people, _bodies = self.selection()
        edits.move_units(self.doc, units, None)

    @Slot()
    def follow_unit(self) -> None:
        _units, people, _bodies = self.selection()
        edits.place_people(self.doc, people, None)

    @Slot()
    def add_body(self) -> str | None:
        if self.doc.read_only:
            return None
        names = {b.name for b in self.doc.plan.bodies.values()}
        name = self.tr("新职能机构")
        n = 2
        while name in names:
            name = self.tr("新职能机构%1").replace("%1", str(n))
            n += 1
        body = edits.add_body(self.doc, name)
        if body is None:
            return None
        self.new_tree.select_key(EntityKind.BODY, body.id)
        self.panel.show_body(body.id)
        self.panel.name.setFocus()
        self.panel.name.selectAll()
        return body.id

    @Slot()
    def rename_body(self) -> None:
        _u, _p, bodies = self.new_tree.selected_ids()
        if bodies:
            self.panel.show_body(bodies[0])
        if self.panel.body_id is not None:
            self.panel.name.setFocus()
            self.panel.name.selectAll()

    @Slot()
    def remove_bodies(self) -> None:
        _u, _p, bodies = self.new_tree.selected_ids()
        if not bodies and self.panel.body_id is not None:
            bodies = [self.panel.body_id]
        edits.remove_bodies(self.doc, bodies)

    @Slot()
    def delete_selection(self) -> None:
        """Delete in the new structure: remove selected bodies, else take units and people out of theirs."""
        units, people, bodies = self.new_tree.selected_ids()
        if bodies:
            edits.remove_bodies(self.doc, bodies)
        elif units or people:
            # Never the body of a selected unit (what 删除职能机构 does with the panel's body).
            placed = [p for p in people if self.doc.plan.people[p].body_id is not None]
            self.move(units, placed, None)

    # -- units and people (old structure) -----------------------------------------------
    @Slot(object, str)
    def _entity_added(self, kind: str, entity_id: str) -> None:
        self.old_tree.select_key(kind, entity_id)
        self.old_tree.setFocus()

    def _current_unit(self) -> str | None:
        """The unit of the old tree's current row (a unit, or a person's unit)."""
        key = self.old_model.key_of(self.old_tree.currentIndex())
        if key is None:
            return None
        if key[0] == EntityKind.UNIT:
            return key[1]
        if key[0] == EntityKind.PERSON:
            return self.doc.plan.people[key[1]].unit_id
        return None

    @Slot()
    def add_unit(self) -> QWidget | None:
        return self.entities.new_unit()

    @Slot()
    def add_person(self) -> QWidget | None:
        return self.entities.new_person(self._current_unit())

    @Slot()
    def edit_current(self) -> QWidget | None:
        key = self.old_model.key_of(self.old_tree.currentIndex())
        if key is None:
            key = self.new_model.key_of(self.new_tree.currentIndex())
        return self.edit_key(key)

    def edit_key(self, key: tuple[str, str] | None) -> QWidget | None:
        if key is None:
            return None
        if key[0] == EntityKind.UNIT:
            return self.entities.edit_unit(key[1])
        if key[0] == EntityKind.PERSON:
            return self.entities.edit_person(key[1])
        return None

    @Slot(QModelIndex)
    def _old_activated(self, index: QModelIndex) -> None:
        self.edit_key(self.old_model.key_of(index))

    @Slot()
    def delete_old_selection(self) -> QWidget | None:
        """Delete in the old structure: the selected people, else the selected units (asking when it unlinks)."""
        units, people, _bodies = self.old_tree.selected_ids()
        if people:
            return self.entities.delete_people(people)
        if units:
            return self.entities.delete_units(units)
        return None

    def _context_menu(self, pos: QPoint) -> None:
        tree: StructureTree = self.sender()  # type: ignore[assignment]
        menu = self.build_context_menu(tree)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(tree.viewport().mapToGlobal(pos))

    def build_context_menu(self, tree: StructureTree) -> QMenu:
        tree.setFocus()
        units, people, bodies = tree.selected_ids()
        menu = QMenu(self)
        if units or people:
            menu.addAction(self.move_action)
        if units:
            menu.addAction(self.unplace_action)
        if people and any(self.doc.plan.people[p].body_id for p in people):
            menu.addAction(self.follow_action)
        if tree is self.old_tree:
            menu.addSeparator()
            menu.addAction(self.add_unit_action)
            menu.addAction(self.add_person_action)
            if units or people:
                menu.addAction(self.edit_entity_action)
                menu.addAction(self.delete_entity_action)
        if tree is self.new_tree:
            menu.addSeparator()
            menu.addAction(self.add_body_action)
            if bodies:
                menu.addAction(self.rename_action)
                menu.addAction(self.remove_body_action)
        menu.addSeparator()
        menu.addAction(tree.expand_all_action)
        menu.addAction(tree.collapse_all_action)
        return menu


__all__ = ["UNPLACED", "StructurePage"]
