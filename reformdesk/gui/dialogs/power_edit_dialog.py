"""Add or edit one power item (all its fields in one form)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reformdesk.domain.model import DelegationMode, Power, PowerType
from reformdesk.domain.powers import source_departments
from reformdesk.gui.dialogs.power_editors import (
    body_combo,
    date_edit,
    enum_combo,
    fill_official_combo,
    get_date,
    official_combo,
    set_combo_data,
    set_date,
)
from reformdesk.gui.document import Document

STEP_SEPARATOR = " → "


def split_steps(text: str) -> list[str]:
    """责任事项 typed as 受理 → 审查 → 决定 (or with 、 or ->) → the steps."""
    parts = text.replace("->", "→").replace("、", "→").split("→")
    return [p.strip() for p in parts if p.strip()]


class PowerEditDialog(QDialog):
    """Edit the fields of ``power`` (a new, not yet added Power when adding).

    The dialog never changes the plan: the caller reads :meth:`values` after
    ``accepted`` and pushes an add or set-fields command.
    """

    def __init__(self, doc: Document, power: Power, adding: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        plan = doc.plan
        self.plan = plan
        self.power = power
        main = plan.powers.get(power.parent_id) if power.parent_id else None
        if not adding:
            self.setWindowTitle(self.tr("编辑事项"))
        elif main is not None:
            self.setWindowTitle(self.tr("添加子项"))
        else:
            self.setWindowTitle(self.tr("添加事项"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        if main is not None:
            form.addRow(self.tr("所属主项"), QLabel(f"{main.code} {main.name}", self))

        self.seq_spin = QSpinBox(self)
        self.seq_spin.setRange(0, 10_000_000)
        self.seq_spin.setValue(power.seq)
        self.code_edit = QLineEdit(power.code, self)
        self.name_edit = QLineEdit(power.name, self)
        self.type_combo = enum_combo(PowerType, self)
        set_combo_data(self.type_combo, power.type.value)
        self.basis_edit = QPlainTextEdit(power.legal_basis, self)
        self.basis_edit.setTabChangesFocus(True)
        self.basis_edit.setFixedHeight(self.basis_edit.fontMetrics().lineSpacing() * 4)
        self.dept_combo = QComboBox(self)
        self.dept_combo.setEditable(True)
        self.dept_combo.addItems(source_departments(plan))
        self.dept_combo.setCurrentText(power.source_department)
        self.mode_combo = enum_combo(DelegationMode, self)
        set_combo_data(self.mode_combo, power.mode.value)
        self.main = main
        self.body_combo = body_combo(plan, self, self.tr("（同主项）") if main is not None else None)
        set_combo_data(self.body_combo, power.body_id)
        self.deadline_edit = date_edit(self)
        set_date(self.deadline_edit, power.deadline)
        self.official_combo = official_combo(plan, self._receiving_body(), self, fit_field=True)
        set_combo_data(self.official_combo, power.official_id)
        self.note_edit = QLineEdit(power.note, self)
        # The catalogue's 责任事项, in order; "→" between steps as the 权责清单 prints them.
        self.steps_edit = QLineEdit(STEP_SEPARATOR.join(power.responsibility_steps), self)
        self.steps_edit.setPlaceholderText(self.tr("受理 → 审查 → 决定 → 送达"))
        self.body_combo.currentIndexChanged.connect(self._body_changed)

        form.addRow(self.tr("序号"), self.seq_spin)
        form.addRow(self.tr("事项编码"), self.code_edit)
        form.addRow(self.tr("事项名称"), self.name_edit)
        form.addRow(self.tr("事项类型"), self.type_combo)
        form.addRow(self.tr("实施依据"), self.basis_edit)
        form.addRow(self.tr("原实施部门"), self.dept_combo)
        form.addRow(self.tr("下放方式"), self.mode_combo)
        form.addRow(self.tr("承接机构"), self.body_combo)
        form.addRow(self.tr("承接时限"), self.deadline_edit)
        form.addRow(self.tr("责任人"), self.official_combo)
        form.addRow(self.tr("责任事项"), self.steps_edit)
        form.addRow(self.tr("备注"), self.note_edit)

        self.warning = QLabel(self)
        self.warning.setStyleSheet("color: #b00000")
        layout.addWidget(self.warning)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.code_edit.textChanged.connect(self._check)
        self.name_edit.textChanged.connect(self._check)
        self._check()
        self.resize(560, self.sizeHint().height())

    def _receiving_body(self) -> str | None:
        body_id = self.body_combo.currentData()
        if body_id is None and self.main is not None:
            body_id = self.plan.assignment(self.main)[0]
        return body_id

    def _body_changed(self) -> None:
        fill_official_combo(self.official_combo, self.plan, self._receiving_body())

    def _check(self) -> None:
        code, name = self.code_edit.text().strip(), self.name_edit.text().strip()
        message = ""
        if not code or not name:
            message = self.tr("事项编码和事项名称不能为空")
        elif any(p.code == code and p.id != self.power.id for p in self.plan.powers.values()):
            # Allowed (lists do repeat codes) but validation will flag it.
            message = self.tr("事项编码 %1 已被其他事项使用").replace("%1", code)
        self.warning.setText(message)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(code and name))

    def values(self) -> dict[str, Any]:
        """Every field as the form shows it."""
        return {
            "seq": self.seq_spin.value(),
            "code": self.code_edit.text().strip(),
            "name": self.name_edit.text().strip(),
            "type": PowerType(self.type_combo.currentData()),
            "legal_basis": self.basis_edit.toPlainText().strip(),
            "source_department": self.dept_combo.currentText().strip(),
            "mode": DelegationMode(self.mode_combo.currentData()),
            "body_id": self.body_combo.currentData(),
            "deadline": get_date(self.deadline_edit),
            "official_id": self.official_combo.currentData(),
            "note": self.note_edit.text().strip(),
            "responsibility_steps": split_steps(self.steps_edit.text()),
        }

    def changed_values(self) -> dict[str, Any]:
        """Only the fields that differ from the power's current values."""
        return {f: v for f, v in self.values().items() if getattr(self.power, f) != v}
