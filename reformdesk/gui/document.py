"""One open plan: the domain objects, their undo stack and where the plan lives.

Data flows one way: a view asks for an edit → a command (gui/commands.py)
changes the plan through this document → the document signals which
entities changed → item models emit precise ``dataChanged``/row signals.
Nothing else changes the plan, so undo, the modified flag and autosave all
follow from the undo stack.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QUndoStack

from reformdesk.domain.model import Plan
from reformdesk.domain.validation import Problem, validate
from reformdesk.store.plan_store import PlanLocation

#: Entity kinds, as used in signals and commands; also the Plan attribute names.
UNITS = "units"
BODIES = "bodies"
PEOPLE = "people"
POWERS = "powers"
KINDS = (UNITS, BODIES, PEOPLE, POWERS)


class Document(QObject):
    """A plan being edited.  Pass it to every model, view and command."""

    #: (kind, ids): fields of existing entities changed.
    entitiesChanged = Signal(str, list)
    #: (kind, ids): entities were added to the plan (already in plan.<kind>).
    entitiesAdded = Signal(str, list)
    #: (kind, ids): entities were removed from the plan (already gone).
    entitiesRemoved = Signal(str, list)
    #: Plan metadata (name, town, date …) changed.
    infoChanged = Signal()
    #: The whole plan was replaced; models reset.
    planReset = Signal()
    #: Modified flag changed (undo stack clean state).
    modifiedChanged = Signal(bool)
    #: Location or read-only state changed.
    fileChanged = Signal()

    def __init__(
        self,
        plan: Plan | None = None,
        location: PlanLocation | Path | str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.plan = plan if plan is not None else Plan()
        #: Where the plan lives (None: never saved).  The GUI talks to it only through its PlanStore.
        self.location = PlanLocation.of(location) if location is not None else None
        self.read_only = False
        self.read_only_reason = ""
        # Not parented to self: a child stack emits cleanChanged while Qt
        # destroys the document, after the document's signals are gone.
        self.undo_stack = QUndoStack()
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        # Validation is shared by the problems dock, the powers page and the
        # status bar: run it once per change.  Connected first, so the cache
        # is dropped before any other slot sees the change.
        self._problems: list[Problem] | None = None
        for signal in (self.entitiesChanged, self.entitiesAdded, self.entitiesRemoved):
            signal.connect(self._drop_problems)
        self.infoChanged.connect(self._drop_problems)
        self.planReset.connect(self._drop_problems)

    def problems(self) -> list[Problem]:
        """The plan's validation problems, computed once per change."""
        if self._problems is None:
            self._problems = validate(self.plan)
        return self._problems

    @Slot()
    @Slot(str, list)
    def _drop_problems(self, *_args: object) -> None:
        self._problems = None

    @Slot(bool)
    def _on_clean_changed(self, clean: bool) -> None:
        self.modifiedChanged.emit(not clean)

    # -- state ----------------------------------------------------------------
    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    @property
    def path(self) -> Path | None:
        """The plan file, for a plan that lives in one (kept for callers that still want a path)."""
        return self.location.path if self.location is not None else None

    def mark_saved(self, location: PlanLocation) -> None:
        """Called after a successful save to ``location``."""
        self.location = location
        self.undo_stack.setClean()
        self.fileChanged.emit()

    def set_read_only(self, read_only: bool, reason: str = "") -> None:
        self.read_only = read_only
        self.read_only_reason = reason
        self.fileChanged.emit()

    def display_name(self) -> str:
        return self.plan.info.name or (self.location.display_name if self.location else "")

    # -- editing (for commands only) -------------------------------------------
    def push(self, command: object) -> None:
        """Run an edit through the undo stack; refused silently when read-only."""
        if self.read_only:
            return
        self.undo_stack.push(command)  # type: ignore[arg-type]

    def replace_plan(self, plan: Plan) -> None:
        """Swap in a whole plan (used by open/restore, not by edits)."""
        self.plan = plan
        self.undo_stack.clear()
        self.planReset.emit()

    def entities(self, kind: str) -> dict[str, object]:
        return getattr(self.plan, kind)  # type: ignore[no-any-return]
