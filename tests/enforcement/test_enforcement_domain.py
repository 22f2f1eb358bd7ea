"""The county enforcement plan: the 1+7+311 sample, each check on a case made for it, change sets."""

from __future__ import annotations

import copy
import datetime as dt

import pytest

from reformdesk.domain.changes import ChangeSet
from reformdesk.domain.enforcement import edits
from reformdesk.domain.enforcement.checks import CODES, check, summary
from reformdesk.domain.enforcement.comparison import compare
from reformdesk.domain.enforcement.model import EnforcementPlan, PostsCounted
from reformdesk.domain.enforcement.registry import ENFORCEMENT_KINDS, EnforcementKind
from reformdesk.samples.datong_enforcement import ILLUSTRATIVE, TOWNSHIPS, build


@pytest.fixture
def plan() -> EnforcementPlan:
    return build()


def codes(plan: EnforcementPlan) -> list[str]:
    return [p.code for p in check(plan)]


def test_sample_is_1_7_311(plan: EnforcementPlan) -> None:
    s = summary(plan)
    assert (s["leading_group"] > 0, s["townships"], s["zones"], s["stations"]) == (True, 20, 7, 311)
    assert s["villages"] == 311 and s["officers"] == len(plan.officers) and s["items"] == len(plan.items)
    assert check(plan) == []
    assert {t.name for t in plan.townships.values()} == {name for name, *_ in TOWNSHIPS}
    assert all(v.note == ILLUSTRATIVE for v in plan.villages.values())
    assert build() == build()  # deterministic


def test_registry_matches_dataclasses() -> None:
    for kind, spec in ENFORCEMENT_KINDS.items():
        names = [f.name for f in spec.fields]
        attrs = list(spec.cls.__dataclass_fields__)
        assert attrs[: len(names) + (0 if kind is EnforcementKind.PLAN else 1)][-len(names) :] == names


def test_township_in_no_zone_and_in_two(plan: EnforcementPlan) -> None:
    zones = list(plan.zones.values())
    moved = zones[0].township_ids.pop()
    assert codes(plan) == ["township.no_zone"]
    zones[1].township_ids.append(moved)
    zones[2].township_ids.append(moved)
    found = check(plan)
    assert [p.code for p in found] == ["township.two_zones"] and found[0].entity_id == moved


def test_village_without_station(plan: EnforcementPlan) -> None:
    v = next(iter(plan.villages.values()))
    v.station = ""
    assert codes(plan) == ["village.no_station"]
    assert CODES["village.no_station"].value == "warning"


def test_zone_with_fewer_than_two_certified_officers(plan: EnforcementPlan) -> None:
    zid = next(iter(plan.zones))
    mine = [o for o in plan.officers.values() if o.zone_id == zid]
    for o in mine[1:]:
        o.cert_no = ""
    found = check(plan)
    assert [p.code for p in found] == ["zone.too_few_certified"] and found[0].entity_id == zid


def test_cert_expired_before_plan_date(plan: EnforcementPlan) -> None:
    o = next(iter(plan.officers.values()))
    assert plan.info.date is not None
    o.cert_valid_until = plan.info.date - dt.timedelta(days=1)
    assert codes(plan) == ["officer.cert_expired"]  # three valid officers remain in the zone


def test_cert_not_covering_an_assigned_field(plan: EnforcementPlan) -> None:
    o = next(iter(plan.officers.values()))
    o.fields = [*o.fields, "交通运输" if "交通运输" not in o.cert_fields else "教育"]
    assert codes(plan) == ["officer.cert_field"]


def test_item_assigned_to_no_centre(plan: EnforcementPlan) -> None:
    i = next(iter(plan.items.values()))
    i.zone_ids = []
    assert codes(plan) == ["item.no_centre"]


def test_double_posts(plan: EnforcementPlan) -> None:
    o = next(iter(plan.officers.values()))
    o.posts_counted = PostsCounted.BOTH
    assert codes(plan) == ["officer.double_posts"]


def test_change_sets_run_over_the_enforcement_plan(plan: EnforcementPlan) -> None:
    before = copy.deepcopy(plan)
    t = next(iter(plan.townships))
    target = list(plan.zones)[3]
    cs = ChangeSet().extend(edits.move_township(plan, t, target, 0))
    cs.extend(edits.move_officers(plan, list(plan.officers)[:2], target))
    touched = cs.apply(plan)
    assert touched.changed[EnforcementKind.ZONE] and touched.changed[EnforcementKind.OFFICER]
    assert plan.zones[target].township_ids[0] == t and plan.zone_of()[t] == [target]
    cs.revert(plan)
    assert plan == before
    stations = edits.set_stations(plan, list(plan.villages)[:3], station=False)
    stations.apply(plan)
    assert plan.stations() == 308
    again = edits.set_stations(plan, list(plan.villages)[:5], grid_workers=2)
    again.apply(plan)
    assert plan.stations() == 311 and all(v.grid_workers == 2 for v in list(plan.villages.values())[:5])
    again.revert(plan)
    stations.revert(plan)
    assert plan == before


def test_comparison_covers_zones_officers_and_items(plan: EnforcementPlan) -> None:
    other = copy.deepcopy(plan)
    assert compare(plan, other) == []
    t = next(iter(other.townships))
    edits.move_township(other, t, list(other.zones)[6]).apply(other)
    o = next(iter(other.officers.values()))
    o.zone_id = list(other.zones)[5]
    i = next(iter(other.items.values()))
    i.official = "张三"
    kinds = {(d.kind, d.field) for d in compare(plan, other)}
    assert (EnforcementKind.ZONE, "township_ids") in kinds
    assert (EnforcementKind.OFFICER, "zone_id") in kinds
    assert (EnforcementKind.ITEM, "official") in kinds


def test_removing_a_township_clears_zones_seats_and_villages_and_reverts(plan: EnforcementPlan) -> None:
    before = copy.deepcopy(plan)
    zone = next(z for z in plan.zones.values() if z.seat_id)
    seat = zone.seat_id
    changes = edits.remove_entities(plan, EnforcementKind.TOWNSHIP, [seat])
    changes.apply(plan)
    assert seat not in plan.townships and plan.zones[zone.id].seat_id is None
    assert all(seat not in z.township_ids for z in plan.zones.values())
    assert all(v.township_id != seat for v in plan.villages.values())
    changes.revert(plan)
    assert plan == before


def test_an_added_entity_takes_the_registrys_defaults(plan: EnforcementPlan) -> None:
    changes, member = edits.add_entity(plan, EnforcementKind.MEMBER, {"name": "李华"})
    changes.apply(plan)
    assert plan.members[member.id].name == "李华" and plan.members[member.id].post == ""
    assert edits.remove_entities(plan, EnforcementKind.MEMBER, ["no-such-id"]).steps == []
