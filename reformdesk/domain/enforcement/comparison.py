"""Comparing two enforcement plans: zones, officers and items (and townships, villages, members).

Entities are matched by their natural key (the registry's ``key`` fields: a zone's
name, an officer's name and department, an item's code), never by id, so plans
drafted apart compare.  References (a zone's townships, an officer's zone, an
item's zones) are compared by what they name.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reformdesk.domain.enforcement.model import EnforcementPlan
from reformdesk.domain.enforcement.registry import ENFORCEMENT_KINDS, ENTITY_KINDS, EnforcementKind
from reformdesk.domain.model import cn_date
from reformdesk.domain.registry import ValueType

#: Lists of ids held in a TEXT_LIST field: the kind they name.
_ID_LISTS = {
    (EnforcementKind.ZONE, "township_ids"): EnforcementKind.TOWNSHIP,
    (EnforcementKind.ITEM, "zone_ids"): EnforcementKind.ZONE,
}


@dataclass(frozen=True, slots=True)
class Difference:
    kind: EnforcementKind
    key: str
    change: str  # added / removed / changed
    field: str = ""
    a: str = ""
    b: str = ""

    def as_dict(self) -> dict[str, str]:
        return {
            "kind": self.kind.value,
            "key": self.key,
            "change": self.change,
            "field": self.field,
            "a": self.a,
            "b": self.b,
        }

    def line(self) -> str:
        label = self.kind.label
        if self.change == "added":
            return f"新增\t{label}\t{self.key}"
        if self.change == "removed":
            return f"删除\t{label}\t{self.key}"
        name = ENFORCEMENT_KINDS[self.kind].field(self.field).label
        return f"变更\t{label}\t{self.key}\t{name}：{self.a} → {self.b}"


def _name(plan: EnforcementPlan, kind: EnforcementKind, eid: str | None) -> str:
    ent = ENFORCEMENT_KINDS[kind].entities(plan).get(eid or "")
    return "" if ent is None else str(getattr(ent, ENFORCEMENT_KINDS[kind].title))


def key_of(plan: EnforcementPlan, kind: EnforcementKind, ent: Any) -> str:
    parts = []
    for f in ENFORCEMENT_KINDS[kind].key_fields:
        v = getattr(ent, f.name)
        parts.append(_name(plan, f.ref, v) if f.is_ref else str(v))  # type: ignore[arg-type]
    return "·".join(parts)


def _shown(plan: EnforcementPlan, kind: EnforcementKind, name: str, value: Any) -> str:
    spec = ENFORCEMENT_KINDS[kind].field(name)
    if (kind, name) in _ID_LISTS:
        return "、".join(_name(plan, _ID_LISTS[(kind, name)], v) for v in value)
    if spec.is_ref:
        return _name(plan, spec.ref, value)  # type: ignore[arg-type]
    if spec.type is ValueType.DATE:
        return cn_date(value)
    if spec.type is ValueType.TEXT_LIST:
        return "、".join(value)
    return str(value)


def compare(a: EnforcementPlan, b: EnforcementPlan) -> list[Difference]:
    out: list[Difference] = []
    for kind in ENTITY_KINDS:
        spec = ENFORCEMENT_KINDS[kind]
        left = {key_of(a, kind, e): e for e in spec.entities(a).values()}
        right = {key_of(b, kind, e): e for e in spec.entities(b).values()}
        for key, ea in left.items():
            eb = right.get(key)
            if eb is None:
                out.append(Difference(kind, key, "removed"))
                continue
            for f in spec.compared_fields:
                if f.key:
                    continue
                va, vb = _shown(a, kind, f.name, getattr(ea, f.name)), _shown(b, kind, f.name, getattr(eb, f.name))
                if va != vb:
                    out.append(Difference(kind, key, "changed", f.name, va, vb))
        out += [Difference(kind, key, "added") for key in right if key not in left]
    return out
