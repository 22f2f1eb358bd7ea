"""The one undo command: a named change set.

``redo`` applies the change set through the document (which signals what it
touched), ``undo`` reverts it.  A change set remembers the old values and the
positions of what it removed, so a command costs what it changes, never a
snapshot of the plan.  Only :mod:`reformdesk.gui.edits` builds these.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from reformdesk.domain.changes import ChangeSet

if TYPE_CHECKING:
    from reformdesk.gui.document import Document


class ChangeCommand(QUndoCommand):
    """One undo step: a change set over the document's plan, named after what it does."""

    def __init__(self, doc: Document, changes: ChangeSet, text: str) -> None:
        super().__init__(text)
        self.doc = doc
        self.changes = changes

    def redo(self) -> None:
        self.doc.apply(self.changes)

    def undo(self) -> None:
        self.doc.revert(self.changes)
