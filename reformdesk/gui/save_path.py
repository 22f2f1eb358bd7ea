"""Asking where to write a file: the one save dialog of the export and save actions.

Each action proposes a folder and a name (the plan's, with characters Windows
refuses replaced), and gets back a path with its suffix.  Tests answer through
the action's ``file_chooser`` hook, since Qt's own dialog is modal and native.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QWidget

if TYPE_CHECKING:
    from reformdesk.gui.document import Document

#: (parent, title, start, filter) -> chosen path or "" (the tests' answer to the dialog).
Chooser = Callable[[QWidget, str, str, str], str]


def safe_stem(name: str) -> str:
    """``name`` usable as a file name on Windows and Linux (\\ / : * ? " < > | replaced)."""
    return "".join("_" if c in '\\/:*?"<>|' else c for c in name).strip()


def start_folder(doc: Document, recent: Sequence[str] = ()) -> Path:
    """Where the save and export dialogs of ``doc`` open: the plan's folder; for a plan never
    saved, the folder of the workbook imported into it (a new plan made from a roster), then
    the folder of the plan opened last; the home folder only when there is none."""
    folder = doc.location.folder if doc.location is not None else None
    if folder is not None:
        return folder
    if doc.import_folder is not None:
        return doc.import_folder
    return Path(recent[0]).parent if recent else Path.home()


def ask_save_path(
    widget: QWidget, chooser: Chooser | None, title: str, start: Path, filter_: str, suffix: str
) -> Path | None:
    """The path the user chose (``suffix`` added when left out), or None when cancelled."""
    if chooser is not None:
        chosen = chooser(widget, title, str(start), filter_)
    else:
        chosen, _f = QFileDialog.getSaveFileName(widget, title, str(start), filter_)
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == suffix.lower() else path.with_name(path.name + suffix)
