"""Validation: each rule fires for the right entity, with a Chinese message."""

from __future__ import annotations

import datetime as dt

from reformdesk.domain.model import Plan, Tier
from reformdesk.domain.validation import CODES, Severity, validate
from tests.store.test_planfile import small_plan


def codes(plan: Plan) -> list[tuple[str, str | None]]:
    return [(p.code, p.entity_id) for p in validate(plan)]


def test_small_plan_is_clean() -> None:
    assert validate(small_plan()) == []


def test_unplaced_unit_and_person() -> None:
    plan = small_plan()
    unit = plan.add_unit("文化站")
    person = plan.add_person("QT009", "孙丽", unit_id=unit.id)
    found = codes(plan)
    assert ("unit.unplaced", unit.id) in found
    assert ("person.unplaced", person.id) in found


def test_a_person_without_staff_id_is_named_without_empty_brackets() -> None:
    """问题清单 printed 孙丽（）尚未安排到职能机构 for a person without 工号: the name alone, then."""
    plan = small_plan()
    plan.add_person("", "孙丽")
    plan.add_person("QT009", "周敏")
    messages = {p.message for p in validate(plan) if p.code == "person.unplaced"}
    assert messages == {"孙丽尚未安排到职能机构", "周敏（QT009）尚未安排到职能机构"}
    assert not any("（）" in p.message for p in validate(plan))


def test_body_without_deputy_and_deputy_of_wrong_tier() -> None:
    plan = small_plan()
    body = next(iter(plan.bodies.values()))
    deputy = plan.people[body.deputy_id]
    deputy.tier_after = Tier.STAFF
    assert ("body.deputy_not_in_charge", body.id) in codes(plan)
    body.deputy_id = None
    assert ("body.no_deputy", body.id) in codes(plan)


def test_section_chief_left_after_reform() -> None:
    plan = small_plan()
    staff = plan.person_by_staff_id("QT003")
    assert staff is not None
    staff.tier_after = Tier.SECTION_CHIEF
    problems = [p for p in validate(plan) if p.code == "person.old_tier"]
    assert [p.entity_id for p in problems] == [staff.id]
    assert "赵文" in problems[0].message and "科室长" in problems[0].message


def test_reports_to_wrong_and_cycle() -> None:
    plan = small_plan()
    head = plan.person_by_staff_id("QT001")
    staff = plan.person_by_staff_id("QT003")
    assert head and staff
    staff.reports_to_id = head.id
    assert ("person.reports_to_wrong", staff.id) in codes(plan)
    head.reports_to_id = staff.id  # head → staff → head
    cycle = {eid for code, eid in codes(plan) if code == "person.reporting_cycle"}
    assert cycle == {head.id, staff.id}


def test_over_posts_and_leaders() -> None:
    plan = small_plan()
    body = next(iter(plan.bodies.values()))
    body.authorized_posts = 0
    body.leadership_posts = 0
    found = codes(plan)
    assert ("body.over_posts", body.id) in found
    assert ("body.over_leaders", body.id) in found


def test_power_rules() -> None:
    plan = small_plan()
    power = next(iter(plan.powers.values()))
    other = plan.add_body("财政管理所", authorized_posts=3, leadership_posts=1)
    power.body_id = other.id
    assert ("power.official_elsewhere", power.id) in codes(plan)
    power.deadline = dt.date(2026, 1, 1)
    problem = next(p for p in validate(plan) if p.code == "power.deadline_before_plan")
    assert "2026年1月1日" in problem.message and "2026年11月27日" in problem.message
    power.body_id = power.deadline = power.official_id = None
    found = codes(plan)
    for code in ("power.no_body", "power.no_deadline", "power.no_official"):
        assert (code, power.id) in found
    dup = plan.add_power(power.code, "重复编码的事项")
    dup_found = {eid for code, eid in codes(plan) if code == "power.duplicate_code"}
    assert dup_found == {power.id, dup.id}


def test_every_code_has_a_severity_and_messages_are_chinese() -> None:
    plan = small_plan()
    plan.add_unit("林业站")
    plan.add_power("X", "空事项")
    for problem in validate(plan):
        assert problem.code in CODES
        assert isinstance(problem.severity, Severity)
        assert any("\u4e00" <= ch <= "\u9fff" for ch in problem.message)


def test_two_bodies_of_one_name_are_an_error() -> None:
    plan = small_plan()
    first = next(iter(plan.bodies.values()))
    second = plan.add_body(" 公共服务中心 ", authorized_posts=3, leadership_posts=1)
    problems = [p for p in validate(plan) if p.code == "body.duplicate_name"]
    assert {p.entity_id for p in problems} == {first.id, second.id}
    assert CODES["body.duplicate_name"] is Severity.ERROR
    assert "公共服务中心" in problems[0].message
    second.name = "财政管理所"
    assert not [p for p in validate(plan) if p.code == "body.duplicate_name"]


def test_renaming_a_body_to_another_bodys_name_changes_nothing() -> None:
    from reformdesk.domain import edits

    plan = small_plan()
    first = next(iter(plan.bodies.values()))
    second = plan.add_body("财政管理所")
    assert not edits.rename_body(plan, second.id, " 公共服务中心")
    assert edits.rename_body(plan, second.id, "财政所")
    assert edits.body_named(plan, "公共服务中心") is first
    assert edits.body_named(plan, "公共服务中心", first.id) is None


def test_a_deputy_in_charge_reporting_to_another_deputy_is_warned() -> None:
    # A section chief made a deputy in charge keeps her line to the deputy she reported to.
    plan = small_plan()
    deputy = plan.person_by_staff_id("QT002")
    staff = plan.person_by_staff_id("QT003")
    assert deputy and staff
    assert staff.reports_to_id == deputy.id
    staff.tier_after = Tier.DEPUTY_IN_CHARGE
    problems = [p for p in validate(plan) if p.code == "person.deputy_reports_wrong"]
    assert [p.entity_id for p in problems] == [staff.id]
    assert problems[0].severity is Severity.WARNING
    assert "王建国" in problems[0].message and "李红梅" in problems[0].message
    staff.reports_to_id = plan.person_by_staff_id("QT001").id  # type: ignore[union-attr]
    assert not [p for p in validate(plan) if p.code == "person.deputy_reports_wrong"]


def test_messages_are_templates_filled_with_parameters() -> None:
    from reformdesk.domain.validation import render

    plan = small_plan()
    plan.add_unit("林业站")
    power = next(iter(plan.powers.values()))
    power.deadline = dt.date(2026, 1, 1)
    problems = validate(plan)
    assert problems
    for problem in problems:
        assert problem.template and render(problem.template, problem.params) == problem.message
    late = next(p for p in problems if p.code == "power.deadline_before_plan")
    assert late.params["deadline"] == dt.date(2026, 1, 1)
    assert late.as_dict().keys() == {"code", "severity", "message", "entity_kind", "entity_id"}  # JSON as documented


def test_readme_lists_every_code() -> None:
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    for code in CODES:
        assert f"`{code}`" in readme, code


def test_every_problem_code_has_a_name() -> None:
    """The 问题清单 printed body.over_posts_of_type where its name belonged: a code without a name."""
    from reformdesk.domain.validation import NAMES

    assert sorted(set(CODES) - set(NAMES)) == []
