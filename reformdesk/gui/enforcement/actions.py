"""Opening a county enforcement plan from the town plan's window (打开, recent files, the command line).

The file's ``PRAGMA application_id`` decides: an enforcement plan opens in its own
top-level window beside the town plan's, which is left as it is.  Not the town window's
child: closing the town window neither closes it nor quits the program under its
unsaved changes (it asks on its own close, and 退出 asks every window).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from reformdesk.store.enforcement_file import PlanFileError, is_enforcement_file

if TYPE_CHECKING:
    from reformdesk.gui.enforcement.window import EnforcementWindow

# The file dialog's filter for enforcement plans.
SUFFIX_FILTER = "*.rdcounty"

#: The enforcement windows open now (they delete themselves on close).
_OPEN: list[EnforcementWindow] = []


def open_windows() -> list[EnforcementWindow]:
    return list(_OPEN)


def show_window(path: str | Path) -> EnforcementWindow:
    """The window on ``path``, raised if one is open already, else a new top-level one shown;
    raises PlanFileError (one line)."""
    from reformdesk.gui.enforcement.window import EnforcementWindow

    real = os.path.realpath(path)
    for window in _OPEN:
        if window.doc.path is not None and os.path.realpath(window.doc.path) == real:
            window.show()
            window.raise_()
            window.activateWindow()
            return window
    window = EnforcementWindow.open(path)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _OPEN.append(window)
    window.destroyed.connect(lambda _obj=None, w=window: _OPEN.remove(w) if w in _OPEN else None)
    window.show()
    return window


def open_if_enforcement(path: Path | None, parent: QWidget) -> bool:
    """Open ``path`` in an enforcement window when it is an enforcement plan (or raise the window
    it is open in); False when it is not one."""
    if path is None or not is_enforcement_file(path):
        return False
    try:
        show_window(path)
    except PlanFileError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("EnforcementActions", "无法打开执法体系方案"), str(exc))
    return True
