from __future__ import annotations

import operator

from reformdesk.domain.alternative import alternative_name, as_alternative
from tests.store.test_planfile import small_plan


def test_alternative_keeps_ids_and_lineage_but_not_objects() -> None:
    plan = small_plan()
    alt = as_alternative(plan, "方案二")
    assert alt.info.name == "方案二" and plan.info.name == "测试方案"
    assert alt.info.lineage_id == plan.info.lineage_id
    for kind in ("units", "bodies", "people", "powers"):
        assert list(getattr(alt, kind)) == list(getattr(plan, kind))
    body_id = next(iter(alt.bodies))
    alt.bodies[body_id].sites.append("新场所")
    assert "新场所" not in plan.bodies[body_id].sites


def test_alternative_name() -> None:
    assert alternative_name("桥头镇改革方案（方案一）") == "桥头镇改革方案（方案二）"
    assert alternative_name("改革方案") == "改革方案（备选）"
    assert alternative_name("") == "备选方案"


def test_alternative_copies_every_kind_of_the_registry() -> None:
    # The plan document's sections were left out once: a kind added to the
    # registry must come along without as_alternative naming it.
    from reformdesk.domain.registry import ENTITY_KINDS, KINDS
    from reformdesk.store.planfile import open_plan
    from tests.conftest import PLAN_ONE

    plan = open_plan(PLAN_ONE)
    assert plan.sections, "方案一 carries the plan document's prose"
    alt = as_alternative(plan, "方案二")
    for kind in ENTITY_KINDS:
        spec = KINDS[kind]
        assert spec.entities(alt) == spec.entities(plan), kind
    section = next(iter(alt.sections.values()))
    section.text += "改"
    assert plan.sections[section.id].text != section.text


def test_a_snapshot_keeps_its_text_lists_when_the_plan_changes_them_in_place() -> None:
    from reformdesk.domain.alternative import snapshot
    from reformdesk.samples.qiaotou import build_plan_one

    plan = build_plan_one()
    body = next(b for b in plan.bodies.values() if b.duties)
    power = next(iter(plan.powers.values()))
    power.responsibility_steps = ["受理", "审查"]
    duties_before = list(body.duties)
    frozen = snapshot(plan)
    body.duties.append("改动")
    power.responsibility_steps.append("决定")
    first, second = frozen.thaw(), frozen.thaw()
    assert first.bodies[body.id].duties == duties_before
    assert first.powers[power.id].responsibility_steps == ["受理", "审查"]
    first.powers[power.id].responsibility_steps.append("送达")
    assert second.powers[power.id].responsibility_steps == ["受理", "审查"]
    assert first.bodies.keys() == plan.bodies.keys() and first.powers.keys() == plan.powers.keys()


def test_a_snapshot_holds_every_kind_of_the_registry() -> None:
    # The service hall (windows, service items) was once left out of the autosave's copy.
    from reformdesk.domain.alternative import snapshot
    from reformdesk.domain.registry import ENTITY_KINDS, KINDS
    from reformdesk.samples.synthetic import generate_plan

    plan = generate_plan(powers=200, seed=2, hall=True)
    assert plan.windows and plan.service_items
    thawed = snapshot(plan).thaw()
    assert thawed.info == plan.info and thawed.info is not plan.info
    for kind in ENTITY_KINDS:
        table, copied = KINDS[kind].entities(plan), KINDS[kind].entities(thawed)
        assert list(copied) == list(table), kind
        assert copied == table, kind
        assert not any(map(operator.is_, copied.values(), table.values())), kind


def test_a_snapshot_of_an_empty_plan_thaws_to_an_empty_plan() -> None:
    from reformdesk.domain.alternative import snapshot
    from reformdesk.domain.model import Plan

    plan = Plan()
    assert snapshot(plan).thaw() == plan


def test_an_alternative_is_left_to_the_collector_no_more() -> None:
    # Like a plan just loaded (gui/heap.py), the copy put in place is frozen: the collector's
    # next pass does not walk its fresh entities.
    import gc

    plan = small_plan()
    before = gc.get_freeze_count()
    try:
        alt = as_alternative(plan, "方案二")
        assert gc.get_freeze_count() > before
        assert gc.get_count()[0] < gc.get_threshold()[0]  # no pass over the copy pending
        assert gc.isenabled()
        assert alt.powers == plan.powers
    finally:
        gc.unfreeze()  # the rest of the suite as the collector had it (frozen objects are walked again)


def test_a_snapshot_is_left_to_the_collector_no_more() -> None:
    # The autosave copy's columns point into the whole plan: frozen, the GUI thread's next
    # young collection does not walk them; the collector is on again afterwards.
    import gc

    from reformdesk.domain.alternative import snapshot

    plan = small_plan()
    before = gc.get_freeze_count()
    try:
        taken = snapshot(plan)
        assert gc.get_freeze_count() > before
        assert gc.get_count()[0] < gc.get_threshold()[0]
        assert gc.isenabled()
        assert taken.thaw() == plan
        gc.disable()
        snapshot(plan)
        assert not gc.isenabled(), "a collector that was off stays off"
    finally:
        gc.enable()
        gc.unfreeze()
