"""Every edit of a plan as a QUndoCommand.

Three generic commands cover the plan's edits: set fields of entities, add
entities, remove entities.  Compound edits (remove a body = unplace its units
+ clear powers' receiving body + remove it) are macros of these, so one
Ctrl+Z undoes them.  Commands store only the old and new field values, so a
bulk assignment of 10,000 powers costs two small dicts, not a plan snapshot.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from PySide6.QtGui import QUndoCommand

from reformdesk.domain.alternative import copy_entities
from reformdesk.domain.model import Plan, PlanInfo
from reformdesk.gui.document import Document

#: {entity id: {field name: value}}
FieldChanges = Mapping[str, Mapping[str, Any]]


class SetFieldsCommand(QUndoCommand):
    """Set fields of one or many entities of one kind."""

    def __init__(self, doc: Document, kind: str, changes: FieldChanges, text: str) -> None:
        super().__init__(text)
        self.doc = doc
        self.kind = kind
        entities = doc.entities(kind)
        self.new = {eid: dict(fields) for eid, fields in changes.items()}
        self.old = {eid: {f: getattr(entities[eid], f) for f in fields} for eid, fields in self.new.items()}

    def _apply(self, values: dict[str, dict[str, Any]]) -> None:
        entities = self.doc.entities(self.kind)
        for eid, fields in values.items():
            entity = entities[eid]
            for name, value in fields.items():
                setattr(entity, name, _copy(value))
        self.doc.entitiesChanged.emit(self.kind, list(values))

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)


class AddEntitiesCommand(QUndoCommand):
    """Add new entities (already built, with their ids) to the end of a kind."""

    def __init__(self, doc: Document, kind: str, entities: Iterable[Any], text: str) -> None:
        super().__init__(text)
        self.doc = doc
        self.kind = kind
        self.added = list(entities)

    def redo(self) -> None:
        table = self.doc.entities(self.kind)
        for entity in self.added:
            table[entity.id] = entity
        self.doc.entitiesAdded.emit(self.kind, [e.id for e in self.added])

    def undo(self) -> None:
        table = self.doc.entities(self.kind)
        for entity in self.added:
            del table[entity.id]
        self.doc.entitiesRemoved.emit(self.kind, [e.id for e in self.added])


class RemoveEntitiesCommand(QUndoCommand):
    """Remove entities; undo puts them back at their old positions."""

    def __init__(self, doc: Document, kind: str, ids: Iterable[str], text: str) -> None:
        super().__init__(text)
        self.doc = doc
        self.kind = kind
        wanted = set(ids)
        table = doc.entities(kind)
        self.removed = [(pos, eid, table[eid]) for pos, eid in enumerate(table) if eid in wanted]

    def redo(self) -> None:
        table = self.doc.entities(self.kind)
        for _pos, eid, _entity in self.removed:
            del table[eid]
        self.doc.entitiesRemoved.emit(self.kind, [eid for _p, eid, _e in self.removed])

    def undo(self) -> None:
        table = self.doc.entities(self.kind)
        items = list(table.items())
        for pos, eid, entity in self.removed:  # ascending positions: each insert lands where it was
            items.insert(pos, (eid, entity))
        table.clear()
        table.update(items)
        self.doc.entitiesAdded.emit(self.kind, [eid for _p, eid, _e in self.removed])


class SetInfoCommand(QUndoCommand):
    """Change plan metadata (name, town, date …)."""

    def __init__(self, doc: Document, fields: Mapping[str, Any], text: str) -> None:
        super().__init__(text)
        self.doc = doc
        self.new = dict(fields)
        self.old = {f: getattr(doc.plan.info, f) for f in fields}

    def _apply(self, values: dict[str, Any]) -> None:
        info: PlanInfo = self.doc.plan.info
        for name, value in values.items():
            setattr(info, name, value)
        self.doc.infoChanged.emit()

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)


class SnapshotCommand(QUndoCommand):
    """Run a domain function that may change a whole plan (import, adoption).

    The entities of ``kinds`` are copied before and after the first run, and
    undo/redo install copies of those snapshots, so the ids a redo restores
    are exactly those the first run made and later commands can refer to them.
    """

    def __init__(self, doc: Document, kinds: Iterable[str], mutate: Callable[[Plan], object], text: str) -> None:
        super().__init__(text)
        self.doc = doc
        self.kinds = tuple(kinds)
        self.mutate = mutate
        self.result: object = None
        self.before: dict[str, dict[str, Any]] | None = None
        self.after: dict[str, dict[str, Any]] | None = None

    def _snapshot(self) -> dict[str, dict[str, Any]]:
        snap = {kind: copy_entities(self.doc.entities(kind)) for kind in self.kinds}
        snap["info"] = {"info": copy.copy(self.doc.plan.info)}
        return snap

    def _install(self, snap: dict[str, dict[str, Any]]) -> None:
        for kind in self.kinds:
            setattr(self.doc.plan, kind, copy_entities(snap[kind]))
        self.doc.plan.info = copy.copy(snap["info"]["info"])
        self.doc.planReset.emit()

    def redo(self) -> None:
        if self.after is None:
            self.before = self._snapshot()
            self.result = self.mutate(self.doc.plan)
            self.after = self._snapshot()
            self.doc.planReset.emit()
        else:
            self._install(self.after)

    def undo(self) -> None:
        assert self.before is not None
        self._install(self.before)


def _copy(value: Any) -> Any:
    # Lists (body sites) must not be shared between the plan and the command.
    return list(value) if isinstance(value, list) else value
