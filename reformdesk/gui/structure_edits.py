"""Structure edits as undo commands: place units and people, assign powers, edit bodies.

The item models (drag and drop), the structure page (menus, keyboard
commands, properties panel) and the tests all go through these functions, so
every way of making an edit produces the same command with the same name.
Each function pushes at most one command or one macro (one Ctrl+Z) and
returns whether it changed anything.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from reformdesk.domain.model import Body, new_id
from reformdesk.gui.commands import AddEntitiesCommand, RemoveEntitiesCommand, SetFieldsCommand
from reformdesk.gui.document import BODIES, PEOPLE, POWERS, UNITS, Document


def translated(text: str) -> str:
    """A text of this module already extracted below (for callers elsewhere)."""
    return QCoreApplication.translate("StructureEdits", text)


def _target_name(doc: Document, body_id: str | None) -> str:
    if body_id is None:
        return QCoreApplication.translate("StructureEdits", "未并入")
    return doc.plan.bodies[body_id].name


def move_units(doc: Document, unit_ids: Iterable[str], body_id: str | None) -> bool:
    """Merge units into ``body_id`` (None = back to unplaced)."""
    units = doc.plan.units
    if body_id is not None and body_id not in doc.plan.bodies:
        return False
    changes = {uid: {"body_id": body_id} for uid in unit_ids if uid in units and units[uid].body_id != body_id}
    if not changes:
        return False
    text = (
        QCoreApplication.translate("StructureEdits", "移入 %1").replace("%1", _target_name(doc, body_id))
        if body_id
        else QCoreApplication.translate("StructureEdits", "移回未并入")
    )
    doc.push(SetFieldsCommand(doc, UNITS, changes, text))
    return True


def place_people(doc: Document, person_ids: Iterable[str], body_id: str | None) -> bool:
    """Place people individually in ``body_id``; None = they follow their unit again."""
    people = doc.plan.people
    if body_id is not None and body_id not in doc.plan.bodies:
        return False
    changes = {pid: {"body_id": body_id} for pid in person_ids if pid in people and people[pid].body_id != body_id}
    if not changes:
        return False
    text = (
        QCoreApplication.translate("StructureEdits", "随原科室安排")
        if body_id is None
        else QCoreApplication.translate("StructureEdits", "安排人员到 %1").replace("%1", _target_name(doc, body_id))
    )
    doc.push(SetFieldsCommand(doc, PEOPLE, changes, text))
    return True


def assign_powers(doc: Document, power_ids: Iterable[str], body_id: str) -> bool:
    """Make ``body_id`` the receiving body (承接机构) of the powers."""
    powers = doc.plan.powers
    if body_id not in doc.plan.bodies:
        return False
    changes = {pid: {"body_id": body_id} for pid in power_ids if pid in powers and powers[pid].body_id != body_id}
    if not changes:
        return False
    text = QCoreApplication.translate("StructureEdits", "由 %1 承接").replace("%1", _target_name(doc, body_id))
    doc.push(SetFieldsCommand(doc, POWERS, changes, text))
    return True


def add_body(doc: Document, name: str, **fields: object) -> Body:
    body = Body(id=new_id(), name=name, **fields)  # type: ignore[arg-type]
    doc.push(
        AddEntitiesCommand(
            doc, BODIES, [body], QCoreApplication.translate("StructureEdits", "新增职能机构 %1").replace("%1", name)
        )
    )
    return body


def set_body_fields(doc: Document, body_id: str, text: str, **fields: object) -> bool:
    """Change fields of one body (name, posts, sites) as one command named ``text``."""
    body = doc.plan.bodies.get(body_id)
    if body is None:
        return False
    changed = {k: v for k, v in fields.items() if getattr(body, k) != v}
    if not changed:
        return False
    doc.push(SetFieldsCommand(doc, BODIES, {body_id: changed}, text))
    return True


def rename_body(doc: Document, body_id: str, name: str) -> bool:
    name = name.strip()
    if not name or body_id not in doc.plan.bodies:
        return False
    old = doc.plan.bodies[body_id].name
    return set_body_fields(
        doc,
        body_id,
        QCoreApplication.translate("StructureEdits", "重命名 %1 为 %2").replace("%1", old).replace("%2", name),
        name=name,
    )


def remove_bodies(doc: Document, body_ids: Iterable[str]) -> bool:
    """Remove bodies; their units return to unplaced, references to them are cleared.

    One macro: units' and individually placed people's body, powers'
    receiving body, then the bodies themselves, so one Ctrl+Z restores all.
    """
    plan = doc.plan
    ids = [b for b in body_ids if b in plan.bodies]
    if not ids or doc.read_only:
        return False
    gone = set(ids)
    names = "、".join(plan.bodies[b].name for b in ids)
    doc.undo_stack.beginMacro(QCoreApplication.translate("StructureEdits", "删除职能机构 %1").replace("%1", names))
    try:
        for kind, table in ((UNITS, plan.units), (PEOPLE, plan.people), (POWERS, plan.powers)):
            changes = {eid: {"body_id": None} for eid, e in table.items() if e.body_id in gone}
            if changes:
                doc.push(
                    SetFieldsCommand(doc, kind, changes, QCoreApplication.translate("StructureEdits", "清除承接机构"))
                )
        doc.push(
            RemoveEntitiesCommand(
                doc, BODIES, ids, QCoreApplication.translate("StructureEdits", "删除职能机构 %1").replace("%1", names)
            )
        )
    finally:
        doc.undo_stack.endMacro()
    return True
