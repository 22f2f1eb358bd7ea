"""文件 → 新建方案… and 文件 → 方案信息…: the plan's settings (name, town, county, 填表单位, date, author).

The dialog never changes a plan: the caller reads :meth:`values` (and, for a
new plan, :meth:`start`) after ``accepted``.  A new plan starts empty, from
the Qiaotou template or with the bodies of another plan file, which the
caller (``gui/file_actions.py``) reads.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from reformdesk.domain.model import PlanInfo
from reformdesk.gui.dialogs.power_editors import date_edit, get_date, set_date

#: Where a new plan starts.
START_EMPTY, START_QIAOTOU, START_OTHER = "empty", "qiaotou", "other"


class PlanInfoDialog(QDialog):
    """The plan's settings; with ``new=True`` also where the new plan starts."""

    def __init__(self, info: PlanInfo, new: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.new = new
        self.setWindowTitle(self.tr("新建方案") if new else self.tr("方案信息"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.name_edit = QLineEdit(info.name, self)
        self.name_edit.setPlaceholderText(self.tr("例如：石门镇行政管理体制改革方案"))
        self.town_edit = QLineEdit(info.town, self)
        self.county_edit = QLineEdit(info.county, self)
        self.office_edit = QLineEdit(info.office, self)
        self.office_edit.setPlaceholderText(self.tr("例如：中共某某县委机构编制委员会办公室"))
        self.date_edit = date_edit(self)
        set_date(self.date_edit, info.date if info.date is not None or not new else dt.date.today())
        self.author_edit = QLineEdit(info.author, self)
        self.notes_edit = QPlainTextEdit(info.notes, self)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.notes_edit.fontMetrics().lineSpacing() * 4)
        form.addRow(self.tr("方案名称(&N)"), self.name_edit)
        form.addRow(self.tr("乡镇(&T)"), self.town_edit)
        form.addRow(self.tr("县(&C)"), self.county_edit)
        form.addRow(self.tr("填表单位(&O)"), self.office_edit)
        form.addRow(self.tr("方案日期(&D)"), self.date_edit)
        form.addRow(self.tr("编制人(&A)"), self.author_edit)
        form.addRow(self.tr("说明(&R)"), self.notes_edit)
        self.town_edit.textEdited.connect(self._suggest_name)
        self._name_touched = bool(info.name) and not new
        self.name_edit.textEdited.connect(self._touch_name)

        self.other_path = ""
        self.start_group = QButtonGroup(self)
        if new:
            box = QGroupBox(self.tr("从何开始"), self)
            box_layout = QVBoxLayout(box)
            self.empty_radio = QRadioButton(self.tr("空白方案（自行添加原科室、人员和职能机构）(&E)"), box)
            self.qiaotou_radio = QRadioButton(self.tr("桥头镇六个职能机构(&Q)"), box)
            self.other_radio = QRadioButton(self.tr("另一个方案的职能机构(&P)："), box)
            self.other_label = QLabel(self.tr("（未选择）"), box)
            self.other_button = QPushButton(self.tr("选择方案(&S)…"), box)
            self.other_button.clicked.connect(self.choose_other)
            for radio, key in (
                (self.empty_radio, START_EMPTY),
                (self.qiaotou_radio, START_QIAOTOU),
                (self.other_radio, START_OTHER),
            ):
                radio.setProperty("start", key)
                self.start_group.addButton(radio)
            self.empty_radio.setChecked(True)
            box_layout.addWidget(self.empty_radio)
            box_layout.addWidget(self.qiaotou_radio)
            row = QHBoxLayout()
            row.addWidget(self.other_radio)
            row.addWidget(self.other_label, 1)
            row.addWidget(self.other_button)
            box_layout.addLayout(row)
            layout.addWidget(box)
            self.start_group.buttonToggled.connect(self._update_ok)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update_ok()
        self.resize(520, self.sizeHint().height())

    def _touch_name(self, _text: str) -> None:
        self._name_touched = True

    def _suggest_name(self, town: str) -> None:
        # A new plan's name follows its town until the user types a name of their own.
        if not self._name_touched and town.strip():
            self.name_edit.setText(self.tr("%1行政管理体制改革方案").replace("%1", town.strip()))

    def start(self) -> str:
        """START_EMPTY, START_QIAOTOU or START_OTHER (then :attr:`other_path` names the plan)."""
        button = self.start_group.checkedButton()
        return str(button.property("start")) if button is not None else START_EMPTY

    #: Tests replace this to answer the file dialog (Qt's file dialog is modal and native).
    file_chooser: Any = None

    def choose_other(self) -> None:
        if self.file_chooser is not None:
            path = self.file_chooser()
        else:
            path, _filter = QFileDialog.getOpenFileName(self, self.tr("选择方案"), "", self.tr("改革方案 (*.rdplan)"))
        if path:
            self.set_other(path)

    def set_other(self, path: str) -> None:
        from pathlib import Path

        self.other_path = str(path)
        self.other_label.setText(Path(path).name)
        self.other_label.setToolTip(str(path))
        self.other_radio.setChecked(True)
        self._update_ok()

    def _update_ok(self, *_args: object) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not (self.new and self.start() == START_OTHER and not self.other_path))

    def values(self) -> dict[str, Any]:
        """The settings as PlanInfo fields."""
        date = get_date(self.date_edit)
        return {
            "name": self.name_edit.text().strip(),
            "town": self.town_edit.text().strip(),
            "county": self.county_edit.text().strip(),
            "office": self.office_edit.text().strip(),
            "date": date,
            "author": self.author_edit.text().strip(),
            "notes": self.notes_edit.toPlainText().strip(),
        }

    def set_date(self, value: dt.date | None) -> None:
        set_date(self.date_edit, QDate(value) if value else None)
