"""File → 导出Excel…: the handover workbook, with progress and cancel.

The export runs in the GUI thread and hands the event loop a turn at every
progress report (every few hundred rows), under a window-modal progress
dialog: the window repaints and the cancel button works, while no edit can
change the plan half-way through the export.  A cancelled or failed export
leaves no file behind (export_workbook writes beside the target and renames).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from reformdesk.gui.document import Document
from reformdesk.gui.pending_edit import commit_pending_edit
from reformdesk.gui.save_path import ask_save_path, safe_stem, start_folder


def export_progress(parent: QWidget, title: str, path: Path) -> tuple[QProgressDialog, Callable[[int, int], bool]]:
    """A window-modal progress dialog for writing ``path`` and the writer's ``progress`` callback
    for it: each report moves the bar and hands the event loop a turn; False once 取消 was pressed."""
    label = QCoreApplication.translate("ExportAction", "正在导出 %1 …").replace("%1", path.name)
    dialog = QProgressDialog(label, QCoreApplication.translate("ExportAction", "取消"), 0, 100, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)  # quick exports finish before the dialog would flash up
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def report(done: int, total: int) -> bool:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, total))
        QCoreApplication.processEvents()
        return not dialog.wasCanceled()

    return dialog, report


class ExportAction(QObject):
    """Export the document's plan to an .xlsx workbook chosen by the user."""

    #: (path) after a workbook was written.
    exported = Signal(str)
    #: Emitted when the export was cancelled.
    cancelled = Signal()

    #: Tests replace this to answer the file dialog: (parent, title, start, filter) -> path or "".
    file_chooser: Callable[[QWidget, str, str, str], str] | None = None

    def __init__(self, doc: Document, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.doc = doc
        self.widget = parent_widget
        self.progress: QProgressDialog | None = None
        self.message: QMessageBox | None = None

    def ask_and_export(self) -> Path | None:
        commit_pending_edit(self.widget)
        title = self.tr("导出Excel")
        folder = start_folder(self.doc)
        stem = safe_stem(self.doc.display_name()) or self.tr("改革方案")  # outside the f-string, for lupdate
        start = folder / f"{stem}.xlsx"
        path = ask_save_path(self.widget, self.file_chooser, title, start, self.tr("Excel 工作簿 (*.xlsx)"), ".xlsx")
        if path is None:
            return None
        return path if self.export_to(path) else None

    def export_to(self, path: Path) -> bool:
        """Write the workbook to ``path``; False when cancelled or failed (with a message)."""
        # openpyxl is imported only when exporting (it costs start-up time).
        from reformdesk.formats.export import ExportCancelled
        from reformdesk.formats.sheets import HandoverWorkbook

        dialog, report = export_progress(self.widget, self.tr("导出Excel"), path)
        self.progress = dialog
        try:
            HandoverWorkbook(self.doc.plan, progress=report).write(path)
        except ExportCancelled:
            self.cancelled.emit()
            return False
        except Exception as exc:  # any failure becomes one clear message; the plan is untouched
            self._error(path, exc)
            return False
        finally:
            dialog.close()
        self.exported.emit(str(path))
        return True

    def _error(self, path: Path, exc: Exception) -> None:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("无法导出"),
            self.tr("无法导出到 %1：%2").replace("%1", str(path)).replace("%2", reason),
            QMessageBox.StandardButton.Ok,
            self.widget,
        )
        self.message = box
        box.open()
