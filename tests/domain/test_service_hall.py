"""The service hall ("111+N"): figures, edits and each check with its stable code."""

from __future__ import annotations

import copy

import pytest

from reformdesk.domain import service_hall as hall
from reformdesk.domain.model import HallMode, InHall, Plan, ServiceSource
from reformdesk.domain.validation import CODES, NAMES, validate
from reformdesk.samples.qiaotou import build_plan_one, stable_id


@pytest.fixture(scope="module")
def sample() -> Plan:
    return build_plan_one()


@pytest.fixture
def plan(sample: Plan) -> Plan:
    return copy.deepcopy(sample)


def codes(plan: Plan) -> set[str]:
    return {p.code for p in validate(plan)}


def window(plan: Plan, number: str):
    return plan.windows[stable_id("window", number)]


def item(plan: Plan, name: str):
    return next(i for i in plan.service_items.values() if i.name == name)


def test_the_seed_hall(sample: Plan) -> None:
    f = hall.hall_figures(sample)
    assert (f.windows, f.staffed, f.staff) == (14, 14, 14)
    assert (f.items, f.in_windows, f.town, f.delegated) == (67, 67, 38, 29)
    assert 0.9 < (f.hall_rate or 0) < 1 and f.hall_rate_text.endswith("%")
    delegated = [i for i in sample.service_items.values() if i.source is ServiceSource.COUNTY]
    assert all(i.power_id in sample.powers and not i.code for i in delegated)  # linked, not copied
    assert all(hall.item_code(sample, i) == sample.powers[i.power_id].code for i in delegated)
    assert not codes(sample) & {c for c in CODES if c.startswith(("window.", "service_item."))}


def test_every_hall_code_has_a_name() -> None:
    assert all(c in NAMES for c in CODES if c.startswith(("window.", "service_item.")))


def test_item_in_no_window(plan: Plan) -> None:
    it = item(plan, "居住证明开具")
    hall.move_items(plan, [it.id], None).apply(plan)
    assert "service_item.no_window" in codes(plan)
    assert hall.hall_figures(plan).in_windows == 66


def test_item_in_two_windows(plan: Plan) -> None:
    it = item(plan, "居住证明开具")
    twin = copy.deepcopy(it)
    twin.id, twin.window_id = "twin", window(plan, "2").id
    plan.service_items[twin.id] = twin
    found = [p for p in validate(plan) if p.code == "service_item.duplicate"]
    assert [p.entity_id for p in found] == ["twin"] and "1号窗口和2号窗口" in found[0].message


def test_window_without_staff_and_with_two(plan: Plan) -> None:
    w1, w2 = window(plan, "1"), window(plan, "2")
    staff2 = next(p for p in plan.people.values() if p.window_id == w2.id)
    hall.assign_staff(plan, [staff2.id], w1.id, replace=False).apply(plan)
    found = codes(plan)
    assert "window.no_staff" in found and "window.two_staff" in found
    plan.info.hall_mode = HallMode.FREE
    assert "window.two_staff" not in codes(plan)


def test_assigning_in_111_mode_replaces_the_window_staff(plan: Plan) -> None:
    w1 = window(plan, "1")
    newcomer = plan.people[stable_id("person", "QT045")]
    changes = hall.assign_staff(plan, [newcomer.id], w1.id)
    changes.apply(plan)
    assert [p.staff_id for p in hall.window_staff(plan)[w1.id]] == ["QT045"]
    changes.revert(plan)
    assert [p.staff_id for p in hall.window_staff(plan)[w1.id]] == ["QT046"]


def test_front_desk_not_in_the_window_body(plan: Plan) -> None:
    plan.people[stable_id("person", "QT008")].window_id = None
    plan.people[stable_id("person", "QT024")].window_id = window(plan, "14").id  # 经济发展办 at 党群服务窗口
    assert "window.staff_elsewhere" in codes(plan)


def test_handler_not_in_the_receiving_body(plan: Plan) -> None:
    it = item(plan, "最低生活保障金给付")  # received by 社会事务办公室
    it.handler_id = stable_id("person", "QT024")
    found = [p for p in validate(plan) if p.code == "service_item.handler_elsewhere"]
    assert [p.entity_id for p in found] == [it.id]


def test_delegated_item_whose_body_has_no_window(plan: Plan) -> None:
    for w in [w for w in plan.windows.values() if w.body_id == plan.body_by_name("财政管理所").id]:
        w.body_id = plan.body_by_name("党政综合办公室").id
    found = codes(plan)
    assert "service_item.body_without_window" in found


def test_overloaded_window(plan: Plan) -> None:
    w14 = window(plan, "14")
    hall.move_items(
        plan, [i.id for i in plan.service_items.values() if i.window_id == window(plan, "5").id], w14.id
    ).apply(plan)
    assert "window.overloaded" in codes(plan)
    busy = item(plan, "党员组织关系转接")
    plan2 = copy.deepcopy(plan)
    busy.volume = 100_000
    assert [p for p in validate(plan) if p.code == "window.overloaded" and "年办件量" in p.message]
    assert plan2 != plan


def test_hall_rate_counts_items_handled_in_the_hall(plan: Plan) -> None:
    for i in plan.service_items.values():
        i.in_hall = InHall.NO
    assert hall.hall_figures(plan).hall_rate == 0


def test_unlinked_delegated_item(plan: Plan) -> None:
    it = item(plan, "最低生活保障金给付")
    it.power_id = None
    assert "service_item.unlinked" in codes(plan)


def test_removing_a_window_empties_its_items_and_staff(plan: Plan) -> None:
    from reformdesk.domain.edits import remove
    from reformdesk.domain.registry import EntityKind

    w1 = window(plan, "1")
    changes = remove(plan, EntityKind.WINDOW, [w1.id])
    changes.apply(plan)
    assert w1.id not in plan.windows
    assert not [i for i in plan.service_items.values() if i.window_id == w1.id]
    assert not [p for p in plan.people.values() if p.window_id == w1.id]
    changes.revert(plan)
    assert len(hall.window_staff(plan)[w1.id]) == 1
