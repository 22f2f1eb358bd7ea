"""Four → three tiers: the proposal checked person by person, spans and loads."""

from __future__ import annotations

import copy

from reformdesk.domain.model import Plan, Tier
from reformdesk.domain.tiers import (
    BUSY_FACTOR,
    IDLE_FACTOR,
    apply_changes,
    assign_deputy_changes,
    former_bodies,
    move_to_body_changes,
    propose_three_tiers,
    reports_to_changes,
    spans,
    tier_counts,
)
from reformdesk.domain.validation import validate

TIER_CODES = {
    "person.old_tier",
    "body.no_deputy",
    "body.deputy_not_in_charge",
    "person.reports_to_wrong",
    "person.reporting_cycle",
}

#: (body, 编制数, 领导职数, [(unit, deputy index, staff count)])
LAYOUT = [
    ("党政综合办公室", 10, 2, [("党政办", 0, 3), ("组织办", 0, 2)]),
    ("公共服务中心", 12, 2, [("民政办", 1, 3), ("文化站", 1, 2), ("社保所", 2, 1)]),
    ("综合行政执法中队", 8, 2, [("安监站", 2, 3), ("城建办", 2, 2)]),
    ("财政管理所", 5, 1, [("财政所", 0, 2)]),
]


def four_tier_plan() -> Plan:
    """A small four-tier town: 1 head, 3 deputy leaders, a chief per unit, staff under chiefs."""
    plan = Plan()
    plan.info.name = "测试方案"
    head = plan.add_person("A001", "王镇长", post="镇长", tier_before=Tier.HEAD, tier_after=Tier.HEAD)
    deputies = [
        plan.add_person(
            f"B00{i}",
            name,
            post="副镇长",
            tier_before=Tier.DEPUTY_LEADER,
            tier_after=Tier.DEPUTY_LEADER,
            reports_to_id=head.id,
        )
        for i, name in enumerate(["李副镇长", "张副镇长", "赵副镇长"], start=1)
    ]
    n = 0
    for body_name, posts, leaders, units in LAYOUT:
        body = plan.add_body(body_name, authorized_posts=posts, leadership_posts=leaders)
        for unit_name, deputy_index, staff in units:
            unit = plan.add_unit(unit_name, head_count=staff + 1, body_id=body.id)
            n += 1
            chief = plan.add_person(
                f"C{n:03d}",
                f"{unit_name}主任",
                post=f"{unit_name}主任",
                tier_before=Tier.SECTION_CHIEF,
                tier_after=Tier.SECTION_CHIEF,
                unit_id=unit.id,
                reports_to_id=deputies[deputy_index].id,
            )
            for k in range(staff):
                n += 1
                plan.add_person(
                    f"D{n:03d}",
                    f"{unit_name}干部{k + 1}",
                    post="科员",
                    tier_before=Tier.STAFF,
                    tier_after=Tier.STAFF,
                    unit_id=unit.id,
                    reports_to_id=chief.id,
                )
    return plan


def _proposed(plan: Plan) -> Plan:
    out = copy.deepcopy(plan)
    apply_changes(out, propose_three_tiers(out))
    return out


def test_proposal_rules_person_by_person() -> None:
    before = four_tier_plan()
    after = _proposed(before)
    head = next(p for p in after.people.values() if p.tier_before is Tier.HEAD)
    for person in after.people.values():
        old = before.people[person.id]
        assert person.tier_after is not Tier.SECTION_CHIEF, person.name
        if old.tier_before is Tier.SECTION_CHIEF:
            assert person.tier_after is Tier.STAFF
            # staff of the body their unit merged into
            assert after.body_of(person) == after.units[old.unit_id].body_id
        if old.tier_before is Tier.DEPUTY_LEADER:
            assert person.tier_after is Tier.DEPUTY_IN_CHARGE
            assert person.reports_to_id == head.id
        if person.tier_after is Tier.STAFF:
            body = after.bodies[after.body_of(person)]
            assert person.reports_to_id == body.deputy_id, person.name
    for body in after.bodies.values():
        assert after.people[body.deputy_id].tier_after is Tier.DEPUTY_IN_CHARGE
    codes = {p.code for p in validate(after)}
    assert not codes & TIER_CODES


def test_deputies_get_the_bodies_their_units_went_to() -> None:
    after = _proposed(four_tier_plan())
    deputy = {b.name: after.people[b.deputy_id].name for b in after.bodies.values()}
    # 公共服务中心: 7 people from 张's line (民政办 + 文化站) vs 2 from 赵's (社保所)
    assert deputy == {
        "党政综合办公室": "李副镇长",
        "公共服务中心": "张副镇长",
        "综合行政执法中队": "赵副镇长",
        "财政管理所": "李副镇长",
    }


def test_former_bodies_weights_count_people_in_each_line() -> None:
    plan = four_tier_plan()
    weights = former_bodies(plan)
    zhang = plan.person_by_staff_id("B002").id
    service = plan.body_by_name("公共服务中心").id
    assert weights[zhang][service] == (1 + 3) + (1 + 2)  # two chiefs and their staff


def test_body_nobody_led_is_left_for_the_user() -> None:
    plan = four_tier_plan()
    extra = plan.add_body("农业综合服务中心", authorized_posts=3, leadership_posts=1)
    unit = plan.add_unit("农技站", body_id=extra.id)
    plan.add_person("E001", "农技员", unit_id=unit.id)  # reports to nobody before
    after = _proposed(plan)
    assert after.bodies[extra.id].deputy_id is None
    farmer = after.person_by_staff_id("E001")
    assert farmer.reports_to_id is None
    problems = [p for p in validate(after) if p.code == "body.no_deputy"]
    assert [p.entity_id for p in problems] == [extra.id]
    assert "农业综合服务中心" in problems[0].message


def test_proposal_changes_only_what_differs_and_is_idempotent() -> None:
    plan = four_tier_plan()
    changes = propose_three_tiers(plan)
    head = plan.person_by_staff_id("A001")
    assert head.id not in changes.get("people", {})
    apply_changes(plan, changes)
    assert propose_three_tiers(plan) == {}


def test_assign_deputy_moves_staff_reports() -> None:
    plan = _proposed(four_tier_plan())
    body = plan.body_by_name("财政管理所")
    zhao = plan.person_by_staff_id("B003")
    changes = assign_deputy_changes(plan, body.id, zhao.id)
    apply_changes(plan, changes)
    assert body.deputy_id == zhao.id
    for member in plan.people_by_body()[body.id]:
        assert member.reports_to_id == zhao.id
    assert not {p.code for p in validate(plan)} & TIER_CODES


def test_assign_staff_as_deputy_promotes_them() -> None:
    plan = _proposed(four_tier_plan())
    body = plan.body_by_name("财政管理所")
    clerk = plan.person_by_staff_id("D002")
    apply_changes(plan, assign_deputy_changes(plan, body.id, clerk.id))
    assert clerk.tier_after is Tier.DEPUTY_IN_CHARGE


def test_move_to_body_and_reports_to() -> None:
    plan = _proposed(four_tier_plan())
    clerk = plan.person_by_staff_id("D003")
    service = plan.body_by_name("公共服务中心")
    apply_changes(plan, move_to_body_changes(plan, [clerk.id], service.id))
    assert plan.body_of(clerk) == service.id
    assert clerk.reports_to_id == service.deputy_id
    zhao = plan.person_by_staff_id("B003")
    apply_changes(plan, reports_to_changes(plan, [clerk.id, zhao.id], zhao.id))
    assert clerk.reports_to_id == zhao.id
    assert zhao.reports_to_id != zhao.id
    assert "person.reports_to_wrong" in {p.code for p in validate(plan) if p.entity_id == clerk.id}


def test_tier_counts_before_and_after() -> None:
    plan = four_tier_plan()
    before, _ = tier_counts(plan)
    assert before == {Tier.HEAD: 1, Tier.DEPUTY_LEADER: 3, Tier.SECTION_CHIEF: 8, Tier.STAFF: 18}
    _, after = tier_counts(_proposed(plan))
    assert after == {Tier.HEAD: 1, Tier.DEPUTY_IN_CHARGE: 3, Tier.STAFF: 26}


def test_spans_loads_and_imbalance() -> None:
    plan = _proposed(four_tier_plan())
    report = spans(plan)
    led = {d.name: (len(d.body_ids), d.people_led) for d in report.deputies}
    # 李: 党政综合办公室 (2 chiefs + 5 staff) + 财政管理所 (1 + 2); 张: 公共服务中心 (3 + 6); 赵: 执法中队 (2 + 5)
    assert led == {"李副镇长": (2, 10), "张副镇长": (1, 9), "赵副镇长": (1, 7)}
    assert report.mean_people_led == (10 + 9 + 7) / 3
    assert not any(d.level for d in report.deputies)
    loads = {b.name: (b.people, b.authorized_posts, b.leaders_before, b.leaders_after) for b in report.bodies}
    assert loads["公共服务中心"] == (9, 12, 3, 1)
    assert report.busy_factor == BUSY_FACTOR and report.idle_factor == IDLE_FACTOR

    # Give 赵 every body: he is busy, the others idle.
    zhao = plan.person_by_staff_id("B003")
    for body in list(plan.bodies.values()):
        apply_changes(plan, assign_deputy_changes(plan, body.id, zhao.id))
    report = spans(plan)
    levels = {d.name: d.level for d in report.deputies}
    assert levels == {"李副镇长": "idle", "张副镇长": "idle", "赵副镇长": "busy"}
    assert report.imbalanced


def test_body_load_imbalance_uses_ratio() -> None:
    plan = _proposed(four_tier_plan())
    plan.body_by_name("综合行政执法中队").authorized_posts = 40  # 7 / 40: far below the others
    report = spans(plan)
    levels = {b.name: b.level for b in report.bodies}
    assert levels["综合行政执法中队"] == "idle"
    assert sum(1 for v in levels.values() if v) == 1


def test_leadership_are_the_leaders_outside_the_bodies() -> None:
    from reformdesk.domain.tiers import leadership
    from tests.store.test_planfile import small_plan

    plan = small_plan()
    assert [p.staff_id for p in leadership(plan)] == ["QT001", "QT002"]
    staff = plan.person_by_staff_id("QT003")
    assert staff is not None
    staff.tier_after = Tier.DEPUTY_IN_CHARGE  # placed in a body: a member there, not in 领导班子
    assert [p.staff_id for p in leadership(plan)] == ["QT001", "QT002"]
