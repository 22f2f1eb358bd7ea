"""The plan's edits as change sets (pure, no Qt).

Each function reads the plan, decides what would change and returns a
:class:`~reformdesk.domain.changes.ChangeSet`; none changes the plan.  An
edit that would change nothing returns an empty (falsy) change set.  The GUI
names and pushes them (``reformdesk.gui.edits``); scripts apply them.
Import (``formats.importer.import_changes``) and adoption
(``domain.comparison.adopt``) return change sets too.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from reformdesk.domain import tiers
from reformdesk.domain.changes import ChangeSet, changed_fields, set_fields
from reformdesk.domain.model import Body, Person, Plan, Power, Tier, Unit, new_id
from reformdesk.domain.registry import BY_ATTR, ENTITY_KINDS, EntityKind, referrers

__all__ = [
    "PersonLinks",
    "add_body",
    "add_person",
    "add_power",
    "add_unit",
    "assign_powers",
    "edit_person",
    "edit_unit",
    "from_field_changes",
    "move_units",
    "person_links",
    "person_problems",
    "place",
    "place_people",
    "remove",
    "rename_body",
    "replace_contents",
    "set_fields",
    "set_info",
    "set_tier_after",
    "three_tier_proposal",
    "unit_problems",
]


def _placement(plan: Plan, kind: EntityKind, ids: Iterable[str], body_id: str | None) -> ChangeSet:
    if body_id is not None and body_id not in plan.bodies:
        return ChangeSet()
    return ChangeSet().set(kind, changed_fields(plan, kind, {eid: {"body_id": body_id} for eid in ids}))


def move_units(plan: Plan, unit_ids: Iterable[str], body_id: str | None) -> ChangeSet:
    """Merge units into ``body_id`` (None = back to unplaced)."""
    return _placement(plan, EntityKind.UNIT, unit_ids, body_id)


def place_people(plan: Plan, person_ids: Iterable[str], body_id: str | None) -> ChangeSet:
    """Place people individually in ``body_id``; None = they follow their unit again."""
    return _placement(plan, EntityKind.PERSON, person_ids, body_id)


def assign_powers(plan: Plan, power_ids: Iterable[str], body_id: str) -> ChangeSet:
    """Make ``body_id`` the receiving body (承接机构) of the powers."""
    if body_id is None:
        return ChangeSet()
    return _placement(plan, EntityKind.POWER, power_ids, body_id)


def place(
    plan: Plan, units: Iterable[str], people: Iterable[str], powers: Iterable[str], body_id: str | None
) -> ChangeSet:
    """Units, people and powers into one body at once (a drop, 移入…): one change set."""
    out = move_units(plan, units, body_id).extend(place_people(plan, people, body_id))
    if body_id is not None:
        out.extend(assign_powers(plan, powers, body_id))
    return out


def add_body(plan: Plan, name: str, **fields: Any) -> tuple[ChangeSet, Body]:
    """A new body (not yet in the plan) and the change set adding it."""
    body = Body(id=new_id(), name=name, **fields)
    return ChangeSet().add(EntityKind.BODY, [body]), body


def add_power(plan: Plan, power: Power) -> ChangeSet:
    return ChangeSet().add(EntityKind.POWER, [power])


def body_named(plan: Plan, name: str, other_than: str | None = None) -> Body | None:
    """Another body already called ``name`` (spaces around it ignored), if any."""
    name = name.strip()
    return next((b for b in plan.bodies.values() if b.id != other_than and b.name.strip() == name), None)


def rename_body(plan: Plan, body_id: str, name: str) -> ChangeSet:
    """Rename a body; nothing when the name is empty or another body has it (body.duplicate_name)."""
    name = name.strip()
    if not name or body_id not in plan.bodies or body_named(plan, name, body_id) is not None:
        return ChangeSet()
    return set_fields(plan, EntityKind.BODY, {body_id: {"name": name}})


def remove(plan: Plan, kind: EntityKind, ids: Iterable[str]) -> ChangeSet:
    """Remove entities; every reference to them (registry.referrers) is cleared first.

    Removing a body returns its units to unplaced, its individually placed
    people to their unit and clears powers' receiving body; removing a person
    clears a body's deputy, reports-to lines and powers' official … one change
    set, so one undo restores all.
    """
    table = kind.spec.entities(plan)
    gone = [eid for eid in dict.fromkeys(ids) if eid in table]
    if not gone:
        return ChangeSet()
    gone_set = set(gone)
    out = ChangeSet()
    for other, spec in referrers(kind):
        own = gone_set if other is kind else set()
        clear = {
            e.id: {spec.name: None}
            for e in other.spec.entities(plan).values()
            if getattr(e, spec.name) in gone_set and e.id not in own
        }
        out.set(other, clear)
    return out.remove(kind, gone)


def set_info(plan: Plan, fields: Mapping[str, Any]) -> ChangeSet:
    """Change the plan info (name, town, date …) where it differs."""
    return ChangeSet().set_info({f: v for f, v in fields.items() if getattr(plan.info, f) != v})


def set_tier_after(plan: Plan, person_ids: Iterable[str], tier: Tier) -> ChangeSet:
    return set_fields(plan, EntityKind.PERSON, {pid: {"tier_after": tier} for pid in person_ids})


def from_field_changes(plan: Plan, changes: Mapping[str, Mapping[str, Mapping[str, Any]]]) -> ChangeSet:
    """``tiers.Changes`` (``{"people": {id: {field: value}}}``) as a change set (unchanged fields dropped)."""
    out = ChangeSet()
    for attr, per_id in changes.items():
        kind = BY_ATTR[attr]
        out.set(kind, changed_fields(plan, kind, per_id))
    return out


def three_tier_proposal(plan: Plan) -> ChangeSet:
    """ "转为三级管理": the whole four → three tier proposal."""
    return from_field_changes(plan, tiers.propose_three_tiers(plan))


def assign_deputy(plan: Plan, body_ids: Sequence[str], deputy_id: str | None) -> ChangeSet:
    return from_field_changes(
        plan, tiers.merge_changes(*(tiers.assign_deputy_changes(plan, b, deputy_id) for b in body_ids))
    )


def move_to_body(plan: Plan, person_ids: Sequence[str], body_id: str | None) -> ChangeSet:
    return from_field_changes(plan, tiers.move_to_body_changes(plan, person_ids, body_id))


def set_reports_to(plan: Plan, person_ids: Sequence[str], leader_id: str | None) -> ChangeSet:
    return from_field_changes(plan, tiers.reports_to_changes(plan, person_ids, leader_id))


def replace_contents(plan: Plan, other: Plan) -> ChangeSet:
    """Make ``plan`` hold what ``other`` holds (restoring autosaved work on top of its file).

    Entities are removed and added (``other``'s objects, copied), so the
    tables end up in ``other``'s order.
    """
    out = ChangeSet()
    info = {name: getattr(other.info, name) for name in other.info.__dataclass_fields__}  # type: ignore[attr-defined]
    out.set_info({f: v for f, v in info.items() if getattr(plan.info, f) != v})
    for kind in ENTITY_KINDS:
        out.remove(kind, list(kind.spec.entities(plan)))
    for kind in ENTITY_KINDS:
        out.add(kind, [copy.copy(e) for e in kind.spec.entities(other).values()])
    return out


# -- units and people ---------------------------------------------------------------------
def unit_problems(plan: Plan, name: str, unit_id: str | None = None) -> list[str]:
    """Why a unit cannot have ``name`` (empty, or another unit's name); [] when it can."""
    name = name.strip()
    if not name:
        return ["原科室站所的名称不能为空"]
    other = plan.unit_by_name(name)
    if other is not None and other.id != unit_id:
        return [f"已有名为“{name}”的原科室站所"]
    return []


def person_problems(plan: Plan, name: str, staff_id: str, person_id: str | None = None) -> list[str]:
    """Why a person cannot be saved so (no name, a staff id someone else has); [] when they can."""
    out = []
    if not name.strip():
        out.append("姓名不能为空")
    staff_id = staff_id.strip()
    if staff_id:
        other = plan.person_by_staff_id(staff_id)
        if other is not None and other.id != person_id:
            out.append(f"工号{staff_id}已是{other.name}的工号")
    return out


def add_unit(plan: Plan, name: str, **fields: Any) -> tuple[ChangeSet, Unit]:
    """A new unit (not yet in the plan) and the change set adding it; empty when the name is taken."""
    unit = Unit(id=new_id(), name=name.strip(), **fields)
    if unit_problems(plan, name):
        return ChangeSet(), unit
    return ChangeSet().add(EntityKind.UNIT, [unit]), unit


def edit_unit(plan: Plan, unit_id: str, values: Mapping[str, Any]) -> ChangeSet:
    """Fields of one unit where they differ; empty for an empty or taken name."""
    if unit_id not in plan.units:
        return ChangeSet()
    values = dict(values)
    if "name" in values:
        values["name"] = str(values["name"]).strip()
        if unit_problems(plan, values["name"], unit_id):
            return ChangeSet()
    return set_fields(plan, EntityKind.UNIT, {unit_id: values})


def add_person(plan: Plan, staff_id: str, name: str, **fields: Any) -> tuple[ChangeSet, Person]:
    """A new person (not yet in the plan) and the change set adding them; empty when they cannot be added.

    A new person's tier after the reform starts as their tier before, until
    the proposal (转为三级管理) or the user changes it.
    """
    fields.setdefault("tier_after", fields.get("tier_before", Tier.STAFF))
    person = Person(id=new_id(), staff_id=staff_id.strip(), name=name.strip(), **fields)
    if person_problems(plan, name, staff_id) or (person.unit_id is not None and person.unit_id not in plan.units):
        return ChangeSet(), person
    return ChangeSet().add(EntityKind.PERSON, [person]), person


def edit_person(plan: Plan, person_id: str, values: Mapping[str, Any]) -> ChangeSet:
    """Fields of one person where they differ; empty when the name or staff id cannot be taken."""
    person = plan.people.get(person_id)
    if person is None:
        return ChangeSet()
    values = {k: (v.strip() if isinstance(v, str) and k in ("name", "staff_id") else v) for k, v in values.items()}
    name = values.get("name", person.name)
    staff_id = values.get("staff_id", person.staff_id)
    if person_problems(plan, name, staff_id, person_id):
        return ChangeSet()
    unit_id = values.get("unit_id", person.unit_id)
    if unit_id is not None and unit_id not in plan.units:
        return ChangeSet()
    # Someone not yet moved to a tier of the new structure keeps following their old tier.
    if "tier_before" in values and "tier_after" not in values and person.tier_after is person.tier_before:
        values["tier_after"] = values["tier_before"]
    return set_fields(plan, EntityKind.PERSON, {person_id: values})


@dataclass(frozen=True, slots=True)
class PersonLinks:
    """What removing people unlinks: the bodies they lead, powers they answer for, who reports to them."""

    deputy_of: tuple[str, ...] = ()  # body ids
    official_of: tuple[str, ...] = ()  # power ids
    superior_of: tuple[str, ...] = ()  # person ids (not themselves removed)

    def __bool__(self) -> bool:
        return bool(self.deputy_of or self.official_of or self.superior_of)

    def describe(self, plan: Plan) -> list[str]:
        """One Chinese line per kind of link, naming up to three of each."""

        def names(items: list[str]) -> str:
            shown = "、".join(items[:3])
            return shown + (f" 等{len(items)}项" if len(items) > 3 else "")

        out = []
        if self.deputy_of:
            out.append("不再分管：" + names([plan.bodies[b].name for b in self.deputy_of]))
        if self.official_of:
            out.append(
                f"不再是 {len(self.official_of)} 项事项的责任人："
                + names([plan.powers[w].name for w in self.official_of])
            )
        if self.superior_of:
            out.append(
                f"{len(self.superior_of)} 人不再有汇报对象：" + names([plan.people[p].name for p in self.superior_of])
            )
        return out


def person_links(plan: Plan, person_ids: Iterable[str]) -> PersonLinks:
    gone = set(person_ids)
    return PersonLinks(
        tuple(b.id for b in plan.bodies.values() if b.deputy_id in gone),
        tuple(w.id for w in plan.powers.values() if w.official_id in gone),
        tuple(p.id for p in plan.people.values() if p.reports_to_id in gone and p.id not in gone),
    )
