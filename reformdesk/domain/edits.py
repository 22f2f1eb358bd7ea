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
from typing import Any

from reformdesk.domain import tiers
from reformdesk.domain.changes import ChangeSet, changed_fields, set_fields
from reformdesk.domain.model import Body, Plan, Power, Tier, new_id
from reformdesk.domain.registry import BY_ATTR, ENTITY_KINDS, EntityKind, referrers

__all__ = [
    "add_body",
    "add_power",
    "assign_powers",
    "from_field_changes",
    "move_units",
    "place",
    "place_people",
    "remove",
    "rename_body",
    "replace_contents",
    "set_fields",
    "set_info",
    "set_tier_after",
    "three_tier_proposal",
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


def rename_body(plan: Plan, body_id: str, name: str) -> ChangeSet:
    name = name.strip()
    if not name or body_id not in plan.bodies:
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
