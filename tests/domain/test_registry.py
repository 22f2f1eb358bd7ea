"""The registry names every field of every entity, and only those."""

from __future__ import annotations

from reformdesk.domain.model import Plan
from reformdesk.domain.registry import BY_ATTR, ENTITY_KINDS, KINDS, EntityKind, check_registry, referrers


def test_every_dataclass_field_is_registered() -> None:
    check_registry()


def test_kinds_map_to_plan_tables() -> None:
    plan = Plan()
    unit = plan.add_unit("党政办")
    assert KINDS[EntityKind.UNIT].entities(plan) == {unit.id: unit}
    assert BY_ATTR["units"] is EntityKind.UNIT
    assert EntityKind.PLAN not in ENTITY_KINDS


def test_new_entity_takes_defaults() -> None:
    body = EntityKind.BODY.spec.new(id="b1", name="财政管理所")
    assert body.authorized_posts == 0 and body.sites == [] and body.deputy_id is None


def test_referrers_of_a_body_are_what_removing_it_clears() -> None:
    assert {(k.value, f.name) for k, f in referrers(EntityKind.BODY)} == {
        ("unit", "body_id"),
        ("person", "body_id"),
        ("power", "body_id"),
        ("window", "body_id"),
    }


def test_hall_kinds_refer_by_id_and_windows_are_moves() -> None:
    assert {(k.value, f.name) for k, f in referrers(EntityKind.WINDOW)} == {
        ("person", "window_id"),
        ("service_item", "window_id"),
    }
    assert EntityKind.SERVICE_ITEM.spec.field("power_id").ref is EntityKind.POWER
    assert EntityKind.SERVICE_ITEM.spec.move_fields == {"window_id"}
    assert "window_id" in EntityKind.PERSON.spec.move_fields
    assert all(f.since == 2 for k in (EntityKind.WINDOW, EntityKind.SERVICE_ITEM) for f in k.spec.fields)
