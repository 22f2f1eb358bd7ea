"""Typing Chinese into a widget as a clerk's input method does.

QTest.keyClicks only knows ASCII (it aborts the process on 文); an input method
delivers committed text as key events carrying the text, which is what this sends.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_text(widget: QWidget, text: str) -> None:
    """Send ``text`` to ``widget`` one character at a time (press and release, like a keyboard)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))
