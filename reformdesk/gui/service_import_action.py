"""导入审批服务事项…: the file side of importing a service-item list into the hall.

The shared path of :mod:`reformdesk.gui.sheet_import_action`: the workbook is
read through the formats layer (:mod:`reformdesk.formats.service_items`,
behind the import guard); a message says what the import would add and
update — and which rows cannot be read, with sheet, row number and reason —
and the import runs when the user confirms (with unreadable rows, the others).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from reformdesk.gui.document import Document
from reformdesk.gui.sheet_import_action import SheetImportAction

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


class ServiceImportAction(SheetImportAction):
    preview: ServicePreview | None = None

    def title(self) -> str:
        return self.tr("导入审批服务事项")

    def read(self, path: Path) -> ServicePreview | str:
        return preview_service_items(self.doc, path)

    def show(self, preview: ServicePreview) -> QMessageBox:
        from reformdesk.formats.service_items import describe_service_import

        self.preview = preview
        text = "\n".join(describe_service_import(preview))
        if not preview.has_work:
            return self.message(text, QMessageBox.Icon.Information)
        box = self.message(
            text,
            QMessageBox.Icon.Question if not preview.bad else QMessageBox.Icon.Warning,
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
