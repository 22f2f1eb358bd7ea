"""The new-plan / plan-info dialog: Tab goes field to field, through the date as one field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reformdesk.domain.model import PlanInfo
from reformdesk.gui.dialogs.plan_info_dialog import PlanInfoDialog


def test_tab_passes_the_date_as_one_field(qtbot) -> None:
    dialog = PlanInfoDialog(PlanInfo(), new=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.office_edit.setFocus()
    qtbot.keyClick(dialog.office_edit, Qt.Key.Key_Tab)
    assert dialog.date_edit.hasFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # not 月, then 日: the next field
    assert dialog.author_edit.hasFocus()
    qtbot.keyClick(dialog.author_edit, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert dialog.date_edit.hasFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert dialog.office_edit.hasFocus()
    dialog.reject()
