"""compare(): matching, differences and key figures."""

from __future__ import annotations

import datetime as dt

import pytest

from reformdesk.domain.comparison import PLACEMENT, Action, compare
from reformdesk.domain.model import Tier
from reformdesk.domain.registry import EntityKind
from tests.domain.comparison_plans import alternative, edit, redraft, small_plan


def idents(comparison) -> set[tuple[str, str, str, str]]:
    return {d.ident for d in comparison.differences}


def test_plan_compared_with_itself_has_no_difference():
    plan = small_plan()
    c = compare(plan, plan)
    assert c.matching == "id"
    assert c.differences == []
    assert c.same
    assert all(r.diff == 0 for r in c.figures)


def test_alternative_shows_exactly_the_edits():
    a = small_plan()
    b = alternative(a)
    expected = edit(b)
    c = compare(a, b)
    assert c.matching == "id"
    assert idents(c) == expected
    assert len(c.differences) == len(expected)


def test_differences_read_as_chinese_and_keep_ids():
    a = small_plan()
    b = alternative(a)
    edit(b)
    by = {d.ident: d for d in compare(a, b).differences}
    deadline = by[("power", "changed", "XK-001", "deadline")]
    assert (deadline.a_value, deadline.b_value) == ("2027年3月31日", "2027年6月30日")
    assert deadline.label == "XK-001 食品经营许可"
    assert deadline.field_label == "承接时限"
    assert deadline.a_id == deadline.b_id == a.powers[deadline.a_id].id
    body = by[("power", "changed", "CF-002", "body_id")]
    assert (body.a_value, body.b_value) == ("综合行政执法中队", "公共服务中心")
    deputy = by[("body", "changed", "综合行政执法中队", "deputy_id")]
    assert (deputy.a_value, deputy.b_value) == ("张强", "王芳")
    moved = by[("unit", "moved", "文化站", "body_id")]
    assert (moved.a_value, moved.b_value) == ("公共服务中心", "综合行政执法中队")
    person = by[("person", "moved", "Q008", PLACEMENT)]
    assert person.label == "周敏（Q008）"
    assert person.a_value == "财政管理所（原科室：财政所）"
    assert person.b_value == "公共服务中心（原科室：财政所）"
    tier = by[("person", "changed", "Q005", "tier_after")]
    assert (tier.a_value, tier.b_value) == ("干部", "分管副职")
    removed = by[("power", "removed", "GF-001", "")]
    assert removed.a_value == "GF-001 临时救助金发放（财政管理所）" and removed.b_value == ""
    assert removed.a_id is not None and removed.b_id is None
    added = by[("power", "added", "QR-001", "")]
    assert added.a_id is None and added.b_id in b.powers
    assert added.b_value == "QR-001 户籍证明确认（公共服务中心）"
    name = by[("plan", "changed", "name", "name")]
    assert (name.a_value, name.b_value, name.label) == ("方案一", "方案二", "方案名称")


def test_order_is_stable_and_grouped_by_kind():
    a = small_plan()
    b = alternative(a)
    edit(b)
    first = compare(a, b).differences
    assert first == compare(a, b).differences
    order = [EntityKind.PLAN, EntityKind.BODY, EntityKind.UNIT, EntityKind.PERSON, EntityKind.POWER]
    ranks = [order.index(d.kind) for d in first]
    assert ranks == sorted(ranks)


def test_plans_drafted_apart_match_by_natural_key():
    a = small_plan()
    b = redraft(a)
    assert not set(a.powers) & set(b.powers)
    c = compare(a, b)
    assert c.matching == "key"
    assert c.differences == []


def test_plans_drafted_apart_show_exactly_the_edits():
    a = small_plan()
    b = redraft(a)
    expected = edit(b)
    c = compare(a, b)
    assert c.matching == "key"
    assert idents(c) == expected


def test_renamed_body_is_a_change_not_delete_and_add():
    a = small_plan()
    b = redraft(a)
    b.body_by_name("财政管理所").name = "经济发展办公室"  # type: ignore[union-attr]
    c = compare(a, b)
    assert [(d.kind, d.action, d.field, d.a_value, d.b_value) for d in c.differences] == [
        (EntityKind.BODY, Action.CHANGED, "name", "财政管理所", "经济发展办公室")
    ]
    # The figures line the renamed body up with itself.
    assert any(r.section == "职能机构：财政管理所／经济发展办公室" for r in c.figures)


def test_renamed_body_with_other_units_is_delete_and_add():
    a = small_plan()
    b = redraft(a)
    finance = b.body_by_name("财政管理所")
    assert finance
    finance.name = "经济发展办公室"
    b.unit_by_name("财政所").body_id = b.body_by_name("公共服务中心").id  # type: ignore[union-attr]
    c = compare(a, b)
    actions = {(d.kind, d.action, d.key) for d in c.differences}
    assert (EntityKind.BODY, Action.REMOVED, "财政管理所") in actions
    assert (EntityKind.BODY, Action.ADDED, "经济发展办公室") in actions


def test_key_figures_side_by_side():
    a = small_plan()
    b = alternative(a)
    edit(b)
    rows = {(r.section, r.label): r for r in compare(a, b).figures}
    assert (rows[("改革后人员层级", "分管副职")].a, rows[("改革后人员层级", "分管副职")].b) == (2, 3)
    assert rows[("改革后人员层级", "分管副职")].diff == 1
    assert (rows[("改革前人员层级", "副职领导")].a, rows[("改革前人员层级", "副职领导")].b) == (2, 2)
    service = "职能机构：公共服务中心"
    # A: 党政办 (李明, 王芳, 刘洋) + 文化站 (赵丽); B: 文化站 left, 周敏 placed here.
    assert (rows[(service, "在岗人数")].a, rows[(service, "在岗人数")].b) == (4, 4)
    assert (rows[(service, "编制数")].a, rows[(service, "编制数")].b) == (6, 7)
    assert (rows[(service, "承接事项")].a, rows[(service, "承接事项")].b) == (1, 3)
    # 王芳 leads 公共服务中心 and 财政管理所 in A, and 综合行政执法中队 too in B.
    deputy = "分管副职：王芳"
    assert (rows[(deputy, "分管机构数")].a, rows[(deputy, "分管机构数")].b) == (2, 3)
    assert (rows[("分管副职：张强", "分管机构数")].a, rows[("分管副职：张强", "分管机构数")].b) == (1, 0)
    assert (rows[("权力事项", "事项总数")].a, rows[("权力事项", "事项总数")].b) == (4, 4)
    assert (rows[("权力事项", "未确定承接机构")].a, rows[("权力事项", "未确定承接机构")].b) == (0, 0)
    assert rows[("待解决问题", "警告")].a is not None


def test_figures_row_missing_on_one_side_has_no_diff():
    a = small_plan()
    b = alternative(a)
    b.add_body("党建工作办公室", authorized_posts=2)
    rows = {(r.section, r.label): r for r in compare(a, b).figures}
    row = rows[("职能机构：党建工作办公室", "编制数")]
    assert (row.a, row.b, row.diff) == (None, 2, None)


def test_plan_date_and_sites_are_compared():
    a = small_plan()
    b = alternative(a)
    b.info.date = dt.date(2026, 12, 1)
    b.body_by_name("公共服务中心").sites.append("桥头村便民服务站")  # type: ignore[union-attr]
    by = {d.ident: d for d in compare(a, b).differences}
    assert by[("plan", "changed", "date", "date")].b_value == "2026年12月1日"
    sites = by[("body", "changed", "公共服务中心", "sites")]
    assert (sites.a_value, sites.b_value) == ("便民大厅", "便民大厅、桥头村便民服务站")


def test_figures_can_be_skipped():
    a = small_plan()
    assert compare(a, alternative(a), figures=False).figures == []


@pytest.mark.parametrize("change", ["in place", "reordered", "removed and added"])
def test_id_matching_finds_the_same_differences_as_looking_at_every_pair(change: str):
    # compare() by id tells the equal pairs apart in C (by position when both plans hold the
    # same ids in the same order) and looks at the rest only; the loop over every entity
    # (what recompare runs for the entities it redoes) is the reference.
    import random

    from reformdesk.domain.comparison import _compare_kind, match
    from reformdesk.domain.registry import ENTITY_KINDS, KINDS
    from reformdesk.samples.synthetic import generate_plan

    a = generate_plan(powers=300, people=60, units=24, seed=3, hall=True)
    b = alternative(a)
    rnd = random.Random(3)
    for power in rnd.sample(list(b.powers.values()), 20):
        power.note += "改"
    for person in rnd.sample(list(b.people.values()), 5):
        person.body_id = rnd.choice(list(b.bodies))
    for kind in ENTITY_KINDS:
        table = KINDS[kind].entities(b)
        if change == "reordered":
            items = list(table.items())
            rnd.shuffle(items)
            table.clear()
            table.update(items)
        elif change == "removed and added":
            for eid in rnd.sample(list(table), min(len(table), 4)):
                del table[eid]  # 删除 in A's order among the 变更
    if change == "removed and added":
        b.add_power("NEW-001", "新增事项")
    m = match(a, b)
    assert m.mode == "id"
    c = compare(a, b, figures=False)
    for kind in ENTITY_KINDS:
        every = _compare_kind(a, b, kind, m, list(KINDS[kind].entities(a)), list(KINDS[kind].entities(b)))
        assert c.segments[kind] == every, kind
    assert {d.action for d in c.differences} >= {Action.CHANGED, Action.MOVED}
    if change == "removed and added":
        assert {d.action for d in c.differences} >= {Action.REMOVED, Action.ADDED}


def test_people_without_staff_id_are_named_without_empty_brackets():
    # A roster with no 工号 column: the clerk's compare list read 赵明（） and 赵明（，干部，…）.
    a = small_plan()
    b = alternative(a)
    kept = next(p for p in b.people.values() if p.staff_id == "Q005")
    b.people[kept.id].unit_id = None  # placed elsewhere in B: a changed difference
    a.people[kept.id].staff_id = b.people[kept.id].staff_id = ""
    newcomer = b.add_person("", "赵明", tier_before=Tier.STAFF, tier_after=Tier.STAFF)
    people = {d.b_id or d.a_id: d for d in compare(a, b).differences if d.kind is EntityKind.PERSON}
    assert people[newcomer.id].label == "赵明"
    assert people[newcomer.id].b_value.startswith("赵明（干部，")
    assert people[kept.id].label == b.people[kept.id].name
    assert all("（）" not in d.label and "（，" not in d.b_value + d.a_value for d in people.values())
    # With a 工号 the label keeps it: two people of one name stay apart.
    other = b.add_person("Q099", "赵明", tier_before=Tier.STAFF, tier_after=Tier.STAFF)
    labels = {d.b_id: d.label for d in compare(a, b).differences if d.kind is EntityKind.PERSON}
    assert labels[other.id] == "赵明（Q099）" and labels[newcomer.id] == "赵明"
