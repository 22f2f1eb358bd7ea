"""清单信息: the catalogue's own settings (清单名称, 县, 填表单位, 年度, 发布日期, 说明), built from the registry.

One editor per field of the catalogue kind, chosen by its value type (a year spin box, a
date in 2026年12月1日 form, the notes on several lines); ``values()`` is read by the
window, which makes the change one undo step.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from reformdesk.domain.catalogue.model import CatalogueInfo, retitle
from reformdesk.domain.catalogue.registry import INFO_FIELDS
from reformdesk.domain.registry import ValueType
from reformdesk.gui.dialogs.power_editors import date_edit, get_date, set_date
from reformdesk.gui.models.catalogue_models import field_title


class CatalogueInfoDialog(QDialog):
    def __init__(self, info: CatalogueInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("清单信息"))
        self.editors: dict[str, QWidget] = {}
        form = QFormLayout(self)
        for spec in INFO_FIELDS:
            value = getattr(info, spec.name)
            editor: QWidget
            if spec.type is ValueType.INT:
                spin = QSpinBox()
                spin.setRange(0, 2100)
                spin.setSpecialValueText(self.tr("（未定）"))
                spin.setValue(int(value or 0))
                editor = spin
            elif spec.type is ValueType.DATE:
                edit = date_edit(self)
                set_date(edit, value)
                editor = edit
            elif spec.name == "notes":
                text = QPlainTextEdit(str(value))
                text.setTabChangesFocus(True)
                text.setFixedHeight(80)
                editor = text
            else:
                editor = QLineEdit(str(value))
                editor.setMinimumWidth(420)
            self.editors[spec.name] = editor
            form.addRow(self.tr("%1：").replace("%1", field_title(spec)), editor)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        # The 清单名称 follows the 县 and 年度 as they are typed (it is what the exports print).
        self._named_for = (info.county, int(info.year or 0))
        self.editors["county"].textEdited.connect(self._retitle)  # type: ignore[attr-defined]
        self.editors["year"].valueChanged.connect(self._retitle)  # type: ignore[attr-defined]

    def _retitle(self, *_args: object) -> None:
        title: QLineEdit = self.editors["title"]  # type: ignore[assignment]
        now = (self.editors["county"].text().strip(), self.editors["year"].value())  # type: ignore[attr-defined]
        new = retitle(title.text().strip(), self._named_for, now)
        if new != title.text().strip():
            title.setText(new)
        self._named_for = now

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, editor in self.editors.items():
            if isinstance(editor, QSpinBox):
                out[name] = editor.value()
            elif isinstance(editor, QPlainTextEdit):
                out[name] = editor.toPlainText().strip()
            elif isinstance(editor, QLineEdit):
                out[name] = editor.text().strip()
            else:
                out[name] = get_date(editor)  # type: ignore[arg-type]
        return out
