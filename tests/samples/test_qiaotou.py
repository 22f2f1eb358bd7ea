"""The Qiaotou sample plans: built from the CSV data, committed, and different as documented."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from reformdesk.cli import main
from reformdesk.domain.model import Tier
from reformdesk.domain.validation import validate
from reformdesk.samples.build import main as build_main
from reformdesk.samples.qiaotou import PLAN_DATE, build_plan_one, build_plan_two, plan_two_changes, read_csv
from reformdesk.store.planfile import open_plan
from tests.conftest import PLAN_ONE, PLAN_TWO
from tests.samples.fielddiff import field_differences

SEED_BODIES = {"公共服务中心", "综合行政执法中队", "财政管理所"}


def test_committed_plans_equal_a_fresh_build() -> None:
    assert open_plan(PLAN_ONE) == build_plan_one()
    assert open_plan(PLAN_TWO) == build_plan_two()


def test_build_script_is_deterministic(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    assert build_main([str(first)]) == 0
    assert build_main([str(second)]) == 0
    assert "113 powers" in capsys.readouterr().out
    for name in ("qiaotou_plan1.rdplan", "qiaotou_plan2.rdplan"):
        assert (first / name).read_bytes() == (second / name).read_bytes()


def test_plan_one_validates_clean() -> None:
    assert validate(build_plan_one()) == []


def test_plan_one_is_three_tier_and_complete() -> None:
    plan = build_plan_one()
    assert (plan.info.town, plan.info.county, plan.info.date) == ("桥头镇", "大通县", PLAN_DATE)
    assert "虚构" in plan.info.notes and "illustrative" in plan.info.notes
    assert len(plan.bodies) == 6 and {b.name for b in plan.bodies.values()} >= SEED_BODIES
    assert len(plan.powers) == 113
    assert 15 <= len(plan.units) <= 20 and 60 <= len(plan.people) <= 80
    assert all(u.body_id in plan.bodies for u in plan.units.values())
    after = Counter(p.tier_after for p in plan.people.values())
    assert set(after) == {Tier.HEAD, Tier.DEPUTY_IN_CHARGE, Tier.STAFF}
    before = Counter(p.tier_before for p in plan.people.values())
    assert before[Tier.HEAD] == 1 and 5 <= before[Tier.DEPUTY_LEADER] <= 6 and 13 <= before[Tier.SECTION_CHIEF] <= 17
    deputies = [plan.people[b.deputy_id or ""] for b in plan.bodies.values()]
    assert all(d.tier_after is Tier.DEPUTY_IN_CHARGE for d in deputies)
    assert max(Counter(d.id for d in deputies).values()) == 2  # one deputy leads two bodies
    assert any(len(b.sites) > 1 for b in plan.bodies.values())  # 合署办公
    for w in plan.powers.values():
        assert w.body_id in plan.bodies and w.official_id in plan.people
        assert w.deadline is not None and w.deadline > PLAN_DATE
    assert {w.type for w in plan.powers.values()} >= {"行政许可", "行政处罚", "行政强制", "行政给付", "行政检查"}
    subs = [w for w in plan.powers.values() if w.parent_id]
    assert len(subs) >= 3 and all(plan.powers[w.parent_id or ""].parent_id is None for w in subs)
    assert all(w.code.startswith("630121-") for w in plan.powers.values())


def test_source_data_is_consistent() -> None:
    """Head counts match the people, and the reporting before is a four-tier chain."""
    people = {r["staff_id"]: r for r in read_csv("people.csv")}
    counts = Counter(r["unit"] for r in people.values() if r["unit"])
    assert {r["name"]: int(r["head_count"]) for r in read_csv("units.csv")} == dict(counts)
    assert sum(1 for r in people.values() if r["tier_before"] == "科室长") <= len(counts)
    above = {"负责人": set(), "副职领导": {"负责人"}, "科室长": {"副职领导"}, "干部": {"科室长", "副职领导"}}
    for r in people.values():
        boss = people.get(r["reports_to_before"])
        assert (boss["tier_before"] if boss else None) in (above[r["tier_before"]] or {None}), r["staff_id"]
        if boss and boss["tier_before"] == "科室长":
            assert boss["unit"] == r["unit"]


def test_plan_two_is_an_alternative_of_plan_one() -> None:
    one, two = build_plan_one(), build_plan_two()
    assert one.info.lineage_id == two.info.lineage_id
    for table in ("units", "bodies", "people", "powers"):
        assert getattr(one, table).keys() == getattr(two, table).keys()
    assert len(two.powers) == 113 and len(two.bodies) == 6


def test_plan_two_differs_exactly_by_the_listed_changes() -> None:
    listed = [(c.kind, c.key, c.field, c.one, c.two) for c in plan_two_changes()]
    assert len(set(listed)) == len(listed)
    assert sorted(field_differences(build_plan_one(), build_plan_two())) == sorted(listed)


def test_plan_two_changes_cover_the_brief() -> None:
    decided = Counter((c.kind, c.field) for c in plan_two_changes() if not c.derived)
    assert decided[("body", "name")] == 1
    assert decided[("body", "deputy_id")] == 2
    assert decided[("unit", "body_id")] == 3
    assert decided[("person", "tier_after")] == 2
    assert decided[("power", "body_id")] >= 3 and decided[("power", "deadline")] >= 3


def test_plan_two_problems_are_the_open_items() -> None:
    # 630121-LC-XK-0001-02 lost its own deadline in 方案二, but a sub-item takes
    # over its main item's, so it is not an open item.
    plan = build_plan_two()
    key = {**{b.id: b.name for b in plan.bodies.values()}, **{p.id: p.staff_id for p in plan.people.values()}}
    key |= {w.id: w.code for w in plan.powers.values()}
    found = sorted((p.code, key[p.entity_id or ""]) for p in validate(plan))
    assert found == sorted(
        [
            ("body.over_leaders", "综合行政执法中队"),
            # 方案二's moves leave the body one 事业编制 person more than it has posts of that type.
            ("body.over_posts_of_type", "综合行政执法中队"),
            ("person.old_tier", "QT023"),
            ("person.old_tier", "QT061"),
            ("power.no_body", "630121-SL-ZS-0001"),
            ("power.no_body", "630121-CZ-JC-0001"),
            ("power.no_deadline", "630121-JT-XK-0002"),
            ("power.no_official", "630121-YJ-QZ-0001"),
            ("power.no_official", "630121-SJ-QZ-0001"),
        ]
    )


@pytest.mark.parametrize(
    ("path", "problems"),
    [(PLAN_ONE, {"error": 0, "warning": 0}), (PLAN_TWO, {"error": 4, "warning": 5})],
)
def test_info_reports_the_sample_figures(
    path: Path, problems: dict[str, int], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["info", str(path), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["town"] == "桥头镇"
    assert info["bodies"] == 6
    assert info["powers"]["total"] == 113
    assert info["people"]["total"] == 70
    assert info["problems"] == problems
    # The seed's hall: 67 items (38 town, 29 delegated), 14 windows, 14 staff.
    assert info["windows"] == {"total": 14, "staffed": 14}
    assert info["service_items"] == {"total": 67, "in_windows": 67, "town": 38, "delegated": 29, "in_hall": 62}
