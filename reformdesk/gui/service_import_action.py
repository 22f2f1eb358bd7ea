"""导入审批服务事项…: the file side of importing a service-item list into the hall.

Asks for the workbook (non-blocking), reads it through the formats layer
(:mod:`reformdesk.formats.service_items`, behind the import guard), says what
the import would add and update — and which rows cannot be read, with sheet,
row number and reason — and, when the user confirms, pushes it as one undo
step.  Nothing changes before that; with unreadable rows the user may import
the others.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from reformdesk.gui.document import Document

if TYPE_CHECKING:
    from reformdesk.formats.service_items import ServicePreview


def preview_service_items(doc: Document, path: str | Path) -> ServicePreview | str:
    """Read the list at ``path`` and match it with the plan; the preview, or why it cannot be read."""
    from reformdesk.formats.service_items import SheetReadError, plan_service_import, read_service_items

    try:
        rows, bad, _skipped = read_service_items(path)
    except SheetReadError as exc:
        return str(exc)
    return plan_service_import(doc.plan, rows, bad)


class ServiceImportAction(QObject):
    #: A dialog or message was opened (tests drive it; nothing blocks).
    dialogOpened = Signal(QWidget)

    def __init__(self, doc: Document, widget: QWidget) -> None:
        super().__init__(widget)
        self.doc = doc
        self.widget = widget
        self.dialog: QWidget | None = None
        self.preview: ServicePreview | None = None

    def _open(self, dialog: QWidget) -> QWidget:
        self.dialog = dialog
        dialog.open()  # type: ignore[attr-defined]
        self.dialogOpened.emit(dialog)
        return dialog

    def ask(self) -> QFileDialog | None:
        if self.doc.read_only:
            return None
        dialog = QFileDialog(self.widget, self.tr("导入审批服务事项"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("表格文件 (*.xlsx *.xlsm *.xls *.ods)"), self.tr("所有文件 (*)")])
        dialog.fileSelected.connect(self.import_file)
        self._open(dialog)
        return dialog

    def import_file(self, path: str | Path) -> QMessageBox:
        """Read the list and say what it would change; the import runs when the user confirms."""
        from reformdesk.formats.service_items import describe_service_import

        preview = preview_service_items(self.doc, path)
        if isinstance(preview, str):
            return self._message(QMessageBox.Icon.Warning, preview, QMessageBox.StandardButton.Ok)
        self.preview = preview
        text = "\n".join(describe_service_import(preview))
        if not preview.added and not preview.updated:
            return self._message(QMessageBox.Icon.Information, text, QMessageBox.StandardButton.Ok)
        box = self._message(
            QMessageBox.Icon.Question if not preview.bad else QMessageBox.Icon.Warning,
            text,
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
        )
        ok = box.button(QMessageBox.StandardButton.Ok)
        ok.setText(self.tr("跳过无法导入的行，导入其余各行") if preview.bad else self.tr("导入"))
        box.accepted.connect(self.apply)
        return box

    def apply(self) -> bool:
        from reformdesk.formats.service_items import service_import_changes
        from reformdesk.gui import edits

        preview = self.preview
        if preview is None:
            return False
        return edits.import_service_items(
            self.doc, service_import_changes(preview), len(preview.added), len(preview.updated)
        )

    def _message(self, icon: QMessageBox.Icon, text: str, buttons: QMessageBox.StandardButton) -> QMessageBox:
        box = QMessageBox(icon, self.tr("导入审批服务事项"), text, buttons, self.widget)
        self._open(box)
        return box
