"""A town plan's powers from the catalogue, and checked against it after an update."""

from __future__ import annotations

import copy

from reformdesk.domain.catalogue.town_link import adopt, differences, powers_from
from reformdesk.domain.model import Plan, PowerType
from reformdesk.samples.datong_catalogue import build
from reformdesk.store.planfile import open_plan
from tests.conftest import PLAN_ONE


def test_picked_items_become_powers_once() -> None:
    cat = build()
    plan = Plan()
    licence = next(i for i in cat.items.values() if i.code == "630121-ZJ-XK-0004")
    main = next(i for i in cat.items.values() if i.code == "630121-SJ-QT-0001")
    subs = [i for i in cat.items.values() if i.parent_id == main.id]
    picked = powers_from(plan, cat, [licence.id, main.id, *(s.id for s in subs)])
    assert [p.code for p in picked.added] == sorted(
        [licence.code, main.code, *(s.code for s in subs)], key=[i.code for i in cat.items.values()].index
    )
    before = copy.deepcopy(plan)
    picked.changes.apply(plan)
    power = next(p for p in plan.powers.values() if p.code == licence.code)
    assert (power.name, power.type, power.source_department) == (
        "建筑工程施工许可证核发",
        PowerType.LICENSING,
        "县住房和城乡建设局",
    )
    assert power.legal_basis == "《中华人民共和国建筑法》第七条"
    assert power.responsibility_steps == licence.responsibility_steps and power.responsibility_steps
    main_power = next(p for p in plan.powers.values() if p.code == main.code)
    assert {p.parent_id for p in plan.powers.values() if p.code.startswith(main.code + "-")} == {main_power.id}
    assert sorted(p.seq for p in plan.powers.values()) == list(range(1, len(plan.powers) + 1))
    again = powers_from(plan, cat, [licence.id])
    assert not again.changes and again.already == [licence.code]
    picked.changes.revert(plan)
    assert plan == before


def test_after_a_catalogue_update_the_plan_shows_and_adopts_the_new_values() -> None:
    plan = open_plan(PLAN_ONE)
    cat = build()
    check = differences(plan, cat)
    # The Qiaotou sample's powers are the catalogue's 113 items; only the 责任事项 are new to the plan.
    assert check.matching + len(check.differing) + len(check.not_in_catalogue) == len(plan.powers)
    assert len(check.not_in_catalogue) == 0 and {f.field for d in check.differing for f in d.fields} >= {
        "responsibility_steps"
    }
    first = check.differing[0]
    item = cat.items[first.item_id]
    item.name = item.name + "（2026年调整）"
    check = differences(plan, cat)
    diff = next(d for d in check.differing if d.power_id == first.power_id)
    assert [(f.field, f.catalogue) for f in diff.fields if f.field == "name"] == [("name", item.name)]
    before = copy.deepcopy(plan)
    cs = adopt(plan, {diff.power_id: [f for f in diff.fields if f.field == "name"]})
    cs.apply(plan)
    assert plan.powers[diff.power_id].name == item.name
    assert plan.powers[diff.power_id].responsibility_steps == []  # not adopted
    cs.revert(plan)
    assert plan == before
    everything = adopt(plan, {d.power_id: d.fields for d in check.differing})
    everything.apply(plan)
    assert not differences(plan, cat).differing
