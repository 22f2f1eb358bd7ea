"""Preview of a roster import: who comes in, at which tier, into which unit, and the rows that cannot be read.

The office chooses who the 负责人 is (党委书记, 镇长 or both) and corrects any
proposed tier before the reform in the 改革前层级 column (a combo box);
nothing changes until the caller applies :attr:`preview`.  With unreadable
rows the import button stays disabled unless the user skips them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reformdesk.domain.model import TIERS_BEFORE, PostType, Tier
from reformdesk.formats.roster import HeadChoice, RosterPreview, Why
from reformdesk.gui.dialogs.power_import_dialog import RowsModel
from reformdesk.gui.models.domain_text import reason_text
from reformdesk.gui.models.labels import post_type_label, tier_label

Index = QModelIndex | QPersistentModelIndex

#: The raw value of a cell (a Tier in the tier column).
ValueRole = Qt.ItemDataRole.UserRole + 2


class RosterPeopleModel(QAbstractTableModel):
    """The people rows of a preview; the tier column is editable (the user's correction)."""

    SHEET_ROW, NAME, STAFF_ID, UNIT, POST, POST_TYPE, TIER, WHY, ACTION = range(9)

    def __init__(self, preview: RosterPreview, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.headers = [
            self.tr("行"),
            self.tr("姓名"),
            self.tr("工号"),
            self.tr("原科室站所"),
            self.tr("职务"),
            self.tr("编制类型"),
            self.tr("改革前层级"),
            self.tr("依据"),
            self.tr("导入"),
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.preview.people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self.headers):
            return self.headers[section]
        return None

    def _why(self, why: Why, word: str) -> str:
        texts = {
            Why.HEAD: self.tr("%1为负责人"),
            Why.OTHER_HEAD: self.tr("%1为副职领导"),
            Why.WORD: self.tr("职务含“%1”"),
            Why.POST: self.tr("职务“%1”"),
            Why.LEADER: self.tr("列在领导班子中"),
            Why.NO_POST: self.tr("未填职务"),
            Why.MANUAL: self.tr("手工指定"),
            Why.PLAN: self.tr("方案中已有"),
        }
        if why is Why.HEAD or why is Why.OTHER_HEAD:
            word = self.tr("党委书记") if word == "党委书记" else self.tr("镇长")
        return texts[why].replace("%1", word)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.preview.people):
            return None
        m = self.preview.people[index.row()]
        r = m.read
        column = index.column()
        if role == ValueRole and column == self.TIER:
            return m.tier
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == self.SHEET_ROW:
            return str(r.row)
        if column == self.NAME:
            return r.name
        if column == self.STAFF_ID:
            return r.staff_id
        if column == self.UNIT:
            return self.tr("（镇领导）") if r.leader else r.unit
        if column == self.POST:
            return r.post
        if column == self.POST_TYPE:
            return post_type_label(r.post_type) if r.post_type is not PostType.UNSET else ""
        if column == self.TIER:
            return tier_label(m.tier)
        if column == self.WHY:
            return self._why(m.why, m.word)
        if column == self.ACTION:
            if m.new:
                return self.tr("新增")
            return self.tr("更新") if m.updates() else self.tr("无变化")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.TIER:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != self.TIER:
            return False
        try:
            tier = Tier(value)
        except ValueError:
            return False
        self.preview.set_tier(index.row(), tier)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1))
        return True

    def refresh(self) -> None:
        if self.preview.people:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.preview.people) - 1, self.columnCount() - 1))


class TierDelegate(QStyledItemDelegate):
    """The four tiers before the reform in a combo box."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for tier in TIERS_BEFORE:
            combo.addItem(tier_label(tier), tier.value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        current = index.data(ValueRole)
        editor.setCurrentIndex(max(0, editor.findData(current.value if current else Tier.STAFF.value)))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class RosterImportDialog(QDialog):
    def __init__(self, preview: RosterPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("导入花名册：%1").replace("%1", preview.read.path.name))
        layout = QVBoxLayout(self)
        self.sheets_label = QLabel(self._sheets_text(), self)
        self.sheets_label.setWordWrap(True)
        layout.addWidget(self.sheets_label)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)

        head_row = QHBoxLayout()
        head_label = QLabel(self.tr("负责人(&H)："), self)
        head_row.addWidget(head_label)
        self.head_combo = QComboBox(self)
        head_label.setBuddy(self.head_combo)
        self.head_combo.setToolTip(self.tr("同命令行 reformdesk import 的 --head secretary、mayor、both"))
        self.head_combo.addItem(self.tr("党委书记（镇长为副职领导）"), HeadChoice.SECRETARY.value)
        self.head_combo.addItem(self.tr("镇长（党委书记为副职领导）"), HeadChoice.MAYOR.value)
        self.head_combo.addItem(self.tr("党委书记和镇长均为负责人"), HeadChoice.BOTH.value)
        self.head_combo.setCurrentIndex(max(0, self.head_combo.findData(preview.head.value)))
        self.head_combo.currentIndexChanged.connect(self._head_changed)
        head_row.addWidget(self.head_combo)
        head_row.addStretch(1)
        layout.addLayout(head_row)
        # How 党委书记 and 镇长 were read, in words: the default makes a 镇长 a 副职领导, which a
        # clerk whose town is led by its 镇长 would otherwise find only row by row.
        self.leaders_label = QLabel(self)
        self.leaders_label.setWordWrap(True)
        layout.addWidget(self.leaders_label)
        hint = QLabel(self.tr("改革前层级按职务推定，可在“改革前层级”列双击修改。"), self)
        hint.setWordWrap(True)
        layout.addWidget(hint)

        self.people_model = RosterPeopleModel(preview, self)
        row, name, reason = self.tr("行"), self.tr("名称"), self.tr("原因")
        units = [
            (self.tr("新增"), u.name, u.kind, str(u.authorized_posts), str(u.head_count)) for u in preview.units_added
        ]
        units += [
            (
                self.tr("更新"),
                preview.unit_names.get(uid, ""),
                str(ch.get("kind", "")),
                str(ch.get("authorized_posts", "")),
                str(ch.get("head_count", "")),
            )
            for uid, ch in preview.units_updated
        ]
        self.units_model = RowsModel(
            [self.tr("导入"), name, self.tr("类别"), self.tr("核定编制"), self.tr("原有人数")], units, self
        )
        self.bad_model = RowsModel(
            [self.tr("工作表"), row, self.tr("姓名或名称"), reason],
            [(b.sheet, str(b.row), b.name, reason_text(b.reason)) for b in preview.bad],
            self,
        )
        self.tabs = QTabWidget(self)
        self.people_view = self._view(self.people_model)
        self.people_view.setItemDelegateForColumn(RosterPeopleModel.TIER, TierDelegate(self.people_view))
        self.people_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.tabs.addTab(self.people_view, self.tr("人员 %1").replace("%1", str(len(preview.people))))
        self.tabs.addTab(self._view(self.units_model), self.tr("原科室站所 %1").replace("%1", str(len(units))))
        self.tabs.addTab(self._view(self.bad_model), self.tr("无法读取 %1").replace("%1", str(len(preview.bad))))
        if preview.bad:
            self.tabs.setCurrentIndex(2)
        layout.addWidget(self.tabs, 1)

        self.skip_check = QCheckBox(self.tr("跳过无法读取的行，导入其余各行"), self)
        self.skip_check.setVisible(bool(preview.bad))
        layout.addWidget(self.skip_check)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(self.tr("导入"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.skip_check.toggled.connect(self._update)
        self.people_model.dataChanged.connect(self._update)
        self.people_model.dataChanged.connect(self._show_leaders)  # a tier chosen by hand, too
        self._update()
        self._show_leaders()
        self.resize(900, 560)

    def _view(self, model: QAbstractTableModel) -> QTableView:
        view = QTableView(self.tabs)
        view.setModel(model)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setStretchLastSection(True)
        view.setWordWrap(False)
        return view

    def _sheets_text(self) -> str:
        parts = []
        for sheet, kind, header in self.preview.read.roster_sheets:
            text = (
                self.tr("工作表“%1”：人员，表头在第 %2 行")
                if kind == "people"
                else self.tr("工作表“%1”：原科室站所，表头在第 %2 行")
            )
            parts.append(text.replace("%1", sheet).replace("%2", str(header)))
        return self.tr("；").join(parts)

    def _head_changed(self, _index: int) -> None:
        self.preview.rematch_heads(HeadChoice(self.head_combo.currentData()))
        self.people_model.refresh()
        self._show_leaders()

    def _show_leaders(self, *_args: object) -> None:
        leaders = self.preview.main_leaders()
        if not leaders:
            self.leaders_label.setText(self.tr("花名册中没有党委书记或镇长：负责人请在“改革前层级”列指定。"))
            return
        titles = {"secretary": self.tr("党委书记"), "mayor": self.tr("镇长")}
        read = self.tr("；").join(
            self.tr("%1（%2）为%3").replace("%1", name).replace("%2", titles[main]).replace("%3", tier_label(tier))
            for name, main, tier in leaders
        )
        text = self.tr("主要负责人的读法：%1。").replace("%1", read)
        if not any(tier is Tier.HEAD for _name, _main, tier in leaders):
            text += self.tr("无人读作负责人：请在上方“负责人”中选择由谁担任。")
        self.leaders_label.setText(text)

    @property
    def skip_bad_rows(self) -> bool:
        return self.skip_check.isChecked()

    def _update(self, *_args: object) -> None:
        p = self.preview
        text = (
            self.tr("原科室站所：新增 %1 个，更新 %2 个。人员：新增 %3 人，更新 %4 人，无变化 %5 人。无法读取 %6 行。")
            .replace("%1", str(len(p.units_added)))
            .replace("%2", str(len(p.units_updated)))
            .replace("%3", str(len(p.people_added)))
            .replace("%4", str(len(p.people_updated)))
            .replace("%5", str(p.unchanged))
            .replace("%6", str(len(p.bad)))
        )
        self.summary_label.setText(text)
        has_work = bool(p.units_added or p.units_updated or p.people_added or p.people_updated)
        self.import_button.setEnabled(has_work and (not p.bad or self.skip_bad_rows))
