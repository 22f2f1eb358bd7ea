"""The file side every import of a workbook shares: power lists, rosters, service-item lists.

One path for all of them (they were three near-copies): ask for the workbook
(non-blocking), read it through the formats layer — behind the import guard,
sandboxed — and match it with the plan, show the preview, and when the user
confirms push the whole import as one undo step.  Nothing changes before that;
a file that cannot be read is one warning saying why.

A subclass says what differs: :meth:`~SheetImportAction.title`,
:meth:`~SheetImportAction.read` (path → preview, or why not) and
:meth:`~SheetImportAction.show` (the preview dialog, whose acceptance runs the
import).  Dialogs open with ``open()`` and :attr:`dialogOpened` says so, so
tests drive them and the window stays responsive.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from reformdesk.gui.document import Document
from reformdesk.gui.save_path import start_folder


class SheetImportAction(QObject):
    #: A dialog or message was opened (tests drive it; nothing blocks).
    dialogOpened = Signal(QWidget)

    def __init__(self, doc: Document, widget: QWidget) -> None:
        super().__init__(widget)
        self.doc = doc
        self.widget = widget
        #: The dialog opened last (kept until the next one).
        self.dialog: QWidget | None = None

    # -- what a kind of import says ------------------------------------------------
    def title(self) -> str:
        """The dialogs' title, e.g. 导入花名册 (translated in the subclass, where lupdate finds it)."""
        raise NotImplementedError

    def read(self, path: Path) -> Any:
        """The preview of the import of ``path`` into the plan, or why it cannot be read (a str)."""
        raise NotImplementedError

    def show(self, preview: Any) -> QWidget:
        """Open the preview; accepting it runs the import."""
        raise NotImplementedError

    # -- the shared path -----------------------------------------------------------
    def ask(self) -> QFileDialog | None:
        """The file dialog (non-blocking); choosing a file reads it and shows the preview."""
        if self.doc.read_only:
            return None
        dialog = QFileDialog(self.widget, self.title())
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setDirectory(str(start_folder(self.doc)))
        dialog.setNameFilters([self.tr("表格文件 (*.xlsx *.xlsm *.xls *.ods)"), self.tr("所有文件 (*)")])
        dialog.fileSelected.connect(self.import_file)
        self.open_dialog(dialog)
        return dialog

    def import_file(self, path: str | Path) -> QWidget:
        """Read the file and show its preview (or a warning saying why it cannot be read)."""
        if self.doc.read_only:
            return self.message(self.tr("方案是只读的，不能导入"))
        self.doc.import_folder = Path(path).resolve().parent
        preview = self.read(Path(path))
        if isinstance(preview, str):
            return self.message(preview)
        return self.show(preview)

    def open_dialog(self, dialog: QWidget) -> QWidget:
        # Not WA_DeleteOnClose (see file_actions._show); the last one is kept until the next.
        self.dialog = dialog
        dialog.open()  # type: ignore[attr-defined]
        self.dialogOpened.emit(dialog)
        return dialog

    def message(
        self,
        text: str,
        icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
        buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
    ) -> QMessageBox:
        box = QMessageBox(icon, self.title(), text, buttons, self.widget)
        self.open_dialog(box)
        return box
