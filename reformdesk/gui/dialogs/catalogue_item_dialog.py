"""The item dialog of the 清单 page: every field of a catalogue item, built from the catalogue registry.

Each field of ``ITEM_FIELDS`` gets an editor chosen by its value type (a line, a text box
for the long texts, a list of the 实施主体 or main items, the power types, the four
行使层级 as check boxes) and its registry label; the 责任事项 are a list of steps edited
in place (添加, 删除, 上移, 下移; F2 or a double click edits a step) and 套用模板 puts
the template of the chosen type in the list for the user to adapt.  The dialog changes
nothing: ``values()`` is read by the page, which makes the edit (one undo step).
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from reformdesk.domain.catalogue.model import LEVELS, ApprovalMark, Catalogue, CatalogueItem
from reformdesk.domain.catalogue.registry import ITEM_FIELDS
from reformdesk.domain.catalogue.responsibilities import accountability_for, steps_for
from reformdesk.domain.model import PowerType
from reformdesk.domain.registry import FieldSpec, ValueType
from reformdesk.gui.accelerators import with_accelerators
from reformdesk.gui.models.catalogue_models import field_title, level_label
from reformdesk.gui.models.labels import power_type_label

#: Long texts: a text box instead of a line.
MULTI_LINE = {"legal_basis", "accountability_cases", "accountability_basis", "supervision", "integrity_risks", "note"}
#: Letters a 行使层级 box would like for its accelerator (its English name).
_LEVEL_HINTS = {"省级": "province", "市级": "city", "县级": "county", "乡级": "township"}
#: The responsibility list of 两单融合: the dialog's right-hand group.
RESPONSIBILITY = {
    "responsibility_steps",
    "accountability_cases",
    "accountability_basis",
    "supervision",
    "supervision_phone",
    "integrity_risks",
}


class StepsEditor(QWidget):
    """责任事项 as an ordered list of steps, edited in place."""

    def __init__(self, steps: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setEditTriggers(
            QListWidget.EditTrigger.DoubleClicked
            | QListWidget.EditTrigger.EditKeyPressed
            | QListWidget.EditTrigger.AnyKeyPressed
        )
        self.set_steps(steps)
        self.add_button = QPushButton(self.tr("添加(&D)"))
        self.remove_button = QPushButton(self.tr("删除"))
        self.up_button = QPushButton(self.tr("上移"))
        self.down_button = QPushButton(self.tr("下移"))
        self.add_button.setToolTip(self.tr("在选中的步骤后添加一步（Insert）"))
        self.remove_button.setToolTip(self.tr("删除选中的步骤（Delete）"))
        self.up_button.setToolTip(self.tr("上移选中的步骤（Ctrl+↑）"))
        self.down_button.setToolTip(self.tr("下移选中的步骤（Ctrl+↓）"))
        self.add_button.clicked.connect(self.add_step)
        self.remove_button.clicked.connect(self.remove_step)
        self.up_button.clicked.connect(lambda: self.move_step(-1))
        self.down_button.clicked.connect(lambda: self.move_step(1))
        context = Qt.ShortcutContext.WidgetShortcut
        for key, slot in (
            (QKeySequence(Qt.Key.Key_Insert), self.add_step),
            (QKeySequence(QKeySequence.StandardKey.Delete), self.remove_step),
            (QKeySequence("Ctrl+Up"), lambda: self.move_step(-1)),
            (QKeySequence("Ctrl+Down"), lambda: self.move_step(1)),
        ):
            shortcut = QShortcut(key, self.list)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)
        buttons = QVBoxLayout()
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.list, 1)
        lay.addLayout(buttons)
        self.list.currentRowChanged.connect(self._enable)
        self._enable()

    def set_steps(self, steps: list[str]) -> None:
        self.list.clear()
        for step in steps:
            self._append(step)
        if steps:
            self.list.setCurrentRow(0)

    def _append(self, text: str, row: int | None = None) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        if row is None:
            self.list.addItem(item)
        else:
            self.list.insertItem(row, item)
        return item

    def steps(self) -> list[str]:
        out = (self.list.item(r).text().strip() for r in range(self.list.count()))
        return [s for s in out if s]

    @Slot()
    def _enable(self, *_args: object) -> None:
        row, n = self.list.currentRow(), self.list.count()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < n - 1)

    @Slot()
    def add_step(self) -> None:
        row = self.list.currentRow() + 1 if self.list.currentRow() >= 0 else self.list.count()
        item = self._append(self.tr("新步骤"), row)
        self.list.setCurrentItem(item)
        self.list.setFocus()
        self.list.editItem(item)

    @Slot()
    def remove_step(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
        self._enable()

    def move_step(self, delta: int) -> None:
        row = self.list.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self._enable()


class CatalogueItemDialog(QDialog):
    """Edit one item (or a new one); ``values()`` holds every field as edited."""

    def __init__(self, cat: Catalogue, item: CatalogueItem, *, new: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.cat = cat
        self.item = item
        self.setWindowTitle(self.tr("新增事项") if new else self.tr("编辑事项：%1").replace("%1", item.name))
        #: field name → its editor
        self.editors: dict[str, QWidget] = {}
        main = QFormLayout()
        duty = QFormLayout()
        # Alt+letter for every field and 行使层级 box, as the rest of the window has; the
        # buttons' own letters (添加(&D), 套用模板(&M)) are not given again.
        titles = with_accelerators(
            [field_title(spec) for spec in ITEM_FIELDS] + [level_label(level) for level in LEVELS],
            [spec.name for spec in ITEM_FIELDS] + [_LEVEL_HINTS.get(level, "") for level in LEVELS],
            taken=("D", "M"),
        )
        self._level_titles = dict(zip(LEVELS, titles[len(ITEM_FIELDS) :], strict=True))
        for spec, title in zip(ITEM_FIELDS, titles, strict=False):
            editor = self._editor(spec)
            self.editors[spec.name] = editor
            label = QLabel(self.tr("%1：").replace("%1", title))
            if spec.name == "levels":
                label.setBuddy(self.level_checks[LEVELS[0]])
            else:
                label.setBuddy(editor if not isinstance(editor, StepsEditor) else editor.list)
            (duty if spec.name in RESPONSIBILITY else main).addRow(label, editor)
        self.steps_editor: StepsEditor = self.editors["responsibility_steps"]  # type: ignore[assignment]
        self.template_box = QComboBox()
        for t in PowerType:
            self.template_box.addItem(power_type_label(t), t)
        self.template_box.setCurrentIndex(list(PowerType).index(item.type))
        self.template_button = QPushButton(self.tr("套用模板(&M)"))
        self.template_button.setToolTip(
            self.tr("用所选类型的责任事项模板替换上面的步骤；追责情形和问责依据为空时一并填入常用内容")
        )
        self.template_button.clicked.connect(self.apply_template)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("模板：")))
        row.addWidget(self.template_box, 1)
        row.addWidget(self.template_button)
        steps_row = duty.getWidgetPosition(self.steps_editor)[0]
        duty.insertRow(steps_row + 1, "", row)
        self.type_box: QComboBox = self.editors["type"]  # type: ignore[assignment]
        self.type_box.currentIndexChanged.connect(self._type_changed)
        self.subject_box: QComboBox = self.editors["subject_id"]  # type: ignore[assignment]
        self.subject_box.currentIndexChanged.connect(self._fill_parents)

        left = QGroupBox(self.tr("权力事项"))
        right = QGroupBox(self.tr("责任清单（两单融合）"))
        for box, form in ((left, main), (right, duty)):
            outer = QVBoxLayout(box)
            outer.addLayout(form)
            outer.addStretch(1)  # the shorter side keeps its rows together at the top
        body = QHBoxLayout()
        body.addWidget(left, 1)
        body.addWidget(right, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(body, 1)
        lay.addWidget(self.buttons)
        self.editors["name"].textChanged.connect(self._enable_ok)  # type: ignore[attr-defined]
        self._enable_ok()
        self.resize(1100, 680)
        self.editors["name"].setFocus()

    # -- editors by value type -------------------------------------------------------------
    def _editor(self, spec: FieldSpec) -> QWidget:
        value = getattr(self.item, spec.name)
        if spec.name == "responsibility_steps":
            return StepsEditor(list(value))
        if spec.name == "levels":
            return self._levels_editor(list(value))
        if spec.name == "subject_id":
            box = QComboBox()
            box.addItem(self.tr("（无）"), None)
            for sid, s in self.cat.subjects.items():
                box.addItem(s.name, sid)
            box.setCurrentIndex(max(0, box.findData(value)))
            return box
        if spec.name == "parent_id":
            box = QComboBox()
            self._parents(box, self.item.subject_id, value)
            return box
        if spec.type is ValueType.ENUM and spec.enum is ApprovalMark:
            box = QComboBox()
            labels = {
                ApprovalMark.BY_TYPE: self.tr("按类型（行政许可为审批事项）"),
                ApprovalMark.YES: self.tr("审批事项"),
                ApprovalMark.NO: self.tr("非审批事项"),
            }
            for member, label in labels.items():
                box.addItem(label, member)
            box.setCurrentIndex(list(ApprovalMark).index(value))
            return box
        if spec.type is ValueType.ENUM:
            box = QComboBox()
            for member in PowerType:
                box.addItem(power_type_label(member), member)
            box.setCurrentIndex(list(PowerType).index(value))
            return box
        if spec.name == "origins":
            # 合并自/分设自: the earlier years' item codes, separated by 、 as the list prints them.
            edit = QLineEdit("、".join(value))
            edit.setPlaceholderText(self.tr("合并或分设前的事项编码，用“、”分隔"))
            return edit
        if spec.name in MULTI_LINE:
            edit = QPlainTextEdit(str(value))
            edit.setTabChangesFocus(True)  # Tab goes on to the next field, as in the other editors
            edit.setFixedHeight(64)
            return edit
        return QLineEdit(str(value))

    def _levels_editor(self, levels: list[str]) -> QWidget:
        box = QWidget()
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        lay = QHBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        self.level_checks: dict[str, QCheckBox] = {}
        for level in LEVELS:
            check = QCheckBox(self._level_titles[level])
            check.setChecked(level in levels)
            self.level_checks[level] = check
            lay.addWidget(check)
        #: Levels the file holds that are none of the four (a check reports them): kept as they are.
        self.other_levels = [v for v in levels if v not in LEVELS]
        if self.other_levels:
            lay.addWidget(QLabel("、".join(self.other_levels)))
        lay.addStretch(1)
        return box

    def _parents(self, box: QComboBox, subject_id: str | None, current: str | None) -> None:
        box.blockSignals(True)
        box.clear()
        box.addItem(self.tr("（无：本项为主项）"), None)
        for iid, i in self.cat.items.items():
            if iid != self.item.id and i.parent_id is None and i.subject_id == subject_id:
                box.addItem(f"{i.code}　{i.name}" if i.code else i.name, iid)
        box.setCurrentIndex(max(0, box.findData(current)))
        box.blockSignals(False)

    @Slot()
    def _fill_parents(self, *_args: object) -> None:
        box: QComboBox = self.editors["parent_id"]  # type: ignore[assignment]
        self._parents(box, self.subject_box.currentData(), box.currentData())

    @Slot()
    def _type_changed(self, *_args: object) -> None:
        self.template_box.setCurrentIndex(self.type_box.currentIndex())

    @Slot()
    def apply_template(self) -> None:
        power_type = PowerType(self.template_box.currentData())
        self.steps_editor.set_steps(steps_for(power_type))
        cases, basis = accountability_for(power_type)
        for name, text in (("accountability_cases", cases), ("accountability_basis", basis)):
            edit: QPlainTextEdit = self.editors[name]  # type: ignore[assignment]
            if not edit.toPlainText().strip():
                edit.setPlainText(text)

    # -- result ---------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for spec in ITEM_FIELDS:
            editor = self.editors[spec.name]
            if isinstance(editor, StepsEditor):
                out[spec.name] = editor.steps()
            elif spec.name == "levels":
                out[spec.name] = [v for v in LEVELS if self.level_checks[v].isChecked()] + self.other_levels
            elif isinstance(editor, QComboBox) and spec.enum is not None:
                out[spec.name] = spec.enum(editor.currentData())  # Qt hands an enum member back as its str
            elif isinstance(editor, QComboBox):
                out[spec.name] = editor.currentData()
            elif spec.name == "origins" and isinstance(editor, QLineEdit):
                out[spec.name] = [c.strip() for c in re.split(r"[、,，;；\s]+", editor.text()) if c.strip()]
            elif isinstance(editor, QPlainTextEdit):
                out[spec.name] = editor.toPlainText().strip()
            elif isinstance(editor, QLineEdit):
                out[spec.name] = editor.text().strip()
        return out

    @Slot()
    def _enable_ok(self, *_args: object) -> None:
        # An item needs its name (checks.py: item.no_name is an error); OK waits for one.
        name: QLineEdit = self.editors["name"]  # type: ignore[assignment]
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(name.text().strip()))
