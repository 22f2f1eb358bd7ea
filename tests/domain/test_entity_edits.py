"""Units, people and plan settings edited as change sets; 编制 by type in validation."""

from __future__ import annotations

import copy

from reformdesk.domain import edits
from reformdesk.domain.model import Plan, PostCounts, PostType, Tier
from reformdesk.domain.posts import body_posts
from reformdesk.domain.templates import new_plan
from reformdesk.domain.validation import validate


def _plan() -> Plan:
    plan = Plan()
    body = plan.add_body("公共服务中心", id="b", authorized_posts=3, leadership_posts=1)
    unit = plan.add_unit("党政办", id="u", body_id=body.id)
    plan.add_person("001", "张伟", id="p1", tier_before=Tier.DEPUTY_LEADER, tier_after=Tier.DEPUTY_IN_CHARGE)
    plan.add_person("002", "李娜", id="p2", unit_id=unit.id, reports_to_id="p1")
    body.deputy_id = "p1"
    plan.add_power("X1", "事项", id="w", body_id=body.id, official_id="p1")
    return plan


def test_add_edit_remove_unit_revert_exactly() -> None:
    plan = _plan()
    before = copy.deepcopy(plan)
    changes, unit = edits.add_unit(plan, " 财政所 ", kind="站所", post_type=PostType.INSTITUTION, authorized_posts=3)
    changes.apply(plan)
    assert plan.units[unit.id].name == "财政所"
    assert not edits.add_unit(plan, "财政所")[0], "a taken name adds nothing"
    assert not edits.edit_unit(plan, unit.id, {"name": "党政办"}), "nor may an edit take it"
    edit = edits.edit_unit(plan, unit.id, {"authorized_posts": 4, "head_count": 2})
    edit.apply(plan)
    assert plan.units[unit.id].authorized_posts == 4
    from reformdesk.domain.registry import EntityKind

    gone = edits.remove(plan, EntityKind.UNIT, ["u"])
    gone.apply(plan)
    assert plan.people["p2"].unit_id is None, "its people stay, without a unit"
    for step in (gone, edit, changes):
        step.revert(plan)
    assert plan == before


def test_people_added_edited_and_what_removing_them_unlinks() -> None:
    plan = _plan()
    changes, person = edits.add_person(plan, "003", "王芳", unit_id="u", tier_before=Tier.SECTION_CHIEF)
    assert person.tier_after is Tier.SECTION_CHIEF
    changes.apply(plan)
    assert edits.person_problems(plan, "赵敏", "003") == ["工号003已是王芳的工号"]
    assert not edits.add_person(plan, "003", "赵敏")[0]
    assert not edits.add_person(plan, "", " ")[0]
    edit = edits.edit_person(plan, person.id, {"tier_before": Tier.STAFF, "grade": "一级科员"})
    edit.apply(plan)
    assert (plan.people[person.id].tier_before, plan.people[person.id].tier_after) == (Tier.STAFF, Tier.STAFF)

    links = edits.person_links(plan, ["p1"])
    assert links.deputy_of == ("b",) and links.official_of == ("w",) and links.superior_of == ("p2",)
    assert links.describe(plan) == [
        "不再分管：公共服务中心",
        "不再是 1 项事项的责任人：事项",
        "1 人不再有汇报对象：李娜",
    ]
    assert not edits.person_links(plan, ["p2"])


def test_new_plan_from_templates() -> None:
    empty = new_plan("empty", town="柳溪镇", county="示例县", office="示例编办")
    assert (empty.info.name, empty.info.county, empty.info.office) == (
        "柳溪镇行政管理体制改革方案",
        "示例县",
        "示例编办",
    )
    assert not empty.bodies
    qiaotou = new_plan("qiaotou", town="柳溪镇")
    assert len(qiaotou.bodies) == 6 and qiaotou.info.town == "柳溪镇" and qiaotou.info.county == ""
    other = _plan()
    other.bodies["b"].posts_by_type = PostCounts.of({PostType.ADMINISTRATIVE: 3})
    copied = new_plan(other, name="新方案")
    (body,) = copied.bodies.values()
    assert body.name == "公共服务中心" and body.id != "b" and body.deputy_id is None
    assert body.posts_by_type.get(PostType.ADMINISTRATIVE) == 3


def test_posts_by_type_over_mixed_and_vacant() -> None:
    plan = _plan()
    body = plan.bodies["b"]
    body.posts_by_type = PostCounts.of({PostType.ADMINISTRATIVE: 1, PostType.INSTITUTION: 2})
    plan.people["p2"].post_type = PostType.ADMINISTRATIVE
    plan.add_person("003", "王芳", unit_id="u", post_type=PostType.ADMINISTRATIVE)
    plan.add_person("004", "陈静", unit_id="u", post_type=PostType.WORKER)
    codes = [p.code for p in validate(plan)]
    assert codes.count("body.over_posts_of_type") == 1
    assert codes.count("person.mixed_post") == 1
    use = body_posts(plan, body)
    assert use.use(PostType.ADMINISTRATIVE).over == 1
    assert use.use(PostType.INSTITUTION).vacant == 2
    messages = [p.message for p in validate(plan) if p.code.endswith(("of_type", "mixed_post"))]
    assert messages == [
        "职能机构“公共服务中心”行政编制在岗2人，超出该类编制1名（超编1）",
        "陈静（004）为工勤，但职能机构“公共服务中心”没有工勤（混岗）",
    ]
    body.posts_by_type = PostCounts()
    assert "person.mixed_post" not in [p.code for p in validate(plan)], "no split by type: nothing to mix"


def test_a_new_plan_starts_with_the_standard_outline_of_its_document() -> None:
    from reformdesk.domain.document_text import GeneratedPart, level_jumps, ordered
    from reformdesk.domain.plan_document import compose

    plan = new_plan("empty", town="石门镇", office="大通县委编办")
    sections = ordered(plan.sections.values())
    assert [s.title for s in sections if s.level == 1] == ["指导思想", "基本原则", "主要任务", "保障措施", "时间安排"]
    assert {s.part for s in sections} >= {GeneratedPart.BODIES, GeneratedPart.POWERS, GeneratedPart.PEOPLE}
    assert not level_jumps(sections) and all(s.title for s in sections)
    # Its Word document has the delegation and staffing annexes from the first export.
    assert [a.number for a in compose(plan).annexes][:2] == [1, 2]
    again = new_plan("empty")
    assert not set(again.sections) & set(plan.sections)  # new ids each time
