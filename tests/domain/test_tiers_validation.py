"""The tier rules in validate(): each problem says who and why, in Chinese."""

from __future__ import annotations

import copy

from reformdesk.domain.model import Tier
from reformdesk.domain.tiers import apply_changes, propose_three_tiers
from reformdesk.domain.validation import validate
from tests.domain.test_tiers import four_tier_plan


def _messages(plan, code: str) -> list[str]:
    return [p.message for p in validate(plan) if p.code == code]


def test_four_tier_plan_problems_name_people_and_reasons() -> None:
    plan = four_tier_plan()
    old = _messages(plan, "person.old_tier")
    assert len(old) == 3 + 8  # deputy leaders and section chiefs
    assert "党政办主任（C001）改革后仍为科室长，三级管理中已无此层级" in old
    no_deputy = _messages(plan, "body.no_deputy")
    assert len(no_deputy) == 4
    assert any("公共服务中心" in m and "在岗9人无人分管" in m for m in no_deputy)


def test_reports_to_wrong_says_whom_now() -> None:
    plan = four_tier_plan()
    apply_changes(plan, propose_three_tiers(plan))
    clerk = plan.person_by_staff_id("D002")
    chief = plan.person_by_staff_id("C001")
    clerk.reports_to_id = chief.id
    (msg,) = [p.message for p in validate(plan) if p.code == "person.reports_to_wrong"]
    assert msg == "党政办干部1（D002）应向“党政综合办公室”的分管副职李副镇长报告，现向党政办主任（干部）报告"
    clerk.reports_to_id = None
    (msg,) = _messages(plan, "person.reports_to_wrong")
    assert msg.endswith("现未指定汇报对象")


def test_cycle_message_shows_the_loop_from_each_person() -> None:
    plan = four_tier_plan()
    apply_changes(plan, propose_three_tiers(plan))
    head = plan.person_by_staff_id("A001")
    li = plan.person_by_staff_id("B001")
    head.reports_to_id = li.id
    msgs = sorted(_messages(plan, "person.reporting_cycle"))
    assert msgs == [
        "李副镇长（B001）的汇报关系形成循环：李副镇长 → 王镇长 → 李副镇长",
        "王镇长（A001）的汇报关系形成循环：王镇长 → 李副镇长 → 王镇长",
    ]


def test_over_leaders_names_the_leaders() -> None:
    plan = four_tier_plan()
    apply_changes(plan, propose_three_tiers(plan))
    after = copy.deepcopy(plan)
    body = after.body_by_name("财政管理所")  # 领导职数 1: its deputy 李副镇长
    chief = after.person_by_staff_id("C024")
    assert after.body_of(chief) == body.id
    chief.tier_after = Tier.SECTION_CHIEF
    (msg,) = _messages(after, "body.over_leaders")
    assert msg == "职能机构“财政管理所”领导2名（李副镇长、财政所主任），超出领导职数1"
