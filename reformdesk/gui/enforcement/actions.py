"""Opening a county enforcement plan from the town plan's window (打开, recent files, the command line).

The file's ``PRAGMA application_id`` decides: an enforcement plan opens in its own
window beside the town plan's, which is left as it is.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from reformdesk.store.enforcement_file import PlanFileError, is_enforcement_file

# The file dialog's filter for enforcement plans.
SUFFIX_FILTER = "*.rdcounty"


def open_if_enforcement(path: Path | None, parent: QWidget) -> bool:
    """Open ``path`` in an enforcement window when it is an enforcement plan; False when it is not one."""
    if path is None or not is_enforcement_file(path):
        return False
    from reformdesk.gui.enforcement.window import EnforcementWindow

    try:
        window = EnforcementWindow.open(path, parent)
    except PlanFileError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("EnforcementActions", "无法打开执法体系方案"), str(exc))
        return True
    window.show()
    return True
