"""The town plan's catalogue dialogs: 从权责清单选取 (pick items) and 与权责清单核对 (differing fields).

They show and forward: the controller (gui/catalogue_link_actions.py) reads the file and
pushes the edits when a dialog is accepted (pick) or a button asks (adopt).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reformdesk.domain.catalogue.model import Catalogue
from reformdesk.domain.catalogue.town_link import POWER, LinkCheck
from reformdesk.domain.model import Plan, PowerType
from reformdesk.gui.models.catalogue_link_models import CatalogueItemsModel, LinkDifferencesModel
from reformdesk.gui.models.labels import enum_label


def _field_label(field: str) -> str:
    """A power field's label in the user's language (the registry's, context "Fields")."""
    return QCoreApplication.translate("Fields", POWER.field(field).label)


def _table(parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setWordWrap(False)
    return view


class CataloguePickDialog(QDialog):
    """The catalogue's items with check boxes, filtered by 实施主体 and type; OK adds the checked ones."""

    def __init__(self, cat: Catalogue, plan: Plan, source: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("从权责清单选取事项"))
        self.model = CatalogueItemsModel(cat, plan, self)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("权责清单：%1（%2）").replace("%1", cat.info.title or source).replace("%2", source), self)
        )
        filters = QHBoxLayout()
        self.subject_combo = QComboBox(self)
        self.subject_combo.addItem(self.tr("全部实施主体"), None)
        for sid, s in cat.subjects.items():
            self.subject_combo.addItem(s.name, sid)
        self.type_combo = QComboBox(self)
        self.type_combo.addItem(self.tr("全部类型"), None)
        for t in PowerType:
            self.type_combo.addItem(enum_label(t), t.value)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("按名称或编码查找"))
        self.search.setClearButtonEnabled(True)
        subject_label = QLabel(self.tr("实施主体(&S)"), self)
        subject_label.setBuddy(self.subject_combo)
        type_label = QLabel(self.tr("职权类型(&T)"), self)
        type_label.setBuddy(self.type_combo)
        filters.addWidget(subject_label)
        filters.addWidget(self.subject_combo, 2)
        filters.addWidget(type_label)
        filters.addWidget(self.type_combo, 1)
        filters.addWidget(self.search, 2)
        layout.addLayout(filters)
        self.view = _table(self)
        self.view.setModel(self.model)
        self.view.setColumnWidth(0, 250)
        self.view.setColumnWidth(1, 300)
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        self.check_all = QPushButton(self.tr("全选(&A)"), self)
        self.check_none = QPushButton(self.tr("全不选(&N)"), self)
        self.count_label = QLabel(self)
        row.addWidget(self.check_all)
        row.addWidget(self.check_none)
        row.addWidget(self.count_label, 1)
        layout.addLayout(row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.subject_combo.currentIndexChanged.connect(self._filter)
        self.type_combo.currentIndexChanged.connect(self._filter)
        self.search.textChanged.connect(self._filter)
        self.check_all.clicked.connect(lambda: self.model.set_all_checked(True))
        self.check_none.clicked.connect(lambda: self.model.set_all_checked(False))
        self.model.dataChanged.connect(self._count)
        self.model.modelReset.connect(self._count)
        self._count()
        self.resize(1000, 620)

    def _filter(self) -> None:
        self.model.set_filter(self.subject_combo.currentData(), self.type_combo.currentData(), self.search.text())

    def _count(self) -> None:
        n = len(self.model.checked)
        self.count_label.setText(self.tr("已选 %1 项；灰色为方案中已有的事项").replace("%1", str(n)))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("添加所选（%1 项）").replace("%1", str(n)))
        ok.setEnabled(n > 0)

    def chosen(self) -> list[str]:
        """The checked item ids (whatever the filter shows now)."""
        return list(self.model.checked)


class CatalogueCheckDialog(QDialog):
    """Which of the plan's powers differ from the catalogue, field by field; adopt the checked or all."""

    adoptRequested = Signal(dict)  # {power id: [LinkDifference]}
    powerActivated = Signal(str)

    def __init__(self, source: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("与权责清单核对"))
        self.source = source
        self.model = LinkDifferencesModel(self)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        # A field every power differs in (责任事项 the plan never had) would bury the few real
        # changes: the list is grouped by field, and one field can be shown alone.
        filter_row = QHBoxLayout()
        self.field_box = QComboBox(self)
        self.field_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        label = QLabel(self.tr("字段(&F)："), self)
        label.setBuddy(self.field_box)
        filter_row.addWidget(label)
        filter_row.addWidget(self.field_box)
        filter_row.addStretch(1)
        layout.addLayout(filter_row)
        self.field_box.currentIndexChanged.connect(self._field_chosen)
        self.view = _table(self)
        self.view.setModel(self.model)
        self.view.setColumnWidth(0, 190)
        self.view.setColumnWidth(1, 240)
        self.view.setColumnWidth(2, 90)
        self.view.setColumnWidth(3, 220)
        self.view.doubleClicked.connect(lambda index: self.powerActivated.emit(self.model.power_at(index.row())))
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        self.adopt_checked = QPushButton(self.tr("采用所选的值(&U)"), self)
        self.adopt_all = QPushButton(self.tr("全部采用(&A)"), self)
        row.addWidget(self.adopt_checked)
        row.addWidget(self.adopt_all)
        row.addStretch(1)
        self._action_row = row
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.adopt_checked.clicked.connect(lambda: self._adopt(everything=False))
        self.adopt_all.clicked.connect(lambda: self._adopt(everything=True))
        self.model.dataChanged.connect(self._buttons)
        self.model.modelReset.connect(self._buttons)
        self.resize(1100, 560)

    def add_undo_actions(self, undo: QAction, redo: QAction) -> None:
        """The plan's 撤销 / 重做 as buttons with their shortcuts: the dialog is window-modal, so the
        main window's are out of reach while it is open, and an adoption is undone here."""
        for action in (undo, redo):
            self.addAction(action)
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self._action_row.addWidget(button)

    def show_check(self, check: LinkCheck) -> None:
        self.model.set_differences(check.differing)
        counts = check.by_field()
        self.field_box.blockSignals(True)  # refilled: the field shown stays (the model kept it)
        self.field_box.clear()
        self.field_box.addItem(self.tr("全部字段（%1 处）").replace("%1", str(sum(counts.values()))), None)
        for field, n in counts.items():
            self.field_box.addItem(
                self.tr("%1（%2 处）").replace("%1", _field_label(field)).replace("%2", str(n)), field
            )
        self.field_box.setCurrentIndex(max(0, self.field_box.findData(self.model.field)))
        self.field_box.setEnabled(bool(counts))
        self.field_box.blockSignals(False)
        self._buttons()
        fields = sum(len(d.fields) for d in check.differing)
        text = (
            self.tr("权责清单 %1：方案的事项中 %2 项与清单一致，%3 项有 %4 处不同，%5 项的编码不在清单中。")
            .replace("%1", self.source)
            .replace("%2", str(check.matching))
            .replace("%3", str(len(check.differing)))
            .replace("%4", str(fields))
            .replace("%5", str(len(check.not_in_catalogue)))
        )
        if counts:
            parts = [
                self.tr("%1 %2 处").replace("%1", _field_label(f)).replace("%2", str(n)) for f, n in counts.items()
            ]
            text += self.tr("按字段：%1。").replace("%1", self.tr("、").join(parts))
        else:
            text += self.tr("没有需要采用的值。")
        self.summary.setText(text)

    def show_field(self, field: str | None) -> None:
        """List only the differences in ``field`` (None: every field), as the 字段 box does."""
        self.field_box.setCurrentIndex(max(0, self.field_box.findData(field)))

    def _field_chosen(self, _index: int) -> None:
        self.model.set_field(self.field_box.currentData())
        self._buttons()

    def _buttons(self) -> None:
        self.adopt_checked.setEnabled(bool(self.model.checked))
        self.adopt_all.setEnabled(self.model.rowCount() > 0)
        if self.model.field is None:
            self.adopt_all.setText(self.tr("全部采用(&A)"))
        else:
            self.adopt_all.setText(self.tr("采用列出的全部“%1”(&A)").replace("%1", _field_label(self.model.field)))

    def _adopt(self, everything: bool) -> None:
        chosen = self.model.chosen(everything)
        if chosen:
            self.adoptRequested.emit(chosen)
