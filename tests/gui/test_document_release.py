"""A released document's undo stack dies mute (no signals into half-freed receivers)."""

from __future__ import annotations

import gc

from PySide6.QtGui import QUndoCommand

from reformdesk.gui.document import Document
from reformdesk.gui.enforcement.document import EnforcementDocument


def test_undo_stacks_are_silenced_when_their_document_is_collected(qapp) -> None:
    for make in (Document, EnforcementDocument):
        doc = make()
        stack = doc.undo_stack
        stack.push(QUndoCommand("x"))  # not clean: ~QUndoStack would emit cleanChanged
        doc.cycle = doc  # reachable only by the collector, as the suite's leftovers are
        assert not stack.signalsBlocked()
        del doc
        gc.collect()
        assert stack.signalsBlocked(), make.__name__
