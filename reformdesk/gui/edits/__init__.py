"""Every edit of a plan, named: the one place undo commands are built.

Views, item models (``setData``, ``dropMimeData``), dialogs and the file
actions call the functions of :mod:`reformdesk.gui.edits.plan_edits`
for the plan document's text, of :mod:`reformdesk.gui.edits.document_edits` and, for the
service hall, of :mod:`reformdesk.gui.edits.hall_edits`
(both re-exported here): each asks the domain for a change set, names it after
its subject ("将 综治办 并入 综合行政执法中队", "李文海 改为 分管副职") and pushes
it as one :class:`~reformdesk.gui.edits.commands.ChangeCommand`.
"""

from reformdesk.gui.edits.commands import ChangeCommand
from reformdesk.gui.edits.document_edits import *  # noqa: F403
from reformdesk.gui.edits.document_edits import __all__ as _document_edits
from reformdesk.gui.edits.hall_edits import *  # noqa: F403
from reformdesk.gui.edits.hall_edits import __all__ as _hall_edits
from reformdesk.gui.edits.plan_edits import *  # noqa: F403
from reformdesk.gui.edits.plan_edits import __all__ as _edits

__all__ = ["ChangeCommand", *_edits, *_document_edits, *_hall_edits]
