"""权限承接 → 导入权力清单…: the file side of importing a county power list.

The shared path of :mod:`reformdesk.gui.sheet_import_action`: the powers page
forwards its 导入权力清单… here; the workbook is read through the formats layer
(behind the import guard) and only its power-list sheets are read — the rule of
:mod:`reformdesk.formats.workbook`, the command line's too, so a 花名册 or a
进驻事项清单 in the same workbook is listed as skipped, never read as powers.
The preview (:class:`~reformdesk.gui.dialogs.power_import_dialog.PowerImportDialog`)
shows what would be added and updated, the value mappings (each one can be
changed) and the rows skipped or unreadable; 导入 matches the list again with
the plan as it is then and pushes one undo step.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from reformdesk.domain.model import Plan
from reformdesk.gui.sheet_import_action import SheetImportAction

if TYPE_CHECKING:
    from reformdesk.formats.importer import Choices, ImportPreview, SheetRead
    from reformdesk.gui.dialogs.power_import_dialog import PowerImportDialog
    from reformdesk.gui.document import Document


def preview_import(plan: Plan, path: str | Path) -> ImportPreview | str:
    """Read the power list at ``path`` and match it with ``plan``; the preview, or why it cannot be read."""
    from reformdesk.formats import sandbox
    from reformdesk.formats.importer import SheetReadError, plan_import, read_power_sheet
    from reformdesk.formats.workbook import read_workbook

    sandbox.keep_warm()  # the next list opens without waiting for a reader process to start
    try:
        book = read_workbook(path)
        read = read_power_sheet(path, sheets=book.power_sheets, tables=book.tables, reasons=book.elsewhere())
    except SheetReadError as exc:
        return str(exc)
    return plan_import(plan, read)


def plan_import(plan: Plan, read: SheetRead, choices: Choices | None = None) -> ImportPreview:
    """Match an already read list with ``plan`` again (the plan may have changed since the preview),
    with the value mappings the user chose in the preview."""
    from reformdesk.formats.importer import plan_import as match

    return match(plan, read, choices)


def import_into(doc: Document, preview: ImportPreview, skip_bad_rows: bool = False) -> str | None:
    """Apply ``preview`` to the document as one undo step; why it was refused, or None."""
    from reformdesk.formats.importer import ImportRefused
    from reformdesk.gui import edits

    try:
        edits.import_powers(doc, preview, skip_bad_rows)
    except ImportRefused as exc:
        return str(exc)
    return None


class PowerImportAction(SheetImportAction):
    def title(self) -> str:
        return self.tr("导入权力清单")

    def read(self, path: Path) -> ImportPreview | str:
        return preview_import(self.doc.plan, path)

    def show(self, preview: ImportPreview) -> PowerImportDialog:
        from reformdesk.gui.dialogs.power_import_dialog import PowerImportDialog

        dialog = PowerImportDialog(preview, self.widget, plan=self.doc.plan)
        dialog.accepted.connect(lambda: self.apply(dialog))
        self.open_dialog(dialog)
        return dialog

    def apply(self, dialog: PowerImportDialog) -> bool:
        skip = dialog.skip_bad_rows
        # Matched again now, so the preview cannot be stale; the one refusal left
        # (unreadable rows, not skipped) is told here.
        preview = plan_import(self.doc.plan, dialog.preview.read, dialog.choices)
        if preview.bad and not skip:
            self.message(self.tr("有 %n 行无法读取，未导入任何内容", "", len(preview.bad)))
            return False
        refused = import_into(self.doc, preview, skip)
        if refused:
            self.message(refused)
            return False
        return True
