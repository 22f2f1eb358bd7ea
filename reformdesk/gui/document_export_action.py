"""File → 导出方案文本（Word）…: the plan document (实施方案) as a .docx.

The document is built in the GUI thread, which the writer hands the event loop a turn
every few dozen rows, under a window-modal progress dialog shown after 300 ms (方案一, 113
powers and its annexes: 0.7–0.9 s CPU, measured 2026-12-01): the window repaints and the
cancel button works, and no edit can change the plan half-way.  A cancelled or failed
export leaves no file behind; a failure is one non-blocking message.  The title is set in
方正小标宋简体 where this computer has it, else in 宋体 bold (GB/T 9704's
usual fallback), since the document is mostly opened where it was written.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from reformdesk.gui.document import Document
from reformdesk.gui.export_action import export_progress
from reformdesk.gui.pending_edit import commit_pending_edit
from reformdesk.gui.save_path import ask_save_path, safe_stem, start_folder

#: Family names 方正小标宋简体 is installed under (Chinese and English).
TITLE_FAMILIES = ("方正小标宋简体", "方正小标宋_GBK", "FZXiaoBiaoSong-B05S", "FZXiaoBiaoSong-B05")


def title_font() -> str:
    """方正小标宋简体 where installed, else 宋体 (set bold by the writer)."""
    from PySide6.QtGui import QFontDatabase  # here: its class's enums cost a start ~4 ms

    families = set(QFontDatabase.families())
    return "方正小标宋简体" if any(f in families for f in TITLE_FAMILIES) else "宋体"


class DocumentExportAction(QObject):
    """Export the document's plan as its .docx plan document."""

    #: (path) after a document was written.
    exported = Signal(str)
    #: Emitted when the export was cancelled.
    cancelled = Signal()

    #: Tests replace this to answer the file dialog: (parent, title, start, filter) -> path or "".
    file_chooser: Callable[[QWidget, str, str, str], str] | None = None

    def __init__(self, doc: Document, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.doc = doc
        self.widget = parent_widget
        self.message: QMessageBox | None = None
        self.progress: QProgressDialog | None = None

    def ask_and_export(self) -> Path | None:
        commit_pending_edit(self.widget)
        from reformdesk.domain.plan_document import document_title

        title = self.tr("导出方案文本（Word）")
        folder = start_folder(self.doc)
        stem = safe_stem(document_title(self.doc.plan)) or self.tr("实施方案")  # outside the f-string, for lupdate
        start = folder / f"{stem}.docx"
        path = ask_save_path(self.widget, self.file_chooser, title, start, self.tr("Word 文档 (*.docx)"), ".docx")
        if path is None:
            return None
        return path if self.export_to(path) else None

    def export_to(self, path: Path) -> bool:
        """Write the document to ``path``; False when cancelled or when it cannot (with a message)."""
        from reformdesk.formats.export import ExportCancelled
        from reformdesk.formats.sheets import PlanDocument  # python-docx only when exporting

        dialog, report = export_progress(self.widget, self.tr("导出方案文本（Word）"), path)
        self.progress = dialog
        try:
            PlanDocument(self.doc.plan, title_font(), progress=report).write(path)
        except ExportCancelled:
            self.cancelled.emit()
            return False
        except Exception as exc:  # any failure becomes one clear message; the plan is untouched
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
            return False
        finally:
            dialog.close()
        self.exported.emit(str(path))
        return True
