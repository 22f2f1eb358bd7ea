"""Status, search, filter, order and counts of the delegation plan's powers."""

from __future__ import annotations

import datetime as dt

from reformdesk.domain.model import Plan, PowerType
from reformdesk.domain.powers import (
    NO_BODY,
    PowerFilter,
    PowerStatus,
    count_powers,
    filter_ids,
    officials_for,
    ordered_ids,
    power_status,
    power_statuses,
    problems_by_power,
    search_key,
    sort_key,
    source_departments,
    with_sub_items,
)

TODAY = dt.date(2026, 11, 27)


def make_plan() -> Plan:
    """Two bodies, three people, four powers and one sub-item, each in a different state."""
    plan = Plan()
    plan.info.date = dt.date(2026, 1, 1)
    b1 = plan.add_body("公共服务中心", id="b1")
    b2 = plan.add_body("综合行政执法中队", id="b2")
    plan.add_person("S1", "张三", id="zhang", body_id=b1.id, post="主任")
    plan.add_person("S2", "李四", id="li", body_id=b2.id)
    plan.add_person("S3", "王五", id="wang")
    plan.add_power(
        "630121-XK-001",
        "食品经营许可",
        id="p1",
        type=PowerType.LICENSING,
        legal_basis="《中华人民共和国食品安全法》第三十五条",
        source_department="县市场监管局",
        body_id=b1.id,
        deadline=dt.date(2030, 12, 31),
        official_id="zhang",
    )
    plan.add_power(
        "630121-XK-001-1", "食品经营许可（新办）", id="p1a", parent_id="p1", source_department="县市场监管局"
    )
    plan.add_power(
        "630121-CF-002",
        "对未取得许可从事食品经营的处罚",
        id="p2",
        type=PowerType.PENALTY,
        source_department="县市场监管局",
        deadline=dt.date(2026, 6, 30),
    )
    plan.add_power(
        "630121-CF-003",
        "对违法建设的处罚",
        id="p3",
        type=PowerType.PENALTY,
        legal_basis="《城乡规划法》第六十四条",
        source_department="县住建局",
        body_id=b2.id,
        official_id="zhang",
    )
    plan.add_power(
        "630121-JC-004", "对燃气经营的检查", id="p4", type=PowerType.INSPECTION, source_department="县住建局"
    )
    return plan


def _statuses(plan: Plan, today: dt.date = TODAY) -> dict:
    return {pid: power_status(plan, p, today) for pid, p in plan.powers.items()}


def _filter(plan: Plan, **kw: object) -> list[str]:
    keys = {pid: search_key(p) for pid, p in plan.powers.items()}
    return filter_ids(plan, ordered_ids(plan), PowerFilter(**kw), keys, _statuses(plan))  # type: ignore[arg-type]


def test_status_partition_and_overdue() -> None:
    plan = make_plan()
    st = _statuses(plan)
    assert st["p1"].state is PowerStatus.DONE and not st["p1"].overdue
    assert st["p1a"].state is PowerStatus.DONE  # takes over body, deadline, official of p1
    assert st["p2"].state is PowerStatus.UNASSIGNED and st["p2"].overdue
    assert st["p2"].label == "未分配（已逾期）"
    assert st["p3"].state is PowerStatus.INCOMPLETE and not st["p3"].overdue  # no deadline: never overdue
    assert st["p4"].state is PowerStatus.UNASSIGNED and st["p4"].label == "未分配"


def test_overdue_is_strictly_before_today_and_never_for_done_powers() -> None:
    plan = make_plan()
    p2 = plan.powers["p2"]
    assert not power_status(plan, p2, dt.date(2026, 6, 30)).overdue  # due today is not late yet
    assert power_status(plan, p2, dt.date(2026, 7, 1)).overdue
    assert not power_status(plan, plan.powers["p1"], dt.date(2031, 1, 1)).overdue  # DONE


def test_body_or_official_no_longer_in_plan_counts_as_missing() -> None:
    plan = make_plan()
    del plan.bodies["b2"]
    assert power_status(plan, plan.powers["p3"], TODAY).state is PowerStatus.UNASSIGNED
    plan = make_plan()
    del plan.people["zhang"]
    assert power_status(plan, plan.powers["p1"], TODAY).state is PowerStatus.INCOMPLETE


def test_text_filter_all_terms_on_code_name_basis_case_and_width_insensitive() -> None:
    plan = make_plan()
    assert _filter(plan, text="食品") == ["p1", "p1a", "p2"]
    assert _filter(plan, text="食品 处罚") == ["p2"]
    assert _filter(plan, text="cf-00") == ["p2", "p3"]  # codes are upper case
    assert _filter(plan, text="ＣＦ－００３") == ["p3"]  # full-width typing
    assert _filter(plan, text="城乡规划法") == ["p3"]  # legal basis
    assert _filter(plan, text="  ") == ["p1", "p1a", "p2", "p3", "p4"]


def test_type_department_body_and_status_filters() -> None:
    plan = make_plan()
    assert _filter(plan, type=PowerType.PENALTY) == ["p2", "p3"]
    assert _filter(plan, source_department="县住建局") == ["p3", "p4"]
    assert _filter(plan, body_id="b1") == ["p1", "p1a"]  # the sub-item's body is its main item's
    assert _filter(plan, body_id=NO_BODY) == ["p2", "p4"]
    assert _filter(plan, status=PowerStatus.UNASSIGNED) == ["p2", "p4"]
    assert _filter(plan, status=PowerStatus.INCOMPLETE) == ["p3"]
    assert _filter(plan, status=PowerStatus.DONE) == ["p1", "p1a"]
    assert _filter(plan, status=PowerStatus.OVERDUE) == ["p2"]
    assert _filter(plan, type=PowerType.PENALTY, status=PowerStatus.UNASSIGNED) == ["p2"]
    assert PowerFilter().is_empty and not PowerFilter(status=PowerStatus.DONE).is_empty


def test_order_keeps_sub_items_under_their_main_item() -> None:
    plan = make_plan()
    plan.powers["p1a"].seq = 99
    assert ordered_ids(plan) == ["p1", "p1a", "p2", "p3", "p4"]
    by_name = ordered_ids(plan, sort_key(plan, "name"), descending=True)
    assert by_name.index("p1a") == by_name.index("p1") + 1
    by_body = ordered_ids(plan, sort_key(plan, "body_id"))
    assert by_body[-2:] in (["p2", "p4"], ["p4", "p2"])  # empty bodies last
    by_status = ordered_ids(plan, sort_key(plan, "status", _statuses(plan)))
    assert by_status[:2] == ["p2", "p4"]  # unassigned first, overdue before the rest
    assert ordered_ids(plan, sort_key(plan, "deadline"))[0] == "p2"


def test_orphan_sub_item_is_kept_as_a_main_item() -> None:
    plan = make_plan()
    plan.powers["p1a"].parent_id = "gone"
    assert sorted(ordered_ids(plan)) == sorted(plan.powers)


def test_counts_per_body_and_state() -> None:
    plan = make_plan()
    counts = count_powers(plan, _statuses(plan))
    assert (counts.total, counts.assigned, counts.overdue) == (5, 3, 1)
    assert counts.per_body == {"b1": 2, "b2": 1}
    assert counts.per_state == {PowerStatus.UNASSIGNED: 2, PowerStatus.INCOMPLETE: 1, PowerStatus.DONE: 2}


def test_officials_of_the_body_first() -> None:
    plan = make_plan()
    serving, others = officials_for(plan, "b2")
    assert [p.name for p in serving] == ["李四"]
    assert sorted(p.name for p in others) == ["张三", "王五"]
    plan.bodies["b2"].deputy_id = "wang"  # the deputy in charge serves the body too
    assert {p.name for p in officials_for(plan, "b2")[0]} == {"李四", "王五"}
    assert officials_for(plan, None)[0] == []


def test_problems_by_power_and_helpers() -> None:
    plan = make_plan()
    problems = problems_by_power(plan)
    assert "p1" not in problems and "p1a" not in problems
    assert {p.code for p in problems["p3"]} == {"power.no_deadline", "power.official_elsewhere"}
    assert {p.code for p in problems["p2"]} >= {"power.no_body", "power.no_official"}
    assert with_sub_items(plan, ["p1", "p3"]) == ["p1", "p3", "p1a"]
    assert source_departments(plan) == ["县住建局", "县市场监管局"]


def test_a_deadline_before_the_plan_date_is_not_done() -> None:
    # power.deadline_before_plan is an error: the row must not say 已完成.
    from tests.store.test_planfile import small_plan

    plan = small_plan()
    power = next(iter(plan.powers.values()))
    assert power_status(plan, power, dt.date(2026, 12, 1)).state is PowerStatus.DONE
    power.deadline = dt.date(2026, 1, 1)  # the plan is dated 2026-11-27
    assert power_status(plan, power, dt.date(2026, 12, 1)).state is PowerStatus.INCOMPLETE


def test_statuses_of_many_powers_are_each_ones_own() -> None:
    """power_statuses (a bulk edit's one pass) gives what power_status gives each power, sub-items too."""
    plan = make_plan()
    for today in (TODAY, dt.date(2026, 6, 30), dt.date(2031, 1, 1)):
        batch = power_statuses(plan, plan.powers.values(), today)
        assert batch == [power_status(plan, p, today) for p in plan.powers.values()]
    plan.powers["p1"].body_id = None  # the sub-item p1a takes over its main item's (missing) body
    assert power_statuses(plan, [plan.powers["p1a"]], TODAY)[0].state is PowerStatus.UNASSIGNED
    plan.info.date = dt.date(2031, 6, 1)  # p1's deadline now lies before the plan's date: not done
    plan.powers["p1"].body_id = "b1"
    assert power_statuses(plan, [plan.powers["p1"]], TODAY)[0].state is PowerStatus.INCOMPLETE
