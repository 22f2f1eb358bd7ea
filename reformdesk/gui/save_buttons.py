"""The buttons of the save-changes question, each with an Alt letter: 保存(S) 不保存(N) 取消(C).

Qt's own texts carry none (Save / Discard / Cancel; 保存 / 放弃 / 取消 from qtbase_zh_CN), so
from the keyboard only Tab and Esc reached them.  The words are those of WPS and Word's
question (不保存, Don't save), which says what the button does better than 放弃/Discard.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox


def name_save_buttons(box: QMessageBox) -> None:
    """Give ``box``'s Save, Discard and Cancel buttons (those it has) their texts with letters."""
    texts = {
        QMessageBox.StandardButton.Save: QCoreApplication.translate("SaveButtons", "保存(&S)"),
        QMessageBox.StandardButton.Discard: QCoreApplication.translate("SaveButtons", "不保存(&N)"),
        QMessageBox.StandardButton.Cancel: QCoreApplication.translate("SaveButtons", "取消(&C)"),
    }
    for standard, text in texts.items():
        button = box.button(standard)
        if button is not None:
            button.setText(text)
