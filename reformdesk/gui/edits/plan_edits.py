"""The façade of plan edits (like orange-canvas-core's ``schemeedit``).

Each function builds a change set through the domain (``reformdesk.domain.edits``,
the importer, the comparison), names it with a translated text that names its
subject, pushes it through ``doc.push`` (refused when the plan is read-only)
and returns whether anything changed.  An edit that changes nothing pushes
nothing, so there are no empty undo steps.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from reformdesk.domain import edits as domain
from reformdesk.domain.changes import ChangeSet, set_fields
from reformdesk.domain.model import Body, Person, Plan, Power, Tier, Unit
from reformdesk.domain.registry import FIELDS_CONTEXT, EntityKind
from reformdesk.gui.contexts import Edits
from reformdesk.gui.edits.commands import ChangeCommand
from reformdesk.gui.models.labels import join_list, tier_label

if TYPE_CHECKING:
    from reformdesk.domain.comparison import Comparison, Difference
    from reformdesk.formats.importer import ImportPreview
    from reformdesk.formats.roster import RosterPreview
    from reformdesk.gui.document import Document

__all__ = [
    "add_body",
    "add_person",
    "add_power",
    "add_unit",
    "adopt",
    "assign_deputy",
    "assign_powers",
    "bulk_set_powers",
    "edit_person",
    "edit_power",
    "edit_unit",
    "import_powers",
    "import_roster",
    "move",
    "move_to_body",
    "move_units",
    "paste_cells",
    "place_people",
    "push",
    "remove_bodies",
    "remove_people",
    "remove_powers",
    "remove_units",
    "rename_body",
    "restore_contents",
    "set_body_fields",
    "set_info",
    "set_power_field",
    "set_reports_to",
    "set_tier_after",
    "three_tier_proposal",
    "translated",
]

CONTEXT = "Edits"
# Subjects named one by one up to this many; beyond, counted ("%n 个原科室").
NAMED = 3


def translated(text: str) -> str:
    """A text of this module already extracted (for callers elsewhere)."""
    return QCoreApplication.translate(CONTEXT, text)


def _fill(text: str, *values: object) -> str:
    # %1 … %9 replaced in one pass from the right, so a name holding "%2" stays as it is.
    for i in range(len(values), 0, -1):
        text = text.replace(f"%{i}", str(values[i - 1]))
    return text


def push(doc: Document, changes: ChangeSet, text: str) -> bool:
    """Push ``changes`` as one undo step named ``text``; False when empty or read-only."""
    if not changes or doc.read_only:
        return False
    return doc.push(ChangeCommand(doc, changes, text))


def _names(names: Sequence[str], many: str) -> str:
    """Names of the subject, or ``many`` (translated "%n 个原科室") for more than NAMED of them."""
    return many if len(names) > NAMED else join_list(list(names))


def _unit_names(plan: Plan, ids: Iterable[str]) -> str:
    names = [plan.units[u].name for u in ids]
    count = len(names)
    return _names(names, Edits.tr("%n 个原科室", "", count))


def _people_names(plan: Plan, ids: Iterable[str]) -> str:
    names = [plan.people[p].name for p in ids]
    count = len(names)
    return _names(names, Edits.tr("%n 人", "", count))


def _body_name(plan: Plan, body_id: str | None) -> str:
    return plan.bodies[body_id].name if body_id is not None else QCoreApplication.translate("Edits", "未并入")


def _ids(changes: ChangeSet, kind: EntityKind) -> list[str]:
    return list(changes.field_values(kind))


# -- structure --------------------------------------------------------------------------
def move_units(doc: Document, unit_ids: Iterable[str], body_id: str | None) -> bool:
    """Merge units into ``body_id`` (None = back to unplaced)."""
    return move(doc, unit_ids, (), (), body_id)


def place_people(doc: Document, person_ids: Iterable[str], body_id: str | None) -> bool:
    """Place people individually in ``body_id``; None = they follow their unit again."""
    return move(doc, (), person_ids, (), body_id)


def assign_powers(doc: Document, power_ids: Iterable[str], body_id: str) -> bool:
    """Make ``body_id`` the receiving body (承接机构) of the powers."""
    return move(doc, (), (), power_ids, body_id)


def move(
    doc: Document,
    units: Iterable[str],
    people: Iterable[str],
    powers: Iterable[str],
    body_id: str | None,
) -> bool:
    """Units, people and powers into one body (a drop, 移入…): one undo step."""
    plan = doc.plan
    changes = domain.place(plan, units, people, powers, body_id)
    if not changes:
        return False
    moved_units = _ids(changes, EntityKind.UNIT)
    moved_people = _ids(changes, EntityKind.PERSON)
    moved_powers = _ids(changes, EntityKind.POWER)
    body = _body_name(plan, body_id)
    if moved_units and not moved_people and not moved_powers:
        names = _unit_names(plan, moved_units)
        text = (
            _fill(QCoreApplication.translate("Edits", "将 %1 并入 %2"), names, body)
            if body_id
            else _fill(QCoreApplication.translate("Edits", "将 %1 移回未并入"), names)
        )
    elif moved_people and not moved_units and not moved_powers:
        names = _people_names(plan, moved_people)
        text = (
            _fill(QCoreApplication.translate("Edits", "将 %1 安排到 %2"), names, body)
            if body_id
            else _fill(QCoreApplication.translate("Edits", "%1 随原科室安排"), names)
        )
    elif moved_powers and not moved_units and not moved_people:
        text = _fill(Edits.tr("由 %1 承接 %n 项事项", "", len(moved_powers)), body)
    else:
        named = [plan.units[u].name for u in moved_units] + [plan.people[p].name for p in moved_people]
        named += [plan.powers[w].name for w in moved_powers]
        count = len(named)
        text = _fill(
            QCoreApplication.translate("Edits", "将 %1 移入 %2"),
            _names(named, Edits.tr("%n 项", "", count)),
            body,
        )
    return push(doc, changes, text)


def _added_body_text(name: str) -> str:
    return _fill(QCoreApplication.translate("Edits", "新增职能机构 %1"), name)


def add_body(doc: Document, name: str, **fields: Any) -> Body | None:
    """A new body named ``name``; None when the plan is read-only.

    Renaming it right after (the name field is focused for that) joins this step:
    one undo step 新增职能机构 <the name typed>.
    """
    changes, body = domain.add_body(doc.plan, name, **fields)
    if not changes or not doc.push(ChangeCommand(doc, changes, _added_body_text(name), opens=body.id)):
        return None  # read-only, or no plan open
    return body


def set_body_fields(doc: Document, body_id: str, **fields: Any) -> bool:
    """Change fields of one body (posts, sites …) as one step named after the body and the fields."""
    body = doc.plan.bodies.get(body_id)
    if body is None:
        return False
    changes = set_fields(doc.plan, EntityKind.BODY, {body_id: fields})
    changed = changes.field_values(EntityKind.BODY).get(body_id, {})
    if not changed:
        return False
    spec = EntityKind.BODY.spec
    labels = join_list([QCoreApplication.translate(FIELDS_CONTEXT, spec.field(f).label) for f in changed])
    if len(changed) == 1:
        value = next(iter(changed.values()))
        if isinstance(value, (int, str)) and not isinstance(value, bool):
            return push(
                doc, changes, _fill(QCoreApplication.translate("Edits", "%1 的%2改为 %3"), body.name, labels, value)
            )
    return push(doc, changes, _fill(QCoreApplication.translate("Edits", "修改 %1 的%2"), body.name, labels))


def rename_body(doc: Document, body_id: str, name: str) -> bool:
    changes = domain.rename_body(doc.plan, body_id, name)
    if not changes:
        return False
    text = _fill(QCoreApplication.translate("Edits", "重命名 %1 为 %2"), doc.plan.bodies[body_id].name, name.strip())
    return doc.push(ChangeCommand(doc, changes, text, names=body_id, joined_text=_added_body_text(name.strip())))


def remove_bodies(doc: Document, body_ids: Iterable[str]) -> bool:
    """Remove bodies; their units return to unplaced, every reference to them is cleared (one step)."""
    ids = [b for b in body_ids if b in doc.plan.bodies]
    changes = domain.remove(doc.plan, EntityKind.BODY, ids)
    names = join_list([doc.plan.bodies[b].name for b in ids])
    return push(doc, changes, _fill(QCoreApplication.translate("Edits", "删除职能机构 %1"), names))


# -- tiers ------------------------------------------------------------------------------------
def three_tier_proposal(doc: Document) -> bool:
    """ "转为三级管理": the whole proposal as one undo step."""
    return push(doc, domain.three_tier_proposal(doc.plan), QCoreApplication.translate("Edits", "转为三级管理"))


def assign_deputy(doc: Document, body_ids: str | Sequence[str], deputy_id: str | None) -> bool:
    plan = doc.plan
    bodies = [body_ids] if isinstance(body_ids, str) else list(body_ids)
    name = plan.people[deputy_id].name if deputy_id else QCoreApplication.translate("Edits", "（无）")
    text = _fill(
        QCoreApplication.translate("Edits", "指定 %1 分管 %2"), name, join_list([plan.bodies[b].name for b in bodies])
    )
    return push(doc, domain.assign_deputy(plan, bodies, deputy_id), text)


def move_to_body(doc: Document, person_ids: Sequence[str], body_id: str | None) -> bool:
    plan = doc.plan
    changes = domain.move_to_body(plan, person_ids, body_id)
    target = plan.bodies[body_id].name if body_id else QCoreApplication.translate("Edits", "原科室所并入机构")
    moved = [p for p in person_ids if p in changes.field_values(EntityKind.PERSON)] or list(person_ids)
    return push(
        doc, changes, _fill(QCoreApplication.translate("Edits", "将 %1 移入 %2"), _people_names(plan, moved), target)
    )


def set_reports_to(doc: Document, person_ids: Sequence[str], leader_id: str | None) -> bool:
    plan = doc.plan
    changes = domain.set_reports_to(plan, person_ids, leader_id)
    name = plan.people[leader_id].name if leader_id else QCoreApplication.translate("Edits", "（无）")
    who = _people_names(plan, _ids(changes, EntityKind.PERSON))
    return push(doc, changes, _fill(QCoreApplication.translate("Edits", "%1 改为向 %2 报告"), who, name))


def set_tier_after(doc: Document, person_ids: Sequence[str], tier: Tier) -> bool:
    plan = doc.plan
    changes = domain.set_tier_after(plan, person_ids, tier)
    who = _people_names(plan, _ids(changes, EntityKind.PERSON))
    return push(doc, changes, _fill(QCoreApplication.translate("Edits", "%1 改为 %2"), who, tier_label(tier)))


# -- powers -------------------------------------------------------------------------------------
def _power_label(field: str) -> str:
    return QCoreApplication.translate(FIELDS_CONTEXT, EntityKind.POWER.spec.field(field).label)


def set_power_field(doc: Document, power_id: str, field: str, value: Any) -> bool:
    """One cell of the powers table."""
    power = doc.plan.powers.get(power_id)
    if power is None:
        return False
    changes = set_fields(doc.plan, EntityKind.POWER, {power_id: {field: value}})
    return push(
        doc, changes, _fill(QCoreApplication.translate("Edits", "修改%1（%2）"), _power_label(field), power.name)
    )


def bulk_set_powers(doc: Document, power_ids: Sequence[str], values: Mapping[str, Any]) -> bool:
    """The same fields on every power (批量设置): one step, one Ctrl+Z."""
    if not power_ids or not values:
        return False
    changes = set_fields(doc.plan, EntityKind.POWER, {pid: values for pid in power_ids})
    labels = join_list([_power_label(f) for f in values])
    return push(doc, changes, _fill(Edits.tr("批量设置%1（%n项事项）", "", len(power_ids)), labels))


def add_power(doc: Document, power: Power) -> bool:
    return push(
        doc, domain.add_power(doc.plan, power), _fill(QCoreApplication.translate("Edits", "添加事项 %1"), power.name)
    )


def edit_power(doc: Document, power_id: str, values: Mapping[str, Any]) -> bool:
    """The fields the power dialog changed."""
    power = doc.plan.powers.get(power_id)
    if power is None:
        return False
    changes = set_fields(doc.plan, EntityKind.POWER, {power_id: values})
    return push(doc, changes, _fill(QCoreApplication.translate("Edits", "编辑事项 %1"), power.name))


def remove_powers(doc: Document, power_ids: Sequence[str]) -> bool:
    ids = [p for p in power_ids if p in doc.plan.powers]
    if len(ids) == 1:
        text = _fill(QCoreApplication.translate("Edits", "删除事项 %1"), doc.plan.powers[ids[0]].name)
    else:
        text = Edits.tr("删除%n项事项", "", len(ids))
    return push(doc, domain.remove(doc.plan, EntityKind.POWER, ids), text)


def import_powers(doc: Document, preview: ImportPreview, skip_bad_rows: bool = False) -> bool:
    """Apply an import preview as one step; raises ImportRefused (nothing pushed) when it cannot."""
    from reformdesk.formats.importer import import_changes

    changes = import_changes(doc.plan, preview, skip_bad_rows)
    added = len(changes.added(EntityKind.POWER))
    updated = len(changes.field_values(EntityKind.POWER))
    text = _fill(
        QCoreApplication.translate("Edits", "导入权力清单 %1（新增 %2 项，更新 %3 项）"),
        preview.read.path.name,
        added,
        updated,
    )
    return push(doc, changes, text)


def import_roster(doc: Document, preview: RosterPreview, skip_bad_rows: bool = False) -> bool:
    """Apply a roster preview as one step; raises RosterRefused (nothing pushed) when it cannot."""
    from reformdesk.formats.roster import roster_changes

    changes = roster_changes(doc.plan, preview, skip_bad_rows)
    units = len(changes.added(EntityKind.UNIT))
    people = len(changes.added(EntityKind.PERSON))
    updated = len(changes.field_values(EntityKind.PERSON))
    text = _fill(
        QCoreApplication.translate("Edits", "导入花名册 %1（新增原科室 %2 个、人员 %3 人，更新 %4 人）"),
        preview.read.path.name,
        units,
        people,
        updated,
    )
    return push(doc, changes, text)


# -- plan --------------------------------------------------------------------------------------------
def adopt(doc: Document, right: Plan, chosen: Sequence[Difference], comparison: Comparison | None) -> bool:
    """Carry differences from ``right`` into the document's plan: one step."""
    from reformdesk.domain.comparison import adoption_changes

    changes = adoption_changes(doc.plan, right, chosen, comparison)
    count = len(chosen)
    return push(doc, changes, Edits.tr("采纳 %n 项差异", "", count))


def set_info(doc: Document, fields: Mapping[str, Any]) -> bool:
    """Plan information (方案名称, 乡镇, 日期 …): one step named after the settings it changes."""
    changes = domain.set_info(doc.plan, fields)
    changed = changes.info_values()
    spec = EntityKind.PLAN.spec
    labels = join_list([QCoreApplication.translate(FIELDS_CONTEXT, spec.field(f).label) for f in changed])
    return push(doc, changes, _fill(QCoreApplication.translate("Edits", "修改方案信息（%1）"), labels))


# -- cells --------------------------------------------------------------------------------------
def paste_cells(doc: Document, count: int, columns: Sequence[str], apply: Callable[[], None]) -> bool:
    """A block pasted into a table (Ctrl+V): ``apply`` sets each cell through the model's own
    edit, and every one of them becomes part of one undo step, "粘贴 5 个单元格（承接机构、责任人）"."""
    if doc.read_only or count <= 0:
        return False
    stack = doc.undo_stack
    before = stack.count(), stack.index()
    text = _fill(Edits.tr("粘贴 %n 个单元格（%1）", "", count), join_list(list(columns)))
    stack.beginMacro(text)
    try:
        apply()
    finally:
        stack.endMacro()
    macro = stack.command(stack.index() - 1) if stack.index() > before[1] else None
    if macro is not None and macro.childCount() == 0:
        stack.undo()  # nothing changed after all: no empty step (the next edit drops it)
        return False
    return True


# -- units and people --------------------------------------------------------------------------
def _field_labels(kind: EntityKind, fields: Iterable[str]) -> str:
    spec = kind.spec
    return join_list([QCoreApplication.translate(FIELDS_CONTEXT, spec.field(f).label) for f in fields])


def add_unit(doc: Document, name: str, **fields: Any) -> Unit | None:
    """A new unit (原科室、站所); None when the name is empty or taken, or the plan is read-only."""
    changes, unit = domain.add_unit(doc.plan, name, **fields)
    text = _fill(QCoreApplication.translate("Edits", "新增原科室 %1"), unit.name)
    return unit if push(doc, changes, text) else None


def edit_unit(doc: Document, unit_id: str, values: Mapping[str, Any]) -> bool:
    """Fields of one unit, one step: "修改原科室 财政所（核定编制）"."""
    unit = doc.plan.units.get(unit_id)
    if unit is None:
        return False
    changes = domain.edit_unit(doc.plan, unit_id, values)
    changed = changes.field_values(EntityKind.UNIT).get(unit_id, {})
    text = _fill(
        QCoreApplication.translate("Edits", "修改原科室 %1（%2）"), unit.name, _field_labels(EntityKind.UNIT, changed)
    )
    return push(doc, changes, text)


def remove_units(doc: Document, unit_ids: Iterable[str]) -> bool:
    """Remove units; their people stay, without a unit (one step)."""
    ids = [u for u in unit_ids if u in doc.plan.units]
    text = _fill(QCoreApplication.translate("Edits", "删除原科室 %1"), _unit_names(doc.plan, ids))
    return push(doc, domain.remove(doc.plan, EntityKind.UNIT, ids), text)


def add_person(doc: Document, staff_id: str, name: str, **fields: Any) -> Person | None:
    """A new person; None when they cannot be added (no name, a staff id taken) or read-only."""
    changes, person = domain.add_person(doc.plan, staff_id, name, **fields)
    text = _fill(QCoreApplication.translate("Edits", "新增人员 %1"), person.name)
    return person if push(doc, changes, text) else None


def edit_person(doc: Document, person_id: str, values: Mapping[str, Any]) -> bool:
    """Fields of one person, one step: "修改人员 祁国栋（职级）"."""
    person = doc.plan.people.get(person_id)
    if person is None:
        return False
    changes = domain.edit_person(doc.plan, person_id, values)
    changed = changes.field_values(EntityKind.PERSON).get(person_id, {})
    text = _fill(
        QCoreApplication.translate("Edits", "修改人员 %1（%2）"),
        person.name,
        _field_labels(EntityKind.PERSON, changed),
    )
    return push(doc, changes, text)


def remove_people(doc: Document, person_ids: Iterable[str]) -> bool:
    """Remove people; the bodies they lead, powers they answer for and reports-to lines are cleared (one step)."""
    ids = [p for p in person_ids if p in doc.plan.people]
    text = _fill(QCoreApplication.translate("Edits", "删除人员 %1"), _people_names(doc.plan, ids))
    return push(doc, domain.remove(doc.plan, EntityKind.PERSON, ids), text)


def restore_contents(doc: Document, plan: Plan) -> bool:
    """Autosaved work on top of the plan as last saved: one step (Ctrl+Z shows the file)."""
    return push(doc, domain.replace_contents(doc.plan, plan), QCoreApplication.translate("Edits", "恢复自动保存的内容"))
