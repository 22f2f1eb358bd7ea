"""The 清单 page: 实施主体 on the left, their items on the right (filtered), the problems below.

Double-click or Enter on an item opens the item dialog; 新增事项 (Insert), 新增子项
(Ctrl+Insert), 删除 (Delete: the selected items, or the selected 实施主体 when the list of
实施主体 has the focus), 套用模板 (Ctrl+T), 新增实施主体 (Ctrl+Shift+N), 筛选 (Ctrl+F).
Every change is an edit of gui/edits/catalogue_edits.py: one undo step each.  The view
shows and forwards; it reads no file.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from reformdesk.domain.catalogue import edits as domain
from reformdesk.domain.catalogue.model import Subject, SubjectKind
from reformdesk.domain.catalogue.registry import CatalogueKind
from reformdesk.domain.model import PowerType
from reformdesk.gui.catalogue.document import CatalogueDocument
from reformdesk.gui.dialogs.catalogue_item_dialog import CatalogueItemDialog
from reformdesk.gui.edits import catalogue_edits as edits
from reformdesk.gui.models.catalogue_models import (
    ENTITY_ROLE,
    ITEM_COLUMNS,
    CatalogueProblemsModel,
    ItemsModel,
    SubjectsModel,
    subject_kind_label,
)
from reformdesk.gui.models.labels import power_type_label
from reformdesk.gui.views.buttons import action_button

#: Column widths of the item table (pixels) by field; the rest keep the default.
_WIDTHS = {
    "code": 190,  # a full 18-character code, indented under its main item
    "name": 260,
    "subject_id": 130,
    "type": 90,
    "legal_basis": 260,
    "basis_clause": 120,
    "levels": 110,
    "responsibility_steps": 240,
}


class SubjectDialog(QDialog):
    """新增实施主体: name and kind."""

    def __init__(self, parent: QWidget | None = None, subject: Subject | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("新增实施主体") if subject is None else self.tr("修改实施主体"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("如：县市场监督管理局、桥头镇"))
        self.kind = QComboBox()
        for kind in SubjectKind:
            self.kind.addItem(subject_kind_label(kind), kind)
        #: The kind follows the name (镇, 乡, 街道: a township) until the user picks one.
        self._guess = subject is None
        self.kind.activated.connect(self._kind_chosen)
        self.name.textChanged.connect(self._guess_kind)
        form = QFormLayout(self)
        form.addRow(self.tr("名称(&N)："), self.name)
        form.addRow(self.tr("类别(&K)："), self.kind)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self._guess_kind("")
        if subject is not None:
            self.name.setText(subject.name)
            self.kind.setCurrentIndex(list(SubjectKind).index(subject.kind))

    @Slot(int)
    def _kind_chosen(self, _index: int) -> None:
        self._guess = False

    @Slot(str)
    def _guess_kind(self, text: str) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(text.strip()))
        if not self._guess:
            return  # an existing subject, or a kind the user chose, keeps its kind
        # A township's name ends in 镇, 乡 or 街道 (as the importer decides).
        township = text.strip().endswith(("镇", "乡", "街道", "人民政府"))
        self.kind.setCurrentIndex(1 if township else 0)


class CataloguePageWidget(QWidget):
    #: A file action of the window (pages.py).
    actionRequested = Signal(str)

    def __init__(self, doc: CatalogueDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.dialog: QDialog | None = None

        # 实施主体
        self.subjects_model = SubjectsModel(doc, self)
        self.subjects = QTableView()
        self.subjects.setModel(self.subjects_model)
        self.subjects.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.subjects.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.subjects.verticalHeader().hide()
        self.subjects.verticalHeader().setDefaultSectionSize(24)
        self.subjects.setTabKeyNavigation(False)
        header = self.subjects.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.subjects.selectionModel().currentRowChanged.connect(self._subject_changed)
        self.subjects_model.modelReset.connect(self._restore_subject)
        self.subjects.activated.connect(lambda _index: self.ask_edit_subject())
        self.add_subject_button = QPushButton(self.tr("新增实施主体…"))
        self.add_subject_button.clicked.connect(self.ask_add_subject)
        subjects_label = QLabel(self.tr("实施主体(&B)"))
        subjects_label.setBuddy(self.subjects)
        left = QWidget()
        lay = QVBoxLayout(left)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(subjects_label)
        lay.addWidget(self.subjects, 1)
        lay.addWidget(self.add_subject_button)

        # Items
        self.filter_box = QLineEdit()
        self.filter_box.setPlaceholderText(self.tr("按职权名称或编码筛选（Ctrl+F）"))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.textChanged.connect(self._filter)
        self.type_box = QComboBox()
        self.type_box.addItem(self.tr("全部类型"), None)
        for t in PowerType:
            self.type_box.addItem(power_type_label(t), t)
        self.type_box.currentIndexChanged.connect(self._filter)
        self.count_label = QLabel()
        filter_label = QLabel(self.tr("筛选(&S)："))
        filter_label.setBuddy(self.filter_box)
        type_label = QLabel(self.tr("类型(&Y)："))
        type_label.setBuddy(self.type_box)

        self.items_model = ItemsModel(doc, self)
        self.tree = QTreeView()
        self.tree.setModel(self.items_model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.header().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the catalogue's order first
        self.tree.setSortingEnabled(True)
        for col, spec in enumerate(ITEM_COLUMNS):
            if spec.name in _WIDTHS:
                self.tree.setColumnWidth(col, _WIDTHS[spec.name])
        self.tree.activated.connect(self._activated)
        self.items_model.modelReset.connect(self._after_reset)
        # An item added or removed under another 实施主体 leaves the shown rows as they are (no reset):
        # the total still changes.
        self.doc.catalogueReset.connect(self._counts)
        self.tree.selectionModel().selectionChanged.connect(self._enable)
        self.tree.selectionModel().currentChanged.connect(self._enable)

        # Actions: in the page's menu (the window adds them) and on the buttons.
        self.add_action = self._act(self.tr("新增事项(&N)…"), self.ask_add_item, QKeySequence(Qt.Key.Key_Insert))
        self.add_sub_action = self._act(self.tr("新增子项(&U)…"), self.ask_add_sub_item, QKeySequence("Ctrl+Insert"))
        self.edit_action = self._act(self.tr("编辑事项(&O)…"), self.edit_current, QKeySequence("Ctrl+Return"))
        self.delete_action = self._act(
            self.tr("删除(&R)"), self.delete_selected, QKeySequence(QKeySequence.StandardKey.Delete)
        )
        self.template_action = self._act(self.tr("套用责任事项模板(&M)"), self.apply_template, QKeySequence("Ctrl+T"))
        self.add_subject_action = self._act(
            self.tr("新增实施主体(&B)…"), self.ask_add_subject, QKeySequence("Ctrl+Shift+N")
        )
        self.edit_subject_action = self._act(self.tr("修改实施主体(&R)…"), self.ask_edit_subject, QKeySequence())
        self.find_action = self._act(self.tr("筛选(&F)"), self.focus_filter, QKeySequence.StandardKey.Find)
        self.menu_actions: list[QAction] = [
            self.add_action,
            self.add_sub_action,
            self.edit_action,
            self.delete_action,
            self.template_action,
            self.add_subject_action,
            self.edit_subject_action,
            self.find_action,
        ]
        # Right-click: the same actions where the pointer is.
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.tree.addActions(
            [self.edit_action, self.add_action, self.add_sub_action, self.template_action, self.delete_action]
        )
        self.subjects.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.subjects.addActions([self.add_subject_action, self.edit_subject_action])
        tools = QHBoxLayout()
        for action in (
            self.add_action,
            self.add_sub_action,
            self.edit_action,
            self.delete_action,
            self.template_action,
        ):
            button = action_button(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(filter_label)
        tools.addWidget(self.filter_box, 2)
        tools.addWidget(type_label)
        tools.addWidget(self.type_box)
        tools.addWidget(self.count_label)

        # Problems
        self.problems_model = CatalogueProblemsModel(doc, self)
        self.problems = QTreeView()
        self.problems.setRootIsDecorated(False)
        self.problems.setUniformRowHeights(True)
        self.problems.setModel(self.problems_model)
        self.problems.setColumnWidth(0, 90)
        self.problems.activated.connect(self._problem_activated)
        self.problems_label = QLabel()
        self.problems_label.setBuddy(self.problems)
        self.problems_model.modelReset.connect(self._problems_title)
        problems_box = QWidget()
        plo = QVBoxLayout(problems_box)
        plo.setContentsMargins(0, 0, 0, 0)
        plo.addWidget(self.problems_label)
        plo.addWidget(self.problems, 1)

        right_top = QWidget()
        rlo = QVBoxLayout(right_top)
        rlo.setContentsMargins(0, 0, 0, 0)
        rlo.addLayout(tools)
        rlo.addWidget(self.tree, 1)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(right_top)
        right.addWidget(problems_box)
        right.setStretchFactor(0, 4)
        right.setStretchFactor(1, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([300, 1100])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(split)
        self.setTabOrder(self.subjects, self.add_subject_button)
        self.setTabOrder(self.add_subject_button, self.filter_box)
        self.setTabOrder(self.filter_box, self.type_box)
        self.setTabOrder(self.type_box, self.tree)
        self.setTabOrder(self.tree, self.problems)

        self.subjects.setCurrentIndex(self.subjects_model.index(0, 0))
        if self.items_model.rowCount():
            # The keyboard starts on an item: Enter opens it, Ctrl+Insert adds a sub-item.
            self.tree.setCurrentIndex(self.items_model.index(0, 0))
        self._problems_title()
        self._counts()
        self._enable()

    def _act(self, text: str, slot: object, shortcut: QKeySequence | QKeySequence.StandardKey) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        # Only while the page has the focus: Delete on the 三级四同 page must not delete here.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # -- selection ---------------------------------------------------------------------------------
    def current_subject(self) -> str | None:
        return self.subjects_model.subject_id(self.subjects.currentIndex().row())

    def current_item(self) -> str | None:
        return self.items_model.item_id(self.tree.currentIndex())

    def selected_items(self) -> list[str]:
        rows = self.tree.selectionModel().selectedRows()
        ids = [self.items_model.item_id(i) for i in rows]
        out = [i for i in ids if i is not None]
        if not out and self.current_item() is not None:
            out = [self.current_item()]  # type: ignore[list-item]
        return out

    def select_items(self, item_ids: list[str]) -> None:
        selection = self.tree.selectionModel()
        selection.clearSelection()
        first: QModelIndex | None = None
        for iid in item_ids:
            index = self.items_model.index_of(iid)
            if not index.isValid():
                continue
            if index.parent().isValid():
                self.tree.expand(index.parent())
            flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            selection.select(index, flags)
            if first is None:
                first = index
        if first is not None:
            selection.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.tree.scrollTo(first)

    def show_entity(self, kind: CatalogueKind, entity_id: str) -> bool:
        """Select an item (clearing a filter that hides it) or a 实施主体."""
        if kind is CatalogueKind.SUBJECT and entity_id in self.doc.cat.subjects:
            self.subjects.setCurrentIndex(self.subjects_model.index(self.subjects_model.row_of(entity_id), 0))
            self.subjects.setFocus()
            return True
        item = self.doc.cat.items.get(entity_id)
        if item is None:
            return False
        subject = item.subject_id if item.subject_id in self.doc.cat.subjects else None
        if subject != self.current_subject() and self.current_subject() is not None:
            self.subjects.setCurrentIndex(self.subjects_model.index(self.subjects_model.row_of(subject), 0))
        if not self.items_model.index_of(entity_id).isValid():
            self.filter_box.clear()
            self.type_box.setCurrentIndex(0)
        self.select_items([entity_id])
        self.tree.setFocus()
        return self.items_model.index_of(entity_id).isValid()

    @Slot()
    def _subject_changed(self, *_args: object) -> None:
        self._filter()

    @Slot()
    def _restore_subject(self) -> None:
        if not self.subjects.currentIndex().isValid():
            self.subjects.setCurrentIndex(self.subjects_model.index(0, 0))

    @Slot()
    def _filter(self, *_args: object) -> None:
        keep = self.selected_items() if self.tree.selectionModel() is not None else []
        self.items_model.set_filter(self.current_subject(), self.filter_box.text(), self.type_filter())
        self.select_items(keep)

    @Slot()
    def _after_reset(self) -> None:
        self.tree.expandAll()
        self._counts()
        self._enable()

    def _counts(self) -> None:
        shown, total = self.items_model.shown_count(), len(self.doc.cat.items)
        self.count_label.setText(self.tr("显示 %1 / %2 项").replace("%1", str(shown)).replace("%2", str(total)))

    def _problems_title(self) -> None:
        errors, warnings = self.problems_model.counts()
        self.problems_label.setText(
            self.tr("问题(&P)：错误 %1，警告 %2（双击转到事项）")
            .replace("%1", str(errors))
            .replace("%2", str(warnings))
        )

    @Slot()
    def _enable(self, *_args: object) -> None:
        has = bool(self.selected_items())
        writable = not self.doc.read_only
        for action in (self.add_action, self.add_subject_action, self.edit_subject_action):
            action.setEnabled(writable)
        self.add_sub_action.setEnabled(writable and self.current_item() is not None)
        self.edit_action.setEnabled(self.current_item() is not None)
        self.delete_action.setEnabled(writable)
        self.template_action.setEnabled(writable and has)
        self.add_subject_button.setEnabled(writable)

    def type_filter(self) -> PowerType | None:
        data = self.type_box.currentData()
        return PowerType(data) if data else None  # Qt hands the enum member back as its str

    def focus_filter(self) -> None:
        self.filter_box.setFocus()
        self.filter_box.selectAll()

    # -- editing ----------------------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.open()
        return dialog

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        iid = self.items_model.item_id(index)
        if iid is not None:
            self.edit_item(iid)

    def edit_current(self) -> QDialog | None:
        iid = self.current_item()
        return self.edit_item(iid) if iid is not None else None

    def edit_item(self, item_id: str) -> QDialog:
        """The item dialog (non-blocking); OK makes the changed fields one undo step."""
        item = self.doc.cat.items[item_id]
        dialog = CatalogueItemDialog(self.doc.cat, item, parent=self)
        if self.doc.read_only:
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

        def finished(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                edits.set_item_fields(self.doc, item_id, dialog.values())
                self.select_items([item_id])

        dialog.finished.connect(finished)
        return self._open(dialog)

    def _new_item_subject(self) -> str | None:
        subject = self.current_subject()
        if subject is None and self.current_item() is not None:
            subject = self.doc.cat.items[self.current_item()].subject_id  # type: ignore[index]
        if subject is None and self.doc.cat.subjects:
            subject = next(iter(self.doc.cat.subjects))
        return subject

    def ask_add_item(self, parent_id: str | None = None) -> QDialog | None:
        """新增事项 (or a sub-item of ``parent_id``): the dialog on a new item, added on OK as one step."""
        if self.doc.read_only:
            return None
        parent = self.doc.cat.items.get(parent_id or "")
        if parent is not None:
            subject, power_type = parent.subject_id, parent.type
        else:
            subject = self._new_item_subject()
            current = self.doc.cat.items.get(self.current_item() or "")
            power_type = self.type_filter() or (current.type if current else PowerType.LICENSING)
        item = domain.new_item("", subject, power_type, parent_id=parent.id if parent else None, levels=["县级"])
        dialog = CatalogueItemDialog(self.doc.cat, item, new=True, parent=self)
        if parent is not None:
            dialog.setWindowTitle(self.tr("新增子项：%1").replace("%1", parent.name))

        def finished(result: int) -> None:
            if result != QDialog.DialogCode.Accepted:
                return
            values = dialog.values()
            new = CatalogueKind.ITEM.spec.new(id=item.id, **values)
            if edits.add_item(self.doc, new):
                self.select_items([new.id])

        dialog.finished.connect(finished)
        return self._open(dialog)

    def ask_add_sub_item(self) -> QDialog | None:
        iid = self.current_item()
        if iid is None:
            return None
        item = self.doc.cat.items[iid]
        return self.ask_add_item(item.parent_id if item.parent_id in self.doc.cat.items else iid)

    def delete_selected(self) -> bool:
        if self.subjects.hasFocus():
            subject = self.current_subject()
            return edits.remove_subjects(self.doc, [subject]) if subject is not None else False
        ids = self.selected_items()
        if not ids:
            return False
        rows = sorted(self.tree.selectionModel().selectedRows(), key=lambda i: (i.parent().row(), i.row()))
        first = rows[0] if rows else self.tree.currentIndex()
        place = (first.row(), self.items_model.item_id(first.parent()))
        ok = edits.remove_items(self.doc, ids)
        if ok:
            self._cursor_after_removal(*place)
        return ok

    def _cursor_after_removal(self, row: int, parent_id: str | None) -> None:
        """The cursor on the row that took the first removed one's place (under the same main
        item, else its main item), as a spreadsheet keeps it after 删除行: Delete again goes on."""
        parent = self.items_model.index_of(parent_id) if parent_id is not None else QModelIndex()
        count = self.items_model.rowCount(parent)
        if count:
            self.tree.setCurrentIndex(self.items_model.index(min(row, count - 1), 0, parent))
        elif parent.isValid():
            self.tree.setCurrentIndex(parent)

    def apply_template(self) -> bool:
        ids = self.selected_items()
        ok = edits.apply_template(self.doc, ids) if ids else False
        if ok:
            self.select_items(ids)
        return ok

    def ask_add_subject(self) -> QDialog | None:
        if self.doc.read_only:
            return None
        dialog = SubjectDialog(self)

        def finished(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                subject = edits.add_subject(self.doc, dialog.name.text(), SubjectKind(dialog.kind.currentData()))
                if subject is not None:
                    self.show_entity(CatalogueKind.SUBJECT, subject.id)

        dialog.finished.connect(finished)
        return self._open(dialog)

    def ask_edit_subject(self) -> QDialog | None:
        """修改实施主体 (Enter or a double click on it in the list): name and kind, one undo step."""
        sid = self.current_subject()
        if sid is None or self.doc.read_only:
            return None
        dialog = SubjectDialog(self, self.doc.cat.subjects[sid])

        def finished(result: int) -> None:
            if result == QDialog.DialogCode.Accepted and dialog.name.text().strip():
                values = {"name": dialog.name.text().strip(), "kind": SubjectKind(dialog.kind.currentData())}
                edits.set_subject_fields(self.doc, sid, values)

        dialog.finished.connect(finished)
        return self._open(dialog)

    @Slot(QModelIndex)
    def _problem_activated(self, index: QModelIndex) -> None:
        entity = index.data(ENTITY_ROLE)
        if entity is not None:
            self.show_entity(*entity)
