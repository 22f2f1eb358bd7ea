"""The one undo command: a named change set.

``redo`` applies the change set through the document (which signals what it
touched), ``undo`` reverts it.  A change set remembers the old values and the
positions of what it removed, so a command costs what it changes, never a
snapshot of the plan.  Only :mod:`reformdesk.gui.edits` builds these.

Adding an entity and giving it its name is one thing to the person doing it
(新增职能机构, then typing the name into the focused field): the add step
``opens`` the entity and the naming step that follows at once ``names`` it;
QUndoStack merges the two (never across a save: Qt does not merge into the
clean state), so one Ctrl+Z takes the new body away.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from reformdesk.domain.changes import ChangeSet

if TYPE_CHECKING:
    from reformdesk.gui.document import Document

#: QUndoCommand.id() of the steps that may merge: an add and the naming right after it.
NEW_ENTITY = 1


class ChangeCommand(QUndoCommand):
    """One undo step: a change set over the document's plan, named after what it does.

    ``opens``: the id of the entity this step adds, which the naming step after it may
    join.  ``names``: the id of the entity this step names, and ``joined_text`` the text
    of the add step once it has joined it (新增职能机构 <the name typed>).
    """

    def __init__(
        self,
        doc: Document,
        changes: ChangeSet,
        text: str,
        *,
        opens: str | None = None,
        names: str | None = None,
        joined_text: str = "",
    ) -> None:
        super().__init__(text)
        self.doc = doc
        self.changes = changes
        self.opens = opens
        self.names = names
        self.joined_text = joined_text

    def redo(self) -> None:
        self.doc.apply(self.changes)

    def undo(self) -> None:
        self.doc.revert(self.changes)

    def id(self) -> int:
        return NEW_ENTITY if (self.opens or self.names) else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Take in the naming of the entity this step just added (already applied by the stack)."""
        if not isinstance(other, ChangeCommand) or self.opens is None or other.names != self.opens:
            return False
        self.changes.extend(other.changes)  # reverted last-first: the name, then the add
        self.setText(other.joined_text or self.text())
        self.opens = None  # named once: a later rename is a step of its own
        return True
