"""Closing windows at the end of a test.

``qtbot.addWidget(window, before_close_func=discard_changes)``: at teardown,
pytest-qt calls ``discard_changes(window)`` and then closes and deletes the
window.  A window whose plan is modified would otherwise refuse to close and ask
whether to save, and the question and the window would stay open for the rest of
the session (tests/conftest.py fails a test that leaves a window open).
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from reformdesk.gui.document import Document


def discard_changes(window: QWidget) -> None:
    """Dismiss what the test left open over ``window`` and drop its plan's changes."""
    for child in window.findChildren(QWidget):
        if child.isWindow() and child.isVisible():
            if isinstance(child, QDialog):
                child.reject()  # a question left open: cancel, as a user closing it would
            else:
                child.close()  # e.g. a compare window
    for doc in (getattr(window, "doc", None), *(getattr(c, "doc", None) for c in window.findChildren(QWidget))):
        if isinstance(doc, Document):
            doc.undo_stack.setClean()
