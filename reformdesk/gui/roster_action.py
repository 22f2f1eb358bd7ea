"""文件 → 导入花名册…: the file side of importing a town's roster (花名册).

The shared path of :mod:`reformdesk.gui.sheet_import_action`: the workbook is
read through the formats layer (:mod:`reformdesk.formats.roster`, behind the
import guard); the preview is where the office chooses who the 负责人 is and
corrects proposed tiers; unreadable rows are listed with their sheet, Excel row
number and reason, and nothing is imported unless the user chooses to skip them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from reformdesk.gui.document import Document
from reformdesk.gui.sheet_import_action import SheetImportAction

if TYPE_CHECKING:
    from reformdesk.formats.roster import RosterPreview
    from reformdesk.gui.dialogs.roster_import_dialog import RosterImportDialog


def preview_roster(doc: Document, path: str | Path) -> RosterPreview | str:
    """Read the roster at ``path`` and match it with the plan; the preview, or why it cannot be read."""
    from reformdesk.formats.roster import SheetReadError, plan_roster, read_roster

    try:
        read = read_roster(path)
    except SheetReadError as exc:
        return str(exc)
    return plan_roster(doc.plan, read)


class RosterImportAction(SheetImportAction):
    def title(self) -> str:
        return self.tr("导入花名册")

    def read(self, path: Path) -> RosterPreview | str:
        return preview_roster(self.doc, path)

    def show(self, preview: RosterPreview) -> RosterImportDialog:
        from reformdesk.gui.dialogs.roster_import_dialog import RosterImportDialog

        dialog = RosterImportDialog(preview, self.widget)
        dialog.accepted.connect(lambda: self.apply(dialog))
        self.open_dialog(dialog)
        return dialog

    def apply(self, dialog: RosterImportDialog) -> bool:
        from reformdesk.formats.roster import RosterRefused
        from reformdesk.gui import edits

        try:
            return edits.import_roster(self.doc, dialog.preview, dialog.skip_bad_rows)
        except RosterRefused as exc:
            self.message(str(exc))
            return False
