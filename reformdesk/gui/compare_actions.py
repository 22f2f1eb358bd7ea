"""File → 比较方案… and the compare window's 导出Excel…: the file side of comparing.

The compare window (``gui/views/compare_view.py``) only shows and forwards;
choosing plan B, reading it from its store and writing the comparison
workbook happen here.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from reformdesk.domain.comparison import Comparison
from reformdesk.domain.model import Plan
from reformdesk.gui import heap
from reformdesk.gui.document import Document
from reformdesk.store.plan_store import SUFFIX, PlanFileError, PlanLocation, store_for

if TYPE_CHECKING:
    from reformdesk.gui.views.compare_view import CompareWindow


def write_comparison(comparison: Comparison, a: Plan, b: Plan, path: str | Path) -> str | None:
    """Write the comparison workbook to ``path``; None when written, else why not (one line)."""
    from reformdesk.formats.export import ExportError
    from reformdesk.formats.sheets import ComparisonWorkbook

    try:
        ComparisonWorkbook(comparison, a, b).write(path)
    except ExportError as exc:
        return str(exc)
    return None


def open_compare(parent_window: QWidget, left_doc: Document) -> QFileDialog:
    """File → 比较方案…: ask for plan B (non-blocking) and open the compare window.

    Returns the file dialog; its ``fileSelected`` reads the plan and shows a
    :class:`CompareWindow` (parented to ``parent_window``, deleted on close).
    """
    folder = left_doc.location.folder if left_doc.location is not None else None
    dialog = QFileDialog(
        parent_window,
        QCoreApplication.translate("CompareWindow", "选择要比较的方案"),
        str(folder or Path.home()),
        QCoreApplication.translate("CompareWindow", "改革方案 (*.rdplan);;所有文件 (*)").replace(".rdplan", SUFFIX),
    )
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    # deleteLater after finished, not WA_DeleteOnClose: with a Python slot connected,
    # WA_DeleteOnClose crashed PySide6 6.11 under pytest-qt (measured).
    dialog.finished.connect(dialog.deleteLater)
    dialog.fileSelected.connect(lambda path: open_compare_file(parent_window, left_doc, PlanLocation.file(path)))
    dialog.open()
    return dialog


def open_compare_file(
    parent_window: QWidget, left_doc: Document, location: PlanLocation | Path | str
) -> CompareWindow | None:
    """Read plan B from ``location`` and show it compared with ``left_doc``; a message when it cannot be read."""

    target = PlanLocation.of(location)
    try:
        plan = store_for(target).read(target)
    except (PlanFileError, OSError) as exc:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("CompareWindow", "无法打开方案"),
            str(exc),
            QMessageBox.StandardButton.Ok,
            parent_window,
        )
        box.finished.connect(box.deleteLater)
        box.open()
        return None
    return show_compare(parent_window, left_doc, plan, target)


def show_compare(
    parent_window: QWidget, left_doc: Document, plan: Plan, location: PlanLocation | None
) -> CompareWindow:
    """Show ``plan`` (plan B, read from ``location``) compared with ``left_doc``, in a window of its own."""
    from reformdesk.gui.views.compare_view import CompareWindow

    window = CompareWindow(left_doc, plan, location, parent_window)
    # A top-level window of its own, owned by the main window.
    window.setWindowFlag(Qt.WindowType.Window, True)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    heap.settle()  # plan B and the comparison stay as long as the window
    return window
