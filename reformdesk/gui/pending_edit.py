"""Finish the edit the cursor is still in before an action reads the plan.

Fields commit on leaving them (``editingFinished``, an item delegate's focus
out), but Ctrl+S, Ctrl+E or closing the window does not move the cursor: the
plan would be saved without what was just typed, and the refresh after the
save would wipe the field.  Taking the focus away and giving it back commits
the field exactly as leaving it would, through the field's own command.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget


def commit_pending_edit(window: QWidget) -> None:
    """Commit the focused field of ``window`` (if any) as if the user left it."""
    focused = QApplication.focusWidget()
    if focused is None or focused.window() is not window.window():
        return
    focused.clearFocus()  # sends FocusOut now: line edits, spin boxes and item editors commit
    # An item editor closes on focus out; the cursor goes back to its view.
    target: QWidget | None = focused
    while target is not None and not (
        target.isVisible() and target.isEnabled() and target.focusPolicy() != Qt.FocusPolicy.NoFocus
    ):
        target = target.parentWidget()
    if target is not None:
        target.setFocus(Qt.FocusReason.OtherFocusReason)
