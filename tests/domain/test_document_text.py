"""The plan document's text: numbering, Chinese numerals, the composed parts, edits, storage, comparison."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reformdesk.domain import edits, section_edits
from reformdesk.domain.comparison import Action, compare
from reformdesk.domain.document_text import (
    GeneratedPart,
    Section,
    cn_date_written,
    cn_number,
    level_jumps,
    numbering,
    plan_sections,
)
from reformdesk.domain.model import Plan
from reformdesk.domain.plan_document import Heading, Paragraph, Table, compose
from reformdesk.domain.registry import EntityKind
from reformdesk.domain.validation import validate
from reformdesk.store.planfile import open_plan, save_plan
from tests.conftest import PLAN_ONE
from tests.domain.comparison_plans import redraft


def test_chinese_numerals_and_written_dates() -> None:
    assert [cn_number(n) for n in (1, 9, 10, 11, 20, 21, 99, 100, 105, 112)] == [
        "一", "九", "十", "十一", "二十", "二十一", "九十九", "一百", "一百零五", "一百一十二",
    ]  # fmt: skip
    assert cn_date_written(dt.date(2026, 12, 1)) == "二〇二六年十二月一日"
    assert cn_date_written(dt.date(2030, 10, 31)) == "二〇三〇年十月三十一日"


def _sections(*levels: int) -> list[Section]:
    return [Section(id=f"s{i}", seq=i, level=level, title=f"t{i}") for i, level in enumerate(levels, 1)]


def test_numbering_follows_the_levels_and_restarts_below_a_higher_heading() -> None:
    sections = _sections(0, 1, 2, 2, 3, 4, 4, 3, 1, 2, 0, 1)
    assert list(numbering(sections).values()) == [
        "", "一、", "（一）", "（二）", "1.", "（1）", "（2）", "2.", "二、", "（一）", "", "三、",
    ]  # fmt: skip
    assert [s.id for s in level_jumps(_sections(1, 3, 1, 2, 4))] == ["s2", "s5"]


def test_sample_document_has_every_generated_part_and_its_annexes() -> None:
    text = compose(open_plan(PLAN_ONE))
    assert text.title == "桥头镇经济发达镇行政管理体制改革实施方案"
    assert text.date == "二〇二六年十一月二十七日"
    headings = [b.full for b in text.body if isinstance(b, Heading)]
    for expected in (
        "一、指导思想",
        "二、基本原则",
        "三、主要任务",
        "（一）机构设置",
        "（二）管理层级",
        "四、保障措施",
        "五、时间安排",
    ):
        assert expected in headings
    assert "1.党政综合办公室" in headings  # a body under 机构设置, one level below it
    paragraphs = [b.text for b in text.body if isinstance(b, Paragraph)]
    assert any(p.startswith("改革前实行四级管理（负责人1名") for p in paragraphs)
    assert any("县级部门下放桥头镇的行政权力事项共113项" in p for p in paragraphs)
    assert "各事项的承接机构、承接时限和责任人见附件1。" in paragraphs
    assert "具体人员安排见附件2。" in paragraphs
    assert [(a.number, a.title) for a in text.annexes] == [
        (1, "桥头镇县级权限承接方案"),
        (2, "桥头镇人员安排表"),
        (3, "桥头镇职能机构“三定”规定"),
        (4, "桥头镇便民服务大厅窗口设置表和进驻事项清单"),
    ]
    # 主要任务's 便民服务 part is written from the hall, and its annex holds both lists.
    assert "（五）便民服务" in headings
    assert any("设置窗口14个" in p and "共67项进驻窗口办理" in p for p in paragraphs)
    assert any("进驻率" in p and "92.5%" in p for p in paragraphs)
    assert "各窗口设置和进驻事项见附件4。" in paragraphs
    windows, items = [b for b in text.annexes[3].blocks if isinstance(b, Table)]
    assert windows.columns[:3] == ("窗口编号", "窗口名称", "所属职能机构") and len(windows.rows) == 14
    assert len(items.rows) == 67 and text.annexes[3].landscape
    delegation = text.annexes[0].blocks[0]
    assert isinstance(delegation, Table) and len(delegation.rows) == 113
    assert any(row[0] == "12.1" or "." in row[0] for row in delegation.rows)  # sub-items numbered under their main
    charter = [b.full for b in text.annexes[2].blocks if isinstance(b, Heading)]
    assert charter[:4] == ["一、党政综合办公室", "（一）主要职责", "（二）内设岗位", "（三）人员编制和领导职数"]


def test_new_body_fields_are_written_when_filled(tmp_path: Path) -> None:
    from reformdesk.domain.model import PostCounts, PostType

    plan = open_plan(PLAN_ONE)
    body = next(iter(plan.bodies.values()))
    body.rank, body.duties = "正科级", ["负责党委政府日常运转", "负责综合协调"]
    body.posts_by_type = PostCounts.of({PostType.ADMINISTRATIVE: 6, PostType.INSTITUTION: 3})
    body.chief_posts, body.deputy_posts = 1, 1
    text = compose(plan)
    paragraphs = [b.text for b in text.body if isinstance(b, Paragraph)]
    assert "（1）负责党委政府日常运转。" in paragraphs
    assert any(p.startswith("机构规格为正科级，机构类别为内设机构") for p in paragraphs)
    assert "核定编制9名（行政编制6名、事业编制3名），领导职数1名（正职1名、副职1名）。" in paragraphs


def test_an_empty_plan_still_composes() -> None:
    plan = Plan()
    plan.sections["a"] = Section(id="a", seq=1, level=1, title="机构设置", part=GeneratedPart.BODIES)
    plan.sections["b"] = Section(id="b", seq=2, level=1, title="人员", part=GeneratedPart.PEOPLE)
    text = compose(plan)
    assert "（尚未设置职能机构。）" in [b.text for b in text.body if isinstance(b, Paragraph)]
    assert [a.number for a in text.annexes] == [1, 2] and text.date == ""


def test_add_move_remove_are_change_sets_that_undo() -> None:
    plan = open_plan(PLAN_ONE)
    before = [(s.id, s.seq) for s in plan_sections(plan)]
    first = before[0][0]
    changes, section = section_edits.add_section(plan, first, level=2, title="新的一节")
    changes.apply(plan)
    order = plan_sections(plan)
    assert order[1].id == section.id and [s.seq for s in order] == list(range(1, len(order) + 1))
    move = section_edits.move_section(plan, section.id, -1)
    move.apply(plan)
    assert plan_sections(plan)[0].id == section.id
    assert not section_edits.move_section(plan, section.id, -1)  # already first
    gone = edits.remove(plan, EntityKind.SECTION, [section.id])
    gone.apply(plan)
    gone.revert(plan)
    move.revert(plan)
    changes.revert(plan)
    assert [(s.id, s.seq) for s in plan_sections(plan)] == before


def test_sections_are_saved_compared_and_validated(tmp_path: Path) -> None:
    plan = open_plan(PLAN_ONE)
    save_plan(plan, tmp_path / "copy.rdplan")
    again = open_plan(tmp_path / "copy.rdplan")
    assert list(again.sections.values()) == list(plan.sections.values())
    assert again.info.doc_title == plan.info.doc_title

    other = redraft(plan)
    target = next(s for s in other.sections.values() if s.title == "指导思想")
    target.text = "改过的指导思想。"
    target.level = 2
    diffs = [d for d in compare(plan, other).differences if d.kind is EntityKind.SECTION]
    assert {(d.action, d.key, d.field) for d in diffs} == {
        (Action.CHANGED, "指导思想", "text"),
        (Action.CHANGED, "指导思想", "level"),
    }
    assert not [p for p in validate(plan) if p.entity_kind is EntityKind.SECTION]
    # （一） straight after the opening text, with no 一、 above it.
    jumps = [p for p in validate(other) if p.code == "section.level_jump"]
    assert [p.entity_id for p in jumps] == [target.id]


def test_people_outside_the_bodies_are_leaders_or_not_placed_yet() -> None:
    # A roster just imported (nobody placed yet) read in the plan document as
    # "另有12名（负责人、分管副职等）不在职能机构内安排": staff members called town leaders.
    from reformdesk.domain.model import Tier

    plan = open_plan(PLAN_ONE)
    for person in plan.people.values():
        person.body_id = None
        person.unit_id = None
    heads = sum(1 for p in plan.people.values() if p.tier_after in (Tier.HEAD, Tier.DEPUTY_IN_CHARGE))
    rest = len(plan.people) - heads
    assert heads and rest
    paragraphs = [b.text for b in compose(plan).body if isinstance(b, Paragraph)]
    line = next(p for p in paragraphs if p.startswith("全镇现有工作人员"))
    assert f"另有{heads}名（负责人、分管副职）不在职能机构内安排" in line
    assert f"{rest}名尚未安排到职能机构" in line


def _outline_plan() -> Plan:
    from reformdesk.domain.templates import new_plan

    return new_plan("empty", town="城关镇")  # the standard outline, no prose written


def test_unwritten_headings_print_a_prompt_never_a_bare_heading() -> None:
    # The clerk's 城关镇 plan: 指导思想, 基本原则, 保障措施, 时间安排 printed alone on paper.
    plan = _outline_plan()
    body = compose(plan).body
    headings = [b.full for b in body if isinstance(b, Heading) and b.level == 1]
    assert headings == ["一、指导思想", "二、基本原则", "三、主要任务", "四、保障措施", "五、时间安排"]
    for i, block in enumerate(body):
        if isinstance(block, Heading) and block.text in ("指导思想", "基本原则", "保障措施", "时间安排"):
            prompt = body[i + 1]
            assert isinstance(prompt, Paragraph) and prompt.prompt, block.text
            assert prompt.text.startswith("（待补充：") and prompt.section_id == block.section_id
    assert body[body.index(next(b for b in body if isinstance(b, Heading) and b.text == "指导思想")) + 1].text == (
        "（待补充：改革的指导思想和总体目标。）"
    )
    # 主要任务 has its generated sub-headings under it: no prompt there, nor under a written section.
    tasks = next(i for i, b in enumerate(body) if isinstance(b, Heading) and b.text == "主要任务")
    assert isinstance(body[tasks + 1], Heading)
    guide = next(s for s in plan.sections.values() if s.title == "指导思想")
    guide.text = "坚持以人民为中心。"
    body = compose(plan).body
    assert not any(isinstance(b, Paragraph) and b.prompt and b.section_id == guide.id for b in body)
    assert sum(isinstance(b, Paragraph) and b.prompt for b in body) == 3


def test_unwritten_headings_are_problems_named_by_their_numbers() -> None:
    plan = _outline_plan()
    bare = [p for p in validate(plan) if p.code == "section.bare"]
    assert [p.message for p in bare] == [
        "方案文本“一、指导思想”尚未填写（方案文本中显示为“待补充”）",
        "方案文本“二、基本原则”尚未填写（方案文本中显示为“待补充”）",
        "方案文本“四、保障措施”尚未填写（方案文本中显示为“待补充”）",
        "方案文本“五、时间安排”尚未填写（方案文本中显示为“待补充”）",
    ]
    assert all(p.entity_kind is EntityKind.SECTION and p.entity_id in plan.sections for p in bare)
    # A heading whose lower headings carry the text is not bare; an empty lower one is.
    principles = next(s for s in plan.sections.values() if s.title == "基本原则")
    child = Section(id="s-child", seq=principles.seq, level=2, title="坚持党的领导", text="把党的领导贯穿始终。")
    empty = Section(id="s-empty", seq=principles.seq, level=2, title="坚持便民高效")
    for s in plan.sections.values():
        if s.seq > principles.seq:
            s.seq += 2
    child.seq, empty.seq = principles.seq + 1, principles.seq + 2
    plan.sections |= {child.id: child, empty.id: empty}
    bare = {p.entity_id for p in validate(plan) if p.code == "section.bare"}
    assert principles.id not in bare and child.id not in bare and empty.id in bare
    assert compose(plan).body[2:7] == (
        Heading(1, "二、", "基本原则", principles.id),
        Heading(2, "（一）", "坚持党的领导", "s-child"),
        Paragraph("把党的领导贯穿始终。", "s-child"),
        Heading(2, "（二）", "坚持便民高效", "s-empty"),
        Paragraph("（待补充：本节内容。）", "s-empty", prompt=True),
    )


def test_numbering_stays_right_whichever_sections_are_present() -> None:
    plan = _outline_plan()
    for title in ("指导思想", "保障措施"):
        del plan.sections[next(s.id for s in plan.sections.values() if s.title == title)]
    headings = [b.full for b in compose(plan).body if isinstance(b, Heading) and b.level == 1]
    assert headings == ["一、基本原则", "二、主要任务", "三、时间安排"]
    messages = [p.message for p in validate(plan) if p.code == "section.bare"]
    assert messages == [
        "方案文本“一、基本原则”尚未填写（方案文本中显示为“待补充”）",
        "方案文本“三、时间安排”尚未填写（方案文本中显示为“待补充”）",
    ]


def test_a_written_sample_has_no_prompt_and_no_bare_heading() -> None:
    plan = open_plan(PLAN_ONE)
    assert not any(isinstance(b, Paragraph) and b.prompt for b in compose(plan).body)
    assert not [p for p in validate(plan) if p.code == "section.bare"]
