"""文件 → 导入花名册…: the file side of importing a town's roster (花名册).

Asks for the workbook (non-blocking), reads it through the formats layer
(:mod:`reformdesk.formats.roster`, behind the import guard), shows the
preview — where the office chooses who the 负责人 is and corrects proposed
tiers — and, when the user confirms, pushes the whole import as one undo step.
Nothing changes before that; a workbook with unreadable rows lists them with
their sheet, Excel row number and reason, and imports nothing unless the user
chooses to skip them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from reformdesk.gui.document import Document

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


class RosterImportAction(QObject):
    #: A dialog or message was opened (tests drive it; nothing blocks).
    dialogOpened = Signal(QWidget)

    def __init__(self, doc: Document, widget: QWidget) -> None:
        super().__init__(widget)
        self.doc = doc
        self.widget = widget
        self.dialog: QWidget | None = None

    def _open(self, dialog: QWidget) -> QWidget:
        self.dialog = dialog
        dialog.open()  # type: ignore[attr-defined]
        self.dialogOpened.emit(dialog)
        return dialog

    def ask(self) -> QFileDialog | None:
        if self.doc.read_only:
            return None
        dialog = QFileDialog(self.widget, self.tr("导入花名册"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("表格文件 (*.xlsx *.xlsm *.xls *.ods)"), self.tr("所有文件 (*)")])
        dialog.fileSelected.connect(self.import_file)
        self._open(dialog)
        return dialog

    def import_file(self, path: str | Path) -> RosterImportDialog | None:
        """Read the roster and show its preview; the import runs when the preview is accepted."""
        from reformdesk.gui.dialogs.roster_import_dialog import RosterImportDialog

        preview = preview_roster(self.doc, path)
        if isinstance(preview, str):
            self._message(preview)
            return None
        dialog = RosterImportDialog(preview, self.widget)
        dialog.accepted.connect(lambda: self.apply(dialog))
        self._open(dialog)
        return dialog

    def apply(self, dialog: RosterImportDialog) -> bool:
        from reformdesk.formats.roster import RosterRefused
        from reformdesk.gui import edits

        try:
            return edits.import_roster(self.doc, dialog.preview, dialog.skip_bad_rows)
        except RosterRefused as exc:
            self._message(str(exc))
            return False

    def _message(self, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("导入花名册"), text, QMessageBox.StandardButton.Ok, self.widget
        )
        self._open(box)
