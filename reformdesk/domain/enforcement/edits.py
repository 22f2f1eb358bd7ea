"""Edits of an enforcement plan, each returned as a change set (nothing is changed here)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from reformdesk.domain.changes import ChangeSet, set_fields
from reformdesk.domain.enforcement.model import EnforcementPlan
from reformdesk.domain.enforcement.registry import EnforcementKind as K
from reformdesk.domain.model import new_id


def move_township(plan: EnforcementPlan, township_id: str, zone_id: str | None, position: int = -1) -> ChangeSet:
    """Put a township into ``zone_id`` (at ``position``; -1 the end), out of every other zone.

    ``zone_id`` None takes it out of all zones.  Empty when nothing changes.
    """
    values: dict[str, dict[str, Any]] = {}
    for zid, z in plan.zones.items():
        ids = [t for t in z.township_ids if t != township_id]
        if zid == zone_id:
            pos = len(ids) if position < 0 or position > len(ids) else position
            ids.insert(pos, township_id)
        if ids != z.township_ids:
            values[zid] = {"township_ids": ids}
    return set_fields(plan, K.ZONE, values)  # type: ignore[arg-type]


def move_officers(plan: EnforcementPlan, officer_ids: Iterable[str], zone_id: str | None) -> ChangeSet:
    """Post officers to a zone (None: to none)."""
    return set_fields(plan, K.OFFICER, {oid: {"zone_id": zone_id} for oid in officer_ids})  # type: ignore[arg-type]


def station_name(plan: EnforcementPlan, village_id: str) -> str:
    """The usual name of a village's station: 〔村名〕执法服务站."""
    return f"{plan.villages[village_id].name}执法服务站"


def set_stations(
    plan: EnforcementPlan,
    village_ids: Iterable[str],
    *,
    station: bool = True,
    grid_workers: int | None = None,
    assistants: int | None = None,
) -> ChangeSet:
    """Bulk assignment: set up (or, with ``station`` False, close) the stations of villages.

    A village that already has a station keeps its name; the staff counts are set
    where given.
    """
    values: dict[str, dict[str, Any]] = {}
    for vid in village_ids:
        v = plan.villages[vid]
        fields: dict[str, Any] = {}
        if station and not v.station.strip():
            fields["station"] = station_name(plan, vid)
        elif not station:
            fields["station"] = ""
        if grid_workers is not None:
            fields["grid_workers"] = grid_workers
        if assistants is not None:
            fields["assistants"] = assistants
        values[vid] = fields
    return set_fields(plan, K.VILLAGE, values)  # type: ignore[arg-type]


def set_items_zones(plan: EnforcementPlan, item_ids: Iterable[str], zone_ids: list[str]) -> ChangeSet:
    """Assign items to zone centres (replacing their zones)."""
    return set_fields(plan, K.ITEM, {iid: {"zone_ids": list(zone_ids)} for iid in item_ids})  # type: ignore[arg-type]


def add_entity(plan: EnforcementPlan, kind: K, values: dict[str, Any]) -> tuple[ChangeSet, Any]:
    """A new zone, officer, item, member … with ``values`` (other fields at their defaults)."""
    entity = kind.spec.new(id=new_id(), **values)
    return ChangeSet().add(kind, [entity]), entity  # type: ignore[arg-type]


def set_entity_fields(plan: EnforcementPlan, kind: K, entity_id: str, values: dict[str, Any]) -> ChangeSet:
    """Change fields of one entity where they differ."""
    return set_fields(plan, kind, {entity_id: values})  # type: ignore[arg-type]


def remove_entities(plan: EnforcementPlan, kind: K, ids: Iterable[str]) -> ChangeSet:
    """Remove entities and every reference to them, as one change set (one undo restores all).

    A zone's officers are posted to no zone and its items lose it from their zones; a
    township leaves its zones (and any zone seated there loses its seat), its villages
    keep their rows without a township.
    """
    table = kind.spec.entities(plan)
    gone = [i for i in dict.fromkeys(ids) if i in table]
    out = ChangeSet()
    if not gone:
        return out
    drop = set(gone)
    if kind is K.ZONE:
        out.set(K.OFFICER, {o.id: {"zone_id": None} for o in plan.officers.values() if o.zone_id in drop})  # type: ignore[arg-type]
        out.set(
            K.ITEM,  # type: ignore[arg-type]
            {
                i.id: {"zone_ids": [z for z in i.zone_ids if z not in drop]}
                for i in plan.items.values()
                if drop & set(i.zone_ids)
            },
        )
    elif kind is K.TOWNSHIP:
        zones: dict[str, dict[str, Any]] = {}
        for z in plan.zones.values():
            fields: dict[str, Any] = {}
            if drop & set(z.township_ids):
                fields["township_ids"] = [t for t in z.township_ids if t not in drop]
            if z.seat_id in drop:
                fields["seat_id"] = None
            if fields:
                zones[z.id] = fields
        out.set(K.ZONE, zones)  # type: ignore[arg-type]
        out.set(K.VILLAGE, {v.id: {"township_id": None} for v in plan.villages.values() if v.township_id in drop})  # type: ignore[arg-type]
    return out.remove(kind, gone)  # type: ignore[arg-type]
