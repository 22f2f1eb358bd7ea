"""Tool buttons that keep their action's mnemonic.

QToolButton shows an action's icon text, which Qt derives from the text with its
``&`` removed: the button read 全部采用参照值(H), but Alt+H did nothing. Giving the
action its text as icon text keeps the ``&`` and so the button's Alt shortcut.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolBar, QToolButton, QWidget


def _derived(text: str) -> str:
    """The icon text Qt derives from an action's text when none was set (&, ... and … dropped)."""
    return QAction(text).iconText()


def _keep_mnemonic(action: QAction) -> None:
    text = action.text()
    # Only a derived icon text: one set on purpose (the window's 导入权力清单, plain) stays.
    if "&" in text.replace("&&", "") and action.iconText() == _derived(text):
        # The icon text Qt derives drops a trailing ... as well; so does this one, and its …
        action.setIconText(text.removesuffix("…").removesuffix("..."))


def keep_mnemonics(toolbar: QToolBar) -> None:
    """Each button of ``toolbar`` presses on the Alt+letter its action's text names (新增人员(&P)…
    shows as 新增人员(P) and Alt+P adds a person); an icon text set on purpose is left alone."""
    for action in toolbar.actions():
        if not action.isSeparator():
            _keep_mnemonic(action)


def action_button(action: QAction, parent: QWidget | None = None) -> QToolButton:
    """A QToolButton for ``action`` whose Alt+letter (the ``&`` in its text) presses it."""
    _keep_mnemonic(action)
    button = QToolButton(parent)
    button.setDefaultAction(action)
    return button
