"""A tool button for an action that keeps the action's mnemonic.

QToolButton shows an action's icon text, which Qt derives from the text with its
``&`` removed: the button read 全部采用参照值(H), but Alt+H did nothing. Giving the
action its text as icon text keeps the ``&`` and so the button's Alt shortcut.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolButton, QWidget


def action_button(action: QAction, parent: QWidget | None = None) -> QToolButton:
    """A QToolButton for ``action`` whose Alt+letter (the ``&`` in its text) presses it."""
    text = action.text()
    if "&" in text and "&" not in action.iconText():
        # The icon text Qt derives drops a trailing … as well; so does this one.
        action.setIconText(text.removesuffix("…").removesuffix("..."))
    button = QToolButton(parent)
    button.setDefaultAction(action)
    return button
