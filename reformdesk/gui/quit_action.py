"""退出: quit the program, asking first about every window's unsaved changes.

Each document window (town plan, enforcement plan, catalogue) is a top-level window of
its own, so closing one never takes the others with it.  Quitting asks each window in
turn (保存 / 放弃 / 取消), and only once every window has been settled are they closed:
a 取消 at any window keeps them all open, since a user who cancels means "not yet".
Quitting is all-or-nothing: a 放弃 only takes effect when the windows close, after the last
answer, so a 取消 later on never leaves a window open whose recovery copy is already gone
(a 保存 does save at once: that loses nothing).
The questions are non-blocking (each window's own box), so the walk goes on from each
answer instead of from a nested event loop.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, runtime_checkable

import shiboken6
from PySide6.QtWidgets import QApplication, QWidget


@runtime_checkable
class Settling(Protocol):
    """A window that can be asked about its unsaved changes before the program quits."""

    def settle_changes(self, then: Callable[[], None]) -> None:
        """Ask about unsaved changes: ``then`` runs once they are saved or to be discarded, never
        on 取消.  A 放弃 discards nothing yet (no recovery copy removed): a later window's 取消
        keeps this one open with its work, so only :meth:`close_settled` lets it go."""

    def close_settled(self) -> None:
        """Close without asking again (its changes were settled)."""


def document_windows() -> list[QWidget]:
    """The open document windows (top-level, shown)."""
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, Settling) and w.isVisible()]


def quit_application(first: QWidget | None = None) -> None:
    """Ask every document window about its changes (``first``, whose 退出 it was, before the
    others), then close them all (the program ends with its last window); nothing closes if
    the user cancels at any of them."""
    pending = document_windows()
    if first is not None and first in pending:
        pending.remove(first)
        pending.insert(0, first)
    settled: list[QWidget] = []

    def alive(window: QWidget) -> bool:
        return shiboken6.isValid(window) and window.isVisible()

    def step() -> None:
        while pending:
            window = pending.pop(0)
            if alive(window):
                settled.append(window)
                window.settle_changes(step)  # type: ignore[attr-defined]
                return
        for window in settled:
            if alive(window):
                window.close_settled()  # type: ignore[attr-defined]

    step()
