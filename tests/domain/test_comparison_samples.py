"""The two Qiaotou sample plans: every difference built into 方案二 is found, and nothing else."""

from __future__ import annotations

import copy
import csv
import datetime as dt
from pathlib import Path

import pytest

from reformdesk.domain.comparison import Action, adopt, compare
from reformdesk.domain.model import Tier, cn_date
from reformdesk.domain.registry import EntityKind
from reformdesk.samples.qiaotou import stable_id
from reformdesk.store.planfile import open_plan, save_plan
from tests.conftest import PLAN_ONE, PLAN_TWO, ROOT
from tests.domain.comparison_plans import redraft

CHANGES = ROOT / "reformdesk" / "samples" / "data" / "plan2_changes.csv"

pytestmark = pytest.mark.skipif(
    not (CHANGES.exists() and PLAN_ONE.exists() and PLAN_TWO.exists()), reason="sample plans not merged yet"
)


def built_in() -> list[dict[str, str]]:
    with CHANGES.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def expected_idents(rows: list[dict[str, str]]) -> set[tuple[str, str, str, str]]:
    """plan2_changes.csv rows as comparison idents.

    A person's ``body_of`` row (they move with their unit) is no difference of
    its own: the comparison shows the unit's move, which carries its people.
    """
    out = set()
    for r in rows:
        if r["field"] == "body_of":
            continue
        kind = r["kind"]
        key = r["field"] if kind == "plan" else r["key"]
        out.add((kind, _action(kind, r["field"]), key, r["field"]))
    return out


def _action(kind: str, field: str) -> str:
    """A unit into another body, an item or a staff member into another window: 移动."""
    return (
        "moved" if field in EntityKind(kind).spec.move_fields and (kind, field) != ("person", "body_id") else "changed"
    )


def expected_text(one, plan, field: str, raw: str) -> str:
    """The CSV's raw value (staff id, tier value, ISO date, 方案一's body name) as the comparison writes it."""
    if raw == "":
        return "（无）"
    if field == "body_id":
        # The list names bodies by the name in its own plan; the comparison shows
        # each side's own name (one body is renamed in 方案二).
        body = one.body_by_name(raw) or plan.body_by_name(raw)
        return plan.bodies[body.id].name
    if field in ("deputy_id", "official_id", "reports_to_id"):
        person = plan.person_by_staff_id(raw)
        return person.name
    if field == "window_id":
        return f"{raw}号窗口（{plan.windows[stable_id('window', raw)].name}）"
    if field in ("tier_after", "tier_before"):
        return Tier(raw).label
    if field == "deadline":
        return cn_date(dt.date.fromisoformat(raw))
    return raw


@pytest.fixture(scope="module")
def plans():
    return open_plan(PLAN_ONE), open_plan(PLAN_TWO)


def test_every_built_in_difference_is_found_and_nothing_else(plans):
    one, two = plans
    rows = built_in()
    c = compare(one, two)
    assert c.matching == "id"
    assert {d.ident for d in c.differences} == expected_idents(rows)
    assert len(c.differences) == len(expected_idents(rows))


def test_values_read_as_in_the_change_list(plans):
    one, two = plans
    by = {d.ident: d for d in compare(one, two).differences}
    for r in built_in():
        if r["field"] == "body_of":
            continue
        kind = r["kind"]
        action = _action(kind, r["field"])
        d = by[(kind, action, r["field"] if kind == "plan" else r["key"], r["field"])]
        assert d.a_value == expected_text(one, one, r["field"], r["one"]), r
        assert d.b_value == expected_text(one, two, r["field"], r["two"]), r


def test_people_moving_with_their_unit_are_covered_by_the_unit_move(plans):
    one, two = plans
    moved_units = {
        d.a_id for d in compare(one, two).differences if d.kind is EntityKind.UNIT and d.action is Action.MOVED
    }
    movers = [r["key"] for r in built_in() if r["field"] == "body_of"]
    assert movers
    for staff_id in movers:
        person = one.person_by_staff_id(staff_id)
        assert person.body_id is None and person.unit_id in moved_units


def test_samples_drafted_apart_match_by_key_with_the_same_differences(plans):
    one, two = plans
    c = compare(one, redraft(two))
    assert c.matching == "key"
    # 经济发展办公室 → 经济发展和乡村振兴办公室 is matched through its units.
    assert {d.ident for d in c.differences} == expected_idents(built_in())


def test_key_figures_of_the_samples(plans):
    one, two = plans
    rows = {(r.section, r.label): r for r in compare(one, two).figures}
    assert rows[("权力事项", "事项总数")].a == rows[("权力事项", "事项总数")].b == 113
    assert (rows[("权力事项", "未确定承接机构")].a, rows[("权力事项", "未确定承接机构")].b) == (0, 2)
    assert rows[("改革后人员层级", "科室长")].diff == 2
    assert rows[("待解决问题", "错误")].a == rows[("待解决问题", "警告")].a == 0
    assert rows[("待解决问题", "错误")].b > 0
    assert ("职能机构：经济发展办公室／经济发展和乡村振兴办公室", "在岗人数") in rows


def test_adopting_all_of_plan_two_saves_and_reverts(plans, tmp_path: Path):
    one, two = copy.deepcopy(plans[0]), plans[1]
    before = copy.deepcopy(one)
    adoption = adopt(one, two, compare(one, two).differences)
    save_plan(one, tmp_path / "adopted.rdplan")  # references stay valid for the file's foreign keys
    assert compare(open_plan(tmp_path / "adopted.rdplan"), two).same
    adoption.revert(one)
    assert one == before
    assert list(one.powers) == list(before.powers)
