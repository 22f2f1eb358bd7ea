"""Set receiving body, deadline, responsible official or mode of many powers at once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from reformdesk.domain.model import DelegationMode
from reformdesk.gui.dialogs.power_editors import (
    body_combo,
    date_edit,
    enum_combo,
    fill_official_combo,
    get_date,
    official_combo,
    set_date,
)
from reformdesk.gui.document import Document


def default_deadline(plan_date: dt.date | None, today: dt.date) -> dt.date:
    """The date the deadline editor starts at: the plan's date, but never one already past.

    A clerk setting a deadline for powers still to be handed over means a day to come;
    an older plan's date offered as the default was a deadline missed on the spot.
    """
    return today if plan_date is None or plan_date < today else plan_date


class PowerBulkDialog(QDialog):
    """Pick the fields to set (a check box each) and their values.

    The caller reads :meth:`changes` after ``accepted`` and pushes one
    change set over all the powers, so one Ctrl+Z undoes it.
    """

    def __init__(
        self, doc: Document, count: int, parent: QWidget | None = None, *, power_ids: Iterable[str] = ()
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("批量设置事项"))
        plan = doc.plan
        self.plan = plan
        # With 承接机构 left as it is, the items keep their own body: when they share one, its
        # people are the ones serving it (all 70 were flagged 不在承接机构 for three powers of
        # 综合行政执法中队, its own officers among them).
        bodies = {plan.powers[i].body_id for i in power_ids if i in plan.powers}
        self._own_body = next(iter(bodies)) if len(bodies) == 1 else None
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("为选中的 %n 项事项设置：", "", count), self))
        form = QFormLayout()
        layout.addLayout(form)

        self.body_check = QCheckBox(self.tr("承接机构(&B)"), self)
        self.body_combo = body_combo(plan, self)
        self.deadline_check = QCheckBox(self.tr("承接时限(&D)"), self)
        self.deadline_edit = date_edit(self)
        set_date(self.deadline_edit, default_deadline(plan.info.date, dt.date.today()))
        self.official_check = QCheckBox(self.tr("责任人(&O)"), self)
        self.official_combo = official_combo(plan, self._own_body, self, fit_field=True)
        self.mode_check = QCheckBox(self.tr("下放方式(&M)"), self)
        self.mode_combo = enum_combo(DelegationMode, self)
        self._pairs = (
            (self.body_check, self.body_combo),
            (self.deadline_check, self.deadline_edit),
            (self.official_check, self.official_combo),
            (self.mode_check, self.mode_combo),
        )
        for check, editor in self._pairs:
            editor.setEnabled(False)
            check.toggled.connect(editor.setEnabled)
            check.toggled.connect(self._update_ok)
            form.addRow(check, editor)
        # The official list puts the chosen body's people first.
        self.body_combo.currentIndexChanged.connect(self._body_changed)
        self.body_check.toggled.connect(self._body_changed)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update_ok()

    def _body_changed(self) -> None:
        body_id = self.body_combo.currentData() if self.body_check.isChecked() else self._own_body
        fill_official_combo(self.official_combo, self.plan, body_id)

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(any(check.isChecked() for check, _ in self._pairs))

    def changes(self) -> dict[str, Any]:
        """{field: value} of the checked fields."""
        out: dict[str, Any] = {}
        if self.body_check.isChecked():
            out["body_id"] = self.body_combo.currentData()
        if self.deadline_check.isChecked():
            out["deadline"] = get_date(self.deadline_edit)
        if self.official_check.isChecked():
            out["official_id"] = self.official_combo.currentData()
        if self.mode_check.isChecked():
            out["mode"] = DelegationMode(self.mode_combo.currentData())
        return out
