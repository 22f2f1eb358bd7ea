"""A town plan's delegated powers drawn from the county catalogue, and checked against it later.

The plan refers to catalogue items by code, the natural key (DESIGN.md): :func:`powers_from`
makes powers of chosen items (code, name, type, 实施依据, 原实施部门, 责任事项; sub-items
under their main item when it comes along or is in the plan already), as one change set;
items whose code the plan already has are left out, so picking twice adds nothing.
After a catalogue update :func:`differences` tells, per plan power whose code the
catalogue has, the fields that differ with both values; :func:`adopt` takes the
catalogue's values of chosen fields (one change set: one undo step).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from reformdesk.domain.catalogue.model import Catalogue, CatalogueItem, SubjectKind
from reformdesk.domain.changes import ChangeSet, set_fields
from reformdesk.domain.model import Plan, Power, new_id
from reformdesk.domain.powers import next_seq
from reformdesk.domain.registry import KINDS, EntityKind

POWER = KINDS[EntityKind.POWER]
#: The power fields the catalogue gives, in the order a difference lists them.
LINKED: tuple[str, ...] = ("name", "type", "legal_basis", "source_department", "responsibility_steps")


def catalogue_values(cat: Catalogue, item: CatalogueItem) -> dict[str, object]:
    """What a power takes from its catalogue item (by field)."""
    subject = cat.subjects.get(item.subject_id or "")
    # A township's own item has no county department to name: 原实施部门 stays empty.
    department = subject.name if subject is not None and subject.kind is SubjectKind.DEPARTMENT else ""
    return {
        "name": item.name,
        "type": item.type,
        "legal_basis": cat.basis(item),
        "source_department": department,
        "responsibility_steps": list(item.responsibility_steps),
    }


@dataclass(frozen=True, slots=True)
class Picked:
    """What :func:`powers_from` did: the change set, the powers it adds, the codes it left out."""

    changes: ChangeSet
    added: list[Power]
    already: list[str]  # codes the plan has already


def powers_from(plan: Plan, cat: Catalogue, item_ids: Sequence[str]) -> Picked:
    """New powers for the chosen catalogue items, in catalogue order, numbered after the plan's last."""
    have = {p.code.strip(): p.id for p in plan.powers.values() if p.code.strip()}
    chosen = [iid for iid in cat.items if iid in set(item_ids)]
    seq = next_seq(plan)
    made: dict[str, str] = {}  # item id → new power id
    added: list[Power] = []
    already: list[str] = []
    for iid in chosen:
        item = cat.items[iid]
        code = item.code.strip()
        if code and code in have:
            already.append(code)
            continue
        parent_id = None
        if item.parent_id is not None:
            parent = cat.items.get(item.parent_id)
            parent_id = made.get(item.parent_id) or (have.get(parent.code.strip()) if parent is not None else None)
        power = POWER.new(id=new_id(), code=code, seq=seq, parent_id=parent_id, **catalogue_values(cat, item))
        seq += 1
        made[iid] = power.id
        if code:
            have[code] = power.id
        added.append(power)
    changes = ChangeSet().add(EntityKind.POWER, added) if added else ChangeSet()
    return Picked(changes, added, already)


@dataclass(frozen=True, slots=True)
class LinkDifference:
    field: str
    plan: object
    catalogue: object

    @property
    def label(self) -> str:
        return POWER.field(self.field).label


@dataclass(frozen=True, slots=True)
class PowerDifference:
    """One plan power that differs from its catalogue item (matched by code)."""

    power_id: str
    item_id: str
    code: str
    name: str
    fields: tuple[LinkDifference, ...]


@dataclass(frozen=True, slots=True)
class LinkCheck:
    differing: list[PowerDifference]
    matching: int  # powers equal to their item
    not_in_catalogue: list[str]  # power ids whose code the catalogue lacks (or that have none)

    def by_field(self) -> dict[str, int]:
        """How many powers differ in each field, in :data:`LINKED` order, fields that differ only:
        a field every power differs in (责任事项 a plan never had) must not hide the few real changes."""
        counts = dict.fromkeys(LINKED, 0)
        for d in self.differing:
            for f in d.fields:
                counts[f.field] += 1
        return {field: n for field, n in counts.items() if n}


def differences(plan: Plan, cat: Catalogue) -> LinkCheck:
    """Each plan power against the catalogue item of its code, field by field (:data:`LINKED`)."""
    by_code = cat.by_code()
    out: list[PowerDifference] = []
    matching = 0
    missing: list[str] = []
    for p in plan.powers.values():
        iid = by_code.get(p.code.strip())
        if iid is None:
            missing.append(p.id)
            continue
        values = catalogue_values(cat, cat.items[iid])
        diffs = tuple(LinkDifference(f, getattr(p, f), values[f]) for f in LINKED if getattr(p, f) != values[f])
        if diffs:
            out.append(PowerDifference(p.id, iid, p.code, p.name, diffs))
        else:
            matching += 1
    return LinkCheck(out, matching, missing)


def adopt(plan: Plan, choices: Mapping[str, Iterable[LinkDifference]]) -> ChangeSet:
    """Take the catalogue's values: ``{power id: the differences to adopt}``; only what differs is set."""
    values = {pid: {d.field: _copy(d.catalogue) for d in diffs} for pid, diffs in choices.items()}
    return set_fields(plan, EntityKind.POWER, {pid: v for pid, v in values.items() if v})


def _copy(value: object) -> object:
    return list(value) if isinstance(value, list) else value
