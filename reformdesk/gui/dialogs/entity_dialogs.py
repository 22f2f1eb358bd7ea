"""Add or edit an old unit (原科室、站所) or a person: every field in one form.

The dialogs never change the plan: the caller reads :meth:`values` after
``accepted`` and pushes an add or edit through :mod:`reformdesk.gui.edits`.
What the domain would refuse (an empty name, a name or staff id that is
taken) is said under the form, and OK stays disabled until it is fixed.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reformdesk.domain import edits as domain
from reformdesk.domain.model import TIERS_BEFORE, Person, Plan, PostType, Tier, Unit
from reformdesk.gui.dialogs.power_editors import set_combo_data
from reformdesk.gui.models.labels import post_type_label, tier_label

#: Kinds offered for a unit (any other may be typed).
UNIT_KINDS = (
    QT_TRANSLATE_NOOP("EntityDialogs", "内设机构"),
    QT_TRANSLATE_NOOP("EntityDialogs", "站所"),
    QT_TRANSLATE_NOOP("EntityDialogs", "事业单位"),
    QT_TRANSLATE_NOOP("EntityDialogs", "派驻机构"),
)
GENDERS = ("", QT_TRANSLATE_NOOP("EntityDialogs", "男"), QT_TRANSLATE_NOOP("EntityDialogs", "女"))


def choice_combo(values: list[str], current: str, parent: QWidget | None = None) -> QComboBox:
    """An editable combo of stored values (Chinese, as the plan keeps them) shown in the user's
    language; any other text may be typed and is kept as typed (read it with ``choice_value``)."""
    combo = QComboBox(parent)
    combo.setEditable(True)
    for value in values:
        combo.addItem(QCoreApplication.translate("EntityDialogs", value) if value else "", value)
    found = combo.findData(current)
    if found >= 0:
        combo.setCurrentIndex(found)
    else:
        combo.setCurrentText(current)
    return combo


def choice_value(combo: QComboBox) -> str:
    text = combo.currentText().strip()
    found = combo.findText(text, Qt.MatchFlag.MatchFixedString)
    return str(combo.itemData(found)) if found >= 0 and combo.itemData(found) is not None else text


def post_type_combo(parent: QWidget | None = None) -> QComboBox:
    """编制类型 with 未填 first; data = the PostType value."""
    combo = QComboBox(parent)
    for member in PostType:
        combo.addItem(post_type_label(member), member.value)
    return combo


class _EntityDialog(QDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.problem_label = QLabel(self)
        self.problem_label.setStyleSheet("QLabel { color: #b00000; }")
        self.problem_label.setWordWrap(True)
        self.layout_.addWidget(self.problem_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.layout_.addWidget(self.buttons)

    def _problems(self) -> list[str]:
        raise NotImplementedError

    def _fields_first(self) -> None:
        """Tab through the fields in their order, then OK and Cancel; the first field has the keys.

        The buttons are made before the subclass adds its fields, so Qt put them first in
        the tab chain and opened the dialog on 取消 (OK being disabled until a name is
        typed): the name a clerk typed went nowhere and Enter cancelled the dialog.
        """
        fields = [
            item.widget()
            for row in range(self.form.rowCount())
            if (item := self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)) is not None and item.widget()
        ]
        chain = [*fields, *self.buttons.buttons()]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        if fields:
            fields[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def _check(self, *_args: object) -> None:
        problems = self._problems()
        self.problem_label.setText("\n".join(problems))
        self.problem_label.setVisible(bool(problems))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problems)

    def accept(self) -> None:
        if not self._problems():
            super().accept()


class UnitDialog(_EntityDialog):
    """A unit's name, 类别, 编制类型, 核定编制 and original head count."""

    def __init__(self, plan: Plan, unit: Unit | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.unit_id = unit.id if unit is not None else None
        self.setWindowTitle(self.tr("编辑原科室站所") if unit is not None else self.tr("新增原科室站所"))
        self.name_edit = QLineEdit(unit.name if unit else "", self)
        kinds = list(dict.fromkeys([*UNIT_KINDS, *(u.kind for u in plan.units.values() if u.kind)]))
        self.kind_combo = choice_combo(kinds, unit.kind if unit else "", self)
        self.post_type_combo = post_type_combo(self)
        set_combo_data(self.post_type_combo, unit.post_type.value if unit else PostType.UNSET.value)
        self.posts_spin = QSpinBox(self)
        self.posts_spin.setRange(0, 9999)
        self.posts_spin.setValue(unit.authorized_posts if unit else 0)
        self.head_spin = QSpinBox(self)
        self.head_spin.setRange(0, 9999)
        self.head_spin.setValue(unit.head_count if unit else 0)
        self.form.addRow(self.tr("名称"), self.name_edit)
        self.form.addRow(self.tr("类别"), self.kind_combo)
        self.form.addRow(self.tr("编制类型"), self.post_type_combo)
        self.form.addRow(self.tr("核定编制"), self.posts_spin)
        self.form.addRow(self.tr("原有人数"), self.head_spin)
        self.name_edit.textChanged.connect(self._check)
        self._check()
        self._fields_first()
        self.resize(380, self.sizeHint().height())

    def _problems(self) -> list[str]:
        name = self.name_edit.text().strip()
        if not domain.unit_problems(self.plan, name, self.unit_id):
            return []
        return [self.tr("名称不能为空") if not name else self.tr("已有名为“%1”的原科室站所").replace("%1", name)]

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name_edit.text().strip(),
            "kind": choice_value(self.kind_combo),
            "post_type": PostType(self.post_type_combo.currentData()),
            "authorized_posts": self.posts_spin.value(),
            "head_count": self.head_spin.value(),
        }


class PersonDialog(_EntityDialog):
    """A person: name, staff id, gender, 职务, 职级, tier before, unit, 编制类型, note and roster details."""

    def __init__(
        self, plan: Plan, person: Person | None = None, unit_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        self.person_id = person.id if person is not None else None
        self.setWindowTitle(self.tr("编辑人员") if person is not None else self.tr("新增人员"))
        p = person or Person(id="", staff_id="", name="", unit_id=unit_id)
        self.name_edit = QLineEdit(p.name, self)
        self.staff_edit = QLineEdit(p.staff_id, self)
        self.staff_edit.setPlaceholderText(self.tr("可不填"))
        self.gender_combo = choice_combo(list(GENDERS), p.gender, self)
        self.post_edit = QLineEdit(p.post, self)
        self.post_edit.setPlaceholderText(self.tr("例如：副镇长、站长、科员"))
        self.grade_edit = QLineEdit(p.grade, self)
        self.grade_edit.setPlaceholderText(self.tr("例如：一级主任科员"))
        self.tier_combo = QComboBox(self)
        for tier in TIERS_BEFORE:
            self.tier_combo.addItem(tier_label(tier), tier.value)
        set_combo_data(self.tier_combo, p.tier_before.value)
        self.unit_combo = QComboBox(self)
        self.unit_combo.addItem(self.tr("（无原科室：镇领导）"), None)
        for unit in plan.units.values():
            self.unit_combo.addItem(unit.name, unit.id)
        set_combo_data(self.unit_combo, p.unit_id)
        self.post_type_combo = post_type_combo(self)
        set_combo_data(self.post_type_combo, p.post_type.value)
        self.birth_edit = QLineEdit(p.birth, self)
        self.birth_edit.setPlaceholderText(self.tr("例如：1985年3月"))
        self.ethnicity_edit = QLineEdit(p.ethnicity, self)
        self.joined_edit = QLineEdit(p.joined, self)
        self.note_edit = QLineEdit(p.note, self)
        for label, widget in (
            (self.tr("姓名"), self.name_edit),
            (self.tr("工号"), self.staff_edit),
            (self.tr("性别"), self.gender_combo),
            (self.tr("职务"), self.post_edit),
            (self.tr("职级"), self.grade_edit),
            (self.tr("改革前层级"), self.tier_combo),
            (self.tr("原科室站所"), self.unit_combo),
            (self.tr("编制类型"), self.post_type_combo),
            (self.tr("出生年月"), self.birth_edit),
            (self.tr("民族"), self.ethnicity_edit),
            (self.tr("进编时间"), self.joined_edit),
            (self.tr("备注"), self.note_edit),
        ):
            self.form.addRow(label, widget)
        self.name_edit.textChanged.connect(self._check)
        self.staff_edit.textChanged.connect(self._check)
        # A new person's 改革前层级 follows the 职务 typed (所长 → 科室长), as the roster import
        # reads it, until a tier is chosen by hand.
        self._tier_chosen = person is not None
        self.tier_combo.activated.connect(self._choose_tier)
        self.post_edit.textChanged.connect(self._propose_tier)
        self._check()
        self._fields_first()
        self.resize(420, self.sizeHint().height())

    def _choose_tier(self, _index: int) -> None:
        self._tier_chosen = True

    def _propose_tier(self, post: str) -> None:
        if self._tier_chosen:
            return
        from reformdesk.formats.roster import propose_tier

        tier = propose_tier(post)[0] if post.strip() else Tier.STAFF
        if tier in TIERS_BEFORE:
            set_combo_data(self.tier_combo, tier.value)

    def _problems(self) -> list[str]:
        out = []
        for problem in domain.person_problems(self.plan, self.name_edit.text(), self.staff_edit.text(), self.person_id):
            if problem.startswith("工号"):
                other = self.plan.person_by_staff_id(self.staff_edit.text().strip())
                out.append(
                    self.tr("工号 %1 已是 %2 的工号")
                    .replace("%1", self.staff_edit.text().strip())
                    .replace("%2", other.name if other else "")
                )
            else:
                out.append(self.tr("姓名不能为空"))
        return out

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name_edit.text().strip(),
            "staff_id": self.staff_edit.text().strip(),
            "gender": choice_value(self.gender_combo),
            "post": self.post_edit.text().strip(),
            "grade": self.grade_edit.text().strip(),
            "tier_before": Tier(self.tier_combo.currentData()),
            "unit_id": self.unit_combo.currentData(),
            "post_type": PostType(self.post_type_combo.currentData()),
            "birth": self.birth_edit.text().strip(),
            "ethnicity": self.ethnicity_edit.text().strip(),
            "joined": self.joined_edit.text().strip(),
            "note": self.note_edit.text().strip(),
        }
